"""What a loan really costs: the annual rate over the money the borrower actually received and the
repayments they make, for the calculator on the loan-legal page (section `real-cost`).

The rate is the internal rate of return of the real cash flows: the money received at the start
(after anything deducted up front), then equal-spaced repayments. Its periodic rate times the
periods in a year is comparable to the annualised rate lenders must state, counted against the
principal actually in use (fact H5, which fixes no method); a fee deducted at the start counts
because only the money received enters. One repayment after `days` days is one period of that
length: (repaid / received - 1) x 365 / days.

docs/assets/javascripts/loan-cost.js computes the same on the reader's device; tests hold the two
to the same answers. MkDocs glue: hooks/loan_cost.py; the words around the numbers are the page's.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

MARKER = "<!-- loan-cost -->"
MONTHS_PER_YEAR = 12
DAYS_PER_YEAR = 365


def periodic_rate(received: float, payments: list[float]) -> float:
    """The rate r per period with received = sum(p_k / (1 + r)^k), k = 1..n (bisection: the sum
    falls as r rises, so there is one answer for positive payments)."""
    if received <= 0 or not payments or any(p < 0 for p in payments) or sum(payments) <= 0:
        raise ValueError("needs money received and at least one repayment")

    def excess(rate: float) -> float:
        return sum(p / (1 + rate) ** k for k, p in enumerate(payments, 1)) - received

    low, high = -0.9999, 1.0
    while excess(high) > 0:  # very short, very dear loans: widen until the answer is inside
        high *= 2
    for _ in range(200):
        middle = (low + high) / 2
        if excess(middle) > 0:
            low = middle
        else:
            high = middle
    return (low + high) / 2


@dataclass(frozen=True)
class Cost:
    annual: float          # annualised rate, 0.12 for 12 %
    per_period: float      # the rate per month, or over the days of a one-off repayment
    repaid: float          # everything repaid
    deducted: float        # contract amount minus money received (0 if not given or not less)


def instalments(received: float, payment: float, count: int, contract: float = 0) -> Cost:
    """`count` equal monthly repayments of `payment`, the first a month after the money arrived."""
    rate = periodic_rate(received, [payment] * count)
    return Cost(rate * MONTHS_PER_YEAR, rate, payment * count, max(contract - received, 0))


def one_repayment(received: float, repaid: float, days: int, contract: float = 0) -> Cost:
    """Everything repaid at once, `days` days after the money arrived."""
    if days <= 0:
        raise ValueError("needs the number of days the money was borrowed for")
    rate = periodic_rate(received, [repaid])
    return Cost(rate * DAYS_PER_YEAR / days, rate, repaid, max(contract - received, 0))


# The worked example every reader sees (JavaScript off and on paper), counted by the code above.
EXAMPLE = {"contract": 10000, "received": 7000, "repaid": 10000, "days": 7}

UI = {
    "zh": {
        "example": "例：合同写借 {contract} 元，到手 {received} 元，{days} 天后还 {repaid} 元。按到手的钱算，年化利率约 {annual}。",
        "by_hand": "只还一次的，可以自己算：（一共还的钱 − 到手的钱）÷ 到手的钱 ÷ 借了几天 × 365。",
        "legend": "算一算你的借款",
        "contract": "合同上写的借款金额（元，可不填）",
        "received": "实际到手的钱（元）",
        "kind": "怎么还",
        "monthly": "分期：每月还一次、每期金额相同（第一期在到手一个月后）",
        "once": "到期一次还清",
        "payment": "每期还多少（元）",
        "count": "一共几期",
        "repaid": "一共还多少（元）",
        "days": "借了几天",
        "result_monthly": "按你到手的钱算，年化利率约 {annual}（每月约 {period}）。一共还 {repaid} 元，比到手的多 {extra} 元。",
        "result_once": "按你到手的钱算，年化利率约 {annual}（这 {days} 天约 {period}）。一共还 {repaid} 元，比到手的多 {extra} 元。",
        "deducted": "合同金额比到手的钱多 {deducted} 元：见上面“被预先扣了钱”。",
        "above": "这高于 36 %：36 % 是什么意思，见下面的说明。",
        "missing": "请填上到手的钱和还款。",
        "nothing_sent": "填写的数字只在你的手机上计算，不会发送或保存。",
    },
    "en": {
        "example": "For example: the contract says you borrowed ¥{contract}, ¥{received} reached you, and you repay ¥{repaid} after {days} days. Counted on the money you received, the annual rate is about {annual}.",
        "by_hand": "With one repayment you can work it out yourself: (total repaid − money received) ÷ money received ÷ days borrowed × 365.",
        "legend": "Work out your loan",
        "contract": "Amount in the contract (¥, optional)",
        "received": "Money that actually reached you (¥)",
        "kind": "How you repay",
        "monthly": "Equal monthly instalments, the first a month after the money arrived",
        "once": "All at once when it is due",
        "payment": "Each instalment (¥)",
        "count": "Number of instalments",
        "repaid": "Total repaid (¥)",
        "days": "Days borrowed",
        "result_monthly": "Counted on the money you received, the annual rate is about {annual} (about {period} a month). You repay ¥{repaid} in all, ¥{extra} more than you received.",
        "result_once": "Counted on the money you received, the annual rate is about {annual} (about {period} over the {days} days). You repay ¥{repaid} in all, ¥{extra} more than you received.",
        "deducted": "The contract amount is ¥{deducted} more than the money you received: see \"Money taken out up front\" above.",
        "above": "That is above 36 %: what 36 % means is explained below.",
        "missing": "Enter the money you received and your repayments.",
        "nothing_sent": "The numbers you enter are worked out on your phone; nothing is sent or stored.",
    },
}
# What loan-cost.js needs to say a result (data-* on the calculator).
SCRIPT_WORDS = ("result_monthly", "result_once", "deducted", "above", "missing")


def money(amount: float) -> str:
    """10000 -> '10,000'; cents only when there are any."""
    return f"{amount:,.2f}".removesuffix(".00")


def percent(rate: float) -> str:
    """0.12 -> '12.0 %', 22.35 -> '2,235 %': a tenth of a percent below 100 %, whole percents above."""
    value = rate * 100
    return (f"{value:,.1f}" if abs(value) < 100 else f"{value:,.0f}") + " %"


def render_calculator(lang: str) -> str:
    """The calculator: the worked example and the rule for one repayment (always shown), and a form
    loan-cost.js shows and answers (hidden without it: it cannot work without the script)."""
    ui = UI[lang]
    example = one_repayment(EXAMPLE["received"], EXAMPLE["repaid"], EXAMPLE["days"], EXAMPLE["contract"])
    shown = ui["example"].format(contract=money(EXAMPLE["contract"]), received=money(EXAMPLE["received"]),
                                 repaid=money(EXAMPLE["repaid"]), days=EXAMPLE["days"], annual=percent(example.annual))
    words = " ".join(f'data-{key.replace("_", "-")}="{escape(ui[key])}"' for key in SCRIPT_WORDS)

    def field(name: str, attrs: str = 'inputmode="decimal"') -> str:
        return (f'<p class="loan-cost-field" data-show="{name}"><label for="loan-cost-{name}">{escape(ui[name])}</label>'
                f'<input id="loan-cost-{name}" name="{name}" type="text" {attrs} autocomplete="off"></p>')

    choice = "".join(f'<label><input type="radio" name="kind" value="{kind}"{" checked" if kind == "monthly" else ""}> '
                     f'{escape(ui[kind])}</label>' for kind in ("monthly", "once"))
    return "\n".join([
        f'<div class="loan-cost" data-loan-cost {words}>',
        f'<p class="loan-cost-example">{escape(shown)}</p>',
        f'<p>{escape(ui["by_hand"])}</p>',
        '<form class="loan-cost-form" hidden>',
        f'<fieldset><legend>{escape(ui["legend"])}</legend>',
        field("contract"), field("received"),
        f'<fieldset class="loan-cost-kind"><legend>{escape(ui["kind"])}</legend>{choice}</fieldset>',
        field("payment"), field("count", 'inputmode="numeric"'),
        field("repaid"), field("days", 'inputmode="numeric"'),
        '</fieldset>',
        '<output class="loan-cost-result" aria-live="polite"></output>',
        f'<p class="loan-cost-private">{escape(ui["nothing_sent"])}</p>',
        '</form>',
        '</div>',
    ])
