"""The decision tree in Chromium, on the built site: every path from the start to every outcome in
both languages, with JavaScript on (the outcome heading is shown and focused, and announced) and off
(shown); plus the back button, "your answers so far" with its "change" links (JavaScript on), and
a language switch that keeps the step.

Uses the session fixtures of tests/conftest.py (built_site, site_url, browser)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.tree.model import Outcome, steps
from guide.tree.validate import load_tree

ROOT = Path(__file__).resolve().parent.parent
TREE = load_tree(ROOT / "data" / "tree.yml", ROOT / "docs")
STEPS = steps(TREE)
OUTCOME_PATHS = [s for s in STEPS if isinstance(TREE.nodes[s.node], Outcome)]
PAGE = {"zh": "what-to-do/", "en": "en/what-to-do/"}
# Steps are the parts with an id: a result reached by several paths also has shared parts (its
# body, "read more") and per-path tails (its answers), shown beside the step that is the :target.
VISIBLE_STEPS = "() => [...document.querySelectorAll('.tree-step[id]')].filter(s => s.checkVisibility()).map(s => s.id)"


def _sel(section_id: str) -> str:
    return f'section[id="{section_id}"]'


def _check_outcome(tab, lang: str, path, js: bool) -> list[str]:
    """The result of `path`, just opened by its last answer: shown alone, with its title, its own
    text and this path's answers; with JavaScript on, its heading focused and announced."""
    problems = []
    outcome = TREE.nodes[path.node]
    heading = tab.locator(f"{_sel(path.section_id)} h2")
    if tab.evaluate(VISIBLE_STEPS) != [path.section_id]:
        problems.append(f"{lang} js={js} {path.section_id}: shown steps are {tab.evaluate(VISIBLE_STEPS)}")
    elif not heading.is_visible() or heading.inner_text().strip() != outcome.title[lang]:
        problems.append(f"{lang} js={js} {path.section_id}: outcome heading not shown as {outcome.title[lang]!r}")
    else:
        # the result's own text and this path's answers, once each, below its title
        shown = tab.evaluate("""() => [...document.querySelectorAll('.tree-short, .tree-so-far li b')]
            .filter(el => el.checkVisibility()).map(el => el.innerText.trim())""")
        answers = [TREE.nodes[q].answers[i].label[lang] for q, i, _ in path.taken]
        if len(shown) < 1 + len(answers) or shown[1:] != answers:
            problems.append(f"{lang} js={js} {path.section_id}: shown text and answers are {shown}")
    if js:
        try:
            tab.wait_for_function(
                "sel => document.activeElement === document.querySelector(sel)", arg=f"{_sel(path.section_id)} h2",
                timeout=2000)
        except Exception:
            problems.append(f"{lang} js=True {path.section_id}: outcome heading is not focused")
        try:
            tab.wait_for_function("t => document.querySelector('[data-tree-live]').textContent.includes(t)",
                                  arg=outcome.title[lang], timeout=2000)
        except Exception:
            problems.append(f"{lang} js=True {path.section_id}: outcome not announced in the live region")
    return problems


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_path_reaches_its_outcome(browser, site_url, lang, js):
    """Every answer of every step is clicked once, walking the tree depth first (model.steps'
    order): the step it opens shows alone, and a result shows as _check_outcome says. Going back up
    to a step's question, the walk opens that step by its address, as a shared link would."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=js)
    tab = context.new_page()
    problems = []
    try:
        tab.goto(site_url + PAGE[lang])  # one page load; the rest are changes of the #fragment
        for step in STEPS[1:]:
            _, index, parent = step.taken[-1]
            if tab.evaluate(VISIBLE_STEPS) != [parent]:
                tab.goto(site_url + PAGE[lang] + "#" + parent)
                if tab.evaluate(VISIBLE_STEPS) != [parent]:
                    problems.append(f"{lang} js={js} #{parent}: shows {tab.evaluate(VISIBLE_STEPS)}")
                    continue
            tab.locator(f"{_sel(parent)} a.tree-answer").nth(index).click()
            if isinstance(TREE.nodes[step.node], Outcome):
                problems += _check_outcome(tab, lang, step, js)
            elif tab.evaluate(VISIBLE_STEPS) != [step.section_id]:
                problems.append(f"{lang} js={js} {step.section_id}: shows {tab.evaluate(VISIBLE_STEPS)}")
    finally:
        context.close()
    assert len(OUTCOME_PATHS) >= 10
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_start_back_button_and_change_answer(browser, site_url, js):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=js)
    tab = context.new_page()
    try:
        deep = max(OUTCOME_PATHS, key=lambda s: len(s.taken))
        tab.goto(site_url + PAGE["en"])
        assert tab.evaluate(VISIBLE_STEPS) == [TREE.start]  # no fragment: the start question
        for _, index, section_id in deep.taken:
            tab.locator(f"{_sel(section_id)} a.tree-answer").nth(index).click()
        assert tab.evaluate(VISIBLE_STEPS) == [deep.section_id]
        tab.go_back()
        assert tab.evaluate(VISIBLE_STEPS) == [deep.taken[-1][2]]
        tab.go_forward()
        assert tab.evaluate(VISIBLE_STEPS) == [deep.section_id]
        # the answers that led to a result, each with a "change" link back to that question on
        # this path: in the page's HTML, so JavaScript off too
        texts = tab.locator(".tree-so-far li b >> visible=true").all_inner_texts()
        assert texts == [TREE.nodes[q].answers[i].label["en"] for q, i, _ in deep.taken]
        tab.locator(".tree-so-far li > a >> visible=true").first.click()
        assert tab.evaluate(VISIBLE_STEPS) == [deep.taken[0][2]]
        tab.goto(site_url + PAGE["en"] + "#" + deep.section_id)
        # a step opened from a link or bookmark lists its answers too
        assert tab.locator(".tree-so-far li >> visible=true").count() == len(deep.taken)
        tab.locator(".tree-restart a[href^='#'] >> visible=true").click()
        assert tab.evaluate(VISIBLE_STEPS) == [TREE.start]
        # an unknown fragment shows the start question rather than nothing
        tab.goto(site_url + PAGE["en"] + "#no-such-step")
        assert tab.evaluate(VISIBLE_STEPS) == [TREE.start]
    finally:
        context.close()


# A browser without CSS :has(): the tree page's rules that use it are taken out, wherever they are:
# the page's inline first-paint rules, and the full stylesheets, which arrive @imported by one sheet
# (guide/delivery/first_paint.py) and hold rules inside @media blocks.
DROP_HAS_RULES = """() => {
  const drop = (list, owner) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const rule = list[i];
      if (rule.styleSheet) drop(rule.styleSheet.cssRules, rule.styleSheet);
      else if (rule.cssRules && !rule.selectorText) drop(rule.cssRules, rule);
      else if ((rule.selectorText || '').includes(':has(')) owner.deleteRule(i);
    }
  };
  for (const sheet of document.styleSheets) drop(sheet.cssRules, sheet);
}"""

STYLESHEETS_LOADED = """() => [...document.styleSheets].every(sheet =>
  [...sheet.cssRules].every(rule => !(rule instanceof CSSImportRule) || (rule.styleSheet && rule.styleSheet.cssRules.length)))"""


def test_start_question_first_and_hidden_on_other_steps_without_has(browser, site_url):
    """The start question comes first in the page (it shows with the first bytes); on another step
    tree.js hides it where :has() is missing; with JavaScript off there it stays above the target,
    which the browser scrolls to."""
    for js in (True, False):
        context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=js)
        context.add_init_script("CSS.supports = () => false")  # what tree.js asks before its fallback
        tab = context.new_page()
        try:
            tab.goto(site_url + PAGE["zh"])
            assert tab.evaluate("() => document.querySelector('.tree-step').id") == TREE.start
            for _ in range(100):  # the full stylesheets are in (they arrive after the content)
                if tab.evaluate(STYLESHEETS_LOADED):
                    break
                tab.wait_for_timeout(50)
            tab.evaluate(DROP_HAS_RULES)
            assert tab.evaluate(VISIBLE_STEPS) == [TREE.start]
            second = next(s for s in STEPS if s.taken and s.taken[-1][2] == TREE.start)
            tab.locator(f"{_sel(TREE.start)} a.tree-answer").nth(second.taken[-1][1]).click()
            visible = tab.evaluate(VISIBLE_STEPS)
            if js:
                assert visible == [second.section_id]
            else:
                assert visible == [TREE.start, second.section_id]
                top = tab.evaluate(f"() => document.getElementById('{second.section_id}').getBoundingClientRect().top")
                assert 0 <= top < 200  # the target is what the reader sees
            tab.locator(".tree-restart a[href^='#'] >> visible=true").last.click()
            assert tab.evaluate(VISIBLE_STEPS) == [TREE.start]
        finally:
            context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_language_switch_keeps_the_step(browser, site_url, js):
    """JavaScript on: the header's switch keeps the step; off: the step's own language link does."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=js)
    tab = context.new_page()
    try:
        path = OUTCOME_PATHS[0]
        tab.goto(site_url + PAGE["zh"])
        for _, index, section_id in path.taken:
            tab.locator(f"{_sel(section_id)} a.tree-answer").nth(index).click()
        if js:
            tab.locator(".md-header").get_by_role("link", name="English", exact=True).click()
        else:
            tab.locator("a.tree-lang >> visible=true").click()
        tab.wait_for_url(re.compile(re.escape(site_url + PAGE["en"] + "#" + path.section_id) + "$"))
        assert tab.evaluate(VISIBLE_STEPS) == [path.section_id]
        assert tab.locator(f"{_sel(path.section_id)} h2").inner_text() == TREE.nodes[path.node].title["en"]
    finally:
        context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
