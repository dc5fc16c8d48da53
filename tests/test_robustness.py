"""Broken inputs give a clear build error: non-zero exit, the file (and line) named, no traceback.

Each test copies the project into a temp dir, breaks one thing and runs a strict build there.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, build_site

COPY = ("docs", "data", "hooks", "overrides", "mkdocs.yml")


@pytest.fixture
def project(tmp_path) -> Path:
    for name in COPY:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        elif source.exists():
            shutil.copy(source, tmp_path / name)
    return tmp_path


def build(project: Path) -> str:
    result = build_site(project / "site", config=project / "mkdocs.yml")
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"the build should have failed:\n{output}"
    assert "Traceback" not in output, output
    return output


def a_page(project: Path, lang: str = "zh") -> Path:
    return sorted(p for p in (project / "docs").glob(f"*.{lang}.md") if not p.name.startswith("index."))[0]


def test_malformed_tree_yaml(project):
    tree = project / "data" / "tree.yml"
    if not tree.exists():
        pytest.skip("no data/tree.yml yet")
    lines = tree.read_text(encoding="utf-8").splitlines()
    lines.insert(min(5, len(lines)), "  : [unclosed")
    tree.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = build(project)
    assert re.search(r"tree\.yml:\d+", output), output


def test_outcome_search_terms_in_one_language_only(project):
    tree = project / "data" / "tree.yml"
    lines = tree.read_text(encoding="utf-8").splitlines()
    at = next((i for i, line in enumerate(lines) if line == "    search_terms:"), None)
    if at is None:
        pytest.skip("no outcome has search_terms")
    node = next(line.strip().rstrip(":") for line in reversed(lines[:at]) if re.match(r"^  o-[a-z0-9-]+:$", line))
    assert lines[at + 2].startswith("      en:")
    del lines[at + 2]
    tree.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = build(project)
    assert re.search(rf"tree\.yml:{at + 1} \[{node}\]: `search_terms` has phrasings for `zh` but no `en` list", output), output


def test_a_holiday_that_is_not_a_date(project):
    holidays = project / "data" / "holidays.yml"
    lines = holidays.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  - "))
    lines[at] = "  - 1 October"
    holidays.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = build(project)
    assert f"holidays.yml:{at + 1}: `days_off` item 1 '1 October' is not a date; write it as YYYY-MM-DD" in output, output


def test_broken_front_matter(project):
    page = a_page(project)
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("title:", "title: [unclosed", 1), encoding="utf-8")
    output = build(project)
    # YAML notices the unclosed list on the next line; the message points at the title's line.
    assert re.search(rf"{re.escape(page.name)}:2\b", output), output


def test_unknown_source_id(project):
    page = a_page(project, "en")
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"^sources: \[", "sources: [NO-SUCH-ID, ", text, count=1, flags=re.M), encoding="utf-8")
    output = build(project)
    assert re.search(rf"{re.escape(page.name)}:\d+", output) and "NO-SUCH-ID" in output, output


def test_link_to_missing_page(project):
    page = a_page(project)
    with page.open("a", encoding="utf-8") as handle:
        handle.write("\n[坏链接](no-such-page.md)\n")
    output = build(project)
    assert page.name in output and "no-such-page.md" in output, output


def test_link_to_missing_anchor(project):
    page = a_page(project)
    config = project / "mkdocs.yml"
    # MkDocs only reports anchors at 'info' level unless asked: the project config must ask.
    if "anchors: warn" not in config.read_text(encoding="utf-8"):
        pytest.xfail("mkdocs.yml has no 'validation: anchors: warn'; a missing anchor does not fail the build")
    with page.open("a", encoding="utf-8") as handle:
        handle.write("\n[坏锚点](#no-such-anchor)\n")
    output = build(project)
    assert page.name in output and "no-such-anchor" in output, output


def test_page_in_one_language_only(project):
    page = a_page(project, "en")
    page.unlink()
    output = build(project)
    assert page.name.replace(".en.", ".zh.") in output and "no en translation" in output, output


def test_page_pair_left_out_of_nav(project):
    for lang, title in (("zh", "新页面"), ("en", "New page")):
        (project / "docs" / f"orphan.{lang}.md").write_text(
            f"---\ntitle: {title}\ndescription: {title}。\nreviewed: 2026-11-20\nsources: []\n---\n\n"
            f"# {title} {{#orphan}}\n", encoding="utf-8")
    output = build(project)
    assert "orphan.zh.md" in output and "not in the site's navigation" in output, output
    assert "add the line `- orphan.md` to `nav:` in mkdocs.yml" in output, output
