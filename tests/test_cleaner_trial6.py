"""The failure kinds of the sixth blind trial (issue 26), one fixture each in
tests/fixtures/cleaner/trial6/ (README.md there says where each came from). Each test fails on the
code before its rule; none of the rules names a site or an article's words."""
from __future__ import annotations

from pathlib import Path

from guide.cleaner.decode import decode
from guide.cleaner.pipeline import clean
from guide.cleaner.report import Finding, Removed
from guide.cleaner.title import SITE_NAME_RULE
from test_cleaner_junk import PARA, PARA2, run_with_reviews as run

TRIAL6 = Path(__file__).parent / "fixtures" / "cleaner" / "trial6"


def cleaned(name: str, title: str | None = None):
    text, _ = decode((TRIAL6 / name).read_bytes())
    return clean(text, name, title=title)


def removed(result, rule_start: str) -> list[str]:
    return [e.text for e in result.entries if isinstance(e, Removed) and e.rule.startswith(rule_start)]


def checked(result) -> list[str]:
    return [e.text for e in result.entries if isinstance(e, Finding) and e.section == "check"]


def test_php_warnings_above_the_article_are_chrome_and_do_not_hide_the_title():
    # Refused before: the warnings were taken for the article's first sentence, so the title was below it.
    result = cleaned("tsxingyuan-94591.txt")
    assert result.blocks[0].text.startswith("網貸逾期")
    errors = removed(result, "server error message")
    assert len(errors) == 2 and all(e.startswith("Warning:") for e in errors)


def test_server_error_shapes():
    lines = ["Deprecated: Function ereg() is deprecated in /var/www/html/inc/common.php on line 12",
             "Notice: Undefined index: id in /home/site/public_html/show.php on line 5",
             "PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /www/db.php:8",
             "Stack trace:", "#0 /www/index.php(3): require()"]
    title, kept, gone, _ = run("\n".join([*lines, "网贷逾期后收到催收短信怎么办", PARA, PARA2]) + "\n")
    assert title == "网贷逾期后收到催收短信怎么办" and kept == [PARA, PARA2]
    assert gone == {"server error message (Warning: … on line 12)": lines}


def test_a_sentence_about_a_warning_stays():
    line = "Warning: 这类短信常常冒充法院，收到后请先核实，不要点击其中的链接。"
    _, kept, _, _ = run("\n".join(["网贷逾期后收到催收短信怎么办", PARA, line, PARA2]) + "\n")
    assert line in kept


def test_a_label_and_the_title_above_it_is_the_title_again():
    result = cleaned("tsxingyuan-94591.txt")
    assert removed(result, "repeated title (after a label") == ["正在閱讀:網貸逾期,騷擾“噩夢”開啟:通訊錄被爆、定位遭泄露、催收人冒充公檢法打電話"]


def test_a_deck_under_the_headline_is_not_the_title_and_the_headline_is_never_removed():
    # The deck (a longer line of clauses, right above the byline) won the title choice, and the real
    # title above it was removed as "site header".
    result = cleaned("deck-title.txt")
    assert result.blocks[0].text == "网贷逾期三个月，催收上门了怎么办"
    deck = "遭遇暴力催收不必慌，律师教你四步依法维权，保留证据是关键"
    assert deck in [b.text for b in result.blocks[1:]] and deck in checked(result)
    assert "site header" not in " ".join(e.rule for e in result.entries if isinstance(e, Removed) and "网贷逾期" in e.text)


def test_a_headline_above_a_guessed_title_is_kept_and_listed():
    # Two headlines, the lower right above its date line: the lower is taken as the title (a guess),
    # and the other stays as text, listed for review, never removed as the site's header.
    upper = "网贷逾期三个月，催收人员找上了单位"
    title, kept, gone, reviews = run("\n".join(["财经频道", upper, "律师详解借款人的四个维权步骤",
                                               "2024-03-05 10:21 来源：某某财经", PARA, PARA2]) + "\n")
    assert title == "律师详解借款人的四个维权步骤"
    assert upper in kept and upper in reviews and gone["site header (short lines before the title)"] == ["财经频道"]


def test_a_site_slogan_above_a_title_the_text_repeats_still_goes():
    # The title is sure (the text repeats it): the lines above it are the site's header.
    slogan = "专业网贷逾期协商还款一站式服务平台"
    title, kept, gone, _ = run("\n".join([slogan, "逾期了怎么办", PARA, "逾期了怎么办", PARA2]) + "\n")
    assert title == "逾期了怎么办" and gone["site header (short lines before the title)"] == [slogan]


def test_a_ticker_above_the_title_does_not_win_it():
    # Three other stories' headlines in a row above the title, each longer than it: the longest was taken.
    result = cleaned("ticker-run.txt")
    assert result.blocks[0].text == "欠信用卡被起诉了怎么办"
    assert len(removed(result, "headlines of other stories above the title")) == 3


