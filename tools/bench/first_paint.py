"""First paint (--only firstpaint; tools/first_screen.py): what a phone (360x740) must receive before
it can paint the first screen of the home, a guide page and the tree in both languages, both sites;
--firstpaint-shots DIR also paints the first 14 KB with the stylesheets held back and compares it
with the loaded page.
"""
from __future__ import annotations

import functools
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

from tools import first_screen
from tools.bench.common import CHROMIUM_ARGS, build_both, chromium_path, kb, print_table, serve


FIRST_PAINT_PAGES = ("", "is-it-real/", "what-to-do/", "en/", "en/is-it-real/", "en/what-to-do/")


def first_paint_benchmark(work: Path, shots: Path | None = None) -> None:
    """Bytes a phone (360x740) needs before it can paint the first screen, both sites: the gzip'd
    HTML up to the end of the first screen's markup plus every stylesheet that holds the paint;
    within one round trip (about 14 KB) only with no such stylesheet. With `shots`, also the
    first screen as painted from the first 14 KB with every stylesheet held back, next to the
    loaded page (PNGs, light and dark, JavaScript on and off) and how many pixels differ."""
    from playwright.sync_api import sync_playwright

    project_site, baseline_site = build_both(work)
    rows, worst = [], {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        servers = {"project": (project_site, serve(project_site)), "plain": (baseline_site, serve(baseline_site))}
        found = {}
        for path in FIRST_PAINT_PAGES:
            for name, (site, (_, url)) in servers.items():
                found[(path, name)] = first_screen.measure(browser, url + path, site / path / "index.html", site)
        for path in FIRST_PAINT_PAGES:
            mine, plain = found[(path, "project")], found[(path, "plain")]
            before = {k: v["html_gzip"] + v["css_gzip"] for k, v in (("mine", mine), ("plain", plain))}
            worst[path] = mine["html_gzip"]
            rows.append(["/" + path, kb(mine["html_gzip"]), kb(mine["inline_gzip"]), len(mine["blocking"]),
                         kb(mine["css_gzip"]), kb(before["mine"]),
                         "yes" if not mine["blocking"] and mine["html_gzip"] <= first_screen.ROUND_TRIP_BYTES else "no",
                         kb(plain["html_gzip"]), len(plain["blocking"]), kb(plain["css_gzip"]), kb(before["plain"]),
                         f"{before['mine'] / before['plain']:.3f}"])
        shot_rows = []
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            held = {}
            for name, (site, _) in servers.items():
                server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(
                    first_screen.held_back_handler(hold=5.0), directory=str(site)))
                threading.Thread(target=server.serve_forever, daemon=True).start()
                held[name] = server
            for path in FIRST_PAINT_PAGES[:3]:
                for name, (_, (_, url)) in servers.items():
                    held_url = f"http://127.0.0.1:{held[name].server_address[1]}/"
                    painted = first_screen.painted(browser, held_url + path, wait_ms=2000)
                    if name == "plain":  # a screenshot waits for a frame, which comes once the CSS is in
                        shot_rows.append(["/" + path, name, "yes" if painted else "no", "-", "-", "-", "-"])
                        continue
                    cells = ["yes" if painted else "no"]
                    for dark in (False, True):
                        for javascript in (False, True):
                            options = {"dark": dark, "javascript": javascript}
                            whole = first_screen.screenshot(browser, url + path, wait_ms=500, **options)
                            first = first_screen.screenshot(browser, held_url + path, wait_ms=2000, partial=True, **options)
                            label = f"{(path.strip('/') or 'home').replace('/', '_')}-{name}-" \
                                    f"{'dark' if dark else 'light'}-{'js' if javascript else 'nojs'}"
                            (shots / f"{label}-loaded.png").write_bytes(whole)
                            (shots / f"{label}-first-14kb.png").write_bytes(first)
                            cells.append(f"{first_screen.difference(browser, whole, first) * 100:.1f}")
                    shot_rows.append(["/" + path, name] + cells)
            for server in held.values():
                server.shutdown()
        browser.close()
        for _, (server, _) in servers.values():
            server.shutdown()
    print_table(
        "Before the first paint at 360x740 (gzip KB): the HTML up to the end of the first screen, and the "
        "stylesheets that hold the paint",
        ["page", "HTML to 1st screen", "of it inline CSS", "blocking CSS", "their KB", "total", "1 round trip",
         "plain HTML", "plain blocking", "their KB", "plain total", "ratio"],
        rows,
        [f"One round trip: the first screen's markup within {first_screen.ROUND_TRIP_BYTES} bytes of gzip "
         "(TCP's initial window, about 10 x 1,460 bytes) and no stylesheet holding the paint; a blocking "
         "stylesheet costs at least one more round trip whatever its size. The first screen ends where the "
         "first element after the last visible one starts (JavaScript off, so the DOM is the HTML as sent). "
         "Screens of 60em (960 px) and wider still wait for the full stylesheets (guide/delivery/first_paint.py)."])
    if shot_rows:
        print_table(
            "The first 14 KB of HTML with every stylesheet held back vs the loaded page (% of 360x740 pixels that "
            "differ; PNGs in " + str(shots) + ")",
            ["page", "site", "painted at 2 s", "light, JS off", "light, JS on", "dark, JS off", "dark, JS on"], shot_rows,
            ["'painted at 2 s': a first contentful paint within 2 s of the request, with the stylesheets held back "
             "for 5 s (Paint Timing, JavaScript on). Plain Material paints nothing until they arrive. "
             "With JavaScript on, Material's bundle (run once the stylesheets are in, on both sites) adds the palette "
             "and search buttons to the header afterwards. Dark with JavaScript off is the light palette on both."])
