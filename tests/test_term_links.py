"""Glossary links (issue 33; guide/content/term_links.py, guide/content/term_use.py,
hooks/glossary_links.py): the first unexplained use of each term links to its glossary entry;
everyday words, longer words, explained and already linked uses, and what is not the guide's prose
are left alone; nothing else in the HTML changes; the built site has no unexplained first use left
and every link reaches its entry."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guide.content.glossary import load_glossary  # noqa: E402
from guide.content.term_links import link_terms  # noqa: E402
from guide.content.term_use import unexplained_terms  # noqa: E402
from guide.errors import ContentError, ContentErrors  # noqa: E402

TERMS = load_glossary(ROOT / "data" / "glossary.yml")
HREF = "../glossary/"
LINK = re.compile(r'<a class="term" href="([^"]*)">([^<]*)</a>')


def _links(html: str, lang: str, href: str = HREF) -> list[tuple[str, str]]:
    """(term id, linked words) of each link the linker adds."""
    out, _ = link_terms(html, TERMS, lang, href)
    return [(h.rsplit("#", 1)[1], words) for h, words in LINK.findall(out)]


def _unlinked(html: str) -> str:
    return LINK.sub(r"\2", html)


# --- what is linked -----------------------------------------------------------------------------

def test_the_first_use_is_linked_once():
    html = "<p>收到支付令后，先核实。</p><p>支付令有 15 天的期限。</p>"
    assert _links(html, "zh") == [("payment-order", "支付令")]
    out, left = link_terms(html, TERMS, "zh", HREF)
    assert '<a class="term" href="../glossary/#payment-order">支付令</a>后' in out and left == []


@pytest.mark.parametrize("href", ["../glossary/", "../../glossary/", "glossary/", "../glossary/index.html"])
def test_the_link_goes_where_the_page_says_the_glossary_is(href):
    # The hook passes the glossary's address relative to the page (File.url_relative_to): the
    # same for /x/ and /en/x/, "glossary/" from a home page, index.html without directory URLs.
    assert link_terms("<p>A payment order (支付令) came.</p>", TERMS, "en", href)[0].count(
        f'href="{href}#payment-order"') == 1


def test_english_uses_keep_their_case_and_plural():
    assert _links("<p>Payment orders (支付令) come from courts.</p>", "en") == [("payment-order", "Payment orders")]
    assert _links("<p>You got a payment\norder today.</p>", "en") == [("payment-order", "payment\norder")]


def test_nothing_but_the_links_changes():
    html = ('<p class="x">Fees &amp; a <strong>payment order</strong> &lt;here&gt;; a limitation period '
            '&#8212; see <a href="../old-debt/">old debts</a>.</p>\n<ul>\n<li>credit report&nbsp;(征信)</li>\n</ul>')
    out, left = link_terms(html, TERMS, "en", HREF)
    assert left == [] and len(LINK.findall(out)) == 3
    assert _unlinked(out) == html


# --- everyday words and longer words -----------------------------------------------------------

@pytest.mark.parametrize("html", [
    "<p>Asking doesn't guarantee it.</p>",
    "<p>In a debt dispute, only a court can freeze your account.</p>",
    "<p>If you dispute a fee, ask the lender to explain it.</p>",
    "<p>Courts don't enforce interest above 4 times the rate.</p>",
    "<p>Then the order takes effect.</p>",
    "<p>Never pay unfreezing fees, deposits or turnover payments.</p>",
    "<p>Freezing savings takes a court ruling.</p>",
    "<p>You may be charged a fee.</p>",
    "<p>A collector was assigned to the case.</p>",
    "<p>A text from the [Court Enforcement Centre] said so.</p>",   # a capital inside a sentence: a name
    "<p>Ask law-enforcement officers, or law enforcement.</p>",
    "<p>Small-loan companies and financing guarantee companies.</p>",
])
def test_everyday_english_words_are_not_linked(html):
    assert _links(html, "en") == []
    assert unexplained_terms(html, TERMS, "en") == []  # and the check does not count them


@pytest.mark.parametrize("html,linked", [
    ("<p>You do it by raising a dispute (异议), which is free.</p>", ("dispute", "dispute")),
    ("<p>A court can freeze your savings (存款) by a ruling.</p>", ("savings", "savings")),
    ("<p>It failed against the borrower (强制执行, enforcement) first.</p>", ("enforcement", "enforcement")),
    ("<p>Enforcement after judgment (强制执行) needs a court.</p>", ("enforcement", "Enforcement")),
])
def test_an_everyday_word_with_its_chinese_beside_it_is_linked(html, linked):
    assert linked in _links(html, "en")


def test_the_longest_term_wins():
    html = "<p>会被列入失信被执行人名单。被执行人，就是被法院强制执行的人。</p>"
    links = _links(html, "zh")
    assert ("defaulter-list", "失信被执行人名单") in links
    # 被执行人 inside 失信被执行人名单 is not a use of its own; its first use is the next one, explained
    assert "judgment-debtor" not in [t for t, _ in links]


def test_a_word_inside_a_longer_name_is_not_the_term():
    assert _links("<p>向征信中心提出异议。</p>", "zh") == [("dispute", "异议")]
    assert _links("<p>向征信中心核实，再查征信。</p>", "zh") == [("credit-record", "征信")]
    assert _links("<p>小额贷款公司和融资担保公司。法院可以要求申请人提供担保。</p>", "zh") == []
    assert _links("<p>父母不是担保人。</p>", "zh") == [("guarantee", "担保人")]
    assert _links("<p>支付令异议只说还不起，挡不住支付令。</p>", "zh") == [("dispute", "支付令异议"),
                                                              ("payment-order", "支付令")]


# --- what is left alone ------------------------------------------------------------------------

@pytest.mark.parametrize("html", [
    "<p>收到支付令（法院发的还钱命令），先核实。</p>",
    "<p>收到支付令——法院发的还钱命令。</p>",
    "<p>可以公告送达，就是在公告上通知你。</p>",
    "<p>提起公诉，是检察院把案子正式起诉到法院。</p>",
    "<p>有人非法占有，也就是打算不还。</p>",
    '<p>收到<a href="../what-happens-next/#payment-order">支付令</a>，先核实。</p>',
])
def test_an_explained_or_linked_first_use_is_left_alone(html):
    out, left = link_terms(html, TERMS, "zh", HREF)
    assert 'class="term"' not in out and left == []


def test_an_explained_english_first_use_is_left_alone():
    html = "<p>A payment order (支付令) - a court order to pay - can come by text.</p>"
    assert _links(html, "en") == []


@pytest.mark.parametrize("html", [
    '<h2 id="payment-order">支付令</h2>',
    "<p><code>支付令</code></p>",
    "<pre><code>支付令</code></pre>",
    '<p>见<a class="cite" href="#source-E2">支付令</a></p>',
    '<aside class="page-meta"><ol><li>支付令异议：只说“还不起”不能阻止支付令</li></ol></aside>',
    "<blockquote><p>【法院执行中心】您的支付令已生效。</p></blockquote>",
    '<div class="letter-text" lang="zh-Hans"><p>我对支付令提出异议。</p></div>',
    '<details class="letter-english"><summary>English</summary><p>I object to the payment order.</p></details>',
    '<div class="admonition note"><p class="admonition-title">支付令</p></div>',
])
def test_headings_code_citations_sources_quotes_and_letters_are_not_linked(html):
    assert _links(html, "zh") == [] and _links(html, "en") == []


def test_a_use_cut_by_markup_is_left_over_for_the_build_to_report():
    out, left = link_terms("<p>A payment <em>order</em> came.</p>", TERMS, "en", HREF)
    assert 'class="term"' not in out
    assert [(u.term_id, u.form) for u in left] == [("payment-order", "payment order")]


def test_a_whole_page_is_looked_at_only_inside_its_article():
    page = ('<nav><a href="#">x</a> 支付令</nav><article class="md-content__inner md-typeset">'
            "<p>收到支付令。</p></article><footer>支付令</footer>")
    out, _ = link_terms(page, TERMS, "zh", HREF)
    assert out.count('class="term"') == 1 and "<p>收到<a " in out


def test_what_is_linked_is_no_longer_reported():
    html = "<p>收到支付令，先核实。诉讼时效一般是 3 年。</p>"
    assert {u.term_id for u in unexplained_terms(html, TERMS, "zh")} == {"payment-order", "limitation-period"}
    out, _ = link_terms(html, TERMS, "zh", HREF)
    assert unexplained_terms(out, TERMS, "zh") == []


# --- the matching fields of data/glossary.yml -------------------------------------------------

GOOD = """guarantee:
  zh: {term: 担保, text: 答应借款人还不上时替他还。}
  en: {term: guarantee, text: A promise to pay if the borrower does not.}
  also: {en: [guarantor]}
  ordinary: {en: [guarantee]}
  not_in: {zh: [融资担保]}
  sources: [J1]
  page: family.md#guarantor
