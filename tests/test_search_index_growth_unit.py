"""tools/search_index_growth.py puts an earlier revision's search pipeline over this tree's pages."""
from __future__ import annotations

import subprocess

from tools.search_index_growth import ROOT, pipeline_files, with_base_pipeline


def test_the_pipeline_is_the_files_about_search():
    files = pipeline_files("HEAD")
    assert {"hooks/search.py", "guide/search/index.py", "guide/search/shorthand.py",
            "data/search_thesaurus.yml", "docs/assets/javascripts/workers/search-segment.js"} <= set(files)
    assert not [f for f in files if f.startswith(("docs/", "guide/cleaner/", "tests/")) and "search" not in f]


def test_the_copy_has_the_revisions_pipeline_and_this_trees_pages(tmp_path):
    tree = with_base_pipeline("HEAD", tmp_path / "tree")
    head = subprocess.run(["git", "show", "HEAD:hooks/search.py"], cwd=ROOT, capture_output=True, check=True).stdout
    assert (tree / "hooks" / "search.py").read_bytes() == head
    assert (tree / "docs" / "index.zh.md").read_bytes() == (ROOT / "docs" / "index.zh.md").read_bytes()
    assert not (tree / ".git").exists()
