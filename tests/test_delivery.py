"""How pages are delivered (issue 13): first view with no failed request and no search file until
search is opened, no stylesheet that blocks a phone's first paint (at most 3 on a wide screen),
tree assets on the tree page only, absolute hreflang, meta descriptions intact, and the site
offline after one visit. The first screen itself: tests/test_first_paint.py."""
from __future__ import annotations

import functools
import json
import re
import shutil
import threading
from html.parser import HTMLParser
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, _QuietHandler, build_site

GUIDE_PAGE = "is-it-real/"
LANG_ROOT = {"zh": "", "en": "en/"}
SEARCH_FILE = re.compile(r"/search/search_index\.json|/workers/|/lunr/")
TREE_ASSET = re.compile(r"/tree\.(css|js)\b")
QUERIES = yaml.safe_load((ROOT / "data" / "search_queries.yml").read_text(encoding="utf-8"))

# A stylesheet in <head> that applies holds the first paint; one in <body> only what comes after it
# (guide/delivery/first_paint.py puts them after the content).
BLOCKING_STYLESHEETS = """() => [...document.querySelectorAll('head link[rel=stylesheet]')]
  .filter(link => !link.disabled && matchMedia(link.media || 'all').matches).map(link => link.href)"""

PARSER_BLOCKING_SCRIPTS = "() => [...document.querySelectorAll('script[src]')].filter(s => !s.defer && !s.async).map(s => s.src)"
TREE_STYLES = "() => [...document.querySelectorAll('style')].filter(s => s.textContent.includes('.tree-step')).length"


class Recorder:
    """Every request of a browser context (workers' too) and how it ended."""

    def __init__(self, context):
        self.urls: list[str] = []
        self.failures: list[str] = []
        context.on("request", lambda r: self.urls.append(r.url))
        context.on("requestfailed", lambda r: self.failures.append(f"{r.url} ({r.failure})"))
        context.on("response", lambda r: r.status >= 400 and self.failures.append(f"{r.url} -> {r.status}"))

    def matching(self, pattern: re.Pattern) -> list[str]:
        return [url for url in self.urls if pattern.search(url)]


def settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)


