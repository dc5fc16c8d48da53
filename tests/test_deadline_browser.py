"""The deadline tool on the decision-tree page, in Chromium: deadline.js counts every day of the
known holiday years the way guide/reader_tools/deadlines.py does; a reader who enters the day a document
arrived reads the last day in their language; without JavaScript the rule and a worked example
are there and the date field is not.

Uses the session fixtures of tests/conftest.py (built_site, site_url, browser)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.reader_tools.deadlines import deadline, load_calendar
from guide.tree.model import Outcome, steps
from guide.tree.render import EXAMPLE_RECEIVED, UI, format_day
from guide.tree.validate import load_tree

ROOT = Path(__file__).resolve().parent.parent
TREE = load_tree(ROOT / "data" / "tree.yml", ROOT / "docs")
HOLIDAYS = load_calendar(ROOT / "data" / "holidays.yml")
PAGE = {"zh": "what-to-do/", "en": "en/what-to-do/"}
# the first path (depth first) to each result with a deadline, and that deadline
WITH_DEADLINE = {}
for _step in steps(TREE):
    _node = TREE.nodes[_step.node]
    if isinstance(_node, Outcome) and _node.deadlines and _node.id not in WITH_DEADLINE:
        WITH_DEADLINE[_node.id] = (_step.section_id, _node.deadlines[0])


def test_the_tree_has_deadlines_in_days_and_in_months():
    periods = [period for _, period in WITH_DEADLINE.values()]
    assert any(p.days for p in periods) and any(p.months for p in periods)


def test_the_script_counts_as_python_does(browser, site_url):
    """Every day from a year before the known holidays to a month after them, for every period the
    tree uses: the same nominal day, last day and 'checked'."""
    periods = sorted({(p.days, p.months) for _, p in WITH_DEADLINE.values()} | {(1, 0), (0, 1)})
    first = HOLIDAYS.known_from - dt.timedelta(days=365)
    days = [first + dt.timedelta(days=n) for n in range((HOLIDAYS.known_until - first).days + 31)]
    context = browser.new_context()
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE["zh"])
        got = tab.evaluate("""([days, periods]) => days.flatMap(d => periods.map(([n, m]) => {
            const r = window.treeDeadline(d, n, m); return [r.nominal, r.last, r.checked]; }))""",
                           [[d.isoformat() for d in days], periods])
    finally:
        context.close()
    expected = []
    for day in days:
        for n, m in periods:
            found = deadline(day, HOLIDAYS, n, m)
            expected.append([found.nominal.isoformat(), found.last_day.isoformat(), found.checked])
    wrong = [(d, p, g, e) for (d, p), g, e in zip(((d, p) for d in days for p in periods), got, expected) if g != e]
    assert not wrong, wrong[:5]


def _open(tab, site_url, lang, outcome_id):
    section_id, period = WITH_DEADLINE[outcome_id]
    tab.goto(site_url + PAGE[lang] + "#" + section_id)
    # a result's body is shared by its paths and shown beside the step that is the :target
    return tab.locator(".tree-deadline:visible").first, period


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_reader_enters_the_day_and_reads_the_last_day(browser, site_url, lang):
    ui = UI[lang]
    context = browser.new_context(viewport={"width": 360, "height": 740})
    tab = context.new_page()
    try:
        days_id = next(o for o, (_, p) in WITH_DEADLINE.items() if p.days == 15)
        box, period = _open(tab, site_url, lang, days_id)
        field = box.locator("input[type=date]")
        assert field.is_visible()
        # a Tuesday + 15 days: a Wednesday, nothing moves
        field.fill("2026-12-01")
        result = box.locator(".tree-deadline-result")
        text = result.inner_text()
        assert text.startswith(ui["deadline_result"].format(last=format_day(dt.date(2026, 12, 16), ui)))
        assert (ui["deadline_past"] in text) == (dt.date.today() > dt.date(2026, 12, 16))
        # the 15th day in the National Day break: moved, and the day to aim for
        field.fill("2026-09-20")
        moved = ui["deadline_moved"].format(n=15, nominal=format_day(dt.date(2026, 10, 5), ui),
                                            last=format_day(dt.date(2026, 10, 8), ui))
        assert result.inner_text().startswith(moved)
        # a day not yet come
        field.fill("2099-01-01")
        assert result.inner_text() == ui["deadline_future"]
        # a result in months, ending where the holidays are not known yet
        months_id = next(o for o, (_, p) in WITH_DEADLINE.items() if p.months)
        box, period = _open(tab, site_url, lang, months_id)
        box.locator("input[type=date]").fill("2026-10-15")
        until = format_day(HOLIDAYS.known_until, ui)
        assert ui["deadline_unknown"].format(until=until) in box.locator(".tree-deadline-result").inner_text()
        # 3 months from 3 July is 3 October, in the National Day break: said in months, not days
        box.locator("input[type=date]").fill("2026-07-03")
        moved = ui["deadline_moved_months"].format(n=period.months, nominal=format_day(dt.date(2026, 10, 3), ui),
                                                   last=format_day(dt.date(2026, 10, 8), ui))
        assert box.locator(".tree-deadline-result").inner_text().startswith(moved)
    finally:
        context.close()


def test_an_example_past_the_known_holidays_says_so():
    from guide.tree.render import render_tree
    html = render_tree(TREE, "en", lambda p, a: p, calendar=HOLIDAYS)
    months = next(o for o in TREE.outcomes() if any(p.months for p in o.deadlines))
    example = deadline(EXAMPLE_RECEIVED, HOLIDAYS, months=months.deadlines[0].months)
    assert not example.checked  # 1 March 2027: the 2027 holidays are not in the data yet
    unknown = UI["en"]["deadline_unknown"].format(until=format_day(HOLIDAYS.known_until, UI["en"]))
    assert f'{format_day(example.last_day, UI["en"])}. {unknown}'.replace("'", "&#x27;") in html


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_javascript_the_rule_and_an_example_are_there(browser, site_url, lang):
    ui = UI[lang]
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    tab = context.new_page()
    try:
        outcome_id = next(iter(WITH_DEADLINE))
        box, period = _open(tab, site_url, lang, outcome_id)
        text = box.inner_text()
        example = deadline(EXAMPLE_RECEIVED, HOLIDAYS, period.days, period.months).last_day
        assert format_day(EXAMPLE_RECEIVED, ui) in text and format_day(example, ui) in text
        assert not box.locator("input[type=date]").is_visible()
    finally:
        context.close()
