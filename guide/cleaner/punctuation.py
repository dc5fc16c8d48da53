"""Full-width punctuation inside Chinese text, and a space between Chinese and Latin letters/digits.

A half-width mark is changed only when Chinese is on its side, so numbers (3.5, 21:51, 1,000),
URLs, e-mail addresses and English sentences keep theirs.
"""
from __future__ import annotations

import re
from collections import Counter

from guide.cleaner.chinese import HAN, inside, is_cjk, protected_spans
from guide.cleaner.report import Changed, Entry
from guide.cleaner.review import strongly_garbled

FULL = {",": "，", "?": "？", "!": "！", ":": "：", ";": "；", ".": "。"}
_MARK = re.compile(r" *([,?!:;.])(?!\.) *")
_ELLIPSIS = re.compile(rf"(?<=[{HAN}])(?:\.{{3,}}|…{{1,2}}|。{{3,}})")
_PARENS = re.compile(r"(?<!\])\(([^()\n]{1,80})\)")
_LATIN_RUN = re.compile(r"[A-Za-z0-9]+")
_HAN_THEN_LATIN = re.compile(rf"(?<=[{HAN}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[{HAN}])")


def _chinese_side(text: str, start: int, end: int, mark: str) -> bool:
    """Is the mark text[start:end] (with the spaces around it) punctuation of a Chinese sentence?"""
    left = text[start - 1] if start > 0 else None
    right = text[end] if end < len(text) else None
    if mark == ".":
        # A full stop only after Chinese, and not before a Latin word or digit (域名.com, 第3.5).
        return is_cjk(left) and (right is None or not right.isascii() or not right.isalnum())
    if is_cjk(left):
        if right is not None and right.isascii() and right.isalpha():
            # "通过短信,APP推送" is Chinese; "叫催收, which means" is English.
            run = _LATIN_RUN.match(text, end)
            after = text[run.end():run.end() + 1] if run else ""
            return is_cjk(after or None)
        return True
    return left is not None and is_cjk(right)


def full_width_punctuation(text: str) -> tuple[str, list[Entry]]:
    counts: Counter = Counter()
    spans = protected_spans(text)

    def ellipsis(m: re.Match) -> str:
        if inside(m.start(), spans):
            return m.group(0)
        counts[(m.group(0), "……")] += 1
        return "……"

    text = _ELLIPSIS.sub(ellipsis, text)
    spans = protected_spans(text)
    garbled = strongly_garbled(text)

    def mark(m: re.Match) -> str:
        char = m.group(1)
        # The spaces around the mark belong to it: a full-width mark carries its own spacing.
        if inside(m.start(1), spans) or not _chinese_side(text, m.start(), m.end(), char):
            return m.group(0)
        if m.start() > 0 and text[m.start() - 1] in ".。":  # part of an ellipsis or a number run
            return m.group(0)
        if char == "?" and garbled:
            return m.group(0)  # "梢钥紤]?": a character lost in decoding stays visible (review.py flags it)
        counts[(char, FULL[char])] += 1
        return FULL[char]

    text = _MARK.sub(mark, text)
    spans = protected_spans(text)

    def parens(m: re.Match) -> str:
        start, end = m.span()
        inner = m.group(1)
        chinese = (any(is_cjk(c) for c in inner) or is_cjk(text[start - 1] if start else None)
                   or is_cjk(text[end] if end < len(text) else None))
        if inside(start, spans) or not chinese:
            return m.group(0)
        counts[("( )", "（ ）")] += 1
        return f"（{inner.strip()}）"

    text = _PARENS.sub(parens, text)
    return text, [Changed("punctuation", before, after, n) for (before, after), n in counts.items()]


def space_chinese_and_latin(text: str) -> tuple[str, list[Entry]]:
    """The guide's style puts a space between Chinese and Latin letters or digits: 逾期 6 年; not in a
    garbled line, where the letters are what is left of characters ("榫W貸"), shown as they came."""
    if strongly_garbled(text):
        return text, []
    spans = protected_spans(text)
    positions = [m.start() for m in _HAN_THEN_LATIN.finditer(text) if not inside(m.start(), spans)
                 and not any(start == m.start() or end == m.start() for start, end in spans)]
    for position in reversed(positions):
        text = text[:position] + " " + text[position:]
    return text, [Changed("spacing", "中文A1", "中文 A1", len(positions))] if positions else []
