"""One front-matter reader: page checks, content checks and translation hashes cut pages the same way."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from guide.content import checks as content_checks, translation_status
from guide.errors import ContentError
from guide.content.frontmatter import body_of, read_page, split_front_matter, split_page

ROOT = Path(__file__).resolve().parents[1]
PAGE = "---\r\ntitle: 标题\r\ndescription: 说明\r\nreviewed: 2026-11-20\r\nsources: []\r\n...\r\n\r\n# 标题 {#t}\r\n\r\n---\r\n\r\n正文\r\n"


def test_every_consumer_uses_the_same_reader():
    assert content_checks.body_of is body_of
    assert translation_status.body_of is body_of
    for module in ("content/checks.py", "content/translation_status.py", "tree/validate.py", "content/page_meta.py"):
        source = (ROOT / "guide" / module).read_text(encoding="utf-8")
        assert not re.search(r"\\A-{3}|\^-{3}", source), f"guide/{module} cuts front matter with its own pattern"


def test_page_checks_content_checks_and_hash_see_the_same_body(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "p.zh.md").write_bytes(PAGE.encode("utf-8"))
    page = read_page(docs / "p.zh.md")
    text = (docs / "p.zh.md").read_text(encoding="utf-8")
    assert page.body == body_of(text) and page.body.startswith("\n# 标题")
    assert "---" in page.body, "a thematic break in the body is body, not the end of the front matter"
    assert page.body_first_line == 7 and page.meta["title"] == "标题"
    assert translation_status.source_hash(docs, "p") == translation_status.body_hash(page.body)
    assert content_checks.heading_ids(body_of(text)) == ["t"]


def test_pages_without_complete_front_matter():
    assert body_of("# 标题\n") == "# 标题\n"
    unclosed = "---\ntitle: x\n# 标题\n"
    assert split_front_matter(unclosed).closed is False and body_of(unclosed) == unclosed
    with pytest.raises(ContentError, match="never closed"):
        split_page(unclosed, Path("p.zh.md"))