def test_an_old_step_address_says_where_the_step_went(browser, site_url, js):
    """A removed node's id (listed under `moved:`) opens a step that links to its replacement,
    with JavaScript off too; with it on, an old path of a node that still exists opens that node,
    and an address that names no step says so above the first question."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=js)
    tab = context.new_page()
    try:
        old, new = next(iter(TREE.moved.items()))
        tab.goto(site_url + PAGE["zh"] + "#" + old)
        assert tab.evaluate(VISIBLE_STEPS) == [old]
        first_new = next(s.section_id for s in STEPS if s.node == new)
        tab.locator(f"{_sel(old)} a[href='#{first_new}']").click()
        assert tab.evaluate(VISIBLE_STEPS) == [first_new]
        if not js:
            return
        # a path id from before the tree changed: the node's own step opens instead
        outcome = next(s for s in OUTCOME_PATHS if "--" in s.section_id)
        tab.goto(site_url + PAGE["en"] + "#" + outcome.node + "--q-gone-3")
        tab.wait_for_function("n => location.hash.slice(1).split('--')[0] === n", arg=outcome.node, timeout=3000)
        assert tab.evaluate(VISIBLE_STEPS)[0].split("--")[0] == outcome.node
        # a mistyped address: the notice, the closest step by name, and the first question
        tab.goto(site_url + PAGE["en"] + "#o-at-dor")
        notice = tab.locator(".tree-missing")
        notice.wait_for(state="visible", timeout=3000)
        assert tab.locator(".tree-closest a").get_attribute("href") == "#o-at-door"
        assert tab.evaluate(VISIBLE_STEPS) == [TREE.start]
        tab.locator(".tree-closest a").click()
        assert tab.evaluate(VISIBLE_STEPS) == ["o-at-door"] and not notice.is_visible()
    finally:
        context.close()


FIRST_SCREEN = """() => {
  const exit = document.querySelector('.quick-exit'), e = exit && exit.getBoundingClientRect();
  const top = document.querySelector('.md-header').getBoundingClientRect().bottom;
  return [...document.querySelectorAll('.tree-step--start a.tree-answer')].filter(a => {
    const r = a.getBoundingClientRect();
    const covered = e && !(r.right <= e.left || r.left >= e.right || r.bottom <= e.top || r.top >= e.bottom);
    return r.top >= top && r.bottom <= innerHeight && !covered;
  }).length; }"""


@pytest.mark.parametrize("js", [True, False], ids=["js-on", "js-off"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_first_screen_shows_most_of_the_first_answers(browser, site_url, lang, js):
    """On a 360 x 740 phone at least 7 of the first question's answers are whole and uncovered
    (the reader sees their situation without scrolling), each label on one line."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=js)
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE[lang])
        assert tab.evaluate(FIRST_SCREEN) >= 7
        heights = tab.evaluate("() => [...document.querySelectorAll('.tree-step--start a.tree-answer')]"
                               ".map(a => a.getBoundingClientRect().height)")
        assert max(heights) < 1.5 * min(heights), "an answer label wraps to a second line"
    finally:
        context.close()
