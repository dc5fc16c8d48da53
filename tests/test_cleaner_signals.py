"""Chrome weighed from weak signals (guide/cleaner/line_signals.py): each signal fires on a line
that has it and not on one that does not; shape alone never removes a line; an unsure line is kept
and listed; a chrome-like line is never a heading."""
from __future__ import annotations

import pytest

from guide.cleaner import line_signals as ls
from guide.cleaner.errors import CleanerError
from guide.cleaner.junk import Line
from guide.cleaner.structure import build_blocks
from test_cleaner_junk import PARA, PARA2, run_with_reviews as run

TITLE = "网贷逾期后收到催收短信怎么办"


@pytest.mark.parametrize("signal, has, lacks", [
    ("no sentence or clause mark", "该图源自网友上传", "先核实身份，再回应"),
    ("very short", "编辑：小王", "网贷逾期后收到催收短信到底应该怎么办才好呢"),
    ("short segments (a b c)", "财富知识 chengxj 2025-05-07", "银行系统校验规则 正规金融机构采用算法验证卡号"),
    ("two short segments (a | b)", "网贷平台的短信 | 作者图", "网贷平台的短信"),
    ("a date or a time", "政务 2024-11-15 16:02 云南", "政务 云南"),
    ("a counter (a number alone)", "举报评论 0", "2. 核实平台资质"),   # a leading number numbers a step
    ("a counter (a number alone)", "— 這是全民故事計劃的第471個故事 —", "第三步"),
    ("digits only", "15037178970", "2. 核实"),
    (ls.LABEL, "微信公众号：人物", "他说：先别慌，核实身份"),
    (ls.NAME, "原创 杜欣 全民故事计划", "原创 全民故事计划"),
    (ls.NAME, "财富知识 chengxj", "财富知识 APP"),
    (ls.NAME, "摄影：王五", "摄影：网络"),  # the value of a label  # (APP: 3 letters, but a word in the line, not a handle)
    (ls.FRAMED, "（相關資料圖）", "（一）先核实身份"),
    (ls.FRAMED, "— 第12期 —", "— 01 —"),
    (ls.FRAMED, "【导读】", "「逾期」不等于「犯罪」"),  # two quotations, not one frame
    (ls.NAME, "张三 借款", "王某 借款"),  # 王某: a case's party, named so by the text
    (ls.PAGE_WORDS, "来源：新华社", "先核实身份"),
    (ls.PAGE_WORDS, "记者 张三 李四", "张三 李四"),  # a byline's role
    (ls.PICTURE, "该图源自网友上传", "截图保存短信"),
    (ls.PICTURE, "(相关资料图)", "流程图解"),
    (ls.OFFER, "点击微信咨询 再享1000元优惠", "借款1000元"),
    ("above the first sentence or below the last", None, None),
])
def test_each_signal_fires_on_its_shape_only(signal, has, lacks):
    if has is None:  # position: the same line, at the edge and between paragraphs
        assert signal in ls.signals("政务", ls.Where(edge=True)) and signal not in ls.signals("政务")
        return
    assert signal in ls.signals(has), ls.signals(has)
    assert signal not in ls.signals(lacks), ls.signals(lacks)


def test_a_byline_without_a_date_is_chrome_and_a_bare_role_and_name_at_least_unsure():
    assert ls.verdict("记者 张三 李四") == "chrome" and ls.verdict("摄影：王五") == "chrome"
    assert ls.verdict("图 / 网络") == "unsure"


def test_the_title_again_counts_only_when_the_title_is_known():
    line = "（原标题：黑龙江一居民被“套路贷”，贷款1500元须还35万元）"
    assert ls.TITLE_AGAIN in ls.signals(line, ls.Where(title="黑龙江一居民被“套路贷”，贷款1500元须还35万元"))
    assert ls.TITLE_AGAIN not in ls.signals(line, ls.Where(title="网贷逾期后收到催收短信怎么办"))


@pytest.mark.parametrize("prose", [PARA, "如果短信里有威胁的内容，请截图保存", "一、先确认来电的身份", "网贷逾期会怎样？"])
def test_signs_of_prose_take_weight_away(prose):
    assert ls.verdict(prose, ls.Where(edge=True)) == "text", ls.signals(prose, ls.Where(edge=True))


def test_a_line_announcing_what_follows_loses_weight():
    assert "announces what follows" in ls.signals("法律依据：") and "announces what follows" not in ls.signals("法律依据")


def test_a_name_alone_does_not_remove_a_line():
    # Short segments, a name, above the first sentence: the head of a case's account, or a byline; the
    # name says no more than that, so the line stays (for review).
    line = "张三 借款 5万元"
    assert ls.score(line, ls.Where(edge=True)) >= ls.CHROME and ls.verdict(line, ls.Where(edge=True)) == "unsure"


