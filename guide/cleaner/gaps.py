"""Mark the places where words were visibly cut out of a sentence, instead of guessing them.

Censoring tools delete words and leave traces: an enumeration with nothing in it ("非法行为如、等"),
a 、 with nothing before it, a space between two Chinese characters or two spaces in a row, or a
censor mark standing for the word ("联系平台的 *** 部门", "×××", "口口"). The editor gets a visible
TODO comment at each place and checks the original.
"""
from __future__ import annotations

import re

from guide.cleaner.chinese import HAN, has_han, inside, protected_spans
from guide.cleaner.report import Entry, Marked

MARKER = "<!-- TODO: words seem to be missing here; check the source -->"
EXCERPT = 12  # characters of context each side in the report

_ENUMERATION = re.compile(r"、+(?:等)?")
# Before the 、: an introducer whose list is empty, a punctuation mark, or nothing at all.
_EMPTY_BEFORE = re.compile(r"(?:如|包括|^|[，。；：！？（,;:!?(])$")
# After the 、 (and any 等): punctuation or the end, so no item follows it.
_EMPTY_AFTER = re.compile(r"^(?:$|[，。；：！？）,;:!?)])")
# Censor marks: a run of two or more asterisks, multiplication signs, squares or 口 (not 口口声声),
# with the spaces around it. Placeholders such as XX平台 or 员工XXX are not censorship and stay.
_CENSOR = re.compile(r" *(?:\*{2,}|[×✕╳]{2,}|[□■█]{2,}|口{2,}(?!声)) *")
# A space between two Chinese characters, or before a 、 (the item before it was cut: "通过 、短信").
_SPACE_GAP = re.compile(rf"(?<=[{HAN}]) +(?=[{HAN}、])|(?<=\S) {{2,}}(?=\S)")
# A space between a word and the punctuation after it ("催收 ,", "解决 :"): the word after 催收 was
# cut. Checked before the punctuation step, which would turn " ," into "，" and hide it.
_SPACE_BEFORE_MARK = re.compile(rf"(?<=[{HAN}]) +(?=[,，:：;；.。!！?？])")
# A space after a comma, before the next word ("其中, 催收是…": the word 电话 after the comma was cut).
# Some writers put a space after punctuation; so this counts as a gap only in an article where spaces
# after punctuation are rare (RARE_SPACING: at most one mark in twenty), that is, not the writer's habit.
_SPACE_AFTER_COMMA = re.compile(rf"(?<=[{HAN}][,，]) +(?=[{HAN}])")
_MARK_BEFORE_WORD = re.compile(rf"(?<=[{HAN}])[,，:：;；、。！？!?]( *)(?=[{HAN}])")
RARE_SPACING = 20
# "第一百四十四条 被告经传票传唤…": a statute's text puts a space after the article's number.
_ARTICLE_NUMBER = re.compile(r"第\s*[一二三四五六七八九十百千零〇两\d]+\s*[条條款项項章节節]$")
# A line that starts with a comma: the words before it were cut (junk.py keeps the comma for this).
_LEADING_COMMA = re.compile(rf"^[,，](?=[{HAN}])")


def spaces_after_marks_are_rare(text: str) -> bool:
    """Does the article put a space after a punctuation mark at most once in RARE_SPACING marks?"""
    marks = _MARK_BEFORE_WORD.findall(text)
    return sum(1 for space in marks if space) * RARE_SPACING <= len(marks)


# The name of a law or a standard keeps its real spaces: 《信息安全技术 个人信息安全规范》.
# So does a standard cited by its code, up to the next punctuation mark: "JR/T 0171—2020 个人金融信息保护
# 技术规范", "GB/T 35273-2020 信息安全技术 个人信息安全规范".
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》|\b[A-Z]{2,4}(?:/[TZ])?\s*\d{2,6}(?:[.\-—–]\d{2,4})*[^，。；：！？,;:!?（）()《》\n]{0,60}")


LINK_MIN = 4  # Chinese characters of a phrase the title sets off with spaces


