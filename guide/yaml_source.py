"""Load YAML while keeping the line of every key, so errors can point at the right line."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from guide.errors import ContentError

# A path into the loaded data, e.g. ("nodes", "start", "answers", 0), mapped to a 1-based line.
KeyPath = tuple
LineMap = dict[KeyPath, int]


@dataclass
class YamlDocument:
    data: Any
    lines: LineMap
    # Keys given twice in one mapping (YAML silently keeps the last): (parent path, key, line, first line).
    duplicates: list[tuple[KeyPath, Any, int, int]] = field(default_factory=list)


# libyaml's parser when PyYAML was built with it: several times faster on large data files.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml_document(text: str, path: Path | str, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document once: its data, the line of every key and list item, duplicate keys.

    `first_line` shifts the numbers when the YAML sits inside a larger file (front matter).
    """
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + first_line if mark else first_line
        problem = getattr(exc, "problem", None) or str(exc)
        raise ContentError(path, f"this is not valid YAML ({problem}); check indentation, "
                                 "colons and quotes on this line or the one above", line) from None
    except ValueError as exc:  # well-formed but impossible, e.g. the date 2026-13-01
        line = _first_bad_scalar(root)
        raise ContentError(path, f"this value cannot be read ({exc}); dates are written YYYY-MM-DD "
                                 "and must exist", first_line + (line or 0)) from None
    finally:
        loader.dispose()
    document = YamlDocument(data, {})
    if root is not None:
        _collect_lines(root, (), document, first_line)
    return document


def _first_bad_scalar(root: yaml.Node) -> int | None:
    """0-based line of the first scalar that PyYAML cannot turn into a value (error path only)."""
    stack = [root]
    while stack:
        node = stack.pop(0)
        if isinstance(node, yaml.ScalarNode):
            try:
                yaml.safe_load(yaml.serialize(node))
            except ValueError:
                return node.start_mark.line
        elif isinstance(node, yaml.MappingNode):
            stack[:0] = [part for pair in node.value for part in pair]
        elif isinstance(node, yaml.SequenceNode):
            stack[:0] = list(node.value)
    return None


def parse_yaml(text: str, path: Path | str, first_line: int = 1) -> tuple[Any, LineMap]:
    """Parse one YAML document; return its data and the line of each mapping key and list item."""
    document = parse_yaml_document(text, path, first_line)
    return document.data, document.lines


def read_utf8(path: Path) -> str:
    """A contributor's text file, with a clear error when it is missing or not UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, "file not found; create it or fix the path") from None
    except UnicodeDecodeError:
        raise ContentError(path, "file is not UTF-8 text; save it as UTF-8") from None


def load_yaml_document(path: Path) -> YamlDocument:
    """Read and parse a YAML data file, with a clear error when it is missing or unreadable."""
    return parse_yaml_document(read_utf8(path), path)


def _collect_lines(node: yaml.Node, at: KeyPath, document: YamlDocument, first_line: int) -> None:
    lines = document.lines
    lines.setdefault(at, node.start_mark.line + first_line)
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if key_node.tag == "tag:yaml.org,2002:str" else yaml.safe_load(yaml.serialize(key_node))
            line = key_node.start_mark.line + first_line
            if key in seen:
                document.duplicates.append((at, key, line, seen[key]))
            seen.setdefault(key, line)
            lines[at + (key,)] = line  # the last one is the one YAML keeps
            _collect_lines(value_node, at + (key,), document, first_line)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[at + (index,)] = item.start_mark.line + first_line
            _collect_lines(item, at + (index,), document, first_line)


def line_of(lines: LineMap, *path: Any) -> int | None:
    """The line of the deepest known part of `path` (a missing key points at its parent)."""
    path_t = tuple(path)
    while path_t and path_t not in lines:
        path_t = path_t[:-1]
    return lines.get(path_t)
