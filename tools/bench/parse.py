"""Parse (--only parse): the tree, home and a guide page of both sites opened with the CPU slowed 4x,
network free: parsing, the page's scripts and the main thread's busy time, medians.
"""
from __future__ import annotations

from pathlib import Path

from tools.bench.common import CHROMIUM_ARGS, build_both, chromium_path, median, print_table, serve


PARSE_PAGES = ("what-to-do/", "en/what-to-do/", "", "sms-only/")
CPU_SLOWDOWN = 4


def parse_cost(browser, url: str) -> dict[str, float]:
    """One first view with the CPU slowed CPU_SLOWDOWN times (a cheap phone), served from
    127.0.0.1 so the network costs nothing: milliseconds from the last byte of HTML to the end of
    parsing (domInteractive), to DOMContentLoaded handled (deferred scripts run) and to load, and
    the main thread's busy time (Chromium's TaskDuration) and element count."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    cdp.send("Performance.enable")
    page.goto(url, wait_until="load")
    timing = page.evaluate("""() => { const t = performance.getEntriesByType("navigation")[0];
      return {parse: t.domInteractive - t.responseEnd, ready: t.domContentLoadedEventEnd - t.responseEnd,
              load: t.loadEventEnd - t.responseEnd, elements: document.getElementsByTagName("*").length}; }""")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    context.close()
    return {**timing, "busy": metrics.get("TaskDuration", 0.0) * 1000}


def parse_benchmark(work: Path, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    project_site, baseline_site = build_both(work)
    found: dict[tuple[str, str], list[dict]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        servers = {"project": serve(project_site), "plain": serve(baseline_site)}
        for _ in range(runs):
            for path in PARSE_PAGES:
                for name, (_, url) in servers.items():  # alternating, so other load on the machine hits both
                    found.setdefault((path, name), []).append(parse_cost(browser, url + path))
        browser.close()
        for server, _ in servers.values():
            server.shutdown()
    rows = []
    for path in PARSE_PAGES:
        mine = {k: median([r[k] for r in found[(path, "project")]]) for k in ("parse", "ready", "load", "busy", "elements")}
        base = {k: median([r[k] for r in found[(path, "plain")]]) for k in ("parse", "ready", "load", "busy", "elements")}
        rows.append(["/" + path, int(mine["elements"]), int(base["elements"]),
                     f"{mine['parse']:.0f}", f"{base['parse']:.0f}", f"{mine['ready']:.0f}", f"{base['ready']:.0f}",
                     f"{mine['busy']:.0f}", f"{base['busy']:.0f}",
                     f"{mine['busy'] / base['busy']:.2f}" if base["busy"] else "-"])
    print_table(
        f"What a cheap phone pays to open a page: CPU slowed {CPU_SLOWDOWN}x, network free (ms, median of {runs})",
        ["page", "elements", "plain el.", "parse", "plain parse", "ready", "plain ready", "busy", "plain busy",
         "busy ratio"],
        rows,
        ["parse: last HTML byte to the end of parsing (domInteractive); ready: to DOMContentLoaded handled "
         "(Material's deferred bundle and the page's scripts have run); busy: the main thread's total task "
         "time until load (Chromium's TaskDuration). Plain Material holds the tree as plain Markdown."])
