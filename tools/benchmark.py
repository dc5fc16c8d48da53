#!/usr/bin/env python3
"""Page weight and build benchmarks. Not part of the test run; prints tables.

    .venv/bin/python tools/benchmark.py                 # page weight + build benchmark (10, 100 pages)
    .venv/bin/python tools/benchmark.py --pages 10 100 1000
    .venv/bin/python tools/benchmark.py --only weight   # or: --only firstpaint, parse, build, lighthouse

1. Page weight: the site and a baseline (the same docs with plain Material: no custom_dir, no
   project hooks, no extra CSS or JS, the decision tree written as plain Markdown; `font: false`
   kept so neither loads Google Fonts) are built into temp dirs, served on 127.0.0.1, and every
   page is opened once in a fresh Chromium context (first view, empty cache). Responses are
   recorded: HTML + CSS + JS bytes, raw and gzip (level 6 per file, as a static host would send
   them), the number of requests, requests to other hosts.
2. Lighthouse (--only lighthouse; npm installs it once into tools/.lighthouse/, CHROME_PATH is the
   system Chromium): a guide page, the tree page and the home page of both sites, each served on
   its own 127.0.0.1 port as a static host serves it (gzip, keep-alive; --uncompressed: plain
   HTTP/1.0), mobile with simulated throttling, the sites alternating; medians of
   --lighthouse-runs runs (default 3) of FCP, LCP, TBT and the performance, accessibility and SEO
   scores, with FCP and LCP ratios to plain Material.
3. First paint (--only firstpaint; tools/first_screen.py): what a phone (360x740) must receive
   before it can paint the first screen of the home, a guide page and the tree in both languages:
   the gzip'd HTML up to the end of the first screen's markup and the stylesheets that hold the
   paint, both sites; --firstpaint-shots DIR also paints the first 14 KB with the stylesheets held
   back and compares it with the loaded page (light, dark, JavaScript on and off).
4. Parse (--only parse): the tree, home and a guide page of both sites opened with the CPU slowed
   4x (Chromium's throttling, as Lighthouse's mobile profile does), network free: how long parsing
   and the page's scripts take, and the main thread's busy time, medians of --parse-runs opens.
5. Build: synthetic corpora of N pages per language (Chinese and English text from sentence
   templates, valid front matter, the project's sources, the decision tree scaled up if
   data/tree.yml exists) are built with and without the project's hooks, the plain build holding
   the tree as plain Markdown (--no-tree-page leaves the tree page out of both); wall time, peak
   memory of the build process, and the search index size per language.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from guide.languages import DEFAULT_LANGUAGE
from guide.offline import OFFLINE_BUDGET
from guide.translations import page_name
from guide.tree.markdown import docs_href, tree_markdown
from guide.tree.render import MARKER
from guide.tree.validate import load_tree

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# --------------------------------------------------------------------------- config handling

class _EnvTag(str):
    """Keeps `!ENV [NAME, default]` through a load/dump round trip."""


def _load_config(path: Path) -> dict:
    loader = type("Loader", (yaml.SafeLoader,), {})
    # `!ENV [NAME, default]` keeps the default; `!ENV NAME` (site_url) is set by project_config anyway.
    loader.add_constructor("!ENV", lambda ld, node: ld.construct_sequence(node)[-1]
                           if isinstance(node, yaml.SequenceNode) else None)
    # Python-name tags used by some Markdown extensions are kept as plain strings.
    loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda ld, suffix, node: ld.construct_scalar(node))
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def _write_config(config: dict, path: Path) -> Path:
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def project_config(root: Path, docs_dir: Path, hooks: bool = True) -> dict:
    """The project's mkdocs.yml with absolute paths; without hooks if hooks=False."""
    config = _load_config(ROOT / "mkdocs.yml")
    config["docs_dir"] = str(docs_dir)
    config["site_url"] = "http://127.0.0.1:8000/"
    config["theme"]["custom_dir"] = str(ROOT / config["theme"].get("custom_dir", "overrides"))
    config["hooks"] = [str(ROOT / h) for h in config.get("hooks", [])] if hooks else []
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "search" in plugin and plugin["search"].get("jieba_dict_user"):
            plugin["search"]["jieba_dict_user"] = str(ROOT / plugin["search"]["jieba_dict_user"])
    return config


