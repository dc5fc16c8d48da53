"""Give the cleaned lines a Markdown structure: headings, lists, paragraphs.

Each non-blank line is one block (scraped articles keep a paragraph per line). Heading levels come
from the kind of numbering: 一、 is the top level, （一） and 1. go one level below it; unnumbered
short lines are H2 unless they sit inside a numbered section. Levels never skip (H1 then H3).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from guide.cleaner.chinese import is_sentence
from guide.cleaner.junk import Line
from guide.cleaner.report import Entry, Removed

HEADING_MAX = 30        # characters; a longer line is a sentence even without a full stop
NUMBERED_HEADING_MAX = 40

_CN = "一二三四五六七八九十"
_CN_HEADING = re.compile(rf"^[{_CN}]{{1,3}}\s*[、.．]\s*(?=\S)")
_CN_PAREN_HEADING = re.compile(rf"^[（(][{_CN}]{{1,3}}[)）]\s*(?=\S)")
# "1. text", "1、text", "1）text", "(1) text"; not "3.5 倍" or "2025.".
_ARABIC = re.compile(r"^(?:(\d{1,2})\s*(?:[.．](?!\d)|[、)）])|[（(](\d{1,2})[)）])\s*(?=\S)")
_CIRCLED = re.compile(r"^([\u2460-\u2473\u2776-\u2793])\s*(?=\S)")  # ①..⑳, ❶..❿, ➀..➉, ➊..➓
_BULLET = re.compile(r"^(?:[•·●○◆◇■□▪►▶※]\s*|[-*+–]\s+)(?=\S)")
_SEPARATOR = re.compile(r"^(?:[-—_*=~]\s*){3,}$")
_HEADING_END_OK = "？?"  # a question can be a heading; other closing marks end sentences


@dataclass(frozen=True)
class Block:
    kind: str           # "heading", "paragraph", "ordered", "bullet"
    text: str
    level: int = 0      # headings: 1..3
    number: int = 0     # ordered items: the number written in the source
    line: int = 0


def _short_heading(text: str, limit: int) -> bool:
    return (0 < len(text) <= limit and not is_sentence(text)
            and (text[-1] not in "。！；：，、…!;:,." or text[-1] in _HEADING_END_OK)
            and "。" not in text)


def _numbered(text: str) -> tuple[str, int] | None:
    """("arabic", n) for 1. / 1、 / (1) / ①; None otherwise."""
    m = _ARABIC.match(text)
    if m:
        return text[m.end():], int(m.group(1) or m.group(2))
    m = _CIRCLED.match(text)
    if m:
        code = ord(m.group(1))
        return text[m.end():], code - 0x2460 + 1 if code <= 0x2473 else (code - 0x2776) % 10 + 1
    return None


def build_blocks(title: str, lines: list[Line]) -> tuple[list[Block], list[Entry]]:
    entries: list[Entry] = []
    # Separators become section breaks: they are dropped, and the line after one is a heading.
    after_separator: set[int] = set()
    content: list[Line] = []
    for line in lines:
        if _SEPARATOR.match(line.text):
            entries.append(Removed("separator (---), made a section break", line.text, line.number))
            after_separator.add(len(content))
        else:
            content.append(line)

    # First pass: what each line is, and which heading kinds the article uses.
    kinds: list[tuple[str, str, int]] = []  # (kind, text, number)
    for line in content:
        text = line.text
        numbered = _numbered(text)
        if _CN_HEADING.match(text) and _short_heading(text, NUMBERED_HEADING_MAX):
            kinds.append(("h:cn", text, 0))
        elif _CN_PAREN_HEADING.match(text) and _short_heading(text, NUMBERED_HEADING_MAX):
            kinds.append(("h:cn-paren", text, 0))
        elif numbered:
            kinds.append(("ordered", numbered[0], numbered[1]))
        elif _BULLET.match(text):
            kinds.append(("bullet", _BULLET.sub("", text), 0))
        else:
            kinds.append(("paragraph", text, 0))

    # A numbered line that stands alone (no numbered neighbour), is short and is followed by
    # text is a heading ("1. 联系客服" + paragraph); numbered lines in a run are a list.
    for index, (kind, text, _) in enumerate(kinds):
        if kind != "ordered":
            continue
        neighbours = [kinds[j][0] for j in (index - 1, index + 1) if 0 <= j < len(kinds)]
        followed = index + 1 < len(kinds) and kinds[index + 1][0] in ("paragraph", "bullet")
        if "ordered" not in neighbours and followed and _short_heading(text, HEADING_MAX):
            kinds[index] = ("h:arabic", content[index].text, 0)

    # Unnumbered short lines followed by something are headings; after a separator, longer ones too.
    for index, (kind, text, _) in enumerate(kinds):
        if kind != "paragraph" or index + 1 >= len(kinds):
            continue
        limit = NUMBERED_HEADING_MAX if index in after_separator else HEADING_MAX
        if _short_heading(text, limit) and not kinds[index + 1][0].startswith("h:"):
            kinds[index] = ("h:plain", text, 0)
        elif index in after_separator and _short_heading(text, limit):
            kinds[index] = ("h:plain", text, 0)

    ranked = [k for k in ("h:cn", "h:cn-paren", "h:arabic") if any(kind == k for kind, _, _ in kinds)]
    level_of = {k: 2 + min(i, 1) for i, k in enumerate(ranked)}

    blocks = [Block("heading", title, level=1)]
    previous_level = 1
    numbered_section_open = False
    for index, (kind, text, number) in enumerate(kinds):
        number_line = content[index].number
        if kind.startswith("h:"):
            if kind == "h:plain":
                level = 3 if numbered_section_open and index not in after_separator else 2
            else:
                level = level_of[kind]
                numbered_section_open = numbered_section_open or level == 2
            if index in after_separator and kind == "h:plain":
                numbered_section_open = False
            level = min(level, previous_level + 1)  # never skip a level
            previous_level = level
            blocks.append(Block("heading", text, level=level, line=number_line))
        else:
            blocks.append(Block(kind, text, number=number, line=number_line))
    return blocks, entries


def outline(blocks: list[Block]) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in blocks if b.kind == "heading"]
