"""The published address (SITE_URL): a build under a project subpath keeps every link, asset,
the 404 pages, search and the language switch under that subpath; a build without SITE_URL
carries no address at all; gh-deploy refuses to publish without one."""
from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import ROOT, _QuietHandler, build_site

SUBPATH_URL = "https://example.github.io/guide/"
_REF = re.compile(r'\b(?:href|src|action)="([^"]*)"')


def _built(tmp_path_factory, site_url: str | None) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = build_site(site, site_url=site_url)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def failed_requests(tab, documents: bool = True) -> list[str]:
    """The requests of `tab` that fail or answer 400 or more (of pages too, unless `documents` is
    False), as they happen. A request cut short by leaving the page (net::ERR_ABORTED) is not a
    broken address; nor is the sitemap.xml Material asks for beside each alternate page (a known
    404, issue 13)."""
    failed: list[str] = []
    tab.on("requestfailed", lambda request: "ABORTED" not in (request.failure or "")
           and failed.append(f"{request.failure} {request.url}"))
    tab.on("response", lambda response: response.status >= 400
           and (documents or response.request.resource_type != "document")
           and not response.url.endswith("/sitemap.xml") and failed.append(f"{response.status} {response.url}"))
    return failed


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory) -> Path:
    return _built(tmp_path_factory, SUBPATH_URL)


@pytest.fixture(scope="module")
def addressless_site(tmp_path_factory) -> Path:
    return _built(tmp_path_factory, None)


def page_url(site: Path, html: Path) -> str:
    """The address a built file is served at under SUBPATH_URL."""
    rel = html.relative_to(site).as_posix()
    return SUBPATH_URL + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def test_every_link_and_asset_stays_under_the_subpath(subpath_site):
    outside = []
    pages = sorted(subpath_site.rglob("*.html"))
    assert len(pages) > 20
    for html in pages:
        # 404 pages are served at any missing address: their links must not depend on where.
        base = SUBPATH_URL + "x/y/z/" if html.name == "404.html" else page_url(subpath_site, html)
        for ref in _REF.findall(html.read_text(encoding="utf-8")):
            if ref.startswith(("#", "mailto:", "tel:", "data:")):
                continue
            if html.name == "404.html" and not urlsplit(ref).scheme and not ref.startswith("/"):
                outside.append(f"{html.relative_to(subpath_site)}: relative {ref!r} breaks on a deep missing address")
                continue
            target = urljoin(base, ref)
            host = urlsplit(target).netloc
            if host == "example.github.io" and not target.startswith(SUBPATH_URL):
                outside.append(f"{html.relative_to(subpath_site)}: {ref!r} -> {target}")
    assert not outside, "\n".join(outside[:30])


@pytest.mark.parametrize("rel, lang_root", [("404.html", "/guide/"), ("en/404.html", "/guide/en/")])
def test_404_pages_use_subpath_assets_and_their_language(subpath_site, rel, lang_root):
    html = (subpath_site / rel).read_text(encoding="utf-8")
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert stylesheets and all(href.startswith("/guide/assets/") for href in stylesheets), stylesheets
    logo = re.search(r'<a href="([^"]+)"[^>]*class="md-header__button md-logo"', html).group(1)
    assert urlsplit(urljoin(SUBPATH_URL + "x/y/", logo)).path == lang_root, f"the logo of {rel} leads to {logo}"


def test_search_and_language_switch_point_under_the_subpath(subpath_site):
    html = (subpath_site / "en" / "sms-only" / "index.html").read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))
    here = page_url(subpath_site, subpath_site / "en" / "sms-only" / "index.html")
    assert urljoin(here, config["base"]).startswith(SUBPATH_URL), config["base"]
    assert urljoin(here, config["search"]).startswith(SUBPATH_URL + "assets/javascripts/workers/"), config["search"]
    # The header's language switch links the same page in the other language.
    switches = {}
    for lang in ("zh", "en"):
        page = subpath_site / ("" if lang == "zh" else "en") / "sms-only" / "index.html"
        for href, target in re.findall(r'<a [^>]*href="([^"]+)"[^>]* hreflang="(zh|en)"', page.read_text(encoding="utf-8")):
            switches[lang, target] = urljoin(page_url(subpath_site, page), href)
    assert switches == {("en", "zh"): SUBPATH_URL + "sms-only/", ("zh", "en"): SUBPATH_URL + "en/sms-only/"}, switches


def test_canonical_links_and_sitemaps_carry_the_published_address(subpath_site):
    html = (subpath_site / "en" / "sms-only" / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SUBPATH_URL}en/sms-only/">' in html
    for sitemap, prefix in (("sitemap.xml", SUBPATH_URL), ("en/sitemap.xml", SUBPATH_URL + "en/")):
        locs = re.findall(r"<loc>([^<]+)</loc>", (subpath_site / sitemap).read_text(encoding="utf-8"))
        assert locs and all(loc.startswith(prefix) for loc in locs), (sitemap, locs[:3])


