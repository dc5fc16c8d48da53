"""Search finds the right page in the reader's language (query set: data/search_queries.yml)."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
QUERIES = yaml.safe_load((ROOT / "data" / "search_queries.yml").read_text(encoding="utf-8"))
CASES = [(lang, case["query"], case["expect"]) for lang, cases in QUERIES.items() for case in cases]
LANG_ROOT = {"zh": "", "en": "en/"}


def search(page, query: str) -> list[list[str]]:
    """Type like a reader and return the result groups: each a list of site-relative hrefs."""
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator("label[for=__search]").first.click()
    box.fill("")
    box.type(query)
    box.press("End")  # a real input method ends with key events; Material searches on those
    previous = None
    for _ in range(30):  # wait until the result list stops changing
        page.wait_for_timeout(150)
        groups = page.locator(".md-search-result__item").evaluate_all(
            "items => items.map(li => [...li.querySelectorAll('a')].map(a => a.href))")
        if groups == previous and groups:
            break
        previous = groups
    return [[site_path(href) for href in group] for group in groups]


def site_path(href: str) -> str:
    parts = urlsplit(href)
    return parts.path.lstrip("/") + (f"#{parts.fragment}" if parts.fragment else "")


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.site_url = site_url
    yield tab
    context.close()


def test_query_set_is_big_enough():
    assert len(QUERIES["zh"]) >= 25 and len(QUERIES["en"]) >= 15


@pytest.mark.parametrize("lang, query, expect", CASES, ids=[f"{l}:{q}" for l, q, _ in CASES])
def test_query_finds_page_in_top_three(search_page, lang, query, expect):
    home = search_page.site_url + LANG_ROOT[lang]
    if search_page.url != home:
        search_page.goto(home)
    groups = search(search_page, query)
    assert groups, f"{query!r} found nothing"
    wanted = LANG_ROOT[lang] + expect
    top = [href for group in groups[:3] for href in group]
    if "#" in wanted:
        assert wanted in top, f"{query!r}: {wanted} not in top 3: {top}"
    else:
        pages = [href.split("#")[0] for href in top]
        assert wanted in pages, f"{query!r}: {wanted} not in top 3: {[g[0] for g in groups[:3]]}"
    # every result is in the reader's language
    hrefs = [href for group in groups for href in group]
    if lang == "en":
        assert all(h.startswith("en/") for h in hrefs), hrefs
    else:
        assert not any(h.startswith("en/") for h in hrefs), hrefs


def test_indexes_are_separate(built_site):
    zh = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    en = json.loads((built_site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert zh["docs"] and en["docs"]
    assert not any(doc["location"].startswith("en/") for doc in zh["docs"])
    # English locations are relative to /en/, and every English page is in the English index
    en_pages = {p.parent.relative_to(built_site / "en").as_posix() + "/"
                for p in (built_site / "en").rglob("index.html")}
    en_pages = {"" if p == "./" else p for p in en_pages}
    assert {doc["location"] for doc in en["docs"] if "#" not in doc["location"]} == en_pages
