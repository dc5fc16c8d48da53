"""One test per junk rule (guide/cleaner/junk.py): what goes, and what must stay."""
from __future__ import annotations

import pytest

from guide.cleaner.errors import CleanerError
from guide.cleaner.junk import normalise, remove_junk
from guide.cleaner.report import Removed, Review

TITLE = "网贷逾期后收到催收短信怎么办"
PARA = "收到催收短信以后，先核实对方的身份，再决定怎样回应。"
PARA2 = "如果短信里有威胁的内容，请截图保存，必要时向有关部门反映。"


def run_with_reviews(text: str, title: str | None = None):
    """(title, kept lines, {rule: removed lines}, review notes) of the junk pass over `text`."""
    lines, entries = normalise(text)
    found_title, kept, more = remove_junk(lines, title)
    entries += more
    removed = {}
    for entry in entries:
        if isinstance(entry, Removed):
            removed.setdefault(entry.rule, []).append(entry.text)
    reviews = [entry.text for entry in entries if isinstance(entry, Review)]
    return found_title, [line.text for line in kept], removed, reviews


def run(text: str, title: str | None = None):
    return run_with_reviews(text, title)[:3]


def article(*extra_top: str, body: tuple[str, ...] = (PARA, PARA2), tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*extra_top, TITLE, "", *body, *tail]) + "\n"


def test_breadcrumb_at_the_top():
    title, kept, removed = run(article("理财网 > 借贷 > 正文"))
    assert removed == {"breadcrumb": ["理财网 > 借贷 > 正文"]}
    assert title == TITLE and kept == [PARA, PARA2]


def test_breadcrumb_with_views_and_date():
    _, _, removed = run(article("首页 > 逾期资讯 浏览:120 日期:2024-01-02 10:11:12"))
    assert list(removed) == ["breadcrumb"]


def test_greater_than_sign_in_the_body_is_kept():
    text = article(body=(PARA, "月收入 > 月还款时，可以申请分期。这是常见的做法。"))
    _, kept, removed = run(text)
    assert removed == {} and "月收入 > 月还款时，可以申请分期。这是常见的做法。" in kept


@pytest.mark.parametrize("line", ["2024-11-05 09:30", "2025 03/ 24 21:51:42", "发布时间：2024年3月5日"])
def test_date_line_at_the_top(line):
    _, _, removed = run(article(line))
    assert removed == {"date": [line]}


def test_date_inside_the_article_is_kept():
    _, kept, removed = run(article(body=(PARA, "2024-11-05", PARA2)))
    assert removed == {} and "2024-11-05" in kept


@pytest.mark.parametrize("line", ["来源:理财小站", "作者：张三", "2024-01-02 来源：某某网"])
def test_source_line_at_the_top(line):
    _, _, removed = run(article(line))
    assert removed == {"source line": [line]}


def test_page_label():
    _, _, removed = run(article("文章正文"))
    assert removed == {"page label (正文)": ["文章正文"]}


@pytest.mark.parametrize("line", ["字体:", "字体：大 中 小", "【字体：大 中 小】"])
def test_font_size_switch(line):
    _, _, removed = run(article(body=(PARA, line, PARA2)))
    assert removed == {"font size (字体)": [line]}


def test_sentence_about_fonts_is_kept():
    line = "字体：合同里的字体太小时，可以要求对方提供清晰的电子版本，再仔细核对每一项费用和利率。"
    _, kept, removed = run(article(body=(PARA, line)))
    assert removed == {} and line in kept


def test_correction_link():
    _, _, removed = run(article(tail=("【纠错】",)))
    assert removed == {"correction link (纠错)": ["【纠错】"]}


def test_editor_line():
    _, _, removed = run(article(tail=("责任编辑：小王",)))
    assert removed == {"editor line (责任编辑)": ["责任编辑：小王"]}


def test_next_article_link_and_its_title():
    _, kept, removed = run(article(tail=("阅读下一篇:", "", "信用卡分期的注意事项")))
    assert removed == {"next/previous article (阅读下一篇)": ["阅读下一篇:", "信用卡分期的注意事项"]}
    assert kept == [PARA, PARA2]


def test_previous_article_link_on_one_line():
    _, _, removed = run(article(tail=("上一篇：网贷协商的技巧",)))
    assert list(removed) == ["next/previous article (阅读下一篇)"]


@pytest.mark.parametrize("line", ["Copyright © 2000 - 2023 All Rights Reserved.", "版权所有 某某网", "© 2024 理财网"])
def test_copyright(line):
    _, _, removed = run(article(tail=(line,)))
    assert removed == {"copyright": [line]}


@pytest.mark.parametrize("line", ["鲁ICP备17033019号-1.", "京公网安备11010502030000号"])
def test_icp_licence(line):
    _, _, removed = run(article(tail=(line,)))
    assert removed == {"ICP licence": [line]}


def test_page_controls():
    _, _, removed = run(article(tail=("【打印】 【关闭】",)))
    assert removed == {"page controls": ["【打印】 【关闭】"]}


def test_comment_section_with_bylines_is_removed_to_the_end():
    tail = ("精彩评论", "头像 赵六-律师 2025-03-24", "建议先协商。", "头像 钱七-实习律师 2025-03-24",
            "可以申请延期。", "京ICP备12345678号")
    _, kept, removed = run(article(tail=tail))
    assert kept == [PARA, PARA2]
    assert removed["comments"] == list(tail[:-1]) and removed["ICP licence"] == ["京ICP备12345678号"]


