#!/usr/bin/env python3
"""How well search finds the right page, in seconds instead of a browser run.

    .venv/bin/python tools/search_report.py                 # build the site, report every query set
    .venv/bin/python tools/search_report.py --misses        # and every query not answered first
    .venv/bin/python tools/search_report.py --site site/ --queries blind

Runs the site's own search worker under Node.js over the built indexes and prints hit@1 and
hit@3 per language for data/search_queries.yml ("own") and every blind set,
data/search_queries_blind*.yml ("blind", "blind2" ...), with tuning and held-out halves as
tests/test_search.py splits them. A hit is the target anywhere a reader sees in a result (its
title link, the sections shown with it, and in the first three its counterpart in the tree or
the guide), as the test counts it; "title links only" is the stricter count, each result's own
title link.
The browser test stays the judge (it runs Material itself); this mirrors Material's result list
closely enough to compare two versions of the ranker, the thesaurus or a page's search_terms.
Needs `node` (Debian: apt-get install nodejs).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKER = ROOT / "docs" / "assets" / "javascripts" / "workers" / "search-segment.js"
# the project's own set, then every blind set, as tests/test_search.py finds them
QUERY_SETS = {"own": ROOT / "data" / "search_queries.yml",
              **{path.stem.removeprefix("search_queries_"): path
                 for path in sorted((ROOT / "data").glob("search_queries_blind*.yml"))}}


def build(site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)],
                   cwd=ROOT, env=env, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="a built site (default: build one into a temporary folder)")
    parser.add_argument("--queries", choices=[*QUERY_SETS, "all"], default="all")
    parser.add_argument("--misses", action="store_true", help="list every query whose target is not first")
    args = parser.parse_args(argv)
    node = shutil.which("node")
    if not node:
        print("search_report needs Node.js to run the search worker: apt-get install nodejs", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site or Path(scratch) / "site"
        if not args.site:
            build(site)
        for name, path in QUERY_SETS.items():
            if args.queries not in (name, "all"):
                continue
            queries = Path(scratch) / f"{name}.json"
            queries.write_text(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), ensure_ascii=False),
                               encoding="utf-8")
            print(f"# {path.relative_to(ROOT)}")
            sys.stdout.flush()
            command = [node, str(ROOT / "tools" / "search_report.js"), str(site), str(queries), str(WORKER)]
            subprocess.run(command + (["--misses"] if args.misses else []), check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
