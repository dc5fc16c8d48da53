"""Plain language (--only plainlanguage): the project site built once, then every page measured as
tools/readability.py does (English Flesch-Kincaid grade and sentences over 25 words, Chinese
sentences over 40 characters, page by page), with the budget from DESIGN.md and issue 33.
"""
from __future__ import annotations

from pathlib import Path

from tools import readability
from tools.bench.common import build_project


def plain_language_benchmark(work: Path) -> None:
    print("\n## Plain language (tools/readability.py)\n")
    readability.main(["--site", str(build_project(work))])
