"""Page weight (--only weight): every page of the site and of plain Material opened once in a fresh
Chromium context (first view, empty cache); HTML + CSS + JS bytes raw and gzip, requests, other
hosts, everything fetched until idle, the offline copy, and each page script against its budget.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from guide.delivery.offline import OFFLINE_BUDGET
from tools.bench.common import CHROMIUM_ARGS, build_both, chromium_path, gz, kb, print_table, serve, site_pages


def first_view(browser, url: str) -> dict:
    """Load one page in a fresh context and sum what the browser fetched."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    records: list = []
    context.on("requestfinished", lambda request: records.append(request))
    context.on("requestfailed", lambda request: records.append(request))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(1500)  # the offline worker registers after load: let it finish too
    origin = urlsplit(url).netloc
    raw = gzipped = requests = index = everything = 0
    other_hosts: set[str] = set()
    for request in records:
        host = urlsplit(request.url).netloc
        if host and host != origin and not request.url.startswith(("data:", "blob:")):
            other_hosts.add(host)
        response = request.response()
        try:
            body = response.body() if response is not None else b""
        except Exception:
            body = b""
        # The offline service worker's script is counted with its downloads (offline_copy_bytes).
        if request.service_worker is not None or urlsplit(request.url).path.endswith("/sw.js"):
            continue
        requests += 1
        everything += gz(body)
        # By URL, not resource type: Chromium reports the search worker's script sometimes as
        # "script", sometimes as "other", depending on timing.
        suffix = Path(urlsplit(request.url).path).suffix
        kind = "weight" if request.resource_type == "document" or suffix in {".css", ".js"} else (
            "index" if "search_index" in request.url else None)
        if kind is None or response is None:
            continue
        if kind == "index":
            index += gz(body)
            continue
        raw += len(body)
        gzipped += gz(body)
    context.close()
    return {"raw": raw, "gzip": gzipped, "requests": requests, "other": sorted(other_hosts), "index": index,
            "all": everything}


def offline_copy_bytes(site: Path) -> dict[str, tuple[int, int]]:
    """For each reader language and mode ("zh", "zh save-data", ...): (files, gzip bytes) the
    offline worker fetches after a first visit, its own script included (an upper bound: files the
    visit has just loaded are only revalidated)."""
    from guide.delivery.offline import gzip_size, site_file
    worker = site / "sw.js"
    if not worker.exists():
        return {}
    text = worker.read_text(encoding="utf-8")
    match = re.search(r"PLAN=(\{.*?\}\});", text)
    plan = json.loads(match.group(1)) if match else {}
    sizes = {}
    for lang, modes in plan.items():
        for mode, urls in modes.items():
            sizes[lang if mode == "full" else f"{lang} save-data"] = (
                len(urls), gz(text.encode()) + sum(gzip_size(site_file(site, u)) for u in urls))
    return sizes


def weight_benchmark(work: Path) -> None:
    from playwright.sync_api import sync_playwright

    project_site, baseline_site = build_both(work)
    chromium = chromium_path()
    rows, totals = [], []
    worst = worst_total = 0.0
    fonts = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        servers = [serve(project_site), serve(baseline_site)]
        (_, project_url), (_, baseline_url) = servers
        for path in site_pages(project_site):
            mine = first_view(browser, project_url + path)
            base = first_view(browser, baseline_url + path) if (baseline_site / path / "index.html").exists() else None
            ratio = mine["gzip"] / base["gzip"] if base and base["gzip"] else None
            worst = max(worst, ratio or 0)
            if base and base["all"]:
                total_ratio = mine["all"] / base["all"]
                worst_total = max(worst_total, total_ratio)
                totals.append(["/" + path, kb(mine["all"]), kb(base["all"]), f"{total_ratio:.3f}"])
            rows.append(["/" + path, kb(mine["raw"]), kb(mine["gzip"]), mine["requests"],
                         ", ".join(mine["other"]) or "none",
                         kb(base["raw"]) if base else "-", kb(base["gzip"]) if base else "-",
                         base["requests"] if base else "-", f"{ratio:.3f}" if ratio else "-",
                         kb(mine["index"]), kb(base["index"]) if base else "-"])
        browser.close()
        for server, _ in servers:
            server.shutdown()
    for site in (project_site,):
        fonts += [p.name for p in site.rglob("*") if p.suffix in {".woff", ".woff2", ".ttf", ".otf"}]
    print_table(
        "First view per page (HTML + CSS + JS, KB; 390x844, empty cache)",
        ["page", "raw", "gzip", "requests", "other hosts", "plain raw", "plain gzip", "plain req.", "gzip ratio",
         "index gzip", "plain index gzip"],
        rows,
        [f"Worst gzip ratio project/plain Material: {worst:.3f} (budget: <= 1.10). "
         f"Web font files in the site: {len(fonts)}.",
         "'requests' counts every request (HTML, CSS, JS incl. the search worker and lunr files, icon, "
         "sitemaps fetched by the language switcher, search index); raw/gzip sum the HTML, CSS and JS. "
         "The search index, also fetched on first view by the search worker, is shown apart."])
    print_table(
        "First view until idle, everything the page fetched (gzip KB), vs plain Material with its eager search",
        ["page", "gzip", "plain gzip (incl. search)", "ratio"],
        totals,
        [f"Worst ratio: {worst_total:.3f} (budget: <= 0.75). Every response of the page counts (HTML, CSS, JS, "
         "icons, sitemaps, search worker, lunr and index when loaded).",
         "Offline copy, fetched by the service worker in the background after the first page has loaded "
         "(once per build, not part of the first view), by reader language: " + "; ".join(
             f"{name} {n} files, at most {kb(size)} KB gzip" for name, (n, size) in offline_copy_bytes(project_site).items())
         + f" (budget: {kb(OFFLINE_BUDGET)} KB gzip, guide/delivery/offline.py)."])
    page_script_table(project_site)


SCRIPT_BUDGET_GZIP = 4096  # each page tool's own script (issue 24); the tree's scripts together: 5 KB


def page_script_table(site: Path) -> None:
    """Each page's own scripts as the build writes them (minified): size, and the pages that load it."""
    from guide.delivery.page import PAGE_SCRIPTS

    pages = {p: p.read_text(encoding="utf-8") for p in site.rglob("index.html")}
    rows, over = [], []
    listed_for: dict[str, list[str]] = {}
    for name, scripts in PAGE_SCRIPTS.items():
        for script in scripts:
            listed_for.setdefault(script, []).append(name)
    for script, names in listed_for.items():
        data = (site / script).read_bytes()
        loaded_by = sorted("/" + p.parent.relative_to(site).as_posix().removesuffix(".") for p, html in pages.items()
                           if Path(script).name in html)
        rows.append([script, ", ".join(names), kb(len(data)), kb(gz(data)), ", ".join(loaded_by) or "none"])
        if gz(data) > SCRIPT_BUDGET_GZIP:
            over.append(script)
    tree = sum(gz((site / s).read_bytes()) for s in PAGE_SCRIPTS.get("what-to-do", ()))
    print_table("Page scripts (minified as built, KB)", ["script", "pages (guide/delivery/page.py)", "raw", "gzip", "loaded by"], rows,
                [f"Budget: each <= {kb(SCRIPT_BUDGET_GZIP)} KB gzip ({'over: ' + ', '.join(over) if over else 'all within'}); "
                 f"the decision tree's together {kb(tree)} KB gzip (budget 5 KB)."])
