"""Split a Markdown page into its YAML front matter and body, keeping line numbers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guide.errors import ContentError
from guide.yaml_source import LineMap, parse_yaml, read_utf8

_OPEN = "---"
_CLOSE = re.compile(r"^(---|\.\.\.)\s*$")


@dataclass
class MarkdownPage:
    path: Path
    meta: dict[str, Any]
    meta_lines: LineMap
    body: str
    body_first_line: int  # 1-based line of the body's first line in the file


def read_page(path: Path) -> MarkdownPage:
    return split_page(read_utf8(path), path)


def split_page(text: str, path: Path) -> MarkdownPage:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != _OPEN:
        raise ContentError(path, "the page has no front matter; start it with a '---' line, "
                                 "the fields title, description, reviewed, sources, and another '---'", 1)
    for index, line in enumerate(lines[1:], start=1):
        if _CLOSE.match(line):
            break
    else:
        raise ContentError(path, "the front matter is never closed; add a '---' line after its last field", 1)
    data, meta_lines = parse_yaml("".join(lines[1:index]), path, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentError(path, "the front matter must be 'key: value' lines", 2)
    return MarkdownPage(path, data, meta_lines, "".join(lines[index + 1:]), index + 2)