def test_build_without_site_url_carries_no_address(addressless_site):
    leaks = []
    for path in sorted(addressless_site.rglob("*")):
        if path.suffix in {".html", ".xml", ".js", ".json"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            for word in ("127.0.0.1", "localhost", "None/", '"None', ">None<"):
                if word in text:
                    leaks.append(f"{path.relative_to(addressless_site)}: {word}")
    assert not leaks, leaks
    assert not list(addressless_site.rglob("sitemap.xml*"))
    assert 'rel="canonical"' not in (addressless_site / "sms-only" / "index.html").read_text(encoding="utf-8")


def test_gh_deploy_refuses_without_site_url(tmp_path):
    for name in ("docs", "data", "hooks", "overrides", "mkdocs.yml"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "gh-deploy", "--no-history", "-f",
                             str(tmp_path / "mkdocs.yml")], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "SITE_URL is not set" in output and "Traceback" not in output, output
    assert not (tmp_path / "site").exists() or not list((tmp_path / "site").rglob("*.html")), \
        "gh-deploy built the site before refusing"


def test_browser_subpath_404_and_language_switch(browser, tmp_path_factory):
    """Served under /guide/ as GitHub Pages serves a project site: a missing address gets the
    styled 404 page with no failed request, and the language switch stays under /guide/."""
    site = tmp_path_factory.mktemp("subpath-served")
    root = site / "guide"

    class Handler(_QuietHandler):
        def send_error(self, code, message=None, explain=None):
            page = root / "404.html"
            if code != 404 or not page.exists():
                return super().send_error(code, message, explain)
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    address = f"http://127.0.0.1:{server.server_address[1]}/guide/"
    result = build_site(root, site_url=address)
    assert result.returncode == 0, result.stdout + result.stderr
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        tab = context.new_page()
        failed = failed_requests(tab, documents=False)  # the missing address is asked for on purpose
        tab.goto(address + "no/such/page/")
        tab.wait_for_load_state("networkidle")
        assert not failed, failed
        assert tab.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in {"sticky", "fixed"}, \
            "the 404 page has no stylesheet"
        tab.goto(address + "sms-only/")
        tab.locator('a[hreflang="en"]').first.evaluate("a => a.click()")
        tab.wait_for_url(re.compile(re.escape(address + "en/sms-only/") + "$"))
        assert not failed, failed
    finally:
        context.close()
        server.shutdown()
        server.server_close()


MIRROR = "mirror/guide/"  # where a mirror serves the published archive, unchanged


def test_the_published_site_works_unchanged_on_a_mirror_under_another_subpath(browser, subpath_site, tmp_path):
    """A mirror takes the archive CI publishes (built for the published address) and serves it as
    it is, at its own address: every link, asset, the search, the language switch and the offline
    copy work there, because nothing but the canonical links and sitemaps names the address."""
    served = tmp_path / "served"
    shutil.copytree(subpath_site, served / MIRROR)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(served)))
    address = f"http://127.0.0.1:{server.server_address[1]}/{MIRROR}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        tab = context.new_page()
        failed = failed_requests(tab)
        tab.on("request", lambda request: not request.url.startswith(address) and not request.url.startswith("data:")
               and failed.append(f"left the mirror: {request.url}"))
        tab.goto(address + "sms-only/")
        # search: the mirror's own index, results under the mirror
        tab.locator("label[for=__search]").first.click()
        tab.locator("input.md-search__input").fill("短信")
        first = tab.locator(".md-search-result__item a").first
        first.wait_for(timeout=15000)
        assert first.get_attribute("href") and urljoin(tab.url, first.get_attribute("href")).startswith(address)
        tab.keyboard.press("Escape")
        # the language switch stays on the mirror
        tab.locator('a[hreflang="en"]').first.evaluate("a => a.click()")
        tab.wait_for_url(re.compile(re.escape(address + "en/sms-only/") + "$"))
        # the offline copy: the worker registers under the mirror and the page opens offline
        tab.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=15000)
        scope = tab.evaluate("async () => (await navigator.serviceWorker.getRegistration()).scope")
        assert scope.startswith(address), scope
        tab.locator("[data-offline-note]").wait_for(state="visible", timeout=15000)
        context.set_offline(True)
        response = tab.goto(address + "en/help/")
        assert response is not None and response.ok, "the kept help page did not open offline on the mirror"
        context.set_offline(False)
        assert not failed, failed
    finally:
        context.close()
        server.shutdown()
        server.server_close()
