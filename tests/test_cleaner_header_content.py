"""Lines above the title that read like the text (issue 26, fresh trial 5's 12): a topic tag
"#…#" is no Markdown heading and no title; a line like the text's above the chosen title is kept
and listed, never deleted as the site's header. Written lines, not the trial's."""
from __future__ import annotations

import pytest

from guide.cleaner.junk import normalise
from test_cleaner_junk import PARA, PARA2, TITLE, run_with_reviews as run

QUOTED = "“男,30岁,网贷逾期,欠款8万”"
LEAD = "小编在网上看到一段对话："


def test_a_topic_tag_is_not_a_markdown_heading():
    lines, _ = normalise("#城市青年储蓄率#\n# 标题\n#标题\n")
    assert [(line.text, line.heading) for line in lines if line.text] == [
        ("#城市青年储蓄率#", 0), ("标题", 1), ("标题", 1)]


def test_topic_tags_in_the_header_are_not_the_title_and_nothing_above_them_goes():
    tags = ["#城市青年储蓄率#", "#一线城市青年三成没有存款#", "#三四线城市青年负债率高达六成以上#"]
    title, kept, removed, _ = run("\n".join([QUOTED, LEAD, *tags, PARA, PARA2]) + "\n")
    assert title == QUOTED and not removed
    assert kept == [LEAD, *tags, PARA, PARA2]


@pytest.mark.parametrize("line", [
    "据不少网友反映，这一类的催收短信近来越来越多",  # prose: clauses
    QUOTED,                                          # a quoted headline
    "#城市青年储蓄率#",                               # a topic tag
])
def test_a_line_like_the_texts_above_the_chosen_title_is_kept_and_listed(line):
    title, kept, removed, reviews = run("\n".join(["首页 新闻 法律", line, "# " + TITLE, PARA, PARA2]) + "\n")
    assert title == TITLE
    assert kept[0] == line and line in reviews
    assert all(line not in texts for texts in removed.values())
    assert any("首页 新闻 法律" in texts for texts in removed.values())  # the site's menu still goes
