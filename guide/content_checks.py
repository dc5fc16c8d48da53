"""Content checks for guide pages, on the Markdown body (after the front matter).

Plain Python on markdown-it-py, no MkDocs import: what the tests need to compare a zh page with
its en twin and to find links, phone numbers and banned words.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from guide.frontmatter import body_of  # noqa: F401  (one front-matter reader; used here and imported from here)

ALLOWED_PHONE_NUMBERS = frozenset({"12378", "12363", "12315", "12348", "110", "96110", "12356", "12368"})

_HEADING_ID = re.compile(r"\{:?\s*#([A-Za-z0-9_-]+)[^}]*\}\s*$")
_LANG_SUFFIX = re.compile(r"\.(zh|en)\.md$")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")
# A run of digits, possibly split by hyphens or single spaces ("400-123-4567", "138 0013 8000").
_DIGIT_RUN = re.compile(r"\+?\d(?:[\d-]|[ \u00a0](?=\d))*\d|\d")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_md = MarkdownIt("commonmark").enable("table")


@dataclass(frozen=True)
class Link:
    page: str    # target page without language suffix, e.g. "is-it-real.md"
    anchor: str  # "" when the link has no #fragment


def page_key(path: Path | str) -> str:
    """'docs/sms-only.zh.md' -> 'sms-only.md': the name links use, without the language."""
    return _LANG_SUFFIX.sub(".md", Path(path).name)


def headings(body: str) -> list[tuple[int, str | None, str]]:
    """(level, explicit id or None, text) for every heading, in order."""
    tokens = _md.parse(body)
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            text = tokens[index + 1].content
            match = _HEADING_ID.search(text)
            found.append((int(token.tag[1]), match.group(1) if match else None, text))
    return found


def heading_ids(body: str) -> list[str | None]:
    return [heading_id for _, heading_id, _ in headings(body)]


def ordered_list_items(body: str) -> int:
    """Number of items in numbered lists (the steps), nested ones included."""
    stack: list[str] = []
    count = 0
    for token in _md.parse(body):
        if token.type in ("ordered_list_open", "bullet_list_open"):
            stack.append(token.type)
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            stack.pop()
        elif token.type == "list_item_open" and stack and stack[-1] == "ordered_list_open":
            count += 1
    return count


def internal_links(body: str, page: str) -> list[Link]:
    """Links to other pages of the site (or anchors on this one), in order.

    `page` is this page's key (e.g. "sms-only.md"); a bare "#anchor" link points at it.
    """
    links = []
    for token in _md.parse(body):
        for child in token.children or []:
            if child.type != "link_open":
                continue
            href = str(child.attrs.get("href", ""))
            if not href or _SCHEME.match(href):
                continue
            target, _, anchor = href.partition("#")
            if target:
                target = _LANG_SUFFIX.sub(".md", posixpath.normpath(posixpath.join(posixpath.dirname(page), target)))
            links.append(Link(target or page, anchor))
    return links


def phone_like(text: str) -> list[str]:
    """Strings that look like phone numbers: 5+ digits in a run, or 110. Dates are ignored."""
    found = []
    for match in _DIGIT_RUN.finditer(text):
        run = match.group(0)
        parts = run.split()
        if len(parts) > 1 and all(part in ALLOWED_PHONE_NUMBERS for part in parts):
            found.extend(parts)  # a list such as "12378 12363"
            continue
        if _ISO_DATE.match(run):
            continue
        digits = re.sub(r"\D", "", run)
        if len(digits) >= 5 or digits == "110":
            found.append(run)
    return found


def words_found(text: str, words) -> list[str]:
    """Which of `words` occur in `text` (case-insensitive for Latin letters)."""
    lowered = text.lower()
    return [word for word in words if word.lower() in lowered]


def has_summary_before_first_h2(body: str) -> bool:
    """True when a '!!! summary' admonition comes before the first level-2 heading."""
    for line in body.splitlines():
        if re.match(r"^(!!!|\?\?\?\+?)\s+summary\b", line):
            return True
        if re.match(r"^##\s", line):
            return False
    return False
