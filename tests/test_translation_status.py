"""Translation status: the source hash recorded in a translation's front matter (guide/content/translation_status.py)."""
from __future__ import annotations

from pathlib import Path

from guide.content.translation_status import (MISSING, OK, OUTDATED, UNVERIFIED, all_statuses, render_notice,
                                      source_url, stamp, translation_status)

PAGE = "---\ntitle: T\ndescription: D\nreviewed: 2026-01-01\nsources: []\n---\n\n# T {#t}\n\n"


def write(docs: Path, name: str, body: str) -> None:
    (docs / name).write_text(PAGE + body, encoding="utf-8")


def test_states_follow_the_source_body(tmp_path):
    write(tmp_path, "a.zh.md", "原文。\n")
    write(tmp_path, "a.en.md", "Text.\n")
    write(tmp_path, "b.zh.md", "只有中文。\n")
    assert translation_status(tmp_path, "a", "en").state == UNVERIFIED
    assert translation_status(tmp_path, "b", "en").state == MISSING
    stamp(tmp_path, "a", "en")
    assert "source_hash: " in (tmp_path / "a.en.md").read_text(encoding="utf-8")
    assert translation_status(tmp_path, "a", "en").state == OK
    # Front matter changes on the source (review date) do not make the translation outdated ...
    (tmp_path / "a.zh.md").write_text(PAGE.replace("2026-01-01", "2026-02-02") + "原文。\n", encoding="utf-8")
    assert translation_status(tmp_path, "a", "en").state == OK
    # ... a change to its text does, and stamping again clears it.
    write(tmp_path, "a.zh.md", "原文改了。\n")
    assert translation_status(tmp_path, "a", "en").state == OUTDATED
    stamp(tmp_path, "a", "en")
    assert [s.state for s in all_statuses(tmp_path)] == [OK, MISSING]


def test_notice_is_in_the_readers_language_and_links_to_the_source(tmp_path):
    write(tmp_path, "a.zh.md", "原文。\n")
    write(tmp_path, "a.en.md", "Text.\n")
    status = translation_status(tmp_path, "a", "en")
    link = source_url("en/a/", "en")
    assert link == "../../a/"
    notice = render_notice(status, "en", link)
    assert 'href="../../a/"' in notice and "Chinese page" in notice
    assert "data-search-exclude" in notice  # the same words on every such page: not for search
    stamp(tmp_path, "a", "en")
    assert render_notice(translation_status(tmp_path, "a", "en"), "en", link) == ""


def test_built_translation_shows_notice_and_source_does_not(built_site):
    english = (built_site / "en" / "index.html").read_text(encoding="utf-8")
    chinese = (built_site / "index.html").read_text(encoding="utf-8")
    assert "translation-notice" not in chinese
    if "translation-notice" in english:  # only while the page is outdated or unverified
        assert 'href="../"' in english
