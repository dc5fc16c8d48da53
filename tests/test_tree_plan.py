"""The reader's plan on the decision-tree page, in Chromium at 360 x 740: a result printed (or saved
as PDF) shows the answers that led to it, the result, its steps, deadline, numbers to call and its
own sources, and no control that only works on screen; every result fits on two A4 pages; the
"print or save" button with JavaScript, the hint without it; citations point into the result's
own source list.

Uses the session fixtures of tests/conftest.py (built_site, site_url, browser)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.tree.model import Outcome, steps
from guide.tree.render import UI
from guide.tree.validate import load_tree

ROOT = Path(__file__).resolve().parent.parent
TREE = load_tree(ROOT / "data" / "tree.yml", ROOT / "docs")
STEPS = steps(TREE)
PAGE = {"zh": "what-to-do/", "en": "en/what-to-do/"}
PHONE = {"width": 360, "height": 740}
THREE = next(s for s in STEPS if isinstance(TREE.nodes[s.node], Outcome) and len(s.taken) == 3)
# each result by its longest path (the most answers to print)
LONGEST: dict[str, object] = {}
for _s in STEPS:
    if isinstance(TREE.nodes[_s.node], Outcome) and len(_s.taken) >= len(LONGEST.get(_s.node, _s).taken):
        LONGEST[_s.node] = _s

SCREEN_ONLY = """() => [...document.querySelectorAll('.tree a, .tree button, .tree input')]
    .filter(el => el.checkVisibility() && !el.classList.contains('cite') && !el.classList.contains('tel')
                  && (el.tagName !== 'A' || el.getAttribute('href').startsWith('#')))
    .map(el => el.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_printed_plan_lists_the_answers_and_the_result(browser, site_url, lang, js):
    outcome = TREE.nodes[THREE.node]
    context = browser.new_context(viewport=PHONE, java_script_enabled=js)
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE[lang] + "#" + THREE.section_id)
        tab.emulate_media(media="print")
        text = tab.locator(".tree").inner_text()
        answers = [TREE.nodes[q].answers[i].label[lang] for q, i, _ in THREE.taken]
        assert outcome.title[lang] in text
        for label in answers:
            assert label in text, label
        for step in outcome.steps:
            assert re.sub(r"\s?[（(](?:见|see) [^）)]+[）)]", "", step[lang])[:12] in text
        for heading in ("next_steps", "numbers", "sources", "answered"):
            assert UI[lang][heading] in text, heading
        assert "12348" in text
        # paper shows no change link, start again, other language, print button or date field
        assert tab.evaluate(SCREEN_ONLY) == []
        assert not tab.locator(".tree-overview").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_print_or_save_shows_below_a_result_only(browser, site_url, js):
    context = browser.new_context(viewport=PHONE, java_script_enabled=js)
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE["zh"])
        keep = tab.locator(".tree-keep")
        assert not keep.is_visible()  # the first question: nothing to print yet
        tab.goto(site_url + PAGE["zh"] + "#" + THREE.section_id)
        assert keep.is_visible() and UI["zh"]["keep_hint"] in keep.inner_text()
        button = keep.locator("button")
        assert button.is_visible() == js
        if js:
            box = button.bounding_box()
            assert box["height"] >= 44 and box["width"] >= 44
            tab.evaluate("() => { window.print = () => { window.printed = true; }; }")
            button.click()
            assert tab.evaluate("() => window.printed === true")
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_citations_point_into_the_results_own_source_list(browser, site_url, lang):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE[lang])
        assert tab.locator(".page-meta__sources").count() == 0  # no page-wide list on this page
        checked = 0
        for node in ("o-paper-pay", "o-at-door", "o-verify", "o-appeal"):
            if node not in LONGEST:
                continue
            tab.goto(site_url + PAGE[lang] + "#" + LONGEST[node].section_id)
            found = tab.evaluate("""() => {
                const shown = el => el.checkVisibility();
                const lists = [...document.querySelectorAll('.tree-sources')].filter(shown);
                const cites = [...document.querySelectorAll('.tree a.cite')].filter(shown);
                return {lists: lists.length, items: lists.flatMap(l => [...l.querySelectorAll('li')].map(li => li.id)),
                        cites: cites.map(a => [a.getAttribute('href').slice(1), a.textContent])}; }""")
            assert found["lists"] == 1 and found["cites"], node
            for target, marker in found["cites"]:
                assert target in found["items"], (node, target)
                assert marker == f"[{found['items'].index(target) + 1}]", (node, target, marker)
            checked += 1
        assert checked >= 3
    finally:
        context.close()


def test_every_result_prints_on_at_most_two_a4_pages(browser, site_url):
    """The longest path to each result, in both languages, printed by Chromium to A4."""
    context = browser.new_context()
    tab = context.new_page()
    pages = {}
    try:
        for lang in ("zh", "en"):
            tab.goto(site_url + PAGE[lang])
            for node, step in LONGEST.items():
                tab.goto(site_url + PAGE[lang] + "#" + step.section_id)
                pdf = tab.pdf(format="A4")
                pages[(lang, node)] = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    finally:
        context.close()
    assert min(pages.values()) >= 1
    assert not {k: n for k, n in pages.items() if n > 2}
