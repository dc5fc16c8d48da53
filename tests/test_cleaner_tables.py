"""A table the page flattened (one row per line, cells between spaces) is content: the rules that
delete short lines at the end (menu line, page footer) must keep its rows, listed for review."""
from __future__ import annotations

from guide.cleaner import clean
from guide.cleaner.line_shapes import flattened_table
from guide.cleaner.report import Removed, Review

TITLE = "逾期以后催收会联系哪些人"
ARTICLE = f"""首页 > 问答 >

{TITLE}

逾期以后，有些平台在催收时会联系借款人通讯录里的人，这种做法往往侵犯隐私。

下面按对象分别说明，供借款人参考。

二、对比

联系对象 常见做法 是否合法 风险
借款人本人 电话短信 不合法 低
家人 紧急联系人 不合法 中高
同事朋友 通讯录 不合法
"""
ROWS = ["联系对象 常见做法 是否合法 风险", "借款人本人 电话短信 不合法 低", "家人 紧急联系人 不合法 中高", "同事朋友 通讯录 不合法"]


def test_rows_of_a_flattened_table_after_the_last_sentence_are_kept_and_listed():
    result = clean(ARTICLE, "t.txt")
    removed = [e.text for e in result.entries if isinstance(e, Removed)]
    listed = [e.text for e in result.entries if isinstance(e, Review)]
    for row in ROWS:
        assert row not in removed
        assert row in listed
        assert row.split()[0] in result.draft
    assert not any(text.startswith(ROWS[0].split()[0]) for _, text in result.outline)  # rows are no headings
    assert "首页 > 问答 >" in removed


def test_a_menu_has_the_rows_shape_but_no_tables_sign():
    menus = ["首页 新闻 财经 房产", "关于我们 联系我们 网站地图 招聘", "友情链接 合作伙伴 意见反馈"]
    assert flattened_table(menus) == set()
    assert flattened_table(ROWS) == {0, 1, 2, 3}
    # a number in every row under the header is a table's sign too
    assert flattened_table(["期限 利率 月供", "12个月 3.6% 850元", "24个月 4.2% 440元"]) == {0, 1, 2}
