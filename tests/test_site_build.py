"""The strict build: languages at the right URLs, per-language 404 and sitemap, no warnings."""
from __future__ import annotations

import re

import pytest


def html_lang(path) -> str:
    match = re.search(r"<html[^>]*\blang=\"([^\"]+)\"", path.read_text(encoding="utf-8"))
    assert match, f"{path} has no <html lang>"
    return match.group(1)


def test_build_has_no_warnings(built_site):
    log = (built_site / ".build-log.txt").read_text(encoding="utf-8")
    assert "WARNING" not in log, log


@pytest.mark.parametrize("rel, lang", [("index.html", "zh"), ("en/index.html", "en"),
                                       ("404.html", "zh"), ("en/404.html", "en")])
def test_language_pages_have_right_lang(built_site, rel, lang):
    assert html_lang(built_site / rel) == lang


def test_every_page_links_its_translations(built_site):
    for page in built_site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        langs = set(re.findall(r'<link rel="alternate" href="[^"]*" hreflang="([^"]+)"', html))
        assert langs == {"zh", "en"}, f"{page} lacks hreflang alternates: {langs}"


def test_sitemap_per_language(built_site):
    root = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    english = (built_site / "en" / "sitemap.xml").read_text(encoding="utf-8")
    root_locs = re.findall(r"<loc>([^<]+)</loc>", root)
    en_locs = re.findall(r"<loc>([^<]+)</loc>", english)
    assert any(loc.endswith("/en/") for loc in root_locs)
    assert en_locs and all("/en/" in loc for loc in en_locs)
    # every English page the build wrote is in the English sitemap
    en_pages = {p.parent.relative_to(built_site).as_posix() for p in (built_site / "en").rglob("index.html")}
    assert len(en_locs) == len(en_pages)


def test_page_footer_shows_review_date(built_site):
    zh = (built_site / "index.html").read_text(encoding="utf-8")
    en = (built_site / "en" / "index.html").read_text(encoding="utf-8")
    assert "最后复核" in zh and "Last reviewed" in en
    assert 'class="page-meta"' in zh and 'class="page-meta"' in en
