"""Glossary terms a built page uses without explaining them (issue 33: every legal word is linked
to the glossary or explained at its first use; tooltips don't work on phones).

A term is explained at its first use in the article's prose (headings, the source list, labels and
citation markers left out, as guide/readability.py leaves them out) when that use is
- inside a link (to its glossary entry, or to the page that explains it), or
- followed by an explanation: a bracket with words in it, a dash and words, or "也就是" / "that is" /
  "which means" and words ("支付令（法院发的还钱命令）", "payment order - a court order
  to pay", "非法占有，也就是打算不还"). A bracket holding only the term in the other
  language ("支付令 (payment order)", "payment order (支付令)") is a translation, not an
  explanation: the check looks past it.
This is a report (tools/readability.py), not a build warning: a strict build fails on warnings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from guide.glossary import Term
from guide.readability import BLOCK_TAGS, SKIP_CLASSES, SKIP_TAGS, VOID_TAGS

# Table cells hold terms too; their text is checked (guide/readability.py leaves tables out only
# because a cell is not a sentence). <dt> is a term being defined: checked as well.
_SKIP_TAGS = SKIP_TAGS - {"table", "dt"}
_OPEN = "（(〔["
_CLOSE = {"（": "）", "(": ")", "〔": "〕", "[": "]"}
_DASH = re.compile(r"^\s*(?:——|—|–|-{1,2}(?=\s)|[，,]?\s*(?:也就是说?|that is,?|which means|meaning))\s*(?=\S)")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


class _LinkedText(HTMLParser):
    """The article's prose as one string, with whether each character is inside a link."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []  # characters
        self.linked: list[bool] = []
        self._stack: list[tuple[str, bool, bool, bool]] = []  # tag, skips, is article, is link
        self._in_article = False
        self._skip = self._links = 0

    def _break(self) -> None:
        if self.text and self.text[-1] != "\n":
            self.text.append("\n")
            self.linked.append(False)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if self._in_article and tag in BLOCK_TAGS:
            self._break()
        if tag in VOID_TAGS:
            return
        is_article = tag == "article" and "md-content__inner" in classes
        skips = self._in_article and (tag in _SKIP_TAGS or bool(classes & SKIP_CLASSES))
        is_link = tag == "a" and bool(attributes.get("href"))
        self._stack.append((tag, skips, is_article, is_link))
        self._skip += skips
        self._links += is_link
        self._in_article = self._in_article or is_article

    def handle_endtag(self, tag):
        if not any(entry[0] == tag for entry in self._stack):
            return
        while self._stack:
            open_tag, skips, is_article, is_link = self._stack.pop()
            self._skip -= skips
            self._links -= is_link
            if is_article:
                self._in_article = False
            if open_tag == tag:
                break
        if self._in_article and tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data):
        if self._in_article and not self._skip:
            self.text.extend(data)  # one item per character, aligned with `linked`
            self.linked.extend([self._links > 0] * len(data))


@dataclass(frozen=True)
class Unexplained:
    term_id: str
    term: str        # the form found
    context: str     # the text around the first use


def linked_text(html: str) -> tuple[str, list[bool]]:
    parser = _LinkedText()
    parser.feed(html)
    parser.close()
    return "".join(parser.text), parser.linked


def _pattern(form: str, lang: str) -> re.Pattern:
    if lang == "en":
        return re.compile(rf"(?<![A-Za-z-]){re.escape(form)}(?![A-Za-z-])", re.I)
    return re.compile(re.escape(form))


def _is_translation(inside: str, lang: str) -> bool:
    """A bracket holding only the other language's words (or a citation-free code like "A1")."""
    if lang == "en":
        return bool(_HAN.search(inside)) and not _LATIN_WORD.search(inside)
    return not _HAN.search(inside)


_POINTER = re.compile(r"^\s*(?:详见|参见|见|see\b|cf\b)", re.I)


def _has_words(inside: str, lang: str) -> bool:
    if _POINTER.match(inside):  # "（见下文）", "(see below)": a pointer, not an explanation
        return False
    if lang == "en":
        return len(_LATIN_WORD.findall(inside)) >= 2
    return len(_HAN.findall(inside)) >= 2


def explained_after(text: str, lang: str) -> bool:
    """Whether `text` (what follows a term) starts with an explanation."""
    rest = text
    for _ in range(2):  # at most one translation bracket before the explanation
        stripped = rest.lstrip()
        if stripped[:1] in _OPEN:
            close = stripped.find(_CLOSE[stripped[0]])
            inside = stripped[1:close] if close > 0 else stripped[1:]
            if _is_translation(inside, lang):
                rest = stripped[close + 1:] if close > 0 else ""
                continue
            return _has_words(inside, lang)
        dash = _DASH.match(rest)
        if dash:
            return _has_words(rest[dash.end():dash.end() + 40], lang)
        return False
    return False


def unexplained_terms(html: str, terms: dict[str, Term], lang: str) -> list[Unexplained]:
    """The glossary terms the page uses whose first use is neither linked nor explained."""
    text, linked = linked_text(html)
    found = []
    for term in terms.values():
        first = None
        for form in term.forms(lang):
            match = _pattern(form, lang).search(text)
            if match and (first is None or match.start() < first.start()):
                first = match
        if first is None:
            continue
        if any(linked[first.start():first.end()]) or explained_after(text[first.end():first.end() + 80], lang):
            continue
        context = " ".join(text[max(0, first.start() - 20):first.end() + 30].split())
        found.append(Unexplained(term.id, first.group(0), context))
    return found
