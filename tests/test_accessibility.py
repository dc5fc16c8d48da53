"""Accessibility gates, run in Chromium on every built page of both languages.

* axe-core (shipped by axe-playwright-python): zero serious or critical violations, light and
  dark palette;
* keyboard only: Tab reaches the search and every link of the main content, and whatever has
  the focus shows it (an outline or a box shadow);
* JavaScript off: every page's main content is there and visible, and every in-page link
  (the decision tree's steps among them) leads to an element that exists.
"""
from __future__ import annotations

from pathlib import Path

import pytest

axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")

BLOCKING = {"serious", "critical"}
SCHEMES = {"light": "default", "dark": "slate"}
MAX_TABS = 400  # a safety stop: no page of this guide has anywhere near that many stops


def html_pages(site: Path) -> list[str]:
    """Every page as a site-relative URL path: 'sms-only/', 'en/', '404.html'."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith("assets/"):
            continue
        pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages


@pytest.fixture(scope="module")
def pages(built_site) -> list[str]:
    found = html_pages(built_site)
    assert any(p.startswith("en/") for p in found) and any(not p.startswith("en/") for p in found), found
    return found


@pytest.fixture(scope="module")
def axe():
    return axe_module.Axe()


def _describe(violation: dict) -> str:
    node = violation["nodes"][0]
    return (f"{violation['id']} ({violation['impact']}, {len(violation['nodes'])} element(s)), "
            f"first at {node['target']}: {node.get('failureSummary', '').splitlines()[-1:]}")


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_axe_finds_no_serious_violations(browser, site_url, pages, axe, scheme):
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    tab = context.new_page()
    problems = []
    try:
        for path in pages:
            tab.goto(site_url + path)
            # The palette follows prefers-color-scheme; make sure this run really sees it.
            assert tab.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme], path
            result = axe.run(tab)
            for violation in result.response["violations"]:
                if violation["impact"] in BLOCKING:
                    problems.append(f"{scheme} /{path}: {_describe(violation)}")
    finally:
        context.close()
    assert not problems, "axe-core found serious or critical violations:\n" + "\n".join(problems)


# Whether the focused element shows its focus: its own outline or box shadow, or, for Material's
# hidden toggles (palette radio inputs), the label right after it.
_FOCUS_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const shows = (node) => {
    if (!node) return false;
    const style = getComputedStyle(node);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || (style.boxShadow && style.boxShadow !== 'none');
  };
  const label = el.matches('input.md-option, input.md-toggle') ? el.nextElementSibling : null;
  return {
    tag: el.tagName, cls: String(el.className), href: el.getAttribute('href'),
    text: (el.textContent || '').trim().slice(0, 40),
    inContent: !!el.closest('.md-content'),
    search: el.matches('.md-search__input'),
    visible: shows(el) || shows(label),
    key: el.tagName + '|' + (el.getAttribute('href') || '') + '|' + (el.id || '') + '|' + (el.textContent || '').trim().slice(0, 40),
  };
}"""

_CONTENT_LINKS = """() => [...document.querySelectorAll('.md-content a[href]')]
  .filter(a => a.checkVisibility() && !a.closest('details:not([open])'))
  .map(a => a.tagName + '|' + (a.getAttribute('href') || '') + '|' + (a.id || '') + '|' + (a.textContent || '').trim().slice(0, 40))"""


def test_keyboard_reaches_search_and_content_links_with_visible_focus(page, site_url, pages):
    problems = []
    for path in pages:
        page.goto(site_url + path)
        wanted = set(page.evaluate(_CONTENT_LINKS))
        reached: set[str] = set()
        search = False
        first = None
        for _ in range(MAX_TABS):
            page.keyboard.press("Tab")
            state = page.evaluate(_FOCUS_STATE)
            if state is None:
                continue
            if state["key"] == first:
                break  # wrapped around
            first = first or state["key"]
            reached.add(state["key"])
            search = search or state["search"]
            if not state["visible"]:
                problems.append(f"/{path}: focus is not visible on {state['tag']}.{state['cls']} {state['text']!r}")
            if page.evaluate("() => document.getElementById('__search')?.checked"):
                page.keyboard.press("Escape")  # tabbing into search opens it; close it and go on
        if not search:
            problems.append(f"/{path}: Tab never reaches the search field")
        for missing in sorted(wanted - reached):
            problems.append(f"/{path}: Tab never reaches the content link {missing}")
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_pages_read_completely_without_javascript(browser, site_url, pages):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    tab = context.new_page()
    problems = []
    try:
        for path in pages:
            tab.goto(site_url + path)
            if path.endswith("404.html"):
                continue
            if not tab.locator("article h1").first.is_visible():
                problems.append(f"/{path}: no visible heading in the article")
            hidden = tab.evaluate("""() => [...document.querySelectorAll(
                  'article :is(p, li, h1, h2, h3, h4, td, th, dt, dd, blockquote)')]
                .filter(el => !el.closest('details:not([open])') && !el.closest('.md-search'))
                // decision-tree steps show one at a time by CSS :target, each reachable by a link,
                // and "print or save this plan" below whichever result is the step; the loan-cost
                // and letter forms and buttons work only with their scripts (the worked example and
                // the letters with their blanks are always shown); "saved on this phone" shows only
                // once the offline worker has kept the page, and the removal button needs its script
                .filter(el => !el.closest('.tree-step, .tree-keep, .loan-cost-form, .letter-form, .letter-actions, .offline-note, [data-forget-site]'))
                .filter(el => el.textContent.trim() && !el.checkVisibility())
                .map(el => el.tagName + ': ' + el.textContent.trim().slice(0, 50))""")
            problems += [f"/{path}: hidden without JavaScript: {text}" for text in hidden]
            dangling = tab.evaluate("""() => [...document.querySelectorAll('article a[href^="#"]')]
                .map(a => decodeURIComponent(a.getAttribute('href').slice(1)))
                .filter(id => id && !document.getElementById(id))""")
            problems += [f"/{path}: in-page link to #{target}, which does not exist" for target in dangling]
    finally:
        context.close()
    assert not problems, "\n".join(problems)
