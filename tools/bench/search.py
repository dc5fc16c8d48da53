"""Search (--only search): the project site built once, then hit@1 / hit@3 of every query set
(tools/search_report.py) and what a query costs a cheap phone: index bytes and query time p50 /
p95 with the CPU slowed 4x, this worker against --search-base's (tools/search_speed.py; runs
alternate, so compare the ratio), and the index these pages get from --search-base's search
pipeline (tools/search_index_growth.py: the pages grow too, and that is not search's cost).
"""
from __future__ import annotations

from pathlib import Path

from tools import search_index_growth, search_report, search_speed
from tools.bench.common import build_project


def search_benchmark(work: Path, runs: int, base_rev: str) -> None:
    site = build_project(work)
    print("\n## Search: hit rates (tools/search_report.py)\n")
    search_report.main(["--site", str(site)])
    print(f"\n## Search: index bytes and query time, against {base_rev} (tools/search_speed.py)\n")
    search_speed.main(["--site", str(site), "--base-rev", base_rev, "--runs", str(runs)])
    print(f"\n## Search: index growth on the same pages, against {base_rev}'s pipeline (tools/search_index_growth.py)\n")
    search_index_growth.main(["--site", str(site), "--base-rev", base_rev])