@pytest.mark.parametrize("line", ["---", "| 黑猫投诉 | APP上传证据 | 3-5天 |"])
def test_separators_and_table_rows_have_no_signals(line):
    assert ls.signals(line, ls.Where(edge=True)) == {}


def test_shape_alone_never_removes_a_line():
    # Short segments, a date and a number, between paragraphs: a fact of a case's account.
    fact = "2024-11-05 还款 1000 元"
    assert ls.score(fact) >= ls.CHROME and ls.verdict(fact) == "unsure"
    _, kept, removed, reviews = run("\n".join([TITLE, "", PARA, fact, PARA2]) + "\n")
    assert fact in kept and not removed


def test_a_caption_between_paragraphs_goes_with_its_signals_reported():
    caption = "该图源自网友上传"
    _, kept, removed, _ = run("\n".join([TITLE, "", PARA, caption, PARA2]) + "\n")
    assert kept == [PARA, PARA2]
    [(rule, texts)] = removed.items()
    assert texts == [caption] and rule.startswith("chrome by its shape (") and "names a picture" in rule


def test_the_original_title_note_goes_when_the_title_is_given():
    given = "黑龙江一居民被“套路贷”，贷款1500元须还35万元"
    note = f"（原标题：{given}）"
    _, kept, removed, _ = run("\n".join([note, PARA, PARA2]) + "\n", title=given)
    assert kept == [PARA, PARA2] and [note] in removed.values()


def test_an_unsure_line_is_kept_and_listed():
    # Brackets around a short line above the first sentence: a note, or a story's own heading.
    line = "「黑魔法」"
    assert ls.verdict(line, ls.Where(edge=True)) == "unsure"
    _, kept, removed, reviews = run("\n".join([TITLE, "", line, PARA, PARA2]) + "\n")
    assert line in kept and not removed and line in reviews


def test_a_chrome_like_line_is_never_a_heading():
    # Mid-article, with text after it: a short line is a heading, unless it looks like the page's.
    line = "微信公众号：人物"
    blocks, entries = build_blocks(TITLE, [Line(1, PARA), Line(2, line), Line(3, PARA2)])
    assert [b.kind for b in blocks if b.text == line] == ["paragraph"]
    assert any(e.text == line and "not a heading" in e.rule for e in entries)
    blocks, _ = build_blocks(TITLE, [Line(1, PARA), Line(2, "先核实身份"), Line(3, PARA2)])
    assert [b.kind for b in blocks if b.text == "先核实身份"] == ["heading"]


def test_words_of_a_repeated_removed_line_go_from_inside_the_title():
    spam = "尊龙人生就是博"
    title, kept, removed, _ = run("\n".join([spam, spam, f"普通{spam}人的“戒赌吧故事”", "", PARA, PARA2]) + "\n")
    assert title == "普通人的“戒赌吧故事”" and kept == [PARA, PARA2]
    assert removed["words of removed lines inside the title (injected)"] == [spam]


def test_a_removed_line_at_the_title_edge_or_seen_once_stays_in_the_title():
    # Before or after the title's words it is a prefix or a suffix (another rule's), and a line removed
    # once is no sign of a spammer: the title keeps every word.
    for top, headline in ((["信用卡知识", "信用卡知识"], "信用卡知识逾期以后怎么办"), (["逾期知识"], "网贷逾期知识大全")):
        title, _, removed, _ = run("\n".join([*top, headline, "", PARA, PARA2]) + "\n")
        assert title == headline and "words of removed lines inside the title (injected)" not in removed


def test_a_button_glued_before_the_first_sentence_goes_and_the_line_is_listed():
    glued = "点击微信咨询 " + PARA
    _, kept, removed, reviews = run("\n".join([TITLE, "", glued, PARA2]) + "\n")
    assert kept == [PARA, PARA2] and PARA in reviews
    assert [texts for rule, texts in removed.items() if rule.startswith("chrome glued")] == [["点击微信咨询"]]


def test_words_before_a_space_that_are_not_chrome_stay_glued():
    line = "注意 " + PARA  # a lead-in word, not a button
    _, kept, removed, _ = run("\n".join([TITLE, "", line, PARA2]) + "\n")
    assert kept == [line, PARA2] and not removed


def test_a_sentence_with_a_price_offer_is_kept_and_listed_as_a_possible_ad():
    ad = "某某律所法律顾问服务：先试用，满意再付款，最低只需3998元。"
    _, kept, removed, reviews = run("\n".join([TITLE, "", PARA, ad, PARA2]) + "\n")
    assert ad in kept and not removed and ad in reviews
    _, _, _, reviews = run("\n".join([TITLE, "", PARA, "他借款3998元，逾期三个月。", PARA2]) + "\n")
    assert reviews == []


