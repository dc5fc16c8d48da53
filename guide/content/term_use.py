"""Glossary terms on a page: where each is first used, and whether that use is explained (issue 33:
every legal word is linked to the glossary or explained at its first use; tooltips don't work on
phones). guide/content/term_links.py links the first uses found here; what it cannot link, and
any term a page uses unexplained, is reported by the build (hooks/glossary_links.py) and by
tools/readability.py.

Where terms are looked for: the article's prose (the whole HTML when it has no
`<article class="md-content__inner">`, as a page's content has none before the theme wraps it).
Left out, as guide/content/readability.py leaves them out: headings, the source list, labels,
citation markers, the heading permalinks. Also left out: code, quoted messages (<blockquote>: a
collector's or a scammer's words, not the guide's) and the fill-in letters (`.letter-text`, and
their English version): a reader sends those words, so they are not the guide's to explain; and
the topics page's descriptions (`.topics-about`), each under the link to the page that explains it.
Table cells and <dt> are looked at (a cell is not a sentence, but it is read).

What counts as a use of a term (data/glossary.yml):
- its `term` or one of its `also` forms; where several overlap, the longest wins (失信被执行人名单
  is one use of the defaulter list, not also one of 被执行人), and a `not_in` word of the term
  (征信中心) hides the form inside it;
- English: whole words only, spaces in a form matching any white space, letters as the form
  writes them, except a capital first letter at the start of a sentence ("Payment orders are
  real."): "Court Enforcement Centre" is a name, not "enforcement";
- a form listed in `ordinary` (an everyday word too: "guarantee", "dispute", "savings") only with
  the term in the other language in brackets beside it: "dispute (异议)", "(强制执行, enforcement)".

A first use is explained when it is
- inside a link (to its glossary entry, or to the page that explains it), or
- followed by an explanation: a bracket with words in it, a dash and words, "也就是" / "that is" /
  "which means" and words, or in Chinese a comma and "是" / "就是" / "是指" and words
  ("支付令（法院发的还钱命令）", "payment order - a court order to pay", "非法占有，也就是打算不还",
  "公告送达，就是在公告上通知你"). A bracket holding only the term in the other language
  ("支付令 (payment order)", "payment order (支付令)") is a translation, not an explanation: the
  check looks past it.
"""
from __future__ import annotations

import html as html_lib
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from dataclasses import dataclass

from guide.content.glossary import Term
from guide.content.readability import SKIP_CLASSES, SKIP_TAGS, ArticleWalker

# Table cells hold terms too; their text is checked (guide/content/readability.py leaves tables out only
# because a cell is not a sentence). <dt> is a term being defined: checked as well.
_SKIP_TAGS = (SKIP_TAGS - {"table", "dt"}) | {"code", "kbd", "samp", "blockquote"}
# The topics page's one-line descriptions: each sits under the link to its page, which explains
# the term; a second link inside a list of links is a tap target a thumb hits by mistake.
_SKIP_CLASSES = SKIP_CLASSES | {"letter-text", "letter-english", "topics-about"}
_ARTICLE = re.compile(r"<article\b[^>]*\bclass=\"[^\"]*\bmd-content__inner\b")
_OPEN = "（(〔["
_CLOSE = {"（": "）", "(": ")", "〔": "〕", "[": "]"}
_DASH = re.compile(r"^\s*(?:——|—|–|-{1,2}(?=\s)|[，,]?\s*(?:也就是说?|that is,?|which means|meaning))\s*(?=\S)")
_ZH_DEFINITION = re.compile(r"^[，,]\s*(?:就是|是指|指的?是|是(?![否不]))\s*(?=\S)")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_SENTENCE_END = set(".!?:;→。！？：；")
_LEADING = set(" \t\"'“‘(（[*")