def plain_docs(docs: Path, tree_file: Path, dest: Path) -> Path:
    """A copy of `docs` for plain Material: the decision-tree marker replaced by the same tree
    written as plain Markdown (a section per question and outcome), so both builds hold the same
    content and the comparison measures what the project adds, not the tree's text."""
    shutil.copytree(docs, dest)
    tree = load_tree(tree_file, docs) if tree_file.exists() else None
    for page in dest.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        if tree is not None and MARKER in text:
            lang = (page_name(page.relative_to(dest)) or (None, DEFAULT_LANGUAGE))[1]
            page.write_text(text.replace(MARKER, tree_markdown(tree, lang, docs_href)), encoding="utf-8")
    return dest


def baseline_config(docs_dir: Path) -> dict:
    """Plain Material on the same docs: no custom_dir, no hooks, no project CSS or JS."""
    config = project_config(ROOT, docs_dir, hooks=False)
    config["theme"].pop("custom_dir", None)
    config.pop("extra_css", None)
    config.pop("extra_javascript", None)
    return config


def run_build(config_path: Path, site_dir: Path, cwd: Path) -> tuple[int, float, float, str]:
    """(exit code, wall seconds, peak RSS in MB, output) of one `mkdocs build` (not strict)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config_path), "-d", str(site_dir)],
                            cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, wall, usage.ru_maxrss / 1024, output


# --------------------------------------------------------------------------- tables

def print_table(title: str, header: list[str], rows: list[list], notes: list[str] = ()) -> None:
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n## {title}\n")
    print("| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells[1:]:
        print("| " + " | ".join(c.rjust(w) if re.match(r"^[\d.,x%+-]+$", c) else c.ljust(w)
                                for c, w in zip(row, widths)) + " |")
    for note in notes:
        print(f"\n{note}")
    sys.stdout.flush()


def kb(n: float) -> str:
    return f"{n / 1024:.1f}"


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


# --------------------------------------------------------------------------- page weight

class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# Types a static host compresses (GitHub Pages sends these gzip'd).
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".webmanifest"}


class _LikeAStaticHost(_Quiet):
    """Serves as the published site is served: HTTP/1.1 keep-alive, text files gzip'd (level 6)
    when the browser accepts it. Lighthouse's simulated throttling charges the bytes and
    connections it observed: an uncompressed HTTP/1.0 server would measure a host nobody uses."""
    protocol_version = "HTTP/1.1"
    _cache: dict[str, bytes] = {}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSIBLE and path.is_file()) or not self.path.split("?")[0].endswith(
                ("/", path.suffix)):
            return super().send_head()  # redirects, 404s, binary files: as before
        key = str(path)
        if key not in self._cache:
            self._cache[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        body = self._cache[key]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(directory: Path, compress: bool = True) -> tuple[ThreadingHTTPServer, str]:
    handler = _LikeAStaticHost if compress else _Quiet
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def site_pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("index.html")):
        rel = path.relative_to(site).as_posix()
        if not rel.startswith(("assets/", "search/")):
            pages.append(rel[: -len("index.html")])
    return pages


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
    from guide.offline import gzip_size, site_file
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


def build_both(work: Path) -> tuple[Path, Path]:
    """The project site and the plain-Material baseline, built once per run into `work`."""
    project_site, baseline_site = work / "project-site", work / "baseline-site"
    if project_site.exists() and baseline_site.exists():
        return project_site, baseline_site
    # The hooks read data/ next to the config file: the project builds from its own mkdocs.yml.
    configs = {"project": ROOT / "mkdocs.yml",
               "baseline": _write_config(baseline_config(plain_docs(ROOT / "docs", ROOT / "data" / "tree.yml",
                                                                     work / "baseline-docs")), work / "baseline.yml")}
    for name, site in (("project", project_site), ("baseline", baseline_site)):
        code, wall, _, output = run_build(configs[name], site, ROOT)
        if code != 0:
            sys.exit(f"the {name} build failed:\n{output}")
    return project_site, baseline_site


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or next(
        (p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None)


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
         + f" (budget: {kb(OFFLINE_BUDGET)} KB gzip, guide/offline.py)."])
    page_script_table(project_site)


SCRIPT_BUDGET_GZIP = 4096  # each page tool's own script (issue 24); the tree's scripts together: 5 KB


def page_script_table(site: Path) -> None:
    """Each page's own scripts as the build writes them (minified): size, and the pages that load it."""
    from guide.page_delivery import PAGE_SCRIPTS

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
    print_table("Page scripts (minified as built, KB)", ["script", "pages (guide/page_delivery.py)", "raw", "gzip", "loaded by"], rows,
                [f"Budget: each <= {kb(SCRIPT_BUDGET_GZIP)} KB gzip ({'over: ' + ', '.join(over) if over else 'all within'}); "
                 f"the decision tree's together {kb(tree)} KB gzip (budget 5 KB)."])


