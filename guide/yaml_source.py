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
        line, message = explain_yaml_error(exc, text)
        raise ContentError(path, message, line + first_line) from None
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


def explain_yaml_error(exc: yaml.YAMLError, text: str) -> tuple[int, str]:
    """(0-based line, message) for a YAML syntax error, pointing at the line to change.

    PyYAML reports where it gave up, which is often the line after the mistake: a key without its
    colon runs on into the next line, an unclosed quote or bracket is noticed lines later.
    """
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None) or ""
    lines = text.splitlines() or [""]
    line = problem_mark.line if problem_mark else (context_mark.line if context_mark else 0)
    line = min(line, len(lines) - 1)

    # A tab where YAML wants indentation: PyYAML names it ('\t', "tab") or only says it found a
    # character that cannot start a token, on the tab's line or just after it.
    names_tab = "tab" in problem or "\\t" in problem or "cannot start any token" in problem
    for at in (line, line - 1):
        if 0 <= at < len(lines) and "\t" in lines[at] and (names_tab or "\t" in lines[at][: len(lines[at]) - len(lines[at].lstrip())]):
            column = lines[at].index("\t") + 1
            return at, (f"this line has a tab character (column {column}); YAML indents with spaces only, "
                        "so replace the tab with spaces")
    if context_mark and context_mark.line < line:
        if "simple key" in context:
            return context_mark.line, ("this is not valid YAML: this line has no ':' after its key; "
                                       "write it as `key: value`")
        if "quoted scalar" in context:
            return context_mark.line, ("this is not valid YAML: a quote opened on this line is never closed; "
                                       "close it, or leave out the quotes")
        if "flow" in context:
            return context_mark.line, ("this is not valid YAML: a '[' or '{' opened on this line is never "
                                       "closed; close it (a ':' or ',' inside the text needs quotes)")
    if "mapping values are not allowed" in problem:
        above = _line_above(lines, line)
        if above is not None and _indent(lines[above]) == _indent(lines[line]) and ":" not in lines[above] \
                and not lines[above].lstrip().startswith(("-", "#")):
            return above, ("this is not valid YAML: this line has no ':' after its key, so YAML reads it "
                           "and the next line as one text; write it as `key: value`")
        return line, ("this is not valid YAML: this line is indented deeper than the key above it, which "
                      "already has a value; indent it like the other keys at its level")
    if "expected key" in problem or "block end" in problem or "'-' indicator" in problem:
        return line, ("this is not valid YAML: this line's indentation does not match the lines above; "
                      "indent it like the other keys (or list items) at its level, with spaces")
    return line, (f"this is not valid YAML ({problem}); check indentation, colons and quotes on this "
                  "line or the one above")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _line_above(lines: list[str], line: int) -> int | None:
    """The nearest line above that holds YAML (not blank, not only a comment)."""
    for at in range(line - 1, -1, -1):
        if lines[at].strip() and not lines[at].lstrip().startswith("#"):
            return at
    return None


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