def search_results(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator("label[for=__search]").first.click()  # the reader taps the search icon
    box.fill("")
    box.type(query)
    box.press("End")  # Material searches on key events (see DESIGN.md)
    previous = None
    for _ in range(40):
        page.wait_for_timeout(150)
        hrefs = page.locator(".md-search-result__item a").evaluate_all("links => links.map(a => a.href)")
        if hrefs and hrefs == previous:
            return hrefs
        previous = hrefs
    return previous or []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_first_view_loads_no_search_and_fails_nothing(browser, site_url, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="block")
    record = Recorder(context)
    page = context.new_page()
    page.goto(site_url + LANG_ROOT[lang] + GUIDE_PAGE)
    settle(page)
    assert record.failures == [], "failed requests on a first view"
    assert record.matching(SEARCH_FILE) == [], "search files loaded before the reader opened search"
    assert record.matching(TREE_ASSET) == [], "tree assets loaded off the tree page"
    assert page.evaluate(TREE_STYLES) == 0
    blocking = page.evaluate(BLOCKING_STYLESHEETS)
    assert blocking == [], f"stylesheets hold a phone's first paint: {blocking}"
    assert page.evaluate(PARSER_BLOCKING_SCRIPTS) == [], "a script file holds up the first paint"
    hreflang = page.locator("link[rel=alternate][hreflang]").evaluate_all(
        "links => links.map(l => [l.hreflang, l.getAttribute('href')])")
    assert {code for code, _ in hreflang} >= {"zh", "en"}, hreflang
    assert all(re.match(r"https?://[^/]+/", href) for _, href in hreflang), hreflang

    # Opening search loads it, and a query finds pages in the reader's language.
    query = QUERIES[lang][0]["query"]
    results = search_results(page, query)
    assert record.matching(SEARCH_FILE), "opening search loaded nothing"
    assert results, f"{query!r} found nothing after search was opened"
    english = [href for href in results if f"{site_url}en/" in href]
    assert english == results if lang == "en" else english == [], results
    settle(page)
    assert record.failures == []
    context.close()


def test_keyboard_shortcut_opens_search(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    record = Recorder(context)
    page = context.new_page()
    page.goto(site_url + GUIDE_PAGE)
    settle(page)
    # A wide screen waits for the full stylesheets, as before (guide/delivery/first_paint.py WIDE_EM).
    assert 1 <= len(page.evaluate(BLOCKING_STYLESHEETS)) <= 3
    assert record.matching(SEARCH_FILE) == []
    page.keyboard.press("/")
    page.wait_for_function("() => document.activeElement.matches('input.md-search__input')")  # a function: a string expression is eval'd, which the pages' CSP forbids
    settle(page)
    assert any("search_index.json" in url for url in record.urls), record.urls
    context.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_tree_page_has_its_assets_and_few_blocking_stylesheets(browser, site_url, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="block")
    record = Recorder(context)
    page = context.new_page()
    page.goto(site_url + LANG_ROOT[lang] + "what-to-do/")
    settle(page)
    assert record.failures == []
    assert record.matching(re.compile(r"/tree\.js\b")), "tree.js not loaded on the tree page"
    assert record.matching(re.compile(r"/tree\.css\b")), "tree.css not loaded on the tree page"
    assert page.evaluate(TREE_STYLES) == 1, "the tree's first-paint styles not inlined"
    assert page.evaluate(BLOCKING_STYLESHEETS) == []
    assert record.matching(SEARCH_FILE) == []
    context.close()


# --- meta descriptions -------------------------------------------------------------------

class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.description = None
        self.title = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("name") == "description":
            self.description = attrs.get("content")
        self._in_title = tag == "title"

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data

    def handle_endtag(self, tag):
        self._in_title = False


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1]) if text.startswith("---") else {}


def built_page(site: Path, docs_file: Path) -> Path:
    name, lang = docs_file.name.split(".")[:2]
    folder = site / ("" if lang == "zh" else lang) / ("" if name == "index" else name)
    return folder / "index.html"


def check_meta(site: Path, docs: Path) -> int:
    checked = 0
    for source in sorted(docs.glob("*.*.md")):
        meta = front_matter(source)
        head = _Head()
        head.feed(built_page(site, source).read_text(encoding="utf-8"))
        assert head.description == str(meta["description"]).strip(), f"{source.name}: meta description differs"
        if source.name.startswith("index."):
            # The home page's <title> is the site name once (overrides/main.html).
            assert head.title and " - " not in head.title, f"{source.name}: <title> repeats the site name"
        elif meta.get("title"):
            assert head.title.startswith(str(meta["title"]) + " - "), f"{source.name}: <title> differs"
        checked += 1
    return checked


def test_meta_description_of_every_page_matches_front_matter(built_site):
    assert check_meta(built_site, ROOT / "docs") >= 20


