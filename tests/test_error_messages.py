"""Errors that say what the contributor meant: one test per message (issue 16, point 6)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from guide.errors import ContentError, ContentErrors
from guide.content.frontmatter import split_page
from guide.content.page_meta import check_page_meta
from guide.content.sources import Source
from guide.tree.validate import parse_tree
from guide.yaml_source import parse_yaml

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {"A5": Source("A5", {"zh": "甲", "en": "A"}, {"zh": "乙", "en": "B"})}
PAGE = "---\ntitle: 标题\ndescription: 说明\nreviewed: 2026-11-20\nsources: [A5]\n---\n\n# 标题 {#t}\n"


def messages(error: Exception) -> list[str]:
    return [str(e) for e in (error.errors if isinstance(error, ContentErrors) else [error])]


def page_problems(text: str) -> list[str]:
    with pytest.raises((ContentError, ContentErrors)) as caught:
        check_page_meta(split_page(text, Path("docs/p.zh.md")), SOURCES, today=dt.date(2026, 11, 23))
    return messages(caught.value)


def tree_problems(text: str) -> list[str]:
    with pytest.raises((ContentError, ContentErrors)) as caught:
        parse_tree(text, "data/tree.yml", ROOT / "docs")
    return messages(caught.value)


def test_misspelled_front_matter_key_gets_did_you_mean_and_one_error():
    found = page_problems(PAGE.replace("reviewed:", "reviwed:"))
    assert found == ["docs/p.zh.md:4: unknown front matter field 'reviwed'; did you mean 'reviewed'? "
                     "the fields are title, description, reviewed, sources, source_hash, search_terms, section_terms"], found


def test_misspelled_tree_key_gets_did_you_mean():
    text = (ROOT / "data" / "tree.yml").read_text(encoding="utf-8").replace("\n    answers:\n", "\n    answres:\n", 1)
    assert any("unknown key `answres` in a question; did you mean `answers`?" in m for m in tree_problems(text))


def _real_tree_with_one_next(old: str, new: str) -> str:
    text = (ROOT / "data" / "tree.yml").read_text(encoding="utf-8")
    assert f"next: {old}\n" in text, f"the test needs an answer leading to {old}"
    return text.replace(f"next: {old}\n", f"next: {new}\n", 1)


@pytest.mark.parametrize("typo, hint", [("q-mesage", "did you mean `q-message`? "), ("nowhere-at-all", "")])
def test_one_broken_next_gives_one_error_not_knock_on_unreachable_errors(typo, hint):
    found = tree_problems(_real_tree_with_one_next("q-message", typo))
    assert len(found) == 1, "\n".join(found)
    assert f"goes to `{typo}`, which is not a node; {hint}fix the id or add that node" in found[0]


def test_a_node_really_left_out_is_still_reported_next_to_a_typo():
    text = _real_tree_with_one_next("q-message", "q-mesage") + (
        "  o-spare:\n    type: outcome\n    title: {zh: 甲, en: A}\n    answer: {zh: 乙, en: B}\n"
        "    steps:\n      - {zh: 丙, en: C}\n")
    found = tree_problems(text)
    assert len(found) == 2 and any("[o-spare]: no path from" in m for m in found), "\n".join(found)


def test_tab_in_front_matter_says_tab_and_where():
    found = page_problems(PAGE.replace("description:", "\tdescription:"))
    assert found == ["docs/p.zh.md:3: this line has a tab character (column 1); YAML indents with spaces "
                     "only, so replace the tab with spaces"], found


def test_tab_in_tree_says_tab_and_where():
    text = (ROOT / "data" / "tree.yml").read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("    type: question"))
    lines[at] = "\t" + lines[at].lstrip()
    found = tree_problems("\n".join(lines) + "\n")
    assert found == [f"data/tree.yml:{at + 1}: this line has a tab character (column 1); YAML indents with "
                     "spaces only, so replace the tab with spaces"], found


@pytest.mark.parametrize("text, line, words", [
    # A key without its colon runs on into the next line, where PyYAML stops.
    ("nodes:\n  q-a:\n    type question\n    text: x\n", 3, "has no ':' after its key"),
    ("title: a\ndescription: b\nreviewed 2026-01-01\nsources: []\n", 3, "has no ':' after its key"),
    # Indentation mistakes are reported on the line that is out of step.
    ("nodes:\n  q-a:\n    type: question\n   text: x\n  q-b:\n    type: outcome\n", 4, "indentation does not match"),
    ("text:\n  zh: a\n  en: b\n    more: c\n", 4, "indented deeper than the key above it"),
    # Unclosed quotes and brackets point at the line that opens them.
    ('title: "abc\ndescription: b\nx: 1\n', 1, "a quote opened on this line is never closed"),
    ("title: [abc\ndescription: b\n", 1, "opened on this line is never closed"),
])
def test_yaml_syntax_errors_point_at_the_real_line(text, line, words):
    with pytest.raises(ContentError) as caught:
        parse_yaml(text, "f.yml")
    assert caught.value.line == line and words in caught.value.message, str(caught.value)


def test_yaml_error_line_counts_from_the_page_top_in_front_matter():
    found = page_problems(PAGE.replace("reviewed: 2026-11-20", "reviewed 2026-11-20"))
    assert found and found[0].startswith("docs/p.zh.md:4: this is not valid YAML: this line has no ':'"), found
