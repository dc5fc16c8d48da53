"""Chrome found by its shape, Markdown marks read as structure, censor marks (issue 15).

The failures listed in issue 15, each rebuilt as a small article; the corpus test
(test_cleaner_corpus.py) checks the same on real articles.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from guide.cleaner.gaps import MARKER, mark_censor_marks, mark_gaps
from guide.cleaner.junk import normalise, remove_junk
from guide.cleaner.pipeline import clean
from guide.cleaner.report import Marked, Removed

FIXTURE = Path(__file__).parent / "fixtures" / "cleaner" / "portal-chrome.txt"
PARA = "收到催收短信以后，先核实对方的身份，再决定怎样回应。"
PARA2 = "如果短信里有威胁的内容，请截图保存，必要时向有关部门反映。"


def removed_by(result) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for entry in result.entries:
        if isinstance(entry, Removed):
            found.setdefault(entry.rule, []).append(entry.text)
    return found


def body(result) -> str:
    return result.draft.split("\n---\n", 1)[1]


@pytest.fixture(scope="module")
def portal():
    return clean(FIXTURE.read_text(encoding="utf-8"), FIXTURE.name)


def test_portal_header_lines_before_the_title_go(portal):
    assert removed_by(portal)["site header (short lines before the title)"] == ["天气网", "中国天气第一门户", "一键查天气"]
    assert portal.outline[0] == (1, "贷款逾期后怎么办？全面应对指南")


def test_link_bars_go_without_gap_markers(portal):
    text = body(portal)
    assert "关于我们" not in text and "天气预报" not in text and "|" not in text
    assert text.count(MARKER) == 2  # the two censor marks, nothing from the bars


def test_counters_more_links_and_teasers_go(portal):
    removed = removed_by(portal)
    assert removed["counter (举报评论 0)"] == ["举报评论 0"]
    assert removed["more link (更多>)"] == ["更多>同类资讯"]
    assert "借呗逾期一个月怎么办才好" in removed["related articles"]


def test_doubled_heading_marks_and_stray_punctuation(portal):
    headings = [text for _, text in portal.outline]
    assert "一、理解逾期原因" in headings and "1. 平台策略调整" in headings
    assert not any(text.startswith(("#", ",", "，")) for text in headings)
    assert "# #" not in portal.draft and "## #" not in portal.draft


def test_bulleted_short_lines_followed_by_text_are_headings(portal):
    assert (3, "先别慌，核实欠款") in portal.outline and (3, "主动联系平台协商") in portal.outline


def test_title_not_repeated_as_subtitle_or_between_paragraphs(portal):
    removed = removed_by(portal)
    assert removed["repeated title (with a subtitle)"] == ["贷款逾期后怎么办：全面应对逾期还款问题"]
    assert removed["repeated title"] == ["贷款逾期后怎么办？全面应对指南"]
    assert body(portal).count("全面应对") == 1


def test_censor_marks_become_gap_markers(portal):
    marks = [e.rule for e in portal.entries if isinstance(e, Marked)]
    assert marks == ["censor mark", "censor mark"]
    assert "***" not in portal.draft


def run_junk(text: str, title: str | None = None):
    lines, entries = normalise(text)
    found_title, kept, more = remove_junk(lines, title)
    removed = {}
    for entry in entries + more:
        if isinstance(entry, Removed):
            removed.setdefault(entry.rule, []).append(entry.text)
    return found_title, [line.text for line in kept], removed


@pytest.mark.parametrize("line,rule", [
    ("网站首页 | 关于我们 | 联系方式 | 网站地图", "link bar (a | b | c)"),
    ("首页｜新闻｜财经", "link bar (a | b | c)"),
    ("点赞 3 收藏 1", "counter (举报评论 0)"),
    ("浏览：312", "counter (举报评论 0)"),
    ("点赞(5)", "counter (举报评论 0)"),
    ("金融债务34秒前1", "time stamp (34秒前)"),
    ("查看更多>>", "more link (更多>)"),
    ("标签：网贷逾期 征信", "tags line (标签:)"),
])
def test_chrome_lines_inside_the_article_go(line, rule):
    _, kept, removed = run_junk("\n".join(["网贷逾期后收到催收短信怎么办", PARA, line, PARA2]))
    assert removed == {rule: [line]} and kept == [PARA, PARA2]


@pytest.mark.parametrize("line", [
    "| 借款 | 利率 | 期限 |",               # a table row (web pages give tables this way)
    "误区1：以贷养贷",                      # a number after a word that is no counter label
    "3 天内还清的，不会上征信。",            # a sentence
    "第一步：核实欠款",
])
def test_lines_that_look_a_little_like_chrome_stay(line):
    _, kept, removed = run_junk("\n".join(["网贷逾期后收到催收短信怎么办", PARA, line, PARA2]))
    assert line in kept and removed == {}


def test_menu_line_at_the_top_goes_but_words_in_the_body_stay():
    text = "\n".join(["首页 新闻 财经 房产 汽车", "网贷逾期后收到催收短信怎么办", PARA, "借款合同 还款记录 逾期通知 身份证", PARA2])
    title, kept, removed = run_junk(text)
    assert title == "网贷逾期后收到催收短信怎么办"
    assert removed == {"menu line (short words in a row)": ["首页 新闻 财经 房产 汽车"]}
    assert "借款合同 还款记录 逾期通知 身份证" in kept


def test_title_is_the_line_repeated_later_not_the_longest_slogan():
    text = "\n".join(["专业网贷逾期协商还款一站式服务平台", "逾期了怎么办", PARA, "逾期了怎么办", PARA2])
    title, kept, removed = run_junk(text)
    assert title == "逾期了怎么办"
    assert removed["site header (short lines before the title)"] == ["专业网贷逾期协商还款一站式服务平台"]


def test_markdown_title_mark_wins():
    title, kept, _ = run_junk("\n".join(["某某网", "# 逾期了怎么办", PARA, PARA2]))
    assert title == "逾期了怎么办" and kept == [PARA, PARA2]


def test_teaser_run_in_the_middle_goes_but_an_announced_list_stays():
    teasers = ["信用卡逾期三天会上征信吗", "借呗逾期一个月怎么办才好", "网贷逾期被起诉了流程是怎样", "征信花了多久能恢复正常呢"]
    _, kept, removed = run_junk("\n".join(["网贷逾期后收到催收短信怎么办", PARA, *teasers, PARA2]))
    assert removed == {"teaser list (short headlines in a row)": teasers}
    _, kept, removed = run_junk("\n".join(["网贷逾期后收到催收短信怎么办", PARA, "起诉前要准备这些材料：", *teasers, PARA2]))
    assert removed == {} and teasers[0] in kept


def test_pinyin_annotations_and_bold_marks_go():
    lines, entries = normalise("網(wǎng)貸逾期了怎么辦\n**第一步，及时联系平台**\n")
    assert [line.text for line in lines[:2]] == ["網貸逾期了怎么辦", "第一步，及时联系平台"]
    assert [e.text for e in entries if isinstance(e, Removed)] == ["(wǎng)"]


@pytest.mark.parametrize("text,expected", [
    ("网贷( *** 借贷)", f"网贷({MARKER}借贷)"),
    ("联系平台的 *** 部门", f"联系平台的{MARKER}部门"),
    ("會***借款人", f"會{MARKER}借款人"),
    ("找一些網貸平臺**貸款", f"找一些網貸平臺{MARKER}貸款"),
    ("由×××公司催收", f"由{MARKER}公司催收"),
    ("他说口口的人", f"他说{MARKER}的人"),
])
def test_censor_marks(text, expected):
    marked, entries = mark_gaps(text)
    assert marked == expected and [e.rule for e in entries] == ["censor mark"]


@pytest.mark.parametrize("text", ["贵单位员工XXX因债务问题", "您在XX网贷平台借款", "他口口声声说会还。", "利率 3*4 倍"])
def test_placeholders_and_words_are_no_censor_marks(text):
    assert mark_gaps(text) == (text, [])


def test_censor_marks_in_headings_are_marked_but_spaces_are_not():
    assert mark_censor_marks("催收 *** 怎么办")[0] == f"催收{MARKER}怎么办"
    assert mark_censor_marks("网贷逾期 催收短信") == ("网贷逾期 催收短信", [])


def test_space_before_enumeration_comma_is_a_gap():
    assert mark_gaps("通过 、短信等方式")[0] == f"通过{MARKER}、短信等方式"


def test_title_followed_by_a_longer_subtitle_that_repeats_it():
    text = "\n".join(["某某网", "网贷逾期了怎么办", "网贷逾期了怎么办：全面应对逾期还款问题", PARA, PARA2])
    title, kept, removed = run_junk(text)
    assert title == "网贷逾期了怎么办" and kept == [PARA, PARA2]
    assert removed == {"site header (short lines before the title)": ["某某网"],
                       "repeated title (with a subtitle)": ["网贷逾期了怎么办：全面应对逾期还款问题"]}


def test_two_censor_marks_in_a_line_are_not_bold():
    lines, _ = normalise("找一些平台**贷款。借了以后会**借款人。\n**第一步，及时联系平台**\n")
    assert lines[0].text == "找一些平台**贷款。借了以后会**借款人。"
    assert lines[1].text == "第一步，及时联系平台"


@pytest.mark.parametrize("heading", ["推荐图文", "大家都在看", "热门推荐", "同类资讯"])
def test_related_lists_under_their_heading_go(heading):
    teasers = ["信用卡逾期三天会上征信吗", "借呗逾期一个月怎么办"]
    _, kept, removed = run_junk("\n".join(["网贷逾期后收到催收短信怎么办", PARA, PARA2, heading, *teasers]))
    assert kept == [PARA, PARA2] and removed == {"related articles": [heading, *teasers]}