# --------------------------------------------------------------------------- first paint

FIRST_PAINT_PAGES = ("", "is-it-real/", "what-to-do/", "en/", "en/is-it-real/", "en/what-to-do/")


def first_paint_benchmark(work: Path, shots: Path | None = None) -> None:
    """Bytes a phone (360x740) needs before it can paint the first screen, both sites: the gzip'd
    HTML up to the end of the first screen's markup plus every stylesheet that holds the paint;
    within one round trip (about 14 KB) only with no such stylesheet. With `shots`, also the
    first screen as painted from the first 14 KB with every stylesheet held back, next to the
    loaded page (PNGs, light and dark, JavaScript on and off) and how many pixels differ."""
    from playwright.sync_api import sync_playwright

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # run as a script: tools/ is not a package on the path
    from tools import first_screen

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
            import functools

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
         "Screens of 60em (960 px) and wider still wait for the full stylesheets (guide/first_paint.py)."])
    if shot_rows:
        print_table(
            "The first 14 KB of HTML with every stylesheet held back vs the loaded page (% of 360x740 pixels that "
            "differ; PNGs in " + str(shots) + ")",
            ["page", "site", "painted at 2 s", "light, JS off", "light, JS on", "dark, JS off", "dark, JS on"], shot_rows,
            ["'painted at 2 s': a first contentful paint within 2 s of the request, with the stylesheets held back "
             "for 5 s (Paint Timing, JavaScript on). Plain Material paints nothing until they arrive. "
             "With JavaScript on, Material's bundle (run once the stylesheets are in, on both sites) adds the palette "
             "and search buttons to the header afterwards. Dark with JavaScript off is the light palette on both."])


# --------------------------------------------------------------------------- lighthouse

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


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


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


# --------------------------------------------------------------------------- synthetic corpus

ZH_SUBJECTS = ["借款人", "平台客服", "催收公司", "家里人", "朋友", "银行", "调解员", "律师"]
ZH_ACTIONS = ["核对了欠款金额", "打来电话询问还款计划", "发来一条提醒短信", "建议先在官方 App 里查账",
              "要求在 3 天内还清", "同意把还款日推后 15 天", "寄来一封催收函", "说明了罚息的算法"]
ZH_TAILS = ["，这时先别慌。", "，记下时间和号码。", "，可以要求对方出示书面材料。", "，不要往个人账户转钱。",
            "，保留截图作为证据。", "，再决定下一步怎么做。"]
ZH_HEADINGS = ["先做什么", "你的权利", "怎么协商", "常见误会", "需要帮助时", "记录和证据"]
EN_SUBJECTS = ["The borrower", "Customer service", "A collection agency", "A family member", "A friend",
               "The bank", "A mediator", "A lawyer"]
EN_ACTIONS = ["checked the amount owed", "called to ask about a repayment plan", "sent a reminder text (短信)",
              "suggested checking the account in the official app", "demanded full repayment within 3 days",
              "agreed to move the due date back by 15 days", "mailed a collection letter",
              "explained how the penalty interest (罚息) is calculated"]
EN_TAILS = [": stay calm.", "; note the time and the number.", "; ask for it in writing.",
            "; never transfer money to a personal account.", "; keep screenshots as evidence.",
            "; then decide the next step."]
EN_HEADINGS = ["What to do first", "Your rights", "How to negotiate", "Common misunderstandings",
               "When you need help", "Records and evidence"]


def _paragraph(rng: random.Random, lang: str, sentences: int) -> str:
    if lang == "zh":
        return "".join(rng.choice(ZH_SUBJECTS) + rng.choice(ZH_ACTIONS) + rng.choice(ZH_TAILS) for _ in range(sentences))
    return " ".join(f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_ACTIONS)}{rng.choice(EN_TAILS)}" for _ in range(sentences))


