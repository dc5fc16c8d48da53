"""The nav check (guide/content/nav_pages.py): a page pair left out of `nav:` is an error, unless MkDocs'
`not_in_nav:` names it (the build benchmark leaves its synthetic pages out that way)."""
from __future__ import annotations

from pathlib import Path

from pathspec import GitIgnoreSpec

from guide.content.nav_pages import pages_missing_from_nav


def pages(docs: Path, *names: str) -> Path:
    docs.mkdir()
    for name in names:
        for lang in ("zh", "en"):
            (docs / f"{name}.{lang}.md").write_text("# x\n", encoding="utf-8")
    return docs


def test_a_page_pair_left_out_of_the_nav_is_named_with_the_line_to_add(tmp_path):
    docs = pages(tmp_path / "docs", "index", "listed", "orphan")
    errors = pages_missing_from_nav(docs, ["index.md", {"Guide": ["listed.md"]}])
    assert [(error.path.name, "`- orphan.md`" in error.message) for error in errors] == [("orphan.zh.md", True)]


def test_pages_that_not_in_nav_names_are_left_out_on_purpose(tmp_path):
    docs = pages(tmp_path / "docs", "index", "page-0", "page-1", "orphan")
    unlisted = GitIgnoreSpec.from_lines(["page-*.md"]).match_file  # as MkDocs parses not_in_nav
    errors = pages_missing_from_nav(docs, ["index.md", "page-0.md"], unlisted=unlisted)
    assert [error.path.name for error in errors] == ["orphan.zh.md"]