@pytest.mark.parametrize("heading", ["网友评论", "评论（3）", "发表评论"])
def test_comment_headings(heading):
    _, kept, removed = run(article(tail=(heading, "说得对。")))
    assert kept == [PARA, PARA2] and removed == {"comments": [heading, "说得对。"]}


def test_byline_without_a_heading_takes_its_comment_along():
    _, kept, removed = run(article(body=(PARA, "王律师 3小时前 回复", "先别慌，按时还款就好。", PARA2)))
    assert kept == [PARA, PARA2]
    assert removed == {"comments": ["王律师 3小时前 回复", "先别慌，按时还款就好。"]}


def test_related_articles_under_a_heading():
    tail = ("相关文章", "网贷逾期会影响征信吗", "信用卡逾期能协商吗")
    _, kept, removed = run(article(tail=tail))
    assert kept == [PARA, PARA2] and removed == {"related articles": list(tail)}


def test_related_articles_at_the_end_without_a_heading():
    tail = ("• 网贷逾期会影响征信吗", "• 信用卡逾期能协商吗", "• 催收电话打给家人怎么办")
    _, kept, removed = run(article(tail=tail))
    assert kept == [PARA, PARA2] and removed == {"related articles": list(tail)}


def test_short_list_announced_by_a_colon_is_kept():
    body = (PARA, "需要准备的材料：", "身份证", "借款合同", "还款记录")
    _, kept, removed = run(article(body=body))
    assert removed == {} and kept == list(body)


def test_repeated_title_between_paragraphs():
    title, kept, removed = run(article(body=(PARA, TITLE, PARA2, TITLE + "？")))
    assert title == TITLE and kept == [PARA, PARA2]
    assert removed == {"repeated title": [TITLE, TITLE + "？"]}


def test_emoji_are_removed():
    title, kept, removed = run(article(body=("收到短信先别慌😀，核实身份再回应👍🏻。", PARA2)))
    assert kept[0] == "收到短信先别慌，核实身份再回应。"
    assert removed["emoji"] == ["😀", "👍", "🏻"]


def test_dingbat_list_numbers_are_not_emoji():
    _, kept, removed = run(article(body=(PARA, "❶ 记下号码", "❷ 回拨核实")))
    assert removed == {} and kept[1:] == ["❶ 记下号码", "❷ 回拨核实"]


def test_header_ends_at_a_sentence_with_half_width_stops():
    _, kept, removed = run(article(body=("收到短信以后,先核实身份.再决定怎样回应.", "2024-11-05", PARA2)))
    assert removed == {} and kept == ["收到短信以后,先核实身份.再决定怎样回应.", "2024-11-05", PARA2]


def test_html_tags_are_removed():
    _, kept, removed = run(article(body=("<p>收到催收短信以后，先核实对方的身份，<b>再</b>决定怎样回应。</p>", PARA2)))
    assert kept[0] == PARA and len(removed["HTML tag"]) == 4


def test_odd_spaces_are_normalised():
    _, kept, _ = run(article(body=("\u3000\u3000" + PARA + "\u00a0", PARA2)))
    assert kept[0] == PARA


def test_title_is_the_first_line_left_at_the_top():
    title, _, _ = run(article("理财网 > 借贷 > 正文", "2024-11-05 09:30"))
    assert title == TITLE


def test_given_title_wins_and_its_copies_go():
    title, kept, removed = run(article(), title="收到催收短信怎么办")
    assert title == "收到催收短信怎么办" and kept == [TITLE, PARA, PARA2]


def test_no_title_is_an_error():
    with pytest.raises(CleanerError, match="no title found"):
        run(PARA + "\n" + PARA2 + "\n")


def test_a_list_run_together_under_a_colon_line_is_content_not_the_title():
    """The longest header line was the list under "一般要准备：", so the real title and that line
    above it went as the site's header: content lost."""
    intro, items = "申请延期还款时，一般要准备：", "身份证复印件 近六个月的收入流水 困难证明 与平台的沟通记录"
    title, kept, removed = run("\n".join([TITLE, intro, items, PARA, PARA2]) + "\n")
    assert title == TITLE and removed == {}
    assert kept[:2] == [intro, items]


def test_one_headline_after_the_last_sentence_is_kept_and_flagged():
    lines, entries = normalise(article(tail=("网贷逾期几天会被起诉吗",)))
    _, kept, more = remove_junk(lines)
    assert kept[-1].text == "网贷逾期几天会被起诉吗"
    assert [e.text for e in more if isinstance(e, Review) and "links to other articles" in e.rule] \
        == ["网贷逾期几天会被起诉吗"]


def test_a_comments_heading_between_paragraphs_with_no_commenter_keeps_what_follows():
    more = "协商的时候，把每月能还的数目写清楚，请平台用文字确认。"
    _, kept, removed, reviews = run_with_reviews(article(body=(PARA, "评论", PARA2, more)))
    assert PARA2 in kept and more in kept and "comments" not in removed
    assert set(reviews) == {"评论"}  # (the report gives a line one note)
