"""Build errors name a file and a line a contributor can open (issue 30, item 5), and serve's error
page shows them (item 4; the running server is tested in test_serve_errors.py)."""
from __future__ import annotations

import os
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from guide.delivery.error_page import error_page  # noqa: E402
from guide.errors import ContentError  # noqa: E402
from hooks.build_errors import fail_build  # noqa: E402
from hooks.letters import _with_line  # noqa: E402


def test_unknown_letter_gets_the_line_of_its_marker(tmp_path):
    page = tmp_path / "p.zh.md"
    page.write_text("---\ntitle: t\n---\n\n# T\n\n<!-- letter: negotiat -->\n", encoding="utf-8")
    error = _with_line(ContentError(page, "`<!-- letter: negotiat -->` names no letter in data/letters.yml"))
    assert error.line == 7, error


def test_paths_in_the_project_folder_are_shown_relative(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(Exception) as caught:
        fail_build(ContentError(tmp_path / "docs" / "x.zh.md", "what to change", 3))
    assert "\ndocs/x.zh.md:3: what to change" in str(caught.value), str(caught.value)
    assert str(tmp_path) not in str(caught.value)


def test_error_page_marks_each_location_and_escapes_the_text():
    html = error_page(["The site cannot be built until this is fixed.\n2 problems found:\n"
                       "  data/tree.yml:42 [q-start]: `answers:` must be a list <b>\n"
                       "  docs/x.zh.md:12: the text cites A5"])
    assert "<strong>data/tree.yml:42 [q-start]</strong>" in html and "<strong>docs/x.zh.md:12</strong>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert 'lang="zh"' in html and "保存后本页会自动刷新" in html and "refresh" not in html
    assert 'http-equiv="refresh" content="3"' in error_page(["x"], refresh=3)
