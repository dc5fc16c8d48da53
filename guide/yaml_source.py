"""Load YAML while keeping the line of every key, so errors can point at the right line."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from guide.errors import ContentError

# A path into the loaded data, e.g. ("nodes", "start", "answers", 0), mapped to a 1-based line.
KeyPath = tuple
LineMap = dict[KeyPath, int]


def parse_yaml(text: str, path: Path | str, first_line: int = 1) -> tuple[Any, LineMap]:
    """Parse one YAML document; return its data and the line of each mapping key and list item.

    `first_line` shifts the numbers when the YAML sits inside a larger file (front matter).
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + first_line if mark else first_line
        problem = getattr(exc, "problem", None) or str(exc)
        raise ContentError(path, f"this is not valid YAML ({problem}); check indentation, "
                                 "colons and quotes on this line or the one above", line) from None
    lines: LineMap = {}
    if root is not None:
        _collect_lines(root, (), lines, first_line)
    return data, lines


def load_yaml(path: Path) -> tuple[Any, LineMap]:
    """Read and parse a YAML data file, with a clear error when it is missing or unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, "file not found; create it or fix the path") from None
    except UnicodeDecodeError:
        raise ContentError(path, "file is not UTF-8 text; save it as UTF-8") from None
    return parse_yaml(text, path)


def _collect_lines(node: yaml.Node, at: KeyPath, lines: LineMap, first_line: int) -> None:
    lines.setdefault(at, node.start_mark.line + first_line)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = yaml.safe_load(yaml.serialize(key_node)) if key_node.tag != "tag:yaml.org,2002:str" else key_node.value
            lines[at + (key,)] = key_node.start_mark.line + first_line
            _collect_lines(value_node, at + (key,), lines, first_line)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[at + (index,)] = item.start_mark.line + first_line
            _collect_lines(item, at + (index,), lines, first_line)


def line_of(lines: LineMap, *path: Any) -> int | None:
    """The line of the deepest known part of `path` (a missing key points at its parent)."""
    path_t = tuple(path)
    while path_t and path_t not in lines:
        path_t = path_t[:-1]
    return lines.get(path_t)
