"""Front matter and sources checks: each mistake gives the file, the line and what to change."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from guide.errors import ContentError, ContentErrors
from guide.content.frontmatter import split_page
from guide.content.page_meta import check_page_meta
from guide.content.sources import Source, load_sources
from guide.content.translations import missing_translations

SOURCES = {"A5": Source("A5", {"zh": "甲", "en": "A"}, {"zh": "乙", "en": "B"})}
TODAY = dt.date(2026, 11, 23)
GOOD = "---\ntitle: 标题\ndescription: 说明\nreviewed: 2026-11-20\nsources: [A5]\n---\n\n# 标题 {#t}\n"


def problems(text: str) -> list[str]:
    try:
        check_page_meta(split_page(text, Path("docs/p.zh.md")), SOURCES, today=TODAY)
    except ContentErrors as many:
        return [str(e) for e in many.errors]
    except ContentError as one:
        return [str(one)]
    return []


def test_good_page_passes_and_keeps_values():
    meta = check_page_meta(split_page(GOOD, Path("p.zh.md")), SOURCES, today=TODAY)
    assert meta.reviewed == dt.date(2026, 11, 20) and meta.sources == (SOURCES["A5"],)
    assert meta.next_review > meta.reviewed


@pytest.mark.parametrize("text, expected", [
    (GOOD.replace("title: 标题\n", ""), "docs/p.zh.md:2: front matter needs 'title'"),
    (GOOD.replace("2026-11-20", "20.11.2026"), "docs/p.zh.md:4: front matter needs 'reviewed' as a date"),
    (GOOD.replace("2026-11-20", "2026-13-01"), "docs/p.zh.md:4: this value cannot be read (month must be in 1..12)"),
    (GOOD.replace("2026-11-20", "2027-01-01"), "docs/p.zh.md:4: 'reviewed' is 2027-01-01, a date in the future"),
    (GOOD.replace("[A5]", "[A5, Z9]"), "docs/p.zh.md:5: unknown source id 'Z9'"),
    (GOOD.replace("[A5]", "A5"), "docs/p.zh.md:5: front matter needs 'sources' as a list"),
    (GOOD.replace("sources:", "tags: x\nsources:"), "docs/p.zh.md:5: unknown front matter field 'tags'"),
    (GOOD.replace("title: 标题", "title: [标题"), "docs/p.zh.md:2: this is not valid YAML: a '[' or '{' opened on this line"),
    (GOOD.replace("---\n", "", 1), "docs/p.zh.md:1: the page has no front matter"),
    (GOOD.replace("\n---\n\n#", "\n\n#"), "docs/p.zh.md:1: the front matter is never closed"),
])
def test_each_mistake_names_file_line_and_fix(text, expected):
    found = problems(text)
    assert any(p.startswith(expected) for p in found), found


def test_all_problems_reported_at_once():
    text = GOOD.replace("title: 标题\n", "").replace("[A5]", "[Z1, Z2]")
    assert len(problems(text)) == 3


def test_sources_file_errors(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text("A1:\n  title: {zh: 甲}\n  reference: {zh: 乙, en: B}\n  url: ftp://x\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_sources(path)
    text = str(caught.value)
    assert f"{path}:2 [A1]: 'title' needs a text for each language (en missing)" in text
    assert f"{path}:4 [A1]: 'url' must start with https://" in text


def test_missing_translation_is_named(tmp_path):
    (tmp_path / "a.zh.md").write_text("x", encoding="utf-8")
    (tmp_path / "b.zh.md").write_text("x", encoding="utf-8")
    (tmp_path / "b.en.md").write_text("x", encoding="utf-8")
    errors = [str(e) for e in missing_translations(tmp_path)]
    assert errors == [f"{tmp_path / 'a.zh.md'}: this page has no en translation; add {tmp_path / 'a.en.md'}"]


def test_duplicate_source_id_is_named(tmp_path):
    path = tmp_path / "sources.yml"
    entry = "  title: {zh: 甲, en: A}\n  reference: {zh: 乙, en: B}\n"
    path.write_text(f"A1:\n{entry}A1:\n{entry}", encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_sources(path)
    assert f"{path}:4 [A1]: source id 'A1' is defined twice (first on line 1)" in str(caught.value)


SECTIONED = GOOD.replace("# 标题 {#t}\n", "# 标题 {#t}\n\n## 为什么会没有短信 {#why}\n\n文字。\n")


def test_section_terms_name_the_pages_own_sections():
    text = SECTIONED.replace("sources: [A5]\n", "sources: [A5]\nsection_terms:\n  why: [为啥没短信, 短信被拦截]\n")
    assert problems(text) == []


@pytest.mark.parametrize("terms, expected", [
    ("section_terms:\n  wyh: [为啥没短信]\n",
     "docs/p.zh.md:7: 'section_terms' names 'wyh', but no heading of this page has {#wyh}; did you mean 'why'?"),
    ("section_terms:\n  why: 为啥没短信\n", "docs/p.zh.md:7: 'section_terms' for 'why' must be a list of phrases"),
    ("section_terms:\n  why: []\n", "docs/p.zh.md:7: 'section_terms' for 'why' must be a list of phrases"),
    ("section_terms: [为啥没短信]\n", "docs/p.zh.md:6: 'section_terms' must map a section's anchor"),
])
def test_section_terms_mistakes_name_the_line_and_the_anchors(terms, expected):
    found = problems(SECTIONED.replace("sources: [A5]\n", "sources: [A5]\n" + terms))
    assert any(p.startswith(expected) for p in found), found
