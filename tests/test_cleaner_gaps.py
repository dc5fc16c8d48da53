"""Gap markers where words were visibly cut out (guide/cleaner/gaps.py)."""
from __future__ import annotations

import pytest

from guide.cleaner.gaps import MARKER, mark_gaps


@pytest.mark.parametrize("before,after", [
    ("都应坚决 任何形式的非法行为。", f"都应坚决{MARKER}任何形式的非法行为。"),          # space between Chinese
    ("拒绝任何非法行为如、等。", f"拒绝任何非法行为如、等{MARKER}。"),                  # dangling 如、等
    ("包括、等情形", f"包括、等{MARKER}情形"),
    ("常见的做法，、等都不可取。", f"常见的做法，、等{MARKER}都不可取。"),              # 、等 with nothing before
    ("辱骂、威胁、等行为", f"辱骂、威胁、等{MARKER}行为"),                              # item missing after 、
    ("可以向  投诉。", f"可以向{MARKER}投诉。"),                                         # double space
    ("联系 APP  客服", f"联系 APP{MARKER}客服"),
])
def test_visible_gap_gets_a_marker(before, after):
    text, entries = mark_gaps(before)
    assert text == after and len(entries) == 1


@pytest.mark.parametrize("text", [
    "辱骂、威胁等行为都可以投诉。",       # a complete enumeration
    "可以使用 APP 查询，逾期 6 年了。",  # single spaces between Chinese and Latin/digits are style
    "See  the  English  text",           # no Chinese: not our business
    "打开<!-- 注释  里的空格 -->页面",     # our own comments are protected
])
def test_no_marker_without_a_visible_gap(text):
    assert mark_gaps(text) == (text, [])


def test_report_quotes_the_place():
    _, entries = mark_gaps("都应坚决 任何形式的非法行为如、等。")
    assert [e.rule for e in entries] == ["space inside a sentence", "enumeration with missing items"]
    assert "坚决[…]任何" in entries[0].excerpt and "如、等[…]。" in entries[1].excerpt


def test_a_space_after_an_article_number_is_the_statute_s_layout_not_a_gap():
    # jxyuer (fresh trial 3): "第一百四十四条 被告经传票传唤…" got a TODO marker after 条.
    for text in ["第一百四十四条 被告经传票传唤，无正当理由拒不到庭的，可以缺席判决。", "依照第 675 条 借款人应当按照约定的期限返还借款。"]:
        assert mark_gaps(text) == (text, [])
    assert MARKER in mark_gaps("第一百四十四条  被告经传票传唤。")[0]  # two spaces are still a gap
