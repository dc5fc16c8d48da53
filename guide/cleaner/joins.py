"""Put back together sentences that a page broke at every link ("《" / "民法典》第五百四十五条").

Some pages put each link on its own line, so a copy of their text breaks sentences in the middle:
a line ends with an opening bracket, the next starts with the closing one, one character stands
alone. Those are sure signs, and such lines are always joined. When a text has two or more of
them, it is such a page, and a line that ends without closing punctuation is also joined to a next
line that goes on with the sentence. Every join is reported: the editor checks them.
"""
from __future__ import annotations

import re

from guide.cleaner.chinese import HAN
from guide.cleaner.report import Entry, Review

_OPENS = "《（(“‘「『【〔"
_CLOSES = "》）)”’」』】〕"
_NUMBERED = re.compile(r"^(?:[#>|\-*+•·●]|\d{1,2}\s*[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]+[章节条步])")
# "《民法典》第五百四十六条" as a line of its own is the name of what follows, not a fragment.
_CITATION_END = re.compile(r"《[^《》]+》\s*第[一二三四五六七八九十百千零\d]+条(?:第[一二三四五六七八九十\d]+款)?$")
_ENDS_SENTENCE = "。！？；：!?;:…"
_OPENING_AFTER_END = re.compile(f"[{_ENDS_SENTENCE}]([{_OPENS}]+)$")
JOIN_RULE = "lines joined (the page broke a sentence at a link)"


def _hard(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (
        a[-1] in _OPENS
        or b[0] in _CLOSES
        or (len(a) == 1 and re.fullmatch(f"[{HAN}]", a) is not None and re.match(f"[{HAN}]", b) is not None))


def _soft(a: str, b: str) -> bool:
    """In a page broken at links: `a` stops mid-sentence and `b` goes on with it (to a punctuation
    mark, or `a` ended with a comma). Headings of such pages may be joined too: reported."""
    if not a or not b or a[-1] in _ENDS_SENTENCE or _NUMBERED.match(b) or _CITATION_END.search(a) or a.startswith("#"):
        return False
    continues = re.match(f"[{HAN}]", b) or b[0] in _CLOSES + "，、,"
    unfinished = a[-1] in "，、," or re.search(r"[，,。；;！!？?：:]", b) is not None
    return bool(continues) and unfinished and (re.search(f"[{HAN}，、,]$", a) is not None or a[-1] in _OPENS)


def join_broken_lines(raw: list[str]) -> tuple[list[tuple[int, str]], list[Entry]]:
    """(1-based number, text) of each line after joining; blank lines stay (they separate)."""
    raw = list(raw)
    entries: list[Entry] = []
    for i in range(len(raw) - 1):
        # "…的影响。《" + "民法典》第五百四十五条": the link began at the bracket; it goes down with it.
        moved = _OPENING_AFTER_END.search(raw[i].rstrip())
        if moved and raw[i + 1].strip():
            raw[i] = raw[i].rstrip()[:moved.start(1)]
            raw[i + 1] = moved.group(1) + raw[i + 1].strip()
            entries.append(Review(JOIN_RULE, raw[i][-12:] + "⏎" + raw[i + 1][:12], i + 2))
    stripped = [line.strip() for line in raw]
    pairs = [i for i in range(len(raw) - 1) if _hard(stripped[i], stripped[i + 1])]
    broken_page = len(pairs) + len(entries) >= 2  # the moved brackets are signs too
    out: list[tuple[int, str]] = []
    first_line = next((n for n, text in enumerate(stripped, start=1) if text), 0)
    joined_into: tuple[int, str] | None = None  # the line being built: (its number, text)
    for number, text in enumerate(raw, start=1):
        line = text.strip()
        if joined_into is not None and line:
            first, sofar = joined_into
            # The first line is the title, whatever the page did to its sentences (unless it was
            # itself a fragment, joined to the next).
            title = first == first_line and sofar == stripped[first - 1]
            if _hard(sofar, line) or (broken_page and not title and _soft(sofar, line)):
                joined_into = (first, sofar + line)
                entries.append(Review(JOIN_RULE, sofar[-12:] + "⏎" + line[:12], number))
                continue
        if joined_into is not None:
            out.append(joined_into)
            joined_into = None
        if line:
            joined_into = (number, line)
        else:
            out.append((number, text))
    if joined_into is not None:
        out.append(joined_into)
    return out, entries