def synthetic_page(index: int, lang: str, count: int, source_ids: list[str]) -> str:
    rng = random.Random(index * 7919 + (1 if lang == "en" else 0))
    title = f"情况 {index}：{ZH_HEADINGS[index % 6]}" if lang == "zh" else f"Situation {index}: {EN_HEADINGS[index % 6]}"
    cited = source_ids[index % max(len(source_ids), 1):][:2]
    lines = ["---", f"title: \"{title}\"", f"description: \"{_paragraph(rng, lang, 1)}\"", "reviewed: 2026-01-15",
             f"sources: [{', '.join(cited)}]", "---", "", f"# {title} {{#page-{index}}}", "",
             '!!! summary "' + ("简短回答" if lang == "zh" else "Short answer") + '"',
             "    " + _paragraph(rng, lang, 2), ""]
    for section in range(4):
        heading = (ZH_HEADINGS if lang == "zh" else EN_HEADINGS)[(index + section) % 6]
        lines += [f"## {heading} {{#s{section}}}", "", _paragraph(rng, lang, 4), ""]
        lines += [f"{n}. {_paragraph(rng, lang, 1)}" for n in range(1, 4)] + [""]
    neighbour = (index + 1) % count
    lines += [f"[{'下一页' if lang == 'zh' else 'Next page'}](page-{neighbour}.md#s1)", ""]
    return "\n".join(lines)


