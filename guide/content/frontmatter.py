"""Split a Markdown page into its YAML front matter and body, keeping line numbers.

The one reader of front matter: the page checks (read_page, parsed), the content checks
(body_of) and the translation hashes (the body only) all cut it here, the same way.
"""
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


@dataclass
class RawSplit:
    """A page cut into front matter (YAML text, unparsed) and body; no YAML is read here."""
    front_matter: str | None  # None: the page does not start with a '---' line
    closed: bool              # False: a '---' opened the front matter and nothing closed it
    body: str                 # the whole text when there is no complete front matter
    body_first_line: int      # 1-based line of the body's first line in the file


def split_front_matter(text: str) -> RawSplit:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != _OPEN:
        return RawSplit(None, False, text, 1)
    for index, line in enumerate(lines[1:], start=1):
        if _CLOSE.match(line):
            return RawSplit("".join(lines[1:index]), True, "".join(lines[index + 1:]), index + 2)
    return RawSplit("".join(lines[1:]), False, text, 1)


def body_of(text: str) -> str:
    """The Markdown after the front matter (the whole text if there is none)."""
    return split_front_matter(text).body


def read_page(path: Path) -> MarkdownPage:
    return split_page(read_utf8(path), path)


def split_page(text: str, path: Path) -> MarkdownPage:
    raw = split_front_matter(text)
    if raw.front_matter is None:
        raise ContentError(path, "the page has no front matter; start it with a '---' line, "
                                 "the fields title, description, reviewed, sources, and another '---'", 1)
    if not raw.closed:
        raise ContentError(path, "the front matter is never closed; add a '---' line after its last field", 1)
    data, meta_lines = parse_yaml(raw.front_matter, path, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ContentError(path, "the front matter must be 'key: value' lines", 2)
    return MarkdownPage(path, data, meta_lines, raw.body, raw.body_first_line)
