"""Fresh trial 5 (issue 26): a page in traditional characters is read with the same vocabulary as
one in simplified (chinese.folded: "來源：" is "来源："), a keyword list joined by "_" is spam, a lone
bullet before the headline does not hide the title. Written lines, not the trial's."""
from __future__ import annotations

import pytest

from guide.cleaner.chinese import folded
from test_cleaner_junk import PARA, PARA2, TITLE, run_with_reviews as run


def test_folded_reads_traditional_page_words_as_simplified_and_changes_nothing_else():
    assert folded("來源：人民網 瀏覽次數 發佈時間 評論") == "来源：人民网 浏览次数 发布时间 评论"
    assert folded(PARA) == PARA


@pytest.mark.parametrize("simplified, traditional", [
    ("责任编辑：王小明", "責任編輯：王小明"),
    ("浏览次数：120", "瀏覽次數：120"),
    ("发布时间：2024-05-06 浏览：", "發佈時間：2024-05-06 瀏覽："),
])
@pytest.mark.parametrize("top", [True, False])
def test_a_traditional_metadata_line_goes_under_the_rule_its_simplified_form_does(simplified, traditional, top):
    def rule(line):
        parts = [TITLE, line, PARA, PARA2] if top else [TITLE, PARA, PARA2, line]
        _, kept, removed, _ = run("\n".join(parts) + "\n")
        assert line not in kept
        return [name for name, texts in removed.items() if line in texts]
    assert rule(traditional) == rule(simplified)


SPAM = "在线观看免费视频_高清影院免费播放_最新电影网站大全_热门影视在线看"


def test_a_keyword_list_joined_by_underscores_above_the_text_goes():
    _, kept, removed, _ = run("\n".join([SPAM, TITLE, PARA, PARA2]) + "\n", TITLE)
    assert kept == [PARA, PARA2] and SPAM in removed["keyword list (a_b_c_d: the page's search keywords)"]


def test_a_lone_bullet_before_the_headline_does_not_hide_the_title():
    title, kept, _, _ = run("\n".join([SPAM, "• " + TITLE, PARA, PARA2]) + "\n")
    assert title == TITLE and kept == [PARA, PARA2]


def test_two_bullets_are_a_list_not_a_title():
    items = ["• 先核实对方的身份", "• 再决定怎样回应"]
    _, kept, _, _ = run("\n".join([TITLE, *items, PARA, PARA2]) + "\n")
    assert all(item in " ".join(kept) or item[2:] in " ".join(kept) for item in items)
