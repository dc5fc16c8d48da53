#!/usr/bin/env python3
"""What search costs a cheap phone: query time and index bytes, against an earlier version.

    .venv/bin/python tools/search_speed.py --site site/                # this worker vs HEAD's
    .venv/bin/python tools/search_speed.py --site site/ --base-site old-site/ --base-rev 10dcc50

Runs the site's search worker (docs/assets/javascripts/workers/search-segment.js) in headless
Chromium with the CPU slowed 4x (DevTools' CPU throttling, as Lighthouse's mobile profile), over
every query of data/search_queries*.yml in the index's language, and prints a table: index bytes
(raw and gzip) per language, and the time per query (p50, p95) of this worker and of the base
worker (git show BASE_REV:<worker>), each over its own site's index (--base-site; default: the
same site). Runs alternate between the two, so a busy machine slows both alike; compare the ratio.
Needs Chromium (CHROMIUM or /usr/bin/chromium).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKER = "docs/assets/javascripts/workers/search-segment.js"
LANG_ROOT = {"zh": "", "en": "en"}
SLOWDOWN = 4

# The worker with a stand-in `self` (as tools/search_report.js does), fed the index, then timed
# query by query. Runs in about:blank: the site's pages forbid eval by their CSP.
TIMER = """([source, index, queries]) => {
  let listener = null, answer = null;
  const self = { location: { search: "" }, addEventListener: (t, l) => { listener = l; },
                 postMessage: (m) => { answer = m; } };
  new Function("self", "importScripts", source)(self, () => {});
  self.addEventListener("message", () => {});
  listener({ data: { type: 0, data: index } });
  return queries.map((q) => {
    const start = performance.now();
    listener({ data: { type: 2, data: q } });
    const took = performance.now() - start;
    if (!answer || answer.type !== 3) throw new Error("no ranked answer for " + q);
    return took;
  });
}"""


def queries_by_language() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"zh": [], "en": []}
    for path in sorted((ROOT / "data").glob("search_queries*.yml")):
        for lang, cases in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            found.setdefault(lang, []).extend(case["query"] for case in cases)
    return found


def index_of(site: Path, lang: str) -> Path:
    return site / LANG_ROOT[lang] / "search" / "search_index.json"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, required=True, help="a built site")
    parser.add_argument("--base-site", type=Path, help="the base version's built site (default: --site)")
    parser.add_argument("--base-rev", default="HEAD", help="git revision of the base worker (default: HEAD)")
    parser.add_argument("--runs", type=int, default=3, help="alternating runs of each version")
    args = parser.parse_args(argv)
    base_site = args.base_site or args.site
    versions = {
        "this": ((ROOT / WORKER).read_text(encoding="utf-8"), args.site),
        f"base ({args.base_rev})": (subprocess.run(["git", "show", f"{args.base_rev}:{WORKER}"], cwd=ROOT, check=True,
                                                   capture_output=True, text=True).stdout, base_site),
    }
    queries = queries_by_language()
    print("| index | raw bytes | gzip bytes |\n|---|---:|---:|")
    for name, (_, site) in versions.items():
        for lang in LANG_ROOT:
            data = index_of(site, lang).read_bytes()
            print(f"| {name} {lang} | {len(data):,} | {len(gzip.compress(data, 9)):,} |")
    times: dict[tuple[str, str], list[float]] = {}
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": SLOWDOWN})
        for _ in range(args.runs):
            for name, (source, site) in versions.items():
                for lang in LANG_ROOT:
                    index = json.loads(index_of(site, lang).read_text(encoding="utf-8"))
                    took = page.evaluate(TIMER, [source, index, queries[lang]])
                    times.setdefault((name, lang), []).extend(took)
        browser.close()
    print(f"\n| worker, {SLOWDOWN}x slower CPU | queries | p50 ms | p95 ms |\n|---|---:|---:|---:|")
    for (name, lang), values in times.items():
        print(f"| {name} {lang} | {len(values)} | {statistics.median(values):.1f} | {percentile(values, 0.95):.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
