#!/usr/bin/env python3
"""How much the search work has grown the index, on the same pages: this tree's pages built with
this search pipeline, and with an earlier revision's.

    .venv/bin/python tools/search_index_growth.py --base-rev 10dcc50
    .venv/bin/python tools/search_index_growth.py --base-rev 10dcc50 --site site/   # reuse a build

Comparing with the index an earlier revision built says little once the pages have grown (new pages
and sections are content, not search cost). So the pages here (docs/, data/ but the thesaurus) are
built twice: once as they are, once with BASE_REV's search pipeline put in their place: its
hooks/search.py, its guide/ modules about search, its data/search_thesaurus.yml and
data/search_words.txt, and its worker. The page-level `search_terms` are the pages' own either way;
anything the base pipeline does not know (section_terms, shorthand) it leaves out. Prints raw and
gzip bytes per language and the growth.
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG_ROOT = {"zh": "", "en": "en"}
# What the search pipeline is, in any revision: the files whose path names search, and the word list
# the search plugin segments Chinese with.
PIPELINE = ("hooks/search.py", "data/search_thesaurus.yml", "data/search_words.txt",
            "docs/assets/javascripts/workers/search-segment.js")
IGNORED = shutil.ignore_patterns(".git", ".venv", "site", "node_modules", "__pycache__", "*.egg-info")


def pipeline_files(rev: str) -> list[str]:
    listed = subprocess.run(["git", "ls-tree", "-r", "--name-only", rev], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.split()
    return [path for path in listed if path in PIPELINE or (path.startswith("guide/") and "search" in path
                                                                and path.endswith(".py"))]


def with_base_pipeline(rev: str, dest: Path) -> Path:
    """A copy of this tree with `rev`'s search pipeline files in place."""
    shutil.copytree(ROOT, dest, ignore=IGNORED)
    for path in pipeline_files(rev):
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True,
                                          capture_output=True).stdout)
    return dest


def build(tree: Path, site: Path) -> Path:
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=tree,
                          capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if proc.returncode:
        raise SystemExit(f"build of {tree} failed:\n{proc.stderr[-2000:]}")
    return site


def sizes(site: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for lang, root in LANG_ROOT.items():
        data = (site / root / "search" / "search_index.json").read_bytes()
        found[lang] = (len(data), len(gzip.compress(data, 9)))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-rev", required=True, help="git revision whose search pipeline is the base")
    parser.add_argument("--site", type=Path, help="this tree's built site (default: build it)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="index-growth-") as work:
        work = Path(work)
        this = sizes(args.site or build(ROOT, work / "this"))
        base = sizes(build(with_base_pipeline(args.base_rev, work / "tree"), work / "base"))
    print(f"| index, these pages | this pipeline raw | gzip | {args.base_rev}'s pipeline raw | gzip | growth (gzip) |")
    print("|---|---:|---:|---:|---:|---:|")
    for lang in LANG_ROOT:
        (raw, packed), (base_raw, base_packed) = this[lang], base[lang]
        print(f"| {lang} | {raw:,} | {packed:,} | {base_raw:,} | {base_packed:,} | {packed / base_packed - 1:+.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
