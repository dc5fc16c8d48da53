"""Draft pages (`status: draft`, guide/content/drafts.py) and the build's content errors with file and line
(issue 30, items 3 and 5). The preview side (banner, nav, search, sitemap) is in test_serve_errors.py."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))  # import guide/ however pytest is started
from guide.content.checks import broken_links, unlisted_citations  # noqa: E402
from guide.content.drafts import DRAFT_MARK, banner_html, is_draft, refusal, status_problem, without_draft_fields  # noqa: E402
from guide.content.frontmatter import split_page  # noqa: E402
from guide.delivery.offline import offline_plan  # noqa: E402

# What the article cleaner writes (guide/cleaner/draft.py), with a citation and two links to check.
DRAFT = """---
title: "债权转让后怎么办"
status: draft
source: "article.txt"
description: ""
reviewed: ""
sources: []
---

# 债权转让后怎么办 {#top}

债权转让没有通知债务人的，对债务人不发生效力（见 A5）。

看看[核实消息](is-it-real.md#steps)、[不存在的页面](no-such-page.md)和[错的标题](is-it-real.md#no-such-id)。
"""
COPY = ("docs", "data", "hooks", "guide", "overrides", "mkdocs.yml")


def test_draft_fields_are_a_state_not_unknown_fields():
    page = split_page(DRAFT, Path("docs/x.zh.md"))
    assert is_draft(page.meta) and status_problem(page) is None
    assert "status" not in without_draft_fields(page).meta and "source" not in without_draft_fields(page).meta
    other = split_page(DRAFT.replace("status: draft", "status: published"), Path("docs/x.zh.md"))
    problem = status_problem(other)
    assert problem and problem.line == 3 and "delete the line" in str(problem), problem
    assert "source" in without_draft_fields(other).meta  # only a draft may carry `source:`


def test_refusal_says_draft_and_how_to_publish():
    text = str(refusal(split_page(DRAFT, Path("docs/x.zh.md"))))
    assert text.startswith("docs/x.zh.md is a draft: "), text
    assert "line 3" in text and "To publish it" in text and "delete the `status: draft` line" in text, text


@pytest.mark.parametrize("lang, words", [("zh", "草稿，未经审核"), ("en", "Draft, not reviewed")])
def test_banner_in_each_language(lang, words):
    html = banner_html(lang, ["docs/x.zh.md:5: <b>fix</b>"])
    assert words in html and DRAFT_MARK in html and "&lt;b&gt;" in html


def test_citation_only_in_the_text_has_its_line():
    errors = unlisted_citations(split_page(DRAFT, Path("docs/x.zh.md")))
    assert [(e.line, "A5" in e.message) for e in errors] == [(12, True)], errors


def test_missing_page_and_missing_id_have_their_lines():
    docs = {p.relative_to(ROOT / "docs").as_posix(): p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md")}
    errors = broken_links(split_page(DRAFT, Path("docs/x.zh.md")), "x.zh.md", "zh", docs)
    found = sorted((e.line, e.message.split(",")[0]) for e in errors)
    assert found == [(14, "links to is-it-real.md#no-such-id"), (14, "links to no-such-page.md")], errors


def test_offline_copy_leaves_a_draft_out(tmp_path):
    for url in ("what-to-do/", "help/", "", "en/what-to-do/", "en/help/", "en/"):
        (tmp_path / url).mkdir(parents=True, exist_ok=True)
        (tmp_path / url / "index.html").write_text("<p>page</p>", encoding="utf-8")
    (tmp_path / "help" / "index.html").write_text(banner_html("zh", []), encoding="utf-8")
    plan = offline_plan(tmp_path, ["zh", "en"], "zh")
    assert "help/" not in plan["zh"]["full"] and "what-to-do/" in plan["zh"]["full"], plan


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    for name in COPY:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name,
                                                               **({"ignore": shutil.ignore_patterns("__pycache__")} if source.is_dir() else {}))
    (root / "docs" / "debt-transfer.zh.md").write_text(DRAFT, encoding="utf-8")
    return root


def test_strict_build_refuses_a_draft_first_then_lists_its_problems_with_lines(project):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(project / "site")],
                            cwd=project, env=env, capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output, output
    lines = output[output.index("The site cannot be built"):].splitlines()
    assert lines[1].startswith("docs/debt-transfer.zh.md is a draft: its front matter says `status: draft` (line 3)"), output
    assert "To publish it" in lines[1], output
    problems = [line.strip() for line in lines[2:] if line.startswith("  ")]
    for expected in ("docs/debt-transfer.zh.md:5: front matter needs 'description'",
                     "docs/debt-transfer.zh.md:12: the text cites A5",
                     "docs/debt-transfer.zh.md:14: links to no-such-page.md",
                     "docs/debt-transfer.zh.md:14: links to is-it-real.md#no-such-id",
                     "docs/debt-transfer.zh.md: this page has no en translation",
                     "docs/debt-transfer.zh.md: this page is not in the site's navigation"):
        assert any(p.startswith(expected) for p in problems), f"{expected!r} missing:\n{output}"
    assert not any("unknown front matter field 'status'" in p or "'source'" in p for p in problems), output
