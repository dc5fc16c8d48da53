"""The phone experience in Chromium at 360×740, both languages, on the built site (issue 12):
the home page's first screen, the tree's first screen, tap-to-call and citation markers on every
page, no sideways scrolling with JavaScript off, and the quick exit.

Uses the session fixtures of tests/conftest.py (built_site, site_url, browser)."""
from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.content.tel_links import HOTLINES

ROOT = Path(__file__).resolve().parent.parent

PHONE = {"width": 360, "height": 740}
HOME = {"zh": "", "en": "en/"}
TREE = {"zh": "what-to-do/", "en": "en/what-to-do/"}


def _pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if not rel.startswith("assets/"):
            pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages


# Inside the page's main text (the "last reviewed" footer lists sources by their ids on purpose):
# hotline numbers that are not inside a tel: link, and citation codes still written out.
CHECK_TEXT = r"""([numbers, citation]) => {
  const article = document.querySelector("article");
  const bare = new RegExp("(^|[^\\d.,/\\-])(" + numbers.join("|") + ")(?!\\d|\\s?条)");
  const cite = new RegExp(citation);
  const found = {untapped: [], citations: []};
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el.closest(".page-meta, code, pre, script, style")) continue;
    const text = node.textContent;
    if (bare.test(text) && !el.closest('a[href^="tel:"]') && !/第\s?$/.test(text.split(bare)[0]))
      found.untapped.push(text.trim().slice(0, 80));
    if (cite.test(text)) found.citations.push(text.trim().slice(0, 80));
  }
  return found;
}"""
# A source code still written out, in a bracket, a table cell or after a statute (issue 25).
CITATION = r"(^|[^A-Za-z])(见|see)\s*[A-Z]\d{1,3}(?!\d)"

# Targets a thumb can hit (issue 31): a hotline number 44x44 px, a citation marker 24x24 px and
# apart from its neighbour. Sizes are the element's box, where a tap lands.
CHECK_TARGETS = r"""() => {
  const seen = sel => [...document.querySelectorAll(sel)].filter(e => e.checkVisibility())
    .map(e => [e.textContent.trim(), e.getBoundingClientRect()]);
  const found = [];
  for (const [text, r] of seen('article a[href^="tel:"]'))
    if (r.width < 43.5 || r.height < 43.5) found.push(`tel ${text} is ${r.width.toFixed(0)}x${r.height.toFixed(0)} px`);
  const cites = seen("article a.cite");
  cites.forEach(([text, r], i) => {
    if (r.width < 23.5 || r.height < 23.5) found.push(`marker ${text} is ${r.width.toFixed(0)}x${r.height.toFixed(0)} px`);
    for (const [other, q] of cites.slice(i + 1))
      if (q.left <= r.right && r.left <= q.right && q.top <= r.bottom && r.top <= q.bottom)
        found.push(`markers ${text} and ${other} touch`);
  });
  return found;
}"""


