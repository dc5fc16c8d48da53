"""The glossary (data/glossary.yml, guide/content/glossary.py) and the check for unexplained terms
(guide/content/term_use.py): the data file is complete and backed by the fact sheet, a broken file gets an
error with its line, the page is rendered from it, and first uses are judged as documented."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.content import checks as cc  # noqa: E402
from guide.errors import ContentError, ContentErrors  # noqa: E402
from guide.content.frontmatter import read_page  # noqa: E402
from guide.content.glossary import MARKER, fill_marker, glossary_markdown, load_glossary, page_headings  # noqa: E402
from guide.content.readability import en_sentences, en_words, zh_length, zh_sentences  # noqa: E402
from guide.content.sources import load_sources  # noqa: E402
from guide.content.term_use import explained_after, unexplained_terms  # noqa: E402

DATA = ROOT / "data" / "glossary.yml"
DOCS = ROOT / "docs"
SOURCES = load_sources(ROOT / "data" / "sources.yml")
TERMS = load_glossary(DATA, SOURCES, DOCS)

# The words issue 33 names: each needs its entry.
REQUIRED = ["诉讼时效", "支付令", "督促程序", "形式审查", "答辩状", "缺席判决", "公告送达", "小额诉讼", "上诉",
            "判决生效", "强制执行", "失信被执行人", "限制高消费", "提起公诉", "非法占有", "债权转让", "夫妻共同债务",
            "征信", "异议", "复议", "保证金", "存款", "担保", "个性化分期", "地方金融管理部门", "国家金融监督管理总局"]


def test_every_required_term_has_one_entry():
    zh_terms = [t.term["zh"] for t in TERMS.values()]
    assert [t for t in REQUIRED if t not in zh_terms] == []
    assert len(zh_terms) == len(set(zh_terms))
    assert "NFRA" in TERMS["nfra"].text["en"] + " ".join(TERMS["nfra"].also["en"])


@pytest.mark.parametrize("term_id", sorted(TERMS))
def test_each_entry_links_a_heading_that_exists_in_both_languages(term_id):
    page, _, anchor = TERMS[term_id].page.partition("#")
    for lang in ("zh", "en"):
        body = cc.body_of((DOCS / page.replace(".md", f".{lang}.md")).read_text(encoding="utf-8"))
        assert anchor in cc.heading_ids(body), f"{page} ({lang}) has no heading {{#{anchor}}}"


@pytest.mark.parametrize("term_id", sorted(TERMS))
def test_each_explanation_is_short_and_plain(term_id):
    # The page is measured like every other: each sentence within the budget's limits.
    term = TERMS[term_id]
    zh, en = zh_sentences([term.text["zh"]]), en_sentences([term.text["en"]])
    assert len(zh) <= 3 and len(en) <= 3, "one or two short sentences (three at most)"
    assert [s for s in zh if zh_length(s) > 40] == [], "a Chinese sentence over 40 characters"
    assert [s for s in en if en_words(s) > 25] == [], "an English sentence over 25 words"


@pytest.mark.parametrize("term_id", sorted(TERMS))
def test_each_explanation_cites_what_its_numbers_need(term_id):
    # A hotline shown needs its fact id, as on the pages (the content checks' rule).
    term = TERMS[term_id]
    for lang in ("zh", "en"):
        assert cc.unbacked_citations(term.text[lang], term.sources) == []


def test_the_glossary_pages_list_every_cited_source():
    cited = sorted({i for t in TERMS.values() for i in t.sources})
    for lang in ("zh", "en"):
        page = read_page(DOCS / f"glossary.{lang}.md")
        assert sorted(page.meta["sources"]) == cited
        assert MARKER.search(page.body)


def _broken(tmp_path, text: str) -> ContentErrors | ContentError:
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises((ContentError, ContentErrors)) as caught:
        load_glossary(path, SOURCES, DOCS)
    return caught.value


GOOD = """payment-order:
  zh: {term: 支付令, text: 法院发的还钱命令。}
  en: {term: payment order, text: A court order to pay.}
  sources: [E2]
  page: what-happens-next.md#payment-order