def test_any_character_in_front_matter_comes_through_whole(tmp_path):
    for name in ("docs", "data", "hooks", "overrides", "mkdocs.yml"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    page = tmp_path / "docs" / "help.en.md"
    text = page.read_text(encoding="utf-8")
    hostile = 'A "quoted" <b>word</b> & an \'apostrophe\' </title><script>x</script>'
    text = re.sub(r"^description:.*$", "description: " + yaml.safe_dump(hostile, width=1000).strip().removesuffix("\n..."),
                  text, count=1, flags=re.M)
    text = re.sub(r"^title:.*$", "title: " + yaml.safe_dump('Help "now" <here> & </title>', width=1000).strip().removesuffix("\n..."),
                  text, count=1, flags=re.M)
    page.write_text(text, encoding="utf-8")
    result = build_site(tmp_path / "site", config=tmp_path / "mkdocs.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert front_matter(page)["description"] == hostile
    check_meta(tmp_path / "site", tmp_path / "docs")


# --- offline after one visit -------------------------------------------------------------

@pytest.fixture
def stoppable_server(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


CACHED_PATHS = """async () => {
  const paths = [];
  for (const name of await caches.keys())
    for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
  return paths;
}"""
KEPT_NOTE = "[data-offline-note]"


def _kept(page) -> None:
    """Wait until the worker has kept this page's plan and the page says so."""
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=15000)
    page.locator(KEPT_NOTE).wait_for(state="visible", timeout=15000)


def test_site_opens_offline_after_one_visit(browser, stoppable_server):
    """A Chinese reader's first visit keeps the tree, help and home pages of their language and
    the English help page, not the English tree; every page the reader opens is kept too, and
    says so."""
    server, url = stoppable_server
    context = browser.new_context()
    page = context.new_page()
    for visited in ("", GUIDE_PAGE):  # pages the reader opened
        page.goto(url + visited)
        _kept(page)
    cached = page.evaluate(CACHED_PATHS)
    page.goto(url + "en/" + GUIDE_PAGE)  # reading English from now on keeps the English plan too
    _kept(page)
    server.shutdown()  # really offline: nothing answers any more
    server.server_close()
    context.set_offline(True)
    for path in ("", "what-to-do/", "help/", "en/", "en/what-to-do/", "en/help/", GUIDE_PAGE, "en/" + GUIDE_PAGE):
        response = page.goto(url + path)
        assert response is not None and response.ok, f"{path or '/'} did not open offline"
        assert page.locator("h1").first.is_visible(), path
        unstyled = page.evaluate("""() => [...document.querySelectorAll('link[rel=stylesheet]')]
            .filter(link => !link.sheet).map(link => link.href)""")
        assert unstyled == [], f"{path}: stylesheets missing offline: {unstyled}"
    context.close()
    assert "/en/what-to-do/" not in cached, "the English tree was fetched although this reader reads Chinese"


@pytest.mark.parametrize("connection", [{"saveData": True, "effectiveType": "4g"}, {"saveData": False, "effectiveType": "2g"}])
def test_saving_data_keeps_only_the_help_page_and_what_was_opened(browser, site_url, connection):
    context = browser.new_context()
    context.add_init_script(
        f"Object.defineProperty(navigator, 'connection', {{value: {json.dumps(connection)}, configurable: true}})")
    page = context.new_page()
    try:
        page.goto(site_url + "en/" + GUIDE_PAGE)
        _kept(page)
        pages = {p for p in page.evaluate(CACHED_PATHS) if p.endswith("/")}
    finally:
        context.close()
    assert pages == {"/en/help/", "/en/" + GUIDE_PAGE}


def test_a_page_not_yet_kept_says_nothing_about_offline(browser, site_url):
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    try:
        page.goto(site_url + "help/")
        settle(page)
        assert not page.locator(KEPT_NOTE).is_visible()
    finally:
        context.close()


def test_service_worker_is_versioned_and_small(built_site):
    worker = (built_site / "sw.js").read_text(encoding="utf-8")
    assert len(worker.encode()) < 6000
    assert re.search(r'VERSION="[0-9a-f]{16}"', worker)
    for path in ('"./"', '"en/"', '"what-to-do/"', '"en/what-to-do/"', '"help/"', '"en/help/"'):
        assert path in worker, path
    assert "http" not in worker.replace("https", "").replace("http", "", 0), "no absolute URLs"


# --- units ---------------------------------------------------------------------------------

def test_hreflang_links_are_absolute_under_a_subpath():
    from guide.delivery.page import hreflang_links
    links = hreflang_links("https://example.github.io/guide/", {"zh": ".", "en": "en/"})
    assert links == [{"lang": "zh", "href": "https://example.github.io/guide/"},
                     {"lang": "en", "href": "https://example.github.io/guide/en/"}]
    assert hreflang_links("https://x.org", {"en": "en/help/"})[0]["href"] == "https://x.org/en/help/"


def test_offline_assets_are_site_relative():
    from guide.delivery.offline import page_assets
    html = ('<link rel="canonical" href="https://x.org/en/help/"><link rel="stylesheet" href="../../assets/a.css">'
            '<script src="../../assets/b.js?v=1"></script><link rel="icon" href="https://cdn.example/i.svg">')
    assert page_assets(html, "en/help/") == ["assets/a.css", "assets/b.js"]


def test_dev_server_pages_register_no_worker():
    import hooks.page_delivery as delivery
    try:
        delivery.on_startup("serve", dirty=False)
        assert delivery._common({})["service_worker"] is None
        delivery.on_startup("build", dirty=False)
        assert delivery._common({})["service_worker"] == "sw.js"
    finally:
        delivery.on_startup("build", dirty=False)


def test_offline_plan_keeps_the_reader_s_language_first_within_the_budget(tmp_path):
    import os
    from guide.delivery.offline import gzip_size, offline_plan
    pages = {"": "home", "what-to-do/": "tree", "help/": "help", "en/": "home en", "en/what-to-do/": "tree en",
             "en/help/": "help en"}
    for url, name in pages.items():
        (tmp_path / url).mkdir(parents=True, exist_ok=True)
        body = os.urandom(3000 if "tree" in name else 1000).hex()  # random: gzip can't shrink it much
        (tmp_path / url / "index.html").write_text(f'<link rel="stylesheet" href="/a.css"><p>{body}</p>')
    (tmp_path / "a.css").write_text("p{}")
    size = {url: gzip_size(tmp_path / url / "index.html") for url in pages}
    css = gzip_size(tmp_path / "a.css")
    plan = offline_plan(tmp_path, ["zh", "en"], "zh", budget=size["what-to-do/"] + css + size["help/"] + size[""])
    assert plan["zh"]["full"] == ["what-to-do/", "a.css", "help/", "./"]  # no room for the English help page
    assert plan["zh"]["lean"] == ["help/", "a.css"]
    roomy = offline_plan(tmp_path, ["zh", "en"], "zh", budget=10**6)
    assert roomy["en"]["full"] == ["en/what-to-do/", "a.css", "en/help/", "en/", "help/"]
    tight = offline_plan(tmp_path, ["zh", "en"], "zh", budget=size["help/"] + css + 10)
    assert tight["zh"]["full"] == ["help/", "a.css"]  # the tree did not fit; a smaller page after it did


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_remove_this_site_from_this_phone_leaves_nothing_behind(browser, site_url, exit_url, stub_exit, lang):
    """The help page's button deletes the offline copy, the worker and the stored choices, then
    leaves like the quick exit: Back does not show the guide, and the site left nothing stored."""
    context = browser.new_context()
    stub_exit(context)
    page = context.new_page()
    try:
        page.goto(site_url + LANG_ROOT[lang])
        _kept(page)
        page.locator(".md-header label[for^=__palette]:visible").first.click()  # a stored choice
        assert page.evaluate("Object.keys(localStorage).some(k => k.endsWith('__palette'))")
        page.locator('article a[href*="help/"]').first.click()  # by a link, as a reader goes
        page.wait_for_url("**/help/**")
        _kept(page)
        page.locator("[data-forget-site] button").click()
        page.wait_for_url(exit_url + "**")
        page.go_back()
        page.wait_for_timeout(300)
        assert not page.url.startswith(site_url), f"Back after removing shows {page.url}"
        page.goto(site_url + "assets/favicon.svg")  # the site's origin, with no page script to run
        left = page.evaluate("""async () => ({
          caches: (await caches.keys()).filter(name => name.startsWith("guide-")),
          workers: (await navigator.serviceWorker.getRegistrations()).length,
          local: Object.keys(localStorage), session: Object.keys(sessionStorage)})""")
    finally:
        context.close()
    assert left == {"caches": [], "workers": 0, "local": [], "session": []}