def _fully_on_first_screen(tab, selector: str) -> bool:
    """The element is visible, inside the first 740 px, and not covered (e.g. by the quick exit)."""
    return tab.evaluate("""sel => {
      const el = document.querySelector(sel);
      if (!el || !el.checkVisibility()) return false;
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.height === 0) return false;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && (hit === el || el.contains(hit));
    }""", selector)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_home_first_screen_has_start_button_and_emergency_numbers(browser, site_url, lang, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    tab = context.new_page()
    try:
        tab.goto(site_url + HOME[lang])
        assert _fully_on_first_screen(tab, "a.home-start"), "the start button is not on the first screen"
        assert tab.locator("a.home-start").get_attribute("href").rstrip("/").endswith("what-to-do")
        for number in ("110", "12356"):
            assert _fully_on_first_screen(tab, f'a[href="tel:{number}"]'), f"tel:{number} is not on the first screen"
        assert _fully_on_first_screen(tab, ".admonition.summary"), "the short answer is not on the first screen"
    finally:
        context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_tree_first_answers_are_on_the_first_screen(browser, site_url, lang, js):
    context = browser.new_context(viewport=PHONE, java_script_enabled=js)
    tab = context.new_page()
    try:
        tab.goto(site_url + TREE[lang])
        start = ".tree-step--start"
        for n in (1, 2, 3):
            assert _fully_on_first_screen(tab, f"{start} .tree-answers li:nth-child({n}) a"), f"answer {n} is below the fold"
        heading = tab.locator(f"{start} h2")
        assert heading.is_visible()
        # the question, not the page title, is the step's main visible heading
        sizes = tab.evaluate("""() => [parseFloat(getComputedStyle(document.querySelector("article h1")).fontSize),
                                       parseFloat(getComputedStyle(document.querySelector(".tree-step--start h2")).fontSize)]""")
        assert sizes[1] > sizes[0], sizes
    finally:
        context.close()


def test_every_page_taps_to_call_cites_with_markers_targets_a_thumb_and_fits_360_px_without_js(browser, site_url, built_site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    tab = context.new_page()
    problems = []
    pages = _pages(built_site)
    try:
        for path in pages:
            tab.goto(site_url + path)
            found = tab.evaluate(CHECK_TEXT, [list(HOTLINES), CITATION])
            problems += [f"/{path}: number not in a tel: link: {t!r}" for t in found["untapped"]]
            problems += [f"/{path}: citation code in the text: {t!r}" for t in found["citations"]]
            problems += [f"/{path}: {t}" for t in tab.evaluate(CHECK_TARGETS)]
            width = tab.evaluate("document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                problems.append(f"/{path}: scrolls sideways ({width} px wide at 360 px, JavaScript off)")
        tel = tab.goto(site_url + HOME["zh"]) and tab.locator('a[href^="tel:"]').count()
        assert tel >= 5
    finally:
        context.close()
    assert len(pages) > 20
    assert not problems, "\n".join(problems)


def test_citation_markers_link_to_the_source_list_and_name_the_source(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        for lang in ("zh", "en"):
            tab.goto(site_url + HOME[lang])
            markers = tab.locator("article a.cite")
            assert markers.count() >= 5
            for n in range(markers.count()):
                marker = markers.nth(n)
                target = marker.get_attribute("href")
                assert re.fullmatch(r"#source-[A-Z]\d+", target), target
                assert tab.locator(target).count() == 1, f"{target} is not in the source list"
                assert re.fullmatch(r"\[\d+\]", marker.inner_text()), marker.inner_text()
                label = marker.get_attribute("aria-label")
                title = tab.locator(f"{target} a, {target}").first.inner_text().splitlines()[0]
                assert title.strip() and title.strip() in label, (label, title)
                box = marker.bounding_box()
                assert box["height"] < 30, "a marker broke across lines"
    finally:
        context.close()


@functools.cache
def _tree():
    from guide.tree.validate import load_tree
    return load_tree(ROOT / "data" / "tree.yml", ROOT / "docs")


def _three_answers():
    from guide.tree.model import Outcome, steps
    tree = _tree()
    return next(s for s in steps(tree) if isinstance(tree.nodes[s.node], Outcome) and len(s.taken) == 3)


def _start_from_home(tab, site_url) -> None:
    """Home page, then its start link to the tree, as a reader goes."""
    tab.goto(site_url + HOME["zh"])
    tab.locator("a.home-start").click()
    tab.wait_for_url("**/what-to-do/**")


def _leave_and_check_back(tab, site_url, exit_url, how: str = "shift-three-times") -> None:
    """Leave by the button or the keys; Back once must not show the site, and the exit adds no entry."""
    length = tab.evaluate("history.length")
    if how == "tap":
        tab.locator("a.quick-exit").click()
    else:
        for _ in range(3):
            tab.keyboard.press("Shift")
    tab.wait_for_url(exit_url + "**")
    assert tab.evaluate("history.length") == length, "the quick exit added a history entry"
    tab.go_back()
    tab.wait_for_timeout(300)
    assert not tab.url.startswith(site_url), f"Back after the exit shows {tab.url}"


@pytest.mark.parametrize("how", ["tap", "shift-three-times"])
def test_quick_exit_leaves_no_trail_in_back(browser, site_url, exit_url, stub_exit, how):
    """From the home page by links to the tree, three answers, then the exit: the weather site
    replaces the site's first history entry, so Back once leads to what came before the site
    (here the tab's blank page), never to the guide or a tree step."""
    context = browser.new_context(viewport=PHONE)
    stub_exit(context)
    tab = context.new_page()
    try:
        _start_from_home(tab, site_url)
        for _, index, section_id in _three_answers().taken:
            tab.locator(f'section[id="{section_id}"] a.tree-answer').nth(index).click()
        assert tab.evaluate("history.state.qe") == 4  # home, tree, three answers
        _leave_and_check_back(tab, site_url, exit_url, how)
    finally:
        context.close()


def test_quick_exit_after_an_old_step_address_leaves_no_trail(browser, site_url, exit_url, stub_exit):
    """tree.js replaces an old step address with the step's own (no new entry): the exit's count
    must not grow, or history.go would overshoot, do nothing, and leave the guide in Back."""
    from guide.tree.model import Outcome, steps
    tree = _tree()
    node = next(s.node for s in steps(tree) if isinstance(tree.nodes[s.node], Outcome))
    context = browser.new_context(viewport=PHONE)
    stub_exit(context)
    tab = context.new_page()
    try:
        _start_from_home(tab, site_url)
        tab.evaluate("id => { location.hash = id; }", node + "--q-gone-3")  # an old shared path
        # tree.js replaced it with the node's own step
        tab.wait_for_function("n => !location.hash.includes('q-gone') && location.hash.split('--')[0] === '#' + n",
                              arg=node, timeout=3000)
        assert tab.evaluate("history.state.qe") == 2  # home, tree, the step: the replacement added none
        _leave_and_check_back(tab, site_url, exit_url)
    finally:
        context.close()


def test_escape_and_typing_never_exit_and_shift_counts_down(browser, site_url, stub_exit):
    context = browser.new_context(viewport=PHONE)
    stub_exit(context)
    tab = context.new_page()
    try:
        tab.goto(site_url + HOME["en"])
        # Escape is for closing search and menus: pressing it twice, or more, stays
        tab.locator("label.md-search__icon, .md-header__button[for=__search]").first.click()
        for _ in range(3):
            tab.keyboard.press("Escape")
        # capitals typed with Shift between other keys are not an exit
        tab.keyboard.press("Shift+A")
        tab.keyboard.press("Shift+B")
        tab.keyboard.press("Shift+C")
        tab.wait_for_timeout(300)
        assert tab.url.startswith(site_url)
        status = tab.locator("[data-quick-exit-status]")
        tab.keyboard.press("Shift")
        assert status.inner_text() == "Press Shift 2 more times to leave this site"
        tab.keyboard.press("Shift")
        assert status.inner_text() == "Press Shift once more to leave this site"
        tab.keyboard.press("a")  # another key starts the count again
        assert status.inner_text() == ""
        assert tab.url.startswith(site_url)
    finally:
        context.close()


def test_quick_exit_is_a_plain_link_without_javascript(browser, site_url, exit_url, stub_exit):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    stub_exit(context)
    tab = context.new_page()
    try:
        tab.goto(site_url + TREE["zh"])
        assert "离开" in tab.locator("a.quick-exit").inner_text()
        assert _fully_on_first_screen(tab, "a.quick-exit")
        tab.locator("a.quick-exit").click()
        tab.wait_for_url(exit_url + "**")
    finally:
        context.close()


# The quick exit sits in the header's row, which stays at the top: nothing tappable may be under
# it, and every header control is a 44x44 px target. Content scrolled up under the sticky header
# is hidden by the header itself, so the exit never needs to leave the header's row.
EXIT_LAYOUT = r"""() => {
  const link = document.querySelector("a.quick-exit");
  const exit = link.getBoundingClientRect();
  link.style.pointerEvents = "none";  // hit-test what lies beneath it
  const reachable = (el, r) => {
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  };
  const header = document.querySelector(".md-header").getBoundingClientRect();
  const name = el => (el.getAttribute("aria-label") || el.title || el.textContent).trim().slice(0, 30) || el.outerHTML.slice(0, 60);
  const found = [];
  if (header.top !== 0) found.push(`the header is not at the top (${header.top} px)`);
  if (exit.top < header.top || exit.bottom > header.bottom || exit.right > innerWidth)
    found.push(`the exit leaves the header's row (${Math.round(exit.top)}-${Math.round(exit.bottom)} px)`);
  for (const el of document.querySelectorAll(".md-header a[href], .md-header label[for], .md-header button, .md-header input:not([type=hidden])")) {
    const r = el.getBoundingClientRect();
    if (!el.checkVisibility() || !r.width || !r.height || !reachable(el, r)) continue;
    if (r.left < exit.right && exit.left < r.right && r.top < exit.bottom && exit.top < r.bottom)
      found.push(`under the exit: ${name(el)}`);
    if (!el.matches("input") && (r.width < 44 || r.height < 44))
      found.push(`header target ${Math.round(r.width)}x${Math.round(r.height)} px: ${name(el)}`);
  }
  link.style.pointerEvents = "";
  return found;
}"""


def _tree_sections() -> list[str]:
    from guide.tree.model import steps
    return [step.section_id for step in steps(_tree())]


def test_quick_exit_covers_nothing_at_the_top_and_bottom_of_every_page_and_tree_step(browser, site_url, built_site):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    problems = []
    try:
        for path in _pages(built_site):
            tab.goto(site_url + path)
            for where in ("top", "bottom"):
                if where == "bottom":
                    tab.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
                    tab.wait_for_timeout(50)
                problems += [f"/{path} ({where}): {p}" for p in tab.evaluate(EXIT_LAYOUT)]
        for lang in ("zh", "en"):
            tab.goto(site_url + TREE[lang])
            for section_id in _tree_sections():
                tab.evaluate("id => { location.hash = id; }", section_id)
                problems += [f"/{TREE[lang]}#{section_id}: {p}" for p in tab.evaluate(EXIT_LAYOUT)]
            # search open fills a phone's screen: its row ends where the exit begins
            tab.locator(".md-header__button[for=__search]").click()
            tab.wait_for_timeout(500)  # the search row slides open
            gap = tab.evaluate("""() => document.querySelector("a.quick-exit").getBoundingClientRect().left
                - document.querySelector(".md-search__form").getBoundingClientRect().right""")
            if gap < 0:
                problems.append(f"/{TREE[lang]}: the open search row runs {-gap:.0f} px under the exit")
    finally:
        context.close()
    assert not problems, "\n".join(problems[:40])


SMALL_TEXT = r"""() => {
  const found = [];
  const walker = document.createTreeWalker(document.querySelector("article"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || el.closest("a.cite, .tree-sources, .page-meta") || !el.checkVisibility()) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 16) found.push(`${size} px (${el.closest("[class]").className}): ${node.textContent.trim().slice(0, 40)}`);
  }
  return [...new Set(found)];
}"""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_tree_step_reads_at_16_px_or_more(browser, site_url, lang):
    """On a phone every text of every tree step is at least 16 px, citation markers and the
    source list aside (issue 31)."""
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    problems = []
    try:
        tab.goto(site_url + TREE[lang])
        for section_id in _tree_sections():
            tab.evaluate("id => { location.hash = id; }", section_id)
            problems += [f"#{section_id}: {t}" for t in tab.evaluate(SMALL_TEXT)]
    finally:
        context.close()
    assert not problems, "\n".join(sorted(set(problems))[:40])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_javascript_the_header_leads_to_every_page(browser, site_url, built_site, lang):
    """No search without JavaScript: the header's "目录" / "Pages" link opens a page listing every
    page of the language with its summary; with JavaScript the link is not shown."""
    names = sorted({p.name.split(".")[0] for p in (ROOT / "docs").glob("*.md")} - {"topics"})
    prefix = HOME[lang]
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(site_url + prefix + "sms-only/")
        assert tab.evaluate(EXIT_LAYOUT) == []  # beside the exit, 44x44, on top of nothing
        tab.locator(".site-topics a").click()
        tab.wait_for_url(site_url + prefix + "topics/")
        hrefs = tab.evaluate("""() => [...document.querySelectorAll("article ul.topics a")]
            .map(a => new URL(a.href).pathname)""")
        summaries = tab.locator("article ul.topics .topics-about").count()
        assert tab.locator("article h2[id^=group-]").count() == 3  # the navigation's three groups
    finally:
        context.close()
    base = "/" + prefix
    expected = sorted(base + ("" if n == "index" else n + "/") for n in names)
    assert sorted(hrefs) == expected
    assert summaries == len(expected)
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        tab.goto(site_url + prefix + "sms-only/")
        assert not tab.locator(".site-topics").is_visible()
    finally:
        context.close()


def test_closed_phone_menu_is_out_of_the_tab_order(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        tab.goto(site_url + "help/")
        for _ in range(8):
            tab.keyboard.press("Tab")
            assert not tab.evaluate("!!document.activeElement.closest('.md-sidebar--primary')"), \
                "Tab reached a link of the closed menu"
    finally:
        context.close()