def test_a_lone_headline_above_a_short_title_is_not_a_ticker():
    # One line above the title is no run: the usual choice (the longest) stands.
    title, _, _, _ = run("\n".join(["要闻", "多地银行下调存款利率 最高下调25个基点", "欠信用卡被起诉了怎么办", PARA, PARA2]) + "\n")
    assert title == "多地银行下调存款利率 最高下调25个基点"


def test_news_picture_captions_are_never_the_title_or_a_heading():
    for name in ("ticker-title.txt", "caption-title.txt", "caption-above.txt"):
        result = cleaned(name)
        assert not any(b.text.startswith("图为") for b in result.blocks if b.kind == "heading"), name
        assert any(t.startswith("图为") for t in removed(result, "image caption")), name
    assert removed(cleaned("caption-title.txt"), "image caption") == ["图为一名借款人展示自己收到的催收短信和通话记录截图", "记者 王芳 摄"]


def test_a_sentence_about_a_picture_stays():
    line = "图为证据的一种，截图时要保留对方的号码和发送时间。"
    _, kept, _, _ = run("\n".join(["网贷逾期后收到催收短信怎么办", PARA, line, PARA2]) + "\n")
    assert line in kept


def test_a_site_name_after_the_title_is_cut_and_reported():
    for name, title, site in (("site-suffix.txt", "网贷逾期被起诉后还能协商吗", "風聞"),  # recurs on the page
                              ("site-suffix-dash.txt", "信用卡逾期多久会上征信", "惠民财经网"),  # ends in 网; refused before
                              ("site-suffix-bar.txt", "逾期后被催收爆通讯录怎么办", "南方法治新闻")):
        result = cleaned(name)
        assert result.blocks[0].text == title, name
        assert removed(result, "site name after the title") == [site], name
        assert any(site in e.what for e in result.entries if isinstance(e, Finding) and e.section == "check"), name
    # "風聞" alone on its line, the name cut from the title, goes too (it was made a heading)
    assert removed(cleaned("site-suffix.txt"), "site name (the name cut") == ["風聞"]


def test_a_title_part_that_is_no_site_name_stays():
    for line in ("强制执行实务 | 之九：终结本次执行法律问题研究",  # a series and its part
                 "网贷逾期怎么办 - 律师的四点建议",  # a subtitle: no site's ending, not on the page again
                 "逾期后怎么办｜如何与平台协商分期还款"):  # a question
        title, _, gone, _ = run("\n".join([line, "2024-03-05 10:21 来源：某某财经", PARA, PARA2]) + "\n")
        assert title == line and SITE_NAME_RULE not in gone


def test_a_given_title_is_used_as_it_is():
    result = cleaned("site-suffix-bar.txt", title="逾期后被催收爆通讯录怎么办｜南方法治新闻")
    assert result.blocks[0].text == "逾期后被催收爆通讯录怎么办｜南方法治新闻"


def test_a_label_that_heads_only_chrome_is_not_a_heading():
    # "## 聽新聞" (an audio widget) under the title, then the page's date, then the text: it was a heading.
    # (Between the title and its date, a short word is the page's since trial 8: removed, reported.)
    result = cleaned("widget-headings.txt")
    headings = [b.text for b in result.blocks if b.kind == "heading"]
    assert "聽新聞" not in headings and "聽新聞" not in [b.text for b in result.blocks]
    assert removed(result, "the page's section (a short word between the title and its date)") == ["聽新聞"]
    assert headings[1:] == ["先停止以貸養貸", "主動與平台協商"]  # the article's own headings stay
    assert removed(result, "related articles") == ["相關閱讀"]  # in traditional characters, too


def test_a_short_heading_followed_by_its_text_stays_a_heading():
    text = "\n".join(["网贷逾期后收到催收短信怎么办", "## 先核实身份", PARA, "## 保留证据", PARA2]) + "\n"
    result = clean(text, "t.txt")
    assert [b.text for b in result.blocks if b.kind == "heading"][1:] == ["先核实身份", "保留证据"]


def test_glued_paragraph_labels_and_captions_are_cut_and_the_text_stays():
    result = cleaned("glued-labels.txt")
    texts = [b.text for b in result.blocks]
    assert not any(t.startswith(("第一段", "第二段", "第三段", "（图片来源")) or "图为" in t for t in texts)
    assert any(t.startswith("网贷逾期以后，借款人首先") for t in texts)
    assert any(t.startswith("协商成功以后") for t in texts) and any(t.endswith("逐步修复自己的信用记录。") for t in texts)
    assert [e.text for e in result.entries if isinstance(e, Removed) and e.rule == "paragraph label (第三段：)"] == ["第三段："]
    assert removed(result, "paragraph label (第三段：) glued") == ["第一段：", "第二段："]
    assert removed(result, "image caption glued") == ["（图片来源：网络）", "图为借款人与平台客服的聊天记录截图"]


def test_a_label_or_caption_words_without_a_sentence_beside_them_stay():
    line = "第三段：协商"  # a label of a list's item, no sentence beside it
    _, kept, _, _ = run("\n".join(["网贷逾期后如何与平台协商还款", PARA, line, PARA2]) + "\n")
    assert line in kept