def test_click_then_a_few_words_then_consult_is_a_call_to_action():
    from guide.cleaner import chrome
    assert chrome.call_to_action("点击微信咨询") and chrome.call_to_action("点击咨询")
    assert not chrome.call_to_action("不要点击陌生链接申请贷款")


def test_a_chrome_like_header_line_is_never_the_title():
    # Longer than the headline, so it was taken as the title, and the headline deleted as site header.
    line = "张伟的网友投稿分享专栏"
    title, kept, removed, reviews = run("\n".join([TITLE, line, "", PARA, PARA2]) + "\n")
    assert title == TITLE and line in kept and line in reviews and not removed


Q1, Q2 = "网贷逾期被起诉需要怎么处理？", "网贷逾期一年不还会怎样？"
POINTS = ["1、辨别真假。先登录裁判文书网查看。", "2、申请协商。整理好贷款资料。"]


def test_a_question_answered_point_by_point_with_a_peer_below_is_a_section_not_the_title():
    with pytest.raises(CleanerError, match="section headings"):
        run("\n".join([Q1, *POINTS, Q2, PARA, PARA2]) + "\n")
    # Given the title, the same copy is cleaned, both questions heading their sections.
    title, kept, _, _ = run("\n".join([Q1, *POINTS, Q2, PARA, PARA2]) + "\n", title="网贷逾期被起诉怎么办")
    assert kept[0] == Q1 and Q2 in kept


@pytest.mark.parametrize("body", [
    [PARA, *POINTS, Q2, PARA2],          # a lead paragraph under the title
    [*POINTS, PARA, PARA2],              # points at once, but no other question like it below
])
def test_a_question_title_over_a_lead_or_without_peers_stays_the_title(body):
    title, _, _, _ = run("\n".join([Q1, *body]) + "\n")
    assert title == Q1


@pytest.mark.parametrize("line", ["第一步：先核实身份", "法律依据："])
def test_a_key_value_line_above_the_text_with_nothing_else_of_a_source_line_stays(line):
    # The "source line" rule took any short "key：value" above the first sentence; alone, with no
    # signal of the page's (no date, name, page word), it is kept and listed.
    _, kept, removed, reviews = run("\n".join([TITLE, line, PARA, PARA2]) + "\n")
    assert line in kept and not removed and line in reviews


def test_a_block_of_key_value_lines_above_the_text_still_goes():
    block = ["提供单位：上海市司法局", "服务方式：上海12348公共法律服务热线咨询", "案件类型：民间借贷纠纷"]
    _, kept, removed, _ = run("\n".join([TITLE, *block, PARA, PARA2]) + "\n")
    assert kept == [PARA, PARA2] and removed == {"source line": block}


def test_a_line_of_prose_in_the_header_is_not_the_title_when_a_headline_is_there():
    # The longest header line was the title: a case's first line of prose, longer than the headline.
    prose = "2023年3月，张某借款5万元"
    title, kept, removed, _ = run("\n".join([TITLE, prose, PARA, PARA2]) + "\n")
    assert title == TITLE and prose in kept and not removed


@pytest.mark.parametrize("line", ["发表回复", "下一页", "评论列表(0条)", "發表評論"])
def test_a_line_of_nothing_but_the_pages_words_at_the_end_goes(line):
    # Fresh trial 5 (07, 09): a comment form's and a pager's buttons below the text were kept, one as
    # a heading. Only the interface's words (and a count): chrome at the end.
    _, kept, removed, _ = run("\n".join([TITLE, PARA, PARA2, line]) + "\n")
    assert kept == [PARA, PARA2] and any(line in texts for texts in removed.values())


@pytest.mark.parametrize("line", ["法院的回复", "平台的回复与评论"])
def test_a_heading_with_a_page_word_in_the_middle_stays(line):
    # A heading that names its subject beside the page's word is the text's.
    _, kept, _, _ = run("\n".join([TITLE, PARA, line, PARA2, PARA]) + "\n")
    assert line in kept


def test_a_credit_in_brackets_between_paragraphs_goes():
    # "(刘道伟 作)" under a cartoon (fresh trial 5's 01): the name inside the brackets counts as one.
    credit = "（张三 摄）"
    assert ls.NAME in ls.signals(credit)
    _, kept, removed, _ = run("\n".join([TITLE, PARA, credit, PARA2, PARA]) + "\n")
    assert credit not in kept and any(credit in texts for texts in removed.values())
