"""Lighthouse (--only lighthouse; npm installs it once into tools/.lighthouse/, CHROME_PATH is the
system Chromium): a guide page, the tree page and the home page of both sites, served as a static
host serves them, mobile with simulated throttling, the sites alternating; medians and ratios to
plain Material.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tools.bench.common import ROOT, build_both, chromium_path, median, print_table, serve


LIGHTHOUSE_DIR = ROOT / "tools" / ".lighthouse"  # git-ignored; npm installs here, never in the test run
LIGHTHOUSE_VERSION = "12.8.2"
LIGHTHOUSE_PAGES = {"guide": "is-it-real/", "tree": "what-to-do/", "home": ""}
# (label, Lighthouse JSON path, unit); scores are shown 0-100
LIGHTHOUSE_METRICS = [("FCP s", ("audits", "first-contentful-paint", "numericValue"), 1000),
                      ("LCP s", ("audits", "largest-contentful-paint", "numericValue"), 1000),
                      ("TBT ms", ("audits", "total-blocking-time", "numericValue"), 1),
                      ("perf", ("categories", "performance", "score"), 0.01),
                      ("a11y", ("categories", "accessibility", "score"), 0.01),
                      ("SEO", ("categories", "seo", "score"), 0.01)]


def lighthouse_command() -> Path:
    binary = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        if not shutil.which("npm"):
            sys.exit("Lighthouse needs Node.js and npm (apt-get install nodejs npm)")
        print(f"installing lighthouse {LIGHTHOUSE_VERSION} into {LIGHTHOUSE_DIR} ...", flush=True)
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(LIGHTHOUSE_DIR), "--no-audit", "--no-fund",
                        f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True, stdout=subprocess.DEVNULL)
    return binary


def lighthouse_run(binary: Path, url: str, chromium: str, save: Path | None = None) -> dict[str, float]:
    """One Lighthouse run (mobile, simulated throttling: its defaults) -> {metric label: value}.
    With `save`, the full JSON report is written there (LCP element, TBT tasks, unused CSS ...)."""
    env = dict(os.environ, CHROME_PATH=chromium)
    result = subprocess.run([str(binary), url, "--quiet", "--output=json", "--output-path=stdout",
                             "--only-categories=performance,accessibility,seo",
                             "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                            env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    if save:
        save.parent.mkdir(parents=True, exist_ok=True)
        save.write_text(result.stdout, encoding="utf-8")
    values = {}
    for label, path, unit in LIGHTHOUSE_METRICS:
        node = report
        for key in path:
            node = node[key]
        values[label] = (node or 0) / unit
    return values


def lighthouse_benchmark(work: Path, runs: int, reports: Path | None = None, compress: bool = True) -> None:
    chromium = chromium_path()
    if not chromium:
        sys.exit("Lighthouse needs Chromium (set CHROMIUM or install Debian's chromium)")
    binary = lighthouse_command()
    project_site, baseline_site = build_both(work)
    servers = {"project": serve(project_site, compress), "baseline": serve(baseline_site, compress)}
    samples: dict[tuple[str, str], list[dict]] = {}
    try:
        for run in range(runs):
            for name, path in LIGHTHOUSE_PAGES.items():
                # alternate the two sites so machine noise falls on both alike
                order = ("project", "baseline") if run % 2 == 0 else ("baseline", "project")
                for site in order:
                    save = reports / f"{name}-{site}-{run + 1}.json" if reports else None
                    samples.setdefault((name, site), []).append(
                        lighthouse_run(binary, servers[site][1] + path, chromium, save))
    finally:
        for server, _ in servers.values():
            server.shutdown()
    labels = [label for label, _, _ in LIGHTHOUSE_METRICS]
    rows = []
    for name, path in LIGHTHOUSE_PAGES.items():
        mine = {label: median([s[label] for s in samples[(name, "project")]]) for label in labels}
        base = {label: median([s[label] for s in samples[(name, "baseline")]]) for label in labels}
        fcp_spread = [round(s["FCP s"], 2) for s in samples[(name, "project")]]
        def show(values: dict, label: str) -> str:
            return f"{values[label]:.2f}" if label.endswith(" s") else f"{values[label]:.0f}"
        rows.append([f"{name} /{path}"] + [show(mine, l) for l in labels] + [show(base, l) for l in labels[:4]]
                    + [f"{mine['FCP s'] / base['FCP s']:.3f}" if base["FCP s"] else "-",
                       f"{mine['LCP s'] / base['LCP s']:.3f}" if base["LCP s"] else "-",
                       " ".join(map(str, fcp_spread))])
    print_table(
        f"Lighthouse {LIGHTHOUSE_VERSION}, mobile, simulated throttling: median of {runs} runs, sites alternating, "
        + ("served gzip'd over HTTP/1.1 keep-alive" if compress else "served uncompressed over HTTP/1.0"),
        ["page"] + labels + ["plain " + l for l in labels[:4]] + ["FCP ratio", "LCP ratio", "FCP runs (s)"],
        rows,
        ["Budget: FCP ratio <= 0.90 on guide pages, <= 1.00 on the tree page; performance >= 98; "
         "accessibility 100; SEO 100. Scores are 0-100."])