class Prose(ArticleWalker):
    """The prose of a page as one string (`text`), and for any span of it: where it is in the HTML
    (`source_span`), whether it is inside a link (`linked`), and whether it lies in one run of
    text (`one_run`: a run ends at every tag, and a use must lie in one to be wrapped in a link).
    Kept per piece of text (a text node's stretch, an entity), not per character: a tree page
    has 100,000 characters of prose."""

    skip_tags, skip_classes = _SKIP_TAGS, _SKIP_CLASSES

    def __init__(self, html: str) -> None:
        super().__init__(whole=not _ARTICLE.search(html), convert_charrefs=False)
        self.source = html
        self._pieces: list[str] = []
        # per piece: its start in `text`, its start and end in the HTML, whether it is one entity,
        # inside a link, its run (-1: a block break, never part of a use)
        self._at: list[int] = []
        self._segments: list[tuple[int, int, bool, bool, int]] = []
        self._length = 0
        self._run = 0  # a run of text ends at every tag
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.feed(html)
        self.close()
        self.text = "".join(self._pieces)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _add(self, text: str, start: int, end: int, entity: bool = False, run: int | None = None) -> None:
        if not text or not (self._in_article and not self._skip):
            return
        self._pieces.append(text)
        self._at.append(self._length)
        self._segments.append((start, end, entity, self._links > 0, self._run if run is None else run))
        self._length += len(text)

    def _end_block(self) -> None:
        if self._in_article and self._pieces and not self._pieces[-1].endswith("\n"):
            self._add("\n", self._offset(), self._offset(), run=-1)

    def _covering(self, start: int, end: int) -> range:
        """The pieces that hold text[start:end]."""
        return range(bisect_right(self._at, start) - 1, bisect_left(self._at, end))

    def linked(self, start: int, end: int) -> bool:
        return any(self._segments[i][3] for i in self._covering(start, end))

    def one_run(self, start: int, end: int) -> bool:
        runs = {self._segments[i][4] for i in self._covering(start, end)}
        return len(runs) == 1 and -1 not in runs

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Where text[start:end] is in the HTML (an entity it touches is taken whole)."""
        pieces = self._covering(start, end)
        first, last = self._segments[pieces[0]], self._segments[pieces[-1]]
        begin = first[0] if first[2] else first[0] + start - self._at[pieces[0]]
        finish = last[1] if last[2] else last[0] + end - self._at[pieces[-1]]
        return begin, finish

    def handle_starttag(self, tag, attrs):
        self._run += 1
        super().handle_starttag(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._run += 1
        super().handle_startendtag(tag, attrs)

    def handle_endtag(self, tag):
        self._run += 1
        super().handle_endtag(tag)

    def handle_data(self, data):
        start = self._offset()
        self._add(data, start, start + len(data))

    def _reference(self, raw_pattern: re.Pattern) -> None:
        start = self._offset()
        found = raw_pattern.match(self.source, start)
        raw = found.group(0) if found else "&"
        self._add(html_lib.unescape(raw), start, start + len(raw), entity=True)

    def handle_entityref(self, name):
        self._reference(_ENTITY)

    def handle_charref(self, name):
        self._reference(_CHARREF)

    def handle_comment(self, data):
        self._run += 1


_ENTITY = re.compile(r"&[a-zA-Z][-.a-zA-Z0-9]*;?")
_CHARREF = re.compile(r"&#(?:[xX][0-9a-fA-F]+|[0-9]+);?")


@dataclass(frozen=True)
class Use:
    term_id: str
    start: int       # in Prose.text
    end: int
    form: str        # the form as written on the page


@dataclass(frozen=True)
class Unexplained:
    term_id: str
    term: str        # the form found
    context: str     # the text around the first use


@lru_cache(maxsize=2048)
def _pattern(form: str, lang: str) -> re.Pattern:
    """The form's words with any white space between them; English ones lower-cased, to search
    the lower-cased text (a literal search is many times faster than an IGNORECASE one)."""
    return re.compile(r"\s+".join(re.escape(word.lower() if lang == "en" else word) for word in form.split()))


def _find(form: str, text: str, lang: str, folded: str):
    """The matches of `form` in `text` (English: in `folded`, its lower-cased copy, whole words)."""
    if lang != "en":
        return list(_pattern(form, lang).finditer(text))
    found = []
    for match in _pattern(form, lang).finditer(folded):
        start, end = match.span()
        if not ((start and _WORD_CHAR.match(text, start - 1)) or _WORD_CHAR.match(text, end)):
            found.append(match)
    return found


_WORD_CHAR = re.compile(r"[A-Za-z-]")


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _LEADING:
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _SENTENCE_END


def _written_as(found: str, form: str, text: str, start: int) -> bool:
    """English letters as the form writes them; a capital first letter only to start a sentence."""
    found = " ".join(found.split())
    if found == form:
        return True
    return (form[:1].islower() and found == form[:1].upper() + form[1:]
            and _at_sentence_start(text, start))


def _beside_other_language(text: str, start: int, end: int, others: tuple[str, ...], lang: str) -> bool:
    """The term in the other language in a bracket right after the use, or before it in the
    bracket the use is in: "dispute (异议)", "(强制执行, enforcement)"."""
    fold = str.lower if lang == "zh" else str  # an English term on a Chinese page: any case
    after = text[end:end + 60].lstrip(" \t")
    if after and after[0] in _OPEN:
        close = after.find(_CLOSE[after[0]])
        inside = fold(after[1:close] if close > 0 else after[1:])
        if any(fold(o) in inside for o in others):
            return True
    before = text[max(0, start - 60):start].rstrip()
    if not before or before[-1] not in ",，、":
        return False
    before = fold(before[:-1].rstrip())
    for other in map(fold, others):
        rest = before[:-len(other)].rstrip() if before.endswith(other) else ""
        if rest and rest[-1] in _OPEN:
            return True
    return False


def term_uses(text: str, terms: dict[str, Term], lang: str) -> list[Use]:
    """Every use of a glossary term in `text`, in order, none overlapping (the longest form wins)."""
    other = next((l for l in ("zh", "en") if l != lang), lang)
    folded = text.lower() if lang == "en" else text
    if len(folded) != len(text):  # a letter whose lower case is longer: search the text as it is
        folded = text
    candidates: list[tuple[int, int, str | None, str]] = []  # start, end, term id (None: a not_in word), form
    for term in terms.values():
        ordinary = set(term.ordinary.get(lang, ()))
        others = tuple(f for f in term.forms(other))
        for form in term.forms(lang):
            for match in _find(form, text, lang, folded):
                start, end = match.span()
                written = text[start:end]
                if lang == "en" and not _written_as(written, form, text, start):
                    continue
                if form in ordinary and not _beside_other_language(text, start, end, others, lang):
                    continue
                candidates.append((start, end, term.id, written))
        for phrase in term.not_in.get(lang, ()):
            for match in _find(phrase, text, lang, folded):
                candidates.append((match.start(), match.end(), None, text[match.start():match.end()]))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2] is not None))
    taken: list[tuple[int, int, str | None, str]] = []
    used = bytearray(len(text))
    for candidate in candidates:
        start, end = candidate[0], candidate[1]
        if not any(used[start:end]):
            taken.append(candidate)
            used[start:end] = b"\x01" * (end - start)
    return [Use(term_id, start, end, form) for start, end, term_id, form in sorted(taken) if term_id]


def first_uses(text: str, terms: dict[str, Term], lang: str) -> list[Use]:
    """The first use of each term the text uses, in the order of the text."""
    first: dict[str, Use] = {}
    for use in term_uses(text, terms, lang):
        first.setdefault(use.term_id, use)
    return sorted(first.values(), key=lambda u: u.start)


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
        if stripped and stripped[0] in _OPEN:  # ("" is in every string)
            close = stripped.find(_CLOSE[stripped[0]])
            inside = stripped[1:close] if close > 0 else stripped[1:]
            if _is_translation(inside, lang):
                rest = stripped[close + 1:] if close > 0 else ""
                continue
            return _has_words(inside, lang)
        dash = _DASH.match(rest) or (_ZH_DEFINITION.match(rest) if lang == "zh" else None)
        if dash:
            return _has_words(rest[dash.end():dash.end() + 40], lang)
        return False
    return False


def unexplained_uses(prose: Prose, terms: dict[str, Term], lang: str) -> list[Use]:
    """The first uses that are neither inside a link nor followed by an explanation."""
    text = prose.text
    return [use for use in first_uses(text, terms, lang)
            if not prose.linked(use.start, use.end)
            and not explained_after(text[use.end:use.end + 80], lang)]


def context_of(text: str, use: Use) -> str:
    return " ".join(text[max(0, use.start - 20):use.end + 30].split())


def unexplained_terms(html: str, terms: dict[str, Term], lang: str) -> list[Unexplained]:
    """The glossary terms the page uses whose first use is neither linked nor explained."""
    prose = Prose(html)
    return [Unexplained(use.term_id, use.form, context_of(prose.text, use))
            for use in unexplained_uses(prose, terms, lang)]
