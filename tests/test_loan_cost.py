"""The loan-cost calculator's arithmetic (guide/reader_tools/loan_cost.py): the annual rate is the internal rate
of return of the money received and the repayments, checked against schedules whose rate is known
from the annuity formula, a single repayment, and a fee deducted up front."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.reader_tools.loan_cost import (EXAMPLE, UI, instalments, money, one_repayment, percent, periodic_rate,
                             render_calculator)


def annuity_payment(principal: float, monthly_rate: float, count: int) -> float:
    """The textbook equal instalment: P r / (1 - (1 + r)^-n)."""
    return principal * monthly_rate / (1 - (1 + monthly_rate) ** -count)


@pytest.mark.parametrize("annual, count", [(0.12, 12), (0.24, 36), (0.0365, 6), (0.36, 24)])
def test_equal_instalments_give_back_the_rate_they_were_built_from(annual, count):
    payment = annuity_payment(10000, annual / 12, count)
    cost = instalments(10000, payment, count)
    assert cost.annual == pytest.approx(annual, abs=1e-9)
    assert cost.repaid == pytest.approx(payment * count)


def test_a_bank_style_schedule_rounded_to_cents():
    # 10,000 over 12 months at 12 % a year is 888.49 a month
    assert round(annuity_payment(10000, 0.01, 12), 2) == 888.49
    assert instalments(10000, 888.49, 12).annual == pytest.approx(0.12, abs=1e-4)


def test_a_fee_deducted_up_front_raises_the_rate():
    # the same 12 x 888.49, but 1,000 was kept back: 9,000 reached the borrower
    cost = instalments(9000, 888.49, 12, contract=10000)
    assert cost.deducted == 1000
    assert round(annuity_payment(9000, cost.per_period, 12), 2) == 888.49  # the rate reproduces the schedule
    assert 0.32 < cost.annual < 0.33
    assert cost.annual > instalments(10000, 888.49, 12).annual


def test_one_bullet_repayment_after_a_year_and_after_a_week():
    assert one_repayment(10000, 11200, 365).annual == pytest.approx(0.12)
    # the case: 10,000 on paper, 7,000 received, 10,000 repaid after 7 days
    week = one_repayment(7000, 10000, 7, contract=10000)
    assert week.per_period == pytest.approx(3 / 7)
    assert week.annual == pytest.approx(3 / 7 * 365 / 7)  # about 2,235 %
    assert percent(week.annual) == "2,235 %"
    assert week.deducted == 3000


def test_interest_only_then_the_principal():
    assert periodic_rate(10000, [100] * 11 + [10100]) == pytest.approx(0.01)


@pytest.mark.parametrize("received, payments", [(0, [100]), (100, []), (100, [-5, 200]), (100, [0, 0])])
def test_impossible_inputs_are_refused(received, payments):
    with pytest.raises(ValueError):
        periodic_rate(received, payments)
    with pytest.raises(ValueError):
        one_repayment(100, 120, 0)


def test_numbers_are_written_as_the_page_writes_them():
    assert money(10000) == "10,000" and money(888.49) == "888.49" and money(1661.88) == "1,661.88"
    assert percent(0.12) == "12.0 %" and percent(0.325) == "32.5 %" and percent(12.5) == "1,250 %"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_worked_example_is_shown_as_the_code_counts_it(lang):
    html = render_calculator(lang)
    example = one_repayment(EXAMPLE["received"], EXAMPLE["repaid"], EXAMPLE["days"])
    assert percent(example.annual) in html and money(EXAMPLE["received"]) in html
    assert '<form class="loan-cost-form" hidden>' in html  # shown by loan-cost.js only
    for key in ("result_monthly", "result_once", "deducted", "above", "missing"):
        assert f'data-{key.replace("_", "-")}=' in html
    assert UI[lang]["nothing_sent"] in html
