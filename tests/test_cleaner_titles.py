"""The real title above a byline, a title with " | ", and prose after the page's chrome (fourth fresh
trial: content lost when a byline or a section heading was taken as the title, or a story's last
line as the page's footer). Each test fails on the code before these rules (commit c1a146d)."""
from __future__ import annotations

from guide.cleaner import chrome
from test_cleaner_junk import PARA, PARA2, run_with_reviews as run


def all_text(title, kept, removed):
    return [title, *kept, *(t for texts in removed.values() for t in texts)]


def test_a_title_with_a_bar_is_not_a_link_bar():
    # A series and its part: two segments, one long, is a headline ("环球强制执行实务 | 之九:…").
    title_line = "强制执行实务 | 之九：终结本次执行法律问题研究"
    title, kept, removed, _ = run("\n".join([title_line, "", PARA, PARA2]) + "\n")
    assert title == title_line and kept == [PARA, PARA2] and removed == {}


def test_a_short_two_segment_bar_at_the_end_is_still_one():
    _, kept, removed, _ = run("\n".join(["网贷逾期后收到催收短信怎么办", "", PARA, PARA2, "", "首页 | 财经新闻"]) + "\n")
    assert removed == {"link bar (a | b | c)": ["首页 | 财经新闻"]}


def test_the_headline_above_a_dated_byline_with_bars_is_the_title():
    # The byline is longer than the title and no rule removed it: it was taken as the title, and the
    # real title above it went as "site header".
    byline = "2024年02月01日郑林涛 | 张凌杰 | 邢博文(实习生罗敏利对本文亦有贡献)"
    title, kept, removed, _ = run("\n".join(["终结本次执行法律问题研究", byline, "", PARA, PARA2]) + "\n")
    assert title == "终结本次执行法律问题研究"
    assert kept == [PARA, PARA2]
    assert removed == {"byline or time stamp (a date and names under the title)": [byline]}


def test_the_headline_above_a_name_at_date_byline_is_the_title():
    byline = "kenan @ 2021年03月04日 乐活"
    title, kept, _, _ = run("\n".join(["那些被网贷拖垮的年轻人", "", byline, "", PARA, PARA2]) + "\n")
    assert title == "那些被网贷拖垮的年轻人" and kept == [PARA, PARA2]


def test_dated_byline_shape():
    assert chrome.is_dated_byline("kenan @ 2021年03月04日 乐活")
    assert chrome.is_dated_byline("2024年02月01日郑林涛 | 张凌杰 | 邢博文")
    assert not chrome.is_dated_byline("2023年3月1日起施行的新规")  # one segment: a headline
    assert not chrome.is_dated_byline("2021年03月04日 我去银行办了分期。")  # a sentence


def test_a_headline_date_line_under_the_title_stays():
    text = "\n".join(["网贷新规解读", "2023年3月1日起施行的新规", "", PARA, PARA2]) + "\n"
    title, kept, removed, _ = run(text)
    assert "2023年3月1日起施行的新规" in all_text(title, kept, removed)
    assert not any("byline" in rule for rule in removed)


def test_a_title_joining_two_section_questions_is_the_title():
    # "X?Y?" then "X?" heading the first section, "Y?" the second: the whole line is the title and the
    # questions stay as headings (the shorter line was taken as the title, the real one removed).
    full = "个性化分期和停息挂账的区别是什么?停息挂账自己怎么去申请?"
    text = "\n".join([full, "", "个性化分期和停息挂账的区别是什么?", "", PARA, "", "停息挂账自己怎么去申请?", "", PARA2]) + "\n"
    title, kept, removed, _ = run(text)
    assert title == full
    assert kept == ["个性化分期和停息挂账的区别是什么?", PARA, "停息挂账自己怎么去申请?", PARA2]
    assert removed == {}


