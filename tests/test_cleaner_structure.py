"""One test per structure rule (guide/cleaner/structure.py and the Markdown in draft.py)."""
from __future__ import annotations

from guide.cleaner.draft import render_body
from guide.cleaner.junk import Line
from guide.cleaner.structure import build_blocks, outline

SENTENCE = "收到催收短信以后，先核实对方的身份，再决定怎样回应。"


def blocks_of(*texts: str):
    blocks, _ = build_blocks("标题", [Line(i + 1, t) for i, t in enumerate(texts)])
    return blocks


def kinds(*texts: str):
    return [(b.kind, b.level, b.text) for b in blocks_of(*texts)[1:]]


def test_title_is_the_only_h1():
    blocks = blocks_of(SENTENCE)
    assert (blocks[0].kind, blocks[0].level, blocks[0].text) == ("heading", 1, "标题")


def test_chinese_numbered_line_is_h2():
    assert kinds("一、先确认身份", SENTENCE)[0] == ("heading", 2, "一、先确认身份")


def test_chinese_numbered_question_is_h2():
    assert kinds("二、为什么没有人上门？", SENTENCE)[0] == ("heading", 2, "二、为什么没有人上门？")


def test_parenthesised_chinese_number_is_h3_under_h2():
    assert [k[:2] for k in kinds("一、先确认身份", SENTENCE, "（一）打官方电话", SENTENCE)] == [
        ("heading", 2), ("paragraph", 0), ("heading", 3), ("paragraph", 0)]


def test_standalone_arabic_numbered_line_followed_by_text_is_a_heading():
    assert [k[:2] for k in kinds("1. 联系客服", SENTENCE, "2. 保存证据", SENTENCE)] == [
        ("heading", 2), ("paragraph", 0), ("heading", 2), ("paragraph", 0)]


def test_arabic_headings_go_below_chinese_numbered_ones():
    assert [k[:2] for k in kinds("一、步骤", SENTENCE, "1. 联系客服", SENTENCE)] == [
        ("heading", 2), ("paragraph", 0), ("heading", 3), ("paragraph", 0)]


def test_numbered_run_is_an_ordered_list():
    result = kinds("1. 记下号码。", "2、回拨核实", "（3）不给验证码", SENTENCE)
    assert result[:3] == [("ordered", 0, "记下号码。"), ("ordered", 0, "回拨核实"), ("ordered", 0, "不给验证码")]
    assert [b.number for b in blocks_of("1. 记下号码。", "2、回拨核实", "（3）不给验证码")[1:]] == [1, 2, 3]


def test_long_numbered_line_is_a_list_item_even_alone():
    assert kinds("1. 短信通知：这是最常见的一步，平台会在逾期后发短信提醒。", SENTENCE)[0][0] == "ordered"


def test_circled_numbers_are_list_items():
    assert [k[0] for k in kinds("① 记下号码", "② 回拨核实")] == ["ordered", "ordered"]
    assert [b.number for b in blocks_of("❶ 记下号码", "❷ 回拨核实", "➌ 不给验证码")[1:]] == [1, 2, 3]


def test_decimal_number_is_not_a_list_item():
    assert kinds("3.5倍的利息是否合法，要看合同的约定和法律的规定，不能一概而论。")[0][0] == "paragraph"


def test_bullets_become_a_list():
    assert kinds("• 保存录音", "· 截图短信", "- 记下时间") == [
        ("bullet", 0, "保存录音"), ("bullet", 0, "截图短信"), ("bullet", 0, "记下时间")]


def test_short_line_without_closing_punctuation_is_a_heading():
    # (a second section: a lone heading first under the title is a deck, test_cleaner_trial7.py)
    assert kinds("怎样确认是否真的逾期", SENTENCE, "逾期以后怎么办", SENTENCE)[0] == ("heading", 2, "怎样确认是否真的逾期")


def test_short_line_with_closing_punctuation_is_a_paragraph():
    assert kinds("先别慌。", SENTENCE)[0][0] == "paragraph"


def test_short_last_line_is_a_paragraph():
    assert kinds(SENTENCE, "祝你早日上岸")[-1][0] == "paragraph"


def test_line_after_a_separator_is_a_heading_and_the_separator_goes():
    blocks, entries = build_blocks("标题", [Line(1, SENTENCE), Line(2, "---"),
                                            Line(3, "如果确实已经逾期了，接下来应该怎么做呢"), Line(4, SENTENCE)])
    assert [(b.kind, b.level) for b in blocks[1:]] == [("paragraph", 0), ("heading", 2), ("paragraph", 0)]
    assert [e.rule for e in entries] == ["separator (---), made a section break"]


