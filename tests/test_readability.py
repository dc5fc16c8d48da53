"""The plain-language measure (guide/content/readability.py, tools/readability.py) on small HTML fixtures:
what counts as prose, where sentences end, how they are measured, the budget's pass and fail."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.content import readability as r  # noqa: E402


def page(body: str) -> str:
    """A built page as Material writes it: header and navigation outside the article."""
    return (f"<html><body><header><p>网贷逾期应对指南。导航里的句子不算。</p></header>"
            f"<nav><ul><li>Some nav item that is long enough to count as a sentence.</li></ul></nav>"
            f'<article class="md-content__inner md-typeset">{body}</article>'
            f"<footer><p>Footer text that must not count.</p></footer></body></html>")


def test_only_the_articles_prose_counts():
    html = page('<h1 id="t">标题不是句子<a class="headerlink" href="#t">&para;</a></h1>'
                '<div class="admonition summary"><p class="admonition-title">简短回答</p><p>先核实。再还款。</p></div>'
                "<table><tr><th>电话</th><td>表格里的说明不是句子</td></tr></table>"
                '<p>拨打 12368 核实<a class="cite" href="#source-C8">[4]</a>。</p>'
                '<aside class="page-meta"><ol><li>来源的标题不算</li></ol></aside>')
    assert r.article_blocks(html) == ["先核实。再还款。", "拨打 12368 核实。"]


def test_citations_left_in_text_are_removed():
    blocks = r.article_blocks(page("<p>期限是 3 年（见 A2）。</p><p>It is 3 years (see A2, O1).</p>"
                                   "<p>Call 12368, see C8</p>"))
    assert blocks == ["期限是 3 年。", "It is 3 years.", "Call 12368"]


def test_chinese_sentences_end_at_marks_and_at_list_items():
    blocks = r.article_blocks(page("<p>第一句。第二句！“第三句？”第四句；</p><ul><li>没有句号的列表项</li>"
                                   "<li>另一项<br>换行后的一句</li></ul>"))
    assert r.zh_sentences(blocks) == ["第一句。", "第二句！", "“第三句？”", "第四句；", "没有句号的列表项", "另一项",
                                      "换行后的一句"]


def test_chinese_length_counts_every_non_space_character_but_the_end_mark():
    assert r.zh_length("拨打 12368 核实。") == 9
    assert r.zh_length("“真的吗？”") == 4
    assert r.zh_length("没有句号") == 4


def test_a_repeated_sentence_counts_once():
    blocks = ["先核实。", "先核实。再还款。"]
    assert r.zh_sentences(blocks) == ["先核实。", "再还款。"]


def test_english_sentences_skip_abbreviations_and_drop_chinese_terms():
    blocks = r.article_blocks(page("<p>See Art. 675 of the Civil Code. A court may issue a payment order (支付令). "
                                   "It comes by text, e.g. from 12368. Home visits (上门 or 外访) are allowed.</p>"
                                   "<li>No full stop here</li>"))
    assert r.en_sentences(blocks) == ["See Art. 675 of the Civil Code.", "A court may issue a payment order.",
                                      "It comes by text, e.g. from 12368.", "Home visits are allowed.",
                                      "No full stop here"]


def test_english_words_are_tokens_with_a_letter_or_digit():
    assert r.en_words("Call 12368 - it is free.") == 5


def _words(n: int) -> str:
    return " ".join(["word"] * (n - 1)) + " end."


def test_zh_measure_counts_long_and_very_long_sentences():
    blocks = ["短句。", "长" * 41 + "。", "很长" * 23 + "。"]
    m = r.measure_zh("p", blocks)
    assert (m.sentences, m.long, m.very_long, m.longest) == (3, 2, 1, 46)
    assert m.longest_sentence == "很长" * 23 + "。"


def test_en_measure_joins_sentences_with_full_stops_for_the_grade():
    seen = []
    m = r.measure_en("p", ["A short one", _words(26)], lambda text: seen.append(text) or 4.24)
    assert seen == ["A short one. " + _words(26)]
    assert (m.sentences, m.long, m.longest, m.grade) == (2, 1, 26, 4.2)


def measure(lang, grade=None, sentences=100, long=0, page="p"):
    return r.PageMeasure(page, lang, sentences, long, 0, grade=grade)


def lines(measures):
    return {line.name: line for line in r.budget(measures)}


def test_budget_passes_and_fails_per_line():
    ok = r.budget([measure("en", 5.0, long=5), measure("en", 7.9), measure("en", 6.0), measure("zh", long=2)])
    assert [line.passed for line in ok] == [True] * 6
    bad = r.budget([measure("en", 6.5, long=20), measure("en", 8.1), measure("en", 6.2), measure("zh", long=3)])
    assert [line.passed for line in bad] == [False] * 6
    assert "8.1" in bad[1].measured


def test_one_page_over_fails_its_line_though_the_site_passes():
    """The letters page at 13 % (18 of 137) while the English site is at 1.2 %: the site-wide line
    passes, the worst-page line fails and names the page."""
    en = [measure("en", 5.0, sentences=137, long=18, page="letters"), measure("en", 5.0, sentences=919, long=5, page="what-to-do"),
          measure("en", 5.0, sentences=500, long=0, page="rest")]
    zh = [measure("zh", sentences=156, long=15, page="letters"), measure("zh", sentences=918, long=9, page="what-to-do"),
          measure("zh", sentences=500, long=0, page="rest")]
    got = lines(en + zh)
    assert got["en sentences over 25 words"].passed and got["zh sentences over 40 characters"].passed
    worst_en, worst_zh = got["en sentences over 25 words, worst page"], got["zh sentences over 40 characters, worst page"]
    assert not worst_en.passed and not worst_zh.passed
    assert worst_en.measured == "13.1% (letters, 18 of 137)"
    assert worst_zh.measured == "9.6% (letters, 15 of 156)"
    assert worst_en.limit == "<= 5% (1 if < 50)" and worst_zh.limit == "<= 2% (1 if < 50)"


def test_worst_page_is_the_page_furthest_over_and_the_count_of_pages_over_is_shown():
    zh = [measure("zh", sentences=100, long=3, page="a"), measure("zh", sentences=100, long=9, page="b"),
          measure("zh", sentences=100, long=1, page="c")]
    line = lines(zh)["zh sentences over 40 characters, worst page"]
    assert not line.passed and line.measured == "9.0% (b, 9 of 100); 2 pages over"


def test_a_page_under_50_sentences_may_have_one_long_sentence():
    small_one = [measure("zh", sentences=35, long=1, page="stay-on-track"), measure("zh", sentences=500)]
    assert lines(small_one)["zh sentences over 40 characters, worst page"].passed
    small_two = [measure("zh", sentences=49, long=2, page="sms-only"), measure("zh", sentences=500)]
    line = lines(small_two)["zh sentences over 40 characters, worst page"]
    assert not line.passed and "sms-only, 2 of 49" in line.measured
    # from 50 sentences on, the share decides: 1 of 50 is 2 %, 2 of 99 is over
    assert lines([measure("zh", sentences=50, long=1)])["zh sentences over 40 characters, worst page"].passed
    assert not lines([measure("zh", sentences=99, long=2)])["zh sentences over 40 characters, worst page"].passed
    assert lines([measure("en", 5.0, sentences=20, long=1)])["en sentences over 25 words, worst page"].passed
    assert lines([measure("en", 5.0, sentences=140, long=7)])["en sentences over 25 words, worst page"].passed
    assert not lines([measure("en", 5.0, sentences=140, long=8)])["en sentences over 25 words, worst page"].passed


def test_when_every_page_passes_the_line_still_shows_the_highest_share():
    en = [measure("en", 5.0, sentences=36, long=1, page="stay-on-track"), measure("en", 5.0, sentences=100, long=2, page="b")]
    line = lines(en)["en sentences over 25 words, worst page"]
    assert line.passed and line.measured == "2.8% (stay-on-track, 1 of 36)"


def test_the_tool_prints_both_tables_and_the_budget(tmp_path, capsys):
    pytest.importorskip("pyphen")  # textstat's syllables; requirements-tools.txt
    from tools import readability as tool
    (tmp_path / "en" / "sms-only").mkdir(parents=True)
    (tmp_path / "sms-only").mkdir()
    (tmp_path / "index.html").write_text(page("<p>首页。</p>"), encoding="utf-8")
    (tmp_path / "en" / "index.html").write_text(page("<p>Home.</p>"), encoding="utf-8")
    (tmp_path / "sms-only" / "index.html").write_text(page("<p>收到支付令，先核实。</p>"), encoding="utf-8")
    (tmp_path / "en" / "sms-only" / "index.html").write_text(
        page("<p>The cat sat on the mat. A payment order can come by text.</p>"), encoding="utf-8")
    assert tool.main(["--site", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "English pages" in out and "Chinese pages" in out and "Budget" in out
    assert "zh sentences over 40 characters" in out
    assert "en sentences over 25 words, worst page" in out and "zh sentences over 40 characters, worst page" in out
    # both uses of a glossary term are unexplained: the second table lists them
    table = out.split("at their first use")[1]
    assert "sms-only  zh    支付令" in table and "payment order" in table


def test_the_tool_says_what_to_do_without_a_site(tmp_path, capsys):
    from tools import readability as tool
    assert tool.main(["--site", str(tmp_path)]) == 2
    assert "mkdocs build --strict" in capsys.readouterr().err