def title_links(title: str) -> tuple[str, ...]:
    """"…一步看清 借錢後未還會發生什麼事 完整解析": the phrases a title sets off with spaces on both sides.
    Where the text sets the same phrase off on both sides, the spaces were a keyword link's (the page
    linked it), not a cut ("催收打 过来" in the title and the text is a cut in both: one space)."""
    parts = title.split()
    return tuple(p for p in parts[1:-1] if len(re.findall(f"[{HAN}]", p)) >= LINK_MIN)


def _link_spans(text: str, links: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spaces around each occurrence of a link's phrase set off on both sides (the space after it
    may have gone into the punctuation mark after it: " X ," became " X，"), and the phrase."""
    return [m.span() for phrase in links for m in re.finditer(rf" +{re.escape(phrase)}(?: +|(?=[，。；：！？、]))", text)]


def _censor_edits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "censor mark") for m in _CENSOR.finditer(text)
            if not inside(m.start(), spans) and m.group(0).strip()]


def _apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[Entry]]:
    edits.sort()
    entries: list[Entry] = [Marked(rule, text[max(0, start - EXCERPT):start] + "[…]" + text[end:end + EXCERPT])
                            for start, end, rule in edits]
    for start, end, _ in reversed(edits):
        text = text[:start] + MARKER + text[end:]
    return text, entries


def mark_censor_marks(text: str) -> tuple[str, list[Entry]]:
    """Only the censor marks: for headings, where spaces separate words and are no evidence of a cut."""
    if not has_han(text):
        return text, []
    return _apply(text, _censor_edits(text, protected_spans(text)))


def mark_gaps(text: str, links: tuple[str, ...] = ()) -> tuple[str, list[Entry]]:
    """`links`: phrases set off with spaces in the title (title_links)."""
    if not has_han(text):
        return text, []
    spans = protected_spans(text) + _link_spans(text, links)
    edits = _censor_edits(text, spans)  # (start, end, rule): replace text[start:end] by the marker
    censored = [(start, end) for start, end, _ in edits]

    titles = [m.span() for m in _BOOK_TITLE.finditer(text)]
    for m in _SPACE_GAP.finditer(text):
        if _ARTICLE_NUMBER.search(text, 0, m.start()) and m.group(0) == " ":
            continue
        if not inside(m.start(), spans) and not inside(m.start(), censored) and not inside(m.start(), titles):
            edits.append((m.start(), m.end(), "space inside a sentence"))
    lead = _LEADING_COMMA.match(text)
    if lead and not inside(0, spans):
        edits.append((lead.end(), lead.end(), "comma at the start of a line (the words before it were cut)"))
    for m in _ENUMERATION.finditer(text):
        if inside(m.start(), spans):
            continue
        empty_before = _EMPTY_BEFORE.search(text[max(0, m.start() - 2):m.start()])
        # "A、等" misses the item after the comma, whatever comes before it.
        empty_after = m.group(0).endswith("等") or _EMPTY_AFTER.match(text[m.end():])
        if empty_before or empty_after:
            edits.append((m.end(), m.end(), "enumeration with missing items"))

    return _apply(text, edits)


def mark_cut_before_punctuation(text: str, after_comma: bool = False, links: tuple[str, ...] = ()) -> tuple[str, list[Entry]]:
    """Mark "催收 ," as a gap (the marker takes the space's place); run before the punctuation step.
    `after_comma`: also ", 催收" (the caller has checked that such spaces are rare in the article)."""
    if not has_han(text):
        return text, []
    spans = protected_spans(text) + [m.span() for m in _BOOK_TITLE.finditer(text)] + _link_spans(text, links)
    edits = [(m.start(), m.end(), "space before a punctuation mark")
             for m in _SPACE_BEFORE_MARK.finditer(text) if not inside(m.start(), spans)]
    if after_comma:
        edits += [(m.start(), m.end(), "space after a comma (rare in this article)")
                  for m in _SPACE_AFTER_COMMA.finditer(text) if not inside(m.start(), spans)]
    return _apply(text, edits)