def test_levels_never_skip():
    # A parenthesised number with no 一、 above it is the top level: H2, not H3.
    assert kinds("（一）打官方电话", SENTENCE)[0][:2] == ("heading", 2)
    levels = [level for level, _ in outline(blocks_of("一、步骤", SENTENCE, "（一）打电话", SENTENCE, "1. 细节", SENTENCE))]
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:]))


def test_paragraphs_are_kept_whole():
    assert kinds(SENTENCE, SENTENCE) == [("paragraph", 0, SENTENCE)] * 2


def test_markdown_lists_are_tight_and_paragraphs_separated():
    body = render_body(blocks_of(SENTENCE, "1. 记下号码。", "2. 回拨核实。", "• 保存录音", "• 截图短信", SENTENCE))
    assert body == ("# 标题\n\n" + SENTENCE + "\n\n1. 记下号码。\n2. 回拨核实。\n\n- 保存录音\n- 截图短信\n\n"
                    + SENTENCE + "\n")


def test_paragraph_that_looks_like_markdown_is_escaped():
    body = render_body(blocks_of("#话题# 网贷逾期以后，很多人不知道应该先做什么，这里整理了一些做法。",
                                 "> 引用的内容也不应该变成引用块，因为原文只是一个普通的段落而已。"))
    assert "\n\\#话题#" in body and "\n\\> 引用" in body


# --- issue 15: Markdown marks, headings written as list items, nested plain headings -----------

def md_blocks(*lines: tuple[str, int] | str):
    items = [(l, 0) if isinstance(l, str) else l for l in lines]
    blocks, _ = build_blocks("标题", [Line(i + 1, t, h) for i, (t, h) in enumerate(items)])
    return [(b.kind, b.level, b.text) for b in blocks[1:]]


def test_markdown_heading_levels_keep_their_order():
    assert md_blocks(("先别慌", 2), SENTENCE, ("核实欠款", 3), SENTENCE, ("再协商", 2), SENTENCE) == [
        ("heading", 2, "先别慌"), ("paragraph", 0, SENTENCE), ("heading", 3, "核实欠款"),
        ("paragraph", 0, SENTENCE), ("heading", 2, "再协商"), ("paragraph", 0, SENTENCE)]


def test_one_heading_above_all_others_is_a_sibling_of_them():
    result = md_blocks(("流程图解析", 2), ("催收阶段", 3), SENTENCE, ("诉讼阶段", 3), SENTENCE)
    assert [r[:2] for r in result if r[0] == "heading"] == [("heading", 2)] * 3


def test_bulleted_short_line_followed_by_text_is_a_heading():
    assert kinds("- 先别慌，核实欠款", SENTENCE, "- 主动联系平台", SENTENCE)[::2] == [
        ("heading", 2, "先别慌，核实欠款"), ("heading", 2, "主动联系平台")]


def test_bullets_in_a_run_stay_a_list():
    assert [k[0] for k in kinds(SENTENCE, "- 借款合同", "- 还款记录", SENTENCE)] == ["paragraph", "bullet", "bullet", "paragraph"]


def test_roman_numerals_number_a_list_or_a_heading():
    result = kinds("I. 借款逾期的定义", "II. 催收通知", SENTENCE, "I. 借款逾期的定义", SENTENCE, "II. 催收通知", SENTENCE)
    assert [r[0] for r in result] == ["ordered", "ordered", "paragraph", "heading", "paragraph", "heading", "paragraph"]


def test_plain_heading_right_before_another_is_their_parent():
    result = kinds("技术拦截策略", "硬件与软件协同防护", SENTENCE, "云端协作", SENTENCE, "运营商防护体系", "基础服务定制化", SENTENCE)
    assert [(r[1], r[2]) for r in result if r[0] == "heading"] == [
        (2, "技术拦截策略"), (3, "硬件与软件协同防护"), (3, "云端协作"), (2, "运营商防护体系"), (3, "基础服务定制化")]


def test_numbered_headings_under_plain_sections_are_h3():
    result = kinds("如何应对通讯录泄露", SENTENCE, "1. 了解法律保护", SENTENCE, "如何保护通讯录", SENTENCE)
    assert [(r[1], r[2]) for r in result if r[0] == "heading"] == [
        (2, "如何应对通讯录泄露"), (3, "1. 了解法律保护"), (2, "如何保护通讯录")]


