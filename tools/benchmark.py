#!/usr/bin/env python3
"""Page weight, first paint, parse, Lighthouse, build, plain-language and search benchmarks. Not part of the test run;
prints tables. One module per measure in tools/bench/ (shared setup in tools/bench/common.py);
this is the runner.

    .venv/bin/python tools/benchmark.py                 # page weight + build benchmark (10, 100 pages)
    .venv/bin/python tools/benchmark.py --pages 10 100 1000
    .venv/bin/python tools/benchmark.py --only weight   # or: firstpaint, parse, build, lighthouse,
                                                        #     plainlanguage, search

1. Page weight (tools/bench/weight.py): the site and a baseline (the same docs with plain Material: no custom_dir, no
   project hooks, no extra CSS or JS, the decision tree written as plain Markdown; `font: false`
   kept so neither loads Google Fonts) are built into temp dirs, served on 127.0.0.1, and every
   page is opened once in a fresh Chromium context (first view, empty cache). Responses are
   recorded: HTML + CSS + JS bytes, raw and gzip (level 6 per file, as a static host would send
   them), the number of requests, requests to other hosts.
2. Lighthouse (--only lighthouse, tools/bench/lighthouse.py; npm installs it once into tools/.lighthouse/, CHROME_PATH is the
   system Chromium): a guide page, the tree page and the home page of both sites, each served on
   its own 127.0.0.1 port as a static host serves it (gzip, keep-alive; --uncompressed: plain
   HTTP/1.0), mobile with simulated throttling, the sites alternating; medians of
   --lighthouse-runs runs (default 3) of FCP, LCP, TBT and the performance, accessibility and SEO
   scores, with FCP and LCP ratios to plain Material.
3. First paint (--only firstpaint, tools/bench/first_paint.py; tools/first_screen.py): what a phone (360x740) must receive
   before it can paint the first screen of the home, a guide page and the tree in both languages:
   the gzip'd HTML up to the end of the first screen's markup and the stylesheets that hold the
   paint, both sites; --firstpaint-shots DIR also paints the first 14 KB with the stylesheets held
   back and compares it with the loaded page (light, dark, JavaScript on and off).
4. Parse (--only parse, tools/bench/parse.py): the tree, home and a guide page of both sites opened with the CPU slowed
   4x (Chromium's throttling, as Lighthouse's mobile profile does), network free: how long parsing
   and the page's scripts take, and the main thread's busy time, medians of --parse-runs opens.
5. Build (--only build, tools/bench/build_time.py): synthetic corpora of N pages per language (Chinese and English text from sentence
   templates, valid front matter, the project's sources, the decision tree scaled up if
   data/tree.yml exists) are built with and without the project's hooks, the plain build holding
   the tree as plain Markdown (--no-tree-page leaves the tree page out of both); wall time, peak
   memory of the build process, and the search index size per language.
6. Plain language (--only plainlanguage, tools/bench/plain_language.py; tools/readability.py): every built page's
   English Flesch-Kincaid grade and long sentences, Chinese long sentences, and the budget.
7. Search (--only search, tools/bench/search.py; tools/search_report.py, tools/search_speed.py): hit@1 / hit@3 of every
   query set, index bytes, and query time p50 / p95 with the CPU slowed 4x against --search-base's worker
   (--search-runs alternating runs).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: the project root, for tools.bench

from tools.bench.build_time import build_benchmark  # noqa: E402
from tools.bench.first_paint import first_paint_benchmark  # noqa: E402
from tools.bench.lighthouse import lighthouse_benchmark  # noqa: E402
from tools.bench.parse import parse_benchmark  # noqa: E402
from tools.bench.plain_language import plain_language_benchmark  # noqa: E402
from tools.bench.search import search_benchmark  # noqa: E402
from tools.bench.weight import weight_benchmark  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[10, 100],
                        help="corpus sizes in pages per language (default: 10 100; add 1000 for the large run)")
    parser.add_argument("--only", choices=["weight", "firstpaint", "parse", "build", "lighthouse", "plainlanguage", "search"],
                        help="run one of the benchmarks")
    parser.add_argument("--firstpaint-shots", type=Path, metavar="DIR",
                        help="firstpaint: also save and compare screenshots of the first 14 KB vs the loaded page in DIR")
    parser.add_argument("--parse-runs", type=int, default=5,
                        help="page opens per page and site for the parse benchmark, alternating (default 5)")
    parser.add_argument("--lighthouse-runs", type=int, default=3,
                        help="Lighthouse runs per page and site, alternating; medians are shown (default 3)")
    parser.add_argument("--lighthouse-reports", type=Path, metavar="DIR",
                        help="also write every Lighthouse JSON report to DIR (<page>-<site>-<run>.json)")
    parser.add_argument("--uncompressed", action="store_true",
                        help="Lighthouse: serve files uncompressed over HTTP/1.0 (the old server) instead of gzip'd")
    parser.add_argument("--repeat", type=int, default=3,
                        help="builds per cell, alternating; the fastest is kept (up to 10 for small corpora)")
    parser.add_argument("--no-tree-page", action="store_true",
                        help="build benchmark without the decision-tree page in either build")
    parser.add_argument("--search-runs", type=int, default=3,
                        help="search: alternating runs of this worker and the base worker (default 3)")
    parser.add_argument("--search-base", default="HEAD",
                        help="search: git revision of the worker to compare with (default HEAD)")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir and print its path")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="guide-bench-"))
    try:
        if args.only in (None, "weight"):
            weight_benchmark(work)
        if args.only in (None, "firstpaint"):
            first_paint_benchmark(work, args.firstpaint_shots)
        if args.only in (None, "parse"):
            parse_benchmark(work, max(1, args.parse_runs))
        if args.only in (None, "lighthouse"):
            lighthouse_benchmark(work, max(1, args.lighthouse_runs), args.lighthouse_reports,
                                 compress=not args.uncompressed)
        if args.only in (None, "build"):
            build_benchmark(work, args.pages, args.repeat, tree_page=not args.no_tree_page)
        if args.only in (None, "plainlanguage"):
            plain_language_benchmark(work)
        if args.only in (None, "search"):
            search_benchmark(work, max(1, args.search_runs), args.search_base)
    finally:
        if args.keep:
            print(f"\n(kept {work})")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