"""


def _errors(tmp_path, text: str) -> list[ContentError]:
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises((ContentError, ContentErrors)) as caught:
        load_glossary(path)
    return caught.value.errors if isinstance(caught.value, ContentErrors) else [caught.value]


def test_the_matching_fields_load(tmp_path):
    path = tmp_path / "glossary.yml"
    path.write_text(GOOD, encoding="utf-8")
    term = load_glossary(path)["guarantee"]
    assert term.ordinary == {"en": ("guarantee",)} and term.not_in == {"zh": ("融资担保",)}


@pytest.mark.parametrize("change,line,words", [
    (("ordinary: {en: [guarantee]}", "ordinary: {en: [warranty]}"), 5, "`ordinary:` lists 'warranty', which is not a form"),
    (("ordinary: {en: [guarantee]}", "ordinary: [guarantee]"), 5, "`ordinary:` lists words per language"),
    (("ordinary: {en: [guarantee]}", "ordinary: {fr: [garantie]}"), 5, "`ordinary:` lists words per language"),
    (("not_in: {zh: [融资担保]}", "not_in: {zh: [征信中心]}"), 6, "`not_in:` lists '征信中心', which does not hold a form"),
    (("not_in: {zh: [融资担保]}", "not_in: {zh: 融资担保}"), 6, "`not_in:` lists words per language"),
    (("not_in: {zh: [融资担保]}", "not-in: {zh: [融资担保]}"), 6, "did you mean `not_in`"),
])
def test_a_broken_matching_field_gets_file_line_and_fix(tmp_path, change, line, words):
    errors = _errors(tmp_path, GOOD.replace(*change))
    assert any(words in e.message and e.line == line and str(e.path).endswith("glossary.yml") for e in errors), \
        [str(e) for e in errors]


def test_every_matching_field_of_the_real_file_is_a_form_of_its_term():
    # load_glossary checks it; here: the fields the false matches need are there
    assert "guarantee" in TERMS["guarantee"].ordinary["en"]
    assert "征信中心" in TERMS["credit-record"].not_in["zh"]


# --- the built site ----------------------------------------------------------------------------

def _article(html: str) -> str:
    start = html.find('<article class="md-content__inner')
    return html[start:html.find("</article>", start)]


def test_the_built_site_links_first_uses_and_every_link_reaches_its_entry(built_site):
    glossary_ids = {lang: set(re.findall(r'<h2 id="([^"]+)"', (built_site / base / "glossary" / "index.html")
                                          .read_text(encoding="utf-8")))
                    for lang, base in (("zh", "."), ("en", "en"))}
    links = 0
    for lang, base in (("zh", built_site), ("en", built_site / "en")):
        for page in sorted(base.glob("*/index.html")):
            if page.parent.name in {"en", "search", "assets", "glossary"}:
                continue
            html = page.read_text(encoding="utf-8")
            found = re.findall(r'<a class="?term"? href="?([^" >]+)"?>', html)
            links += len(found)
            for href in found:
                path, _, anchor = href.partition("#")
                target = (page.parent / path / "index.html").resolve()
                assert target == (base / "glossary" / "index.html").resolve(), (page, href)
                assert anchor in glossary_ids[lang], (page, href)
            assert len(found) == len({h for h in found}), f"{page}: a term linked twice"
            assert unexplained_terms(html, TERMS, lang) == [], page
        glossary = (base / "glossary" / "index.html").read_text(encoding="utf-8")
        assert 'class="term"' not in _article(glossary) and 'class=term' not in _article(glossary)
    assert links > 100
    build_log = (built_site / ".build-log.txt").read_text(encoding="utf-8")
    assert "glossary term" not in build_log


def test_the_built_links_are_plain_links_in_the_text(built_site):
    html = (built_site / "en" / "what-happens-next" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'a <a class="?term"? href="?\.\./glossary/#payment-order"?>payment order</a> \(支付令\)', html)
    zh = (built_site / "what-happens-next" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'申请<a class="?term"? href="?\.\./glossary/#payment-order"?>支付令</a>', zh)
    assert "a.term" in (ROOT / "docs" / "assets" / "stylesheets" / "site.css").read_text(encoding="utf-8")


# --- the hook ------------------------------------------------------------------------------------

class _File:
    def __init__(self, src_uri: str, url: str):
        self.src_uri, self.url, self.abs_src_path = src_uri, url, str(ROOT / "docs" / src_uri)

    def url_relative_to(self, other: "_File") -> str:
        from mkdocs.utils import get_relative_url
        return get_relative_url(self.url, other.url)


class _Config(dict):
    def __init__(self, lang: str):
        super().__init__(config_file_path=str(ROOT / "mkdocs.yml"))
        self.theme = {"language": lang}


def _hook_run(html: str, src_uri: str, url: str, lang: str):
    from types import SimpleNamespace
    from hooks import glossary_links
    glossary = _File(f"glossary.{lang}.md", "glossary/" if lang == "zh" else "en/glossary/")
    page = SimpleNamespace(file=_File(src_uri, url), meta={})
    files = SimpleNamespace(documentation_pages=lambda: [page.file, glossary])
    return glossary_links.on_page_content(html, page, _Config(lang), files)


@pytest.mark.parametrize("src,url,lang,href", [
    ("what-happens-next.zh.md", "what-happens-next/", "zh", "../glossary/#payment-order"),
    ("what-happens-next.en.md", "en/what-happens-next/", "en", "../glossary/#payment-order"),
    ("index.zh.md", "", "zh", "glossary/#payment-order"),
    ("index.en.md", "en/", "en", "glossary/#payment-order"),
])
def test_the_hook_links_relative_to_each_page_in_each_language(src, url, lang, href):
    words = "支付令" if lang == "zh" else "payment order (支付令)"
    out = _hook_run(f"<p>收到{words}。</p>", src, url, lang)
    assert f'href="{href}"' in out


def test_the_hook_leaves_the_glossary_page_alone():
    html = "<p>收到支付令。</p>"
    assert _hook_run(html, "glossary.zh.md", "glossary/", "zh") == html


def test_the_hook_warns_about_a_use_it_cannot_link(caplog):
    with caplog.at_level("WARNING", logger="mkdocs.hooks.glossary_links"):
        _hook_run("<p>A payment <em>order</em> came.</p>", "sms-only.en.md", "en/sms-only/", "en")
    assert len(caplog.records) == 1
    message = caplog.records[0].getMessage()
    assert message.startswith("docs/sms-only.en.md: the glossary term 'payment order'")
    assert "[payment order](glossary.md#payment-order)" in message