"""


def test_a_good_entry_loads(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_glossary(path, SOURCES, DOCS)["payment-order"].term["en"] == "payment order"


@pytest.mark.parametrize("change,line,words", [
    (("sources: [E2]", "sources: [E99]"), 4, "E99, which data/sources.yml does not have"),
    (("sources: [E2]", "sources: [L1]"), 2, "rated M"),
    (("  page: what-happens-next.md#payment-order", "  page: nowhere.md"), 5, "no such page"),
    (("  en: {term: payment order, text: A court order to pay.}", "  en: {term: payment order}"), 3, "`en:` needs"),
    (("  sources: [E2]", "  sources: [E2]\n  pages: x.md"), 5, "did you mean `page`"),
    (("法院发的还钱命令。", "法院发的还钱命令（见 E2）。"), 2, "cites a source itself"),
])
def test_a_broken_entry_gets_file_line_and_fix(tmp_path, change, line, words):
    error = _broken(tmp_path, GOOD.replace(*change))
    errors = error.errors if isinstance(error, ContentErrors) else [error]
    assert any(words in e.message and e.line == line and str(e.path).endswith("glossary.yml") for e in errors), \
        [str(e) for e in errors]


def test_a_term_given_twice_is_an_error(tmp_path):
    twice = GOOD + GOOD.replace("payment-order:", "payment-order-2:")
    assert "already the entry `payment-order`" in str(_broken(tmp_path, twice))


def test_yaml_syntax_error_names_the_line(tmp_path):
    error = _broken(tmp_path, GOOD.replace("  sources: [E2]", "  sources [E2]"))
    assert "glossary.yml:" in str(error)


def test_the_page_is_rendered_from_the_data():
    titles = page_headings(DOCS, "en")
    markdown = fill_marker("# Glossary {#glossary}\n\n<!-- glossary -->\n", TERMS, "en", titles)
    assert "## Payment order (支付令) {#payment-order}" in markdown
    assert f"[{titles['what-happens-next.md']}](what-happens-next.md#payment-order)" in markdown
    assert "(see E2, F1)." in markdown  # the citation before the full stop
    zh = glossary_markdown(TERMS, "zh", page_headings(DOCS, "zh"))
    assert "## 支付令 {#payment-order}" in zh and "（见 E2、F1）。" in zh
    assert "[支付令](#payment-order)" in zh  # the list of terms at the top, for phones


def test_markdown_in_the_data_is_shown_as_text(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text(GOOD.replace("A court order to pay.", "A *court* order <b>to</b> pay."), encoding="utf-8")
    markdown = glossary_markdown(load_glossary(path), "en", {})
    assert r"A \*court\* order \<b\>to\</b\> pay" in markdown


# --- first uses: linked, explained, or reported ----------------------------------------------

def _page(body: str) -> str:
    return f'<nav><a href="#">支付令</a></nav><article class="md-content__inner">{body}</article>'


@pytest.mark.parametrize("body", [
    '<p>收到<a href="../glossary/#payment-order">支付令</a>，先核实。</p>',
    '<p>收到<a href="../what-happens-next/#payment-order">支付令</a>，先核实。</p>',
    "<p>收到支付令（法院发的还钱命令），先核实。</p>",
    "<p>收到支付令——法院发的还钱命令。</p>",
    "<p>收到支付令 (payment order)（法院发的还钱命令），先核实。</p>",
    '<h2 id="x">支付令</h2><p>收到<a href="../glossary/#payment-order">支付令</a>。</p>',
])
def test_a_linked_or_explained_first_use_passes(body):
    assert [u.term_id for u in unexplained_terms(_page(body), TERMS, "zh")] == []


@pytest.mark.parametrize("body", [
    "<p>收到支付令，先核实。</p>",
    "<p>收到支付令 (payment order)，先核实。</p>",                       # a translation is not an explanation
    "<p>收到支付令（见下文）。</p><p>支付令（法院发的还钱命令）。</p>",  # only the first use counts; 见下文 points, it does not explain
    '<p>收到支付令，先核实。</p><p><a href="../glossary/">支付令</a></p>',
])
def test_an_unexplained_first_use_is_reported(body):
    found = unexplained_terms(_page(body), TERMS, "zh")
    assert "payment-order" in [u.term_id for u in found]


def test_english_first_use_and_the_chinese_term_in_brackets():
    ok = _page("<p>A payment order (支付令) - a court order to pay - can come by text.</p>")
    assert unexplained_terms(ok, TERMS, "en") == []
    bad = _page("<p>A payment order (支付令) can come by text. Payment orders are real.</p>")
    assert [u.term for u in unexplained_terms(bad, TERMS, "en")] == ["payment order"]
    # whole words only: "enforcement" is not found inside "law-enforcement"
    assert unexplained_terms(_page("<p>Ask law-enforcement officers.</p>"), TERMS, "en") == []


def test_explanations_after_the_term():
    assert explained_after("（法院发的命令）", "zh")
    assert explained_after("，也就是打算不还。", "zh")
    assert explained_after(" (a court order to pay)", "en")
    assert not explained_after("（见下文）", "zh")
    assert not explained_after(" (see below)", "en")
    assert not explained_after(" (支付令).", "en")
    assert not explained_after("，先核实。", "zh")


def test_the_glossary_page_text_shows_every_term():
    # the built page is rendered from the data: every term and its explanation in both languages
    for lang in ("zh", "en"):
        markdown = glossary_markdown(TERMS, lang, page_headings(DOCS, lang))
        for term in TERMS.values():
            assert re.search(rf"\{{#{term.id}\}}", markdown)
            assert term.text[lang][:12].replace("*", r"\*") in markdown.replace("\\", "")