def scale_tree(tree_text: str, factor: int) -> str | None:
    """Scale data/tree.yml by copying every node `factor` times under new ids (ids renamed by
    suffix wherever they appear as whole words). Returns None if the shape is not understood."""
    data = yaml.safe_load(tree_text)
    if not isinstance(data, dict):
        return None
    key = next((k for k in ("nodes", "steps", "questions") if isinstance(data.get(k), (dict, list))), None)
    if key is None:
        return None
    nodes = data[key]
    ids = list(nodes) if isinstance(nodes, dict) else [n.get("id") for n in nodes if isinstance(n, dict)]
    ids = [i for i in ids if isinstance(i, str)]
    if not ids:
        return None
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(ids, key=len, reverse=True))) + r")\b")
    copies = []
    for n in range(1, factor):
        dumped = yaml.safe_dump(nodes, allow_unicode=True, sort_keys=False)
        copies.append(yaml.safe_load(pattern.sub(lambda m: f"{m.group(1)}-x{n}", dumped)))
    for copy in copies:
        if isinstance(nodes, dict):
            nodes.update(copy)
        else:
            nodes.extend(copy)
    # Keep every copy reachable: the original start question gets one more answer per copy.
    start = data.get("start")
    if isinstance(nodes, dict) and start in nodes and isinstance(nodes[start].get("answers"), list):
        for n in range(1, factor):
            nodes[start]["answers"].append({"label": {"zh": f"其他情况 {n}", "en": f"Another case {n}"},
                                            "next": f"{start}-x{n}"})
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def make_corpus(base: Path, count: int, tree_page: bool = True) -> dict:
    """A throwaway project with `count` pages per language; returns notes about what it holds.
    Without `tree_page`, the decision-tree page is left out (its data file, unscaled, is still checked)."""
    docs, data = base / "docs", base / "data"
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    shutil.copytree(ROOT / "data", data)
    source_ids = [str(key) for key in yaml.safe_load((data / "sources.yml").read_text(encoding="utf-8")) or {}]
    notes = {"tree": "no data/tree.yml yet"}
    # The project's own pages come along (the tree and the pages link to them), then N synthetic ones.
    for page in ROOT.joinpath("docs").glob("*.md"):
        if tree_page or MARKER not in page.read_text(encoding="utf-8"):
            shutil.copy(page, docs / page.name)
    for lang in ("zh", "en"):
        for index in range(count):
            (docs / f"page-{index}.{lang}.md").write_text(synthetic_page(index, lang, count, source_ids), encoding="utf-8")
    tree = ROOT / "data" / "tree.yml"
    if tree.exists() and not tree_page:
        notes["tree"] = "data/tree.yml x1, no page"
    elif tree.exists():
        scaled = scale_tree(tree.read_text(encoding="utf-8"), max(1, count // 10))
        if scaled is not None:
            (data / "tree.yml").write_text(scaled, encoding="utf-8")
            notes["tree"] = f"data/tree.yml x{max(1, count // 10)}"
        else:
            notes["tree"] = "data/tree.yml copied unscaled (shape not understood)"
    plain_docs(docs, data / "tree.yml", base / "docs-plain")  # for the build without hooks
    return notes


def corpus_config(base: Path, count: int, hooks: bool) -> dict:
    pages = {p.name for p in (base / "docs").glob("*.md")}
    config = project_config(ROOT, base / ("docs" if hooks else "docs-plain"), hooks=hooks)
    # The nav lists the home page and the first 10 pages, as the real site lists its ~12: with
    # every page in the nav, each page would carry all N links and output would grow as N^2.
    nav = [item for item in config.get("nav") or ["index.md"]
           if not isinstance(item, str) or any(name.startswith(item[:-3] + ".") for name in pages)]
    config["nav"] = nav + [{"Pages": [f"page-{i}.md" for i in range(min(count, 10))]}]
    config["not_in_nav"] = "page-*.md"  # the rest are left out on purpose (the build checks the nav)
    return config


def index_sizes(site: Path) -> dict[str, tuple[int, int]]:
    """Search index bytes (raw, gzip) per language."""
    sizes = {}
    for path in sorted(site.rglob("search_index*.json")):
        rel = path.relative_to(site).as_posix()
        lang = "en" if rel.startswith("en/") or ".en." in path.name else ("zh" if rel.startswith("search/") else rel)
        body = path.read_bytes()
        if rel == "search/search_index.json" and any(p.as_posix().startswith(str(site / "en")) for p in site.rglob("search_index*.json")):
            lang = "zh"
        sizes.setdefault(lang, (len(body), gz(body)))
    return sizes


def build_benchmark(work: Path, counts: list[int], repeat: int, tree_page: bool = True) -> None:
    rows = []
    index_rows = []
    previous: dict | None = None
    notes = []
    runs: dict[int, int] = {}
    for count in counts:
        base = work / f"corpus-{count}"
        info = make_corpus(base, count, tree_page)
        result = {}
        configs = {hooks: _write_config(corpus_config(base, count, hooks), base / f"mkdocs-{'hooks' if hooks else 'plain'}.yml")
                   for hooks in (False, True)}
        # Alternate the two builds and keep each one's fastest: on a shared or virtual machine the
        # same build varies by 10-20 %, and drift then hits both alike. Small builds, where that
        # noise dwarfs the difference, get more runs (10 at 10 pages per language).
        runs[count] = max(repeat, min(10, 100 // count))
        for _ in range(runs[count]):
            for hooks in (False, True):
                site = base / f"site-{'hooks' if hooks else 'plain'}"
                shutil.rmtree(site, ignore_errors=True)
                code, wall, rss, output = run_build(configs[hooks], site, base)
                if code != 0:
                    sys.exit(f"the {count}-page build ({'with' if hooks else 'without'} hooks) failed:\n{output[-3000:]}")
                if hooks not in result or wall < result[hooks][0]:
                    result[hooks] = (wall, rss, site)
        (plain_t, plain_m, _), (hook_t, hook_m, hook_site) = result[False], result[True]
        per_page = hook_t / (2 * count) * 1000
        growth = f"{hook_t / previous['time']:.2f}x" if previous else "-"
        rows.append([count, 2 * count, f"{plain_t:.2f}", f"{hook_t:.2f}", f"{(hook_t / plain_t - 1) * 100:+.1f}%",
                     f"{plain_m:.0f}", f"{hook_m:.0f}", f"{per_page:.1f}", growth, info["tree"]])
        sizes = index_sizes(hook_site)
        for lang, (raw, zipped) in sorted(sizes.items()):
            prev = previous["index"].get(lang) if previous else None
            index_rows.append([count, lang, kb(raw), kb(zipped), f"{raw / prev[0]:.2f}x" if prev else "-"])
        previous = {"time": hook_t, "index": sizes}
    counted = ", ".join(f"{n} ({c} pages/lang)" for c, n in runs.items())
    notes.append(f"Fastest of {counted} alternating runs per cell. Time is wall clock of the whole "
                 "`mkdocs build` process (Python start-up, jieba, both languages); memory is the build "
                 "process's peak RSS.")
    if not tree_page:
        notes.append("The decision-tree page is left out of both builds: this shows what the hooks cost on "
                     "ordinary pages (the real tree data file, not scaled, is still checked).")
    print_table("Build benchmark (synthetic corpus" + ("" if tree_page else ", no tree page") + ")",
                ["pages/lang", "pages", "plain s", "hooks s", "hooks add", "plain MB", "hooks MB", "ms/page",
                 "time growth", "tree"], rows, notes)
    print_table("Search index per language (with hooks)", ["pages/lang", "lang", "raw KB", "gzip KB", "growth"], index_rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[10, 100],
                        help="corpus sizes in pages per language (default: 10 100; add 1000 for the large run)")
    parser.add_argument("--only", choices=["weight", "firstpaint", "parse", "build", "lighthouse"],
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
    finally:
        if args.keep:
            print(f"\n(kept {work})")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
