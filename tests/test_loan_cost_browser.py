"""The loan-cost calculator on the loan-legal page, in Chromium at 360 x 740: loan-cost.js counts
as guide/reader_tools/loan_cost.py does; a reader who enters the issue's case (10,000 on paper, 7,000 received,
10,000 repaid after 7 days) reads the rate the code computes, with the deduction and the 36 %
notes; without JavaScript the worked example is there and the form is not.

Uses the session fixtures of tests/conftest.py (built_site, site_url, browser)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.reader_tools.loan_cost import EXAMPLE, UI, instalments, money, one_repayment, percent

PAGE = {"zh": "loan-legal/", "en": "en/loan-legal/"}
PHONE = {"width": 360, "height": 740}
INSTALMENTS = [(10000, 888.49, 12), (9000, 888.49, 12), (3000, 1100, 3), (50000, 2400, 24), (1000, 1500, 1)]
ONCE = [(7000, 10000, 7), (10000, 11200, 365), (1000, 1500, 14), (5000, 5010, 30)]


def test_the_script_counts_as_python_does(browser, site_url):
    context = browser.new_context()
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE["zh"])
        got = tab.evaluate("""([monthly, once]) => [
            monthly.map(([r, p, n]) => window.loanCost.instalments(r, p, n).annual),
            once.map(([r, p, d]) => window.loanCost.oneRepayment(r, p, d).annual)]""", [INSTALMENTS, ONCE])
        written = tab.evaluate("""(values) => values.map(v => [window.loanCost.money(v), window.loanCost.percent(v / 1000)])""",
                               [10000, 888.49, 1661.88, 120, 325, 22346.9])
    finally:
        context.close()
    assert got[0] == pytest.approx([instalments(*case).annual for case in INSTALMENTS], rel=1e-9)
    assert got[1] == pytest.approx([one_repayment(*case).annual for case in ONCE], rel=1e-9)
    assert written == [[money(v), percent(v / 1000)] for v in [10000, 888.49, 1661.88, 120, 325, 22346.9]]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_reader_works_out_the_issues_case(browser, site_url, lang):
    ui = UI[lang]
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE[lang] + "#real-cost")
        result = tab.locator(".loan-cost-result")
        tab.fill("#loan-cost-received", "7,000")
        assert result.inner_text() == ui["missing"]  # no repayment yet
        tab.locator("input[name=kind][value=once]").check()
        assert not tab.locator("#loan-cost-payment").is_visible()
        tab.fill("#loan-cost-contract", "10000")
        tab.fill("#loan-cost-repaid", "10000")
        tab.fill("#loan-cost-days", "7")
        cost = one_repayment(7000, 10000, 7, contract=10000)
        text = result.inner_text()
        assert text.startswith(ui["result_once"].format(annual=percent(cost.annual), period=percent(cost.per_period),
                                                        repaid=money(10000), extra=money(3000), days=7)), text
        assert ui["deducted"].format(deducted=money(3000)) in text and ui["above"] in text
        # instalments at 12 %: no deduction, not above 36 %
        tab.locator("input[name=kind][value=monthly]").check()
        tab.fill("#loan-cost-contract", "")
        tab.fill("#loan-cost-received", "10000")
        tab.fill("#loan-cost-payment", "888.49")
        tab.fill("#loan-cost-count", "12")
        text = result.inner_text()
        assert percent(instalments(10000, 888.49, 12).annual) in text and ui["above"] not in text
        for field in tab.locator(".loan-cost input").all():
            if field.is_visible():
                assert field.bounding_box()["height"] >= 24
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_javascript_the_example_shows_and_the_form_does_not(browser, site_url, lang):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE[lang] + "#real-cost")
        example = one_repayment(EXAMPLE["received"], EXAMPLE["repaid"], EXAMPLE["days"])
        assert percent(example.annual) in tab.locator(".loan-cost-example").inner_text()
        assert not tab.locator(".loan-cost-form").is_visible()
    finally:
        context.close()
