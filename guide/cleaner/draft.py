"""Write the blocks out as a draft page (front matter + Markdown) and check it parses as intended.

The check uses markdown-it-py, a CommonMark parser: if the Markdown we wrote does not give back
exactly the outline we meant (one H1, no skipped level, no heading created by accident), the
draft is refused rather than handed to an editor with a broken structure.
"""
from __future__ import annotations

import json
import re

import yaml
from markdown_it import MarkdownIt

from guide.cleaner.errors import CleanerError
from guide.cleaner.structure import Block

# Fields every guide page must have (see guide/content/page_meta.py), left empty for the editor.
EDITOR_FIELDS = [
    'description: ""  # TODO: one plain sentence: what the reader learns or can do on this page',
    'reviewed: ""  # TODO: the date you checked every fact on the page, as YYYY-MM-DD',
    "sources: []  # TODO: ids of data/sources.yml backing this page, e.g. [A5, C1]; every legal claim needs one. "
    "No id fits? Add an entry there (id, fact, title, reference, url, confidence: CONTRIBUTING.md, Facts and sources)",
]
# A paragraph starting with one of these would turn into a heading (Python-Markdown needs no
# space after #), quote, list, table or HTML.
_BLOCK_START = re.compile(r"^(?:[#>+\-*=|<`~_]|\d{1,9}[.)](?:\s|$))")


def _escape_start(text: str) -> str:
    if not _BLOCK_START.match(text):
        return text
    number = re.match(r"^(\d{1,9})([.)])", text)
    if number:
        return number.group(1) + "\\" + text[number.end(1):]
    return "\\" + text


def _quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def front_matter(title: str, source: str) -> str:
    return "\n".join(["---", f"title: {_quote(title)}", "status: draft", f"source: {_quote(source)}",
                      *EDITOR_FIELDS, "---", ""])


def render_body(blocks: list[Block]) -> str:
    parts: list[str] = []
    previous = None
    for block in blocks:
        if block.kind == "heading":
            line = "#" * block.level + " " + block.text.rstrip("#").rstrip()
        elif block.kind == "ordered":
            line = f"{block.number}. {block.text}"
        elif block.kind == "bullet":
            line = f"- {block.text}"
        elif block.kind == "table":
            line = block.text  # a row as the web page gave it: | a | b |
        else:
            line = _escape_start(block.text)
        # Items of one list stay together (a tight list); everything else is separated by a blank line.
        same_list = previous is not None and previous.kind == block.kind and block.kind in ("ordered", "bullet", "table")
        parts.append(("\n" if same_list else "\n\n") + line if parts else line)
        previous = block
    return "".join(parts) + "\n"


def parsed_outline(body: str) -> list[tuple[int, str]]:
    tokens = MarkdownIt("commonmark").parse(body)
    return [(int(token.tag[1]), tokens[i + 1].content)
            for i, token in enumerate(tokens) if token.type == "heading_open"]


def verify(draft: str, expected: list[tuple[int, str]]) -> None:
    """Raise CleanerError unless the draft's front matter loads and its outline is the one meant."""
    match = re.match(r"^---\n(.*?)\n---\n", draft, re.S)
    if not match:
        raise CleanerError("the draft has no front matter block; nothing was written (a bug in the cleaner)")
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        raise CleanerError(f"the draft's front matter is not valid YAML ({error}); nothing was written") from None
    missing = {"title", "status", "source", "description", "reviewed", "sources"} - set(meta or {})
    if missing:
        raise CleanerError(f"the draft's front matter lacks {', '.join(sorted(missing))}; nothing was written")
    found = parsed_outline(draft[match.end():])
    problems = []
    if [level for level, _ in found].count(1) != 1:
        problems.append(f"{[level for level, _ in found].count(1)} H1 headings instead of one")
    last = 0
    for level, text in found:
        if level > last + 1:
            problems.append(f"heading '{text}' is H{level} right after H{last}")
        last = level
    if not problems and found != expected:
        problems.append(f"the parsed outline {found} differs from the intended {expected}")
    if problems:
        raise CleanerError("the draft's structure is wrong: " + "; ".join(problems)
                           + "; nothing was written (a bug in the cleaner: please report it with the input)")


def make_draft(blocks: list[Block], source: str) -> str:
    title = blocks[0].text
    draft = front_matter(title, source) + "\n" + render_body(blocks)
    verify(draft, [(b.level, b.text.rstrip("#").rstrip()) for b in blocks if b.kind == "heading"])
    return draft
