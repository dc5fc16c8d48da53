"""Unit tests: citation markers (guide/content/citations.py) and tap-to-call links (guide/content/tel_links.py)."""
from __future__ import annotations

import re

import pytest

from guide.content.citations import cited_ids, link_citations
from guide.errors import ContentError
from guide.content.tel_links import link_hotlines

TITLES = {"A5": "Collection rules", "D1": "Fake court texts", "D3": "Refund scams"}


def test_chinese_citation_becomes_numbered_link_with_source_name():
    html = link_citations("<p>不要转账（见 D1）。</p>", ["A5", "D1"], TITLES, "zh")
    assert html == ('<p>不要转账<span class="cite-run"><a class="cite" href="#source-D1" '
                    'aria-label="来源 2：Fake court texts">[2]</a>。</span></p>')


@pytest.mark.parametrize("before, run", [
    ("<p>不要转账（见 D1）。然后</p>", "[1]。"),
    ("<li>Never pay (see D1, D3). Then</li>", "[1][2]."),
    ("<p>可能构成犯罪（刑法第 313 条，见 D1）。</p>", "[1]）。"),
])
def test_a_marker_and_the_punctuation_after_it_stay_on_one_line(before, run):
    # a marker is an inline-block, after which a browser may break: "。" would start a line
    html = link_citations(before, ["D1", "D3"], TITLES, "zh")
    runs = re.findall(r'<span class="cite-run">(.*?)</span>', html)
    assert [re.sub(r"<a [^>]*>(\[\d\])</a>", r"\1", r) for r in runs] == [run]


def test_a_marker_before_a_word_is_left_alone():
    assert "cite-run" not in link_citations("<td>见 D1、D3</td>", ["D1", "D3"], TITLES, "zh")


def test_english_citation_with_several_ids_drops_the_space_before_it():
    html = link_citations("<li>Never pay (see D1, D3).</li>", ["D1", "A5", "D3"], TITLES, "en")
    assert "(see" not in html and "Never pay<span class=\"cite-run\"><a" in html
    assert html.count('class="cite"') == 2
    assert 'href="#source-D3" aria-label="Source 3: Refund scams">[3]</a>' in html


def test_chinese_list_separator_and_code_blocks_are_respected():
    html = link_citations("<p>x（见 D1、D3）</p><code>（见 D1）</code>", ["D1", "D3"], TITLES, "zh")
    assert html.count('class="cite"') == 2
    assert "<code>（见 D1）</code>" in html


def test_attributes_are_never_changed():
    html = '<a title="（见 D1）" href="#x">text</a>'
    assert link_citations(html, ["D1"], TITLES, "zh") == html


def test_a_cited_id_missing_from_sources_names_the_page_and_the_id():
    with pytest.raises(ContentError) as error:
        link_citations("<p>x (see D3)</p>", ["D1"], TITLES, "en", where="docs/scams.en.md")
    assert "docs/scams.en.md" in str(error.value) and "D3" in str(error.value)


def test_cited_ids_reads_every_form():
    assert cited_ids("a（见 D1）b (see A5, D3) c（见 D1、D3、A5）") == ["D1", "A5", "D3", "D1", "D3", "A5"]
    assert cited_ids("see D1 without brackets, （见[记录表](x.md)）") == []


@pytest.mark.parametrize("before, after", [
    # a citation that ends a bracket after other words keeps the bracket, loses the comma
    ("<p>可能构成犯罪（刑法第 313 条，见 D1）。</p>", "<p>可能构成犯罪（刑法第 313 条[1]）。</p>"),
    ("<p>a crime (Criminal Law Art. 313, see D1). This</p>", "<p>a crime (Criminal Law Art. 313[1]). This</p>"),
    # a table cell that is only a citation
    ("<td>见 D1、D3</td>", "<td>[1][2]</td>"),
    ("<td> see D1, D3 </td>", "<td>[1][2]</td>"),
])
def test_bare_citations_in_brackets_and_cells_become_markers(before, after):
    html = link_citations(before, ["D1", "D3"], TITLES, "zh")
    assert re.sub(r'<a [^>]*>(\[\d\])</a>|</?span[^>]*>', r"\1", html) == after
    assert cited_ids(before) == ["D1", "D3"][: after.count("[")]
    assert cited_ids(before.replace("<td>", "| ").replace("</td>", " |")) == cited_ids(before)  # Markdown


def test_see_in_running_text_stays_text():
    html = "<p>please see D1 above, and 见 D1 的说明</p>"
    assert link_citations(html, ["D1"], TITLES, "en") == html


@pytest.mark.parametrize("number", ["110", "96110", "12356", "12368", "12378", "12363", "12315", "12348"])
def test_every_hotline_becomes_a_tel_link(number):
    assert link_hotlines(f"<p>拨打 <strong>{number}</strong>。</p>") == (
        f'<p>拨打 <strong><a class="tel" href="tel:{number}">{number}</a></strong>。</p>')


def test_96110_is_one_link_not_110_inside_it():
    assert link_hotlines("call 96110 now") == 'call <a class="tel" href="tel:96110">96110</a> now'


@pytest.mark.parametrize("text", ["2016110", "第 110 条", "第110条", "1.110", "110 条", "¥1,110", "0571-96110x"])
def test_numbers_that_are_not_hotlines_stay_text(text):
    assert link_hotlines(f"<p>{text}</p>") == f"<p>{text}</p>"


def test_numbers_inside_links_attributes_and_code_stay_as_they_are():
    html = '<a href="help/#110">call 110</a><img alt="110"><code>12356</code><pre>12368</pre>'
    assert link_hotlines(html) == html


def test_text_after_a_closed_link_is_linked_again():
    html = link_hotlines('<a href="x">110</a> or 12356')
    assert html.endswith('or <a class="tel" href="tel:12356">12356</a>')