def test_short_exclamation_on_its_own_line_is_a_heading_a_long_one_is_not():
    assert kinds("先把证据锁好！", SENTENCE, "再和对方协商", SENTENCE)[0][0] == "heading"
    assert kinds("这一点一定要记住，千万不要轻信对方！", SENTENCE)[0][0] == "paragraph"


def test_table_rows_stay_together():
    rows = ["| 平台 | 利率 |", "| --- | --- |", "| 甲 | 24% |"]
    blocks = blocks_of(SENTENCE, *rows, SENTENCE)
    assert [b.kind for b in blocks[1:]] == ["paragraph", "table", "table", "table", "paragraph"]
    assert "\n".join(rows) in render_body(blocks)


def test_short_lines_after_a_colon_are_a_list_that_lost_its_bullets():
    result = kinds("主要材料包括：", "借款合同", "还款记录", "借款人身份信息", SENTENCE)
    assert [r[0] for r in result] == ["paragraph", "bullet", "bullet", "bullet", "paragraph"]


def test_one_plain_parent_over_all_headings_is_their_sibling():
    result = kinds("流程图解析", "催收阶段", SENTENCE, "诉讼阶段", SENTENCE)
    assert [r[1] for r in result if r[0] == "heading"] == [2, 2, 2]


def test_a_numbered_heading_after_a_list_of_another_numbering_is_a_heading():
    # xijinews (fresh trial 3): "2.短信来源" after the items "(1)", "(2)", "(3)" was made item 2 of their list.
    result = kinds("1.短信内容", SENTENCE, "(1)短信内容中含有侮辱性语言。", "(2)短信中未提及具体案件编号。",
                   "(3)短信中提及的法院名称不真实。", "2.短信来源", SENTENCE)
    assert [k[:2] for k in result] == [("heading", 2), ("paragraph", 0), ("ordered", 0), ("ordered", 0),
                                       ("ordered", 0), ("heading", 2), ("paragraph", 0)]


def test_a_line_in_quotation_marks_is_never_a_heading():
    # miantaihao (fresh trial 2, 03): '"不是吧阿sir,他们怎么有我通讯录的?"' under a section heading was an H2.
    for quote in ['"不是吧阿sir,他们怎么有我通讯录的?"', "“不是吧，他们怎么有我通讯录的？”"]:
        assert kinds(quote, SENTENCE)[0][0] == "paragraph"


def test_a_chinese_numbered_heading_may_end_with_an_exclamation():
    # miantaihao: "一、通讯录为啥会被爆？搞懂原理才能反击！" stayed a paragraph while 二、 and 三、 were H2.
    assert kinds("一、通讯录为啥会被爆？搞懂原理才能反击！", SENTENCE, "二、被爆后必做的 5 件事", SENTENCE)[0][:2] == ("heading", 2)
    assert kinds("一、先别慌。再看看短信！", SENTENCE)[0][0] != "heading"  # a full stop inside: sentences


def test_steps_numbered_with_a_bare_number_are_headings_not_bullets():
    # miantaihao: "3 收集证据准备反击" and "4 主动联系平台协商" were pulled into the bullet list of the
    # short lines between them ("通话录音", "短信截图", "微信聊天记录"), while 1, 2 and 5 were headings.
    result = kinds("二、通讯录被爆后必做的5件事", "1 先稳住!别被催收牵着鼻子走", SENTENCE, "2 给亲友发个提醒", SENTENCE,
                   "3 收集证据准备反击", "通话录音", "短信截图", "微信聊天记录", "4 主动联系平台协商", SENTENCE,
                   "5 终极武器:投诉渠道大全", "| 投诉平台 | 怎么操作 |", "| 银保监会 | 打 12378 热线 |")
    headings = [text for kind, _, text in result[1:] if kind == "heading"]
    assert headings == ["1 先稳住!别被催收牵着鼻子走", "2 给亲友发个提醒", "3 收集证据准备反击", "4 主动联系平台协商",
                        "5 终极武器:投诉渠道大全"]
    assert [text for kind, _, text in result if kind == "bullet"] == ["通话录音", "短信截图", "微信聊天记录"]
    # a number and a space that is no sequence of steps ("3 个月内…") is text
    assert kinds("3 个月内没有还款", SENTENCE)[0][0] != "ordered"