def test_a_headline_above_the_chosen_title_is_kept_for_review():
    # "标题：" names another line; a whole headline above it is never deleted unseen.
    text = "\n".join(["网贷逾期后收到律师函怎么办才好", "标题：律师函的真假怎么辨别", "", PARA, PARA2]) + "\n"
    title, kept, removed, reviews = run(text)
    assert title == "律师函的真假怎么辨别"
    assert "网贷逾期后收到律师函怎么办才好" in kept and "网贷逾期后收到律师函怎么办才好" in reviews
    assert "site header (short lines before the title)" not in removed


def test_the_title_line_repeated_by_a_label_is_reported_as_the_title():
    text = "\n".join(["被网贷奴役的后浪们", "原标题:被网贷奴役的后浪们", "", PARA, PARA2]) + "\n"
    title, _, removed, _ = run(text)
    assert title == "被网贷奴役的后浪们"
    assert removed.get("repeated title") == ["被网贷奴役的后浪们"]
    assert "site header (short lines before the title)" not in removed


def test_a_cut_off_story_line_after_a_caption_is_not_footer():
    # A caption with " | " at the end (page chrome), then the story's last line, cut off mid-sentence.
    last = "而在平时,我常常邀请朋友们来我的宿舍,因为我的宿舍像一个小型奢侈"
    text = "\n".join(["网贷逾期后收到催收短信怎么办", "", PARA, PARA2, "", "网贷平台的短信 | 作者图", "", last]) + "\n"
    _, kept, removed, reviews = run(text)
    assert last in kept and last in reviews
    assert not any(last in texts for texts in removed.values())


def test_a_short_widget_line_after_the_chrome_is_still_footer():
    text = "\n".join(["网贷逾期后收到催收短信怎么办", "", PARA, PARA2, "", "首页 | 联系我们", "", "律师在休息时间解答,请耐心等待"]) + "\n"
    _, kept, removed, _ = run(text)
    assert "律师在休息时间解答,请耐心等待" not in kept


# Chrome the fourth trial found kept as headings, items or paragraphs (kinds 3 and 4 of its report).

TOP = "网贷逾期后收到催收短信怎么办"


def test_an_account_label_above_the_text_is_a_source_line():
    _, kept, removed, _ = run("\n".join([TOP, "", "微信公众号:人物", "", PARA, PARA2]) + "\n")
    assert kept == [PARA, PARA2] and removed == {"source line": ["微信公众号:人物"]}


def test_a_wechat_byline_above_the_text():
    line = "原创 杜欣 全民故事计划 来自专辑90后生存报告"
    _, kept, removed, _ = run("\n".join([TOP, "", line, "", PARA, PARA2]) + "\n")
    assert kept == [PARA, PARA2] and removed == {"byline (原创, an author, an account)": [line]}


def test_credits_with_a_bar_anywhere():
    _, kept, removed, _ = run("\n".join([TOP, "", PARA, "文|徐晴", "编辑|金匝", PARA2]) + "\n")
    assert kept == [PARA, PARA2] and removed == {"credits (文|, 编辑|)": ["文|徐晴", "编辑|金匝"]}


def test_a_series_counter_between_dashes():
    line = "— 这是全民故事计划的第471个故事 —"
    _, kept, removed, _ = run("\n".join([TOP, "", PARA, line, PARA2]) + "\n")
    assert kept == [PARA, PARA2] and removed == {"series line (— 第471个故事 —)": [line]}


def test_a_section_number_between_dashes_stays():
    _, kept, _, _ = run("\n".join([TOP, "", PARA, "— 01 —", "先核实身份", PARA2]) + "\n")
    assert "— 01 —" in kept


def test_a_long_tags_line_and_polite_related_headings_at_the_end():
    tags = "标签: 个性化分期和停息挂账的区别是什么 停息挂账自己怎么去申请 还款意愿 还款协议"
    _, kept, removed, _ = run("\n".join([TOP, "", PARA, PARA2, "", tags, "", "为您推荐", "", "精彩推送"]) + "\n")
    assert kept == [PARA, PARA2]
    assert removed == {"tags line (标签:)": [tags], "related articles": ["为您推荐", "精彩推送"]}
