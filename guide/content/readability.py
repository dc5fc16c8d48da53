"""Plain-language measures of a built page (issue 33; the budget in DESIGN.md, "Content rules").

What is measured, and why:
- Only the article (`<article class="md-content__inner">`), never the navigation, header or
  footer, and within it only text a reader reads as prose. Left out: headings, table cells (th
  and td), the source lists (`aside.page-meta`, the tree's `.tree-sources`), labels (admonition
  titles, <summary>, <dt>, form labels, legends, buttons), the glossary's list of its terms, code
  blocks, the heading permalinks and the citation markers ("[3]", and any "（见 A1）" / "(see A1)"
  / "见 A1" left in text). Headings and table cells are not sentences; a citation is not a word
  the reader reads.
- Every paragraph, list item, definition and line break ends a sentence, whatever its last
  character: a list item with no full stop is one sentence, not the start of the next one.
- Chinese: sentences end at 。！？；(and ! ? ;), with any closing quote or bracket after them. A
  sentence's length is its non-space characters (Han characters, Latin letters, digits,
  punctuation inside it), without the mark that ends it. Only sentences with a Han character count.
- English: Han characters are removed first (the Chinese terms the pages keep in brackets for
  helpers, "(征信)"; an empty bracket left behind goes too). Sentences end at . ! ? followed by a
  space and not a lower-case letter, except after the abbreviations in ABBREVIATIONS ("Art. 675").
  Words are space-separated tokens with a letter or a digit. The Flesch-Kincaid grade is
  textstat's, on the page's sentences joined with a full stop each.
- A sentence repeated on a page counts once: the tree page repeats its outcomes for readers
  without JavaScript, and a reader reads each once.

The budget (`budget`, DESIGN.md "Content rules"): English Flesch-Kincaid grade <= 6 on the median
page and <= 8 on every page; sentences over 25 words <= 5 % and Chinese sentences over 40
characters <= 2 %, over all pages of a language and on every page by itself (the worst page is
shown; a page of fewer than 50 sentences may have one, whatever its share). The site-wide share
can pass while one page is far over it: when the per-page line was added, English was at 1.2 %
over all pages and the letters page at 13 %.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose text is not prose (see above); void elements never get an end tag.
SKIP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "table", "aside", "nav", "script", "style", "pre",
             "button", "label", "legend", "summary", "select", "option", "textarea", "output",
             "noscript", "template", "svg", "dt"}
SKIP_CLASSES = {"headerlink", "cite", "page-meta", "admonition-title", "tree-restart", "tree-lang",
                "tree-so-far", "tree-sources", "offline-note", "tree-badge", "letter-hint", "letter-status", "forget-site",
                "glossary-terms"}
BLOCK_TAGS = {"p", "li", "div", "dd", "blockquote", "section", "details", "ol", "ul", "dl", "article",
              "fieldset", "form", "figure", "figcaption", "tr", "td", "th", "br", "hr"}
VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area", "base", "embed"}
ABBREVIATIONS = ("art", "arts", "no", "nos", "para", "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr",
                 "st", "p", "pp", "cf", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                 "sept", "oct", "nov", "dec", "u.s", "a.m", "p.m")

_CITATION = re.compile(r"\s?[（(](?:见|see)\s*[A-Z]\d{1,3}(?:\s*[、,，]\s*(?:and\s+)?[A-Z]\d{1,3})*\s*[）)]"
                       r"|[，,]?\s*(?:见|see)\s*[A-Z]\d{1,3}(?:\s*[、,，]\s*(?:and\s+)?[A-Z]\d{1,3})*"
                       r"|\[\d{1,3}\]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’…—·]+")
_ZH_END = re.compile(r"(?<=[。！？；!?;])[”’」』）)\"']*")
_EN_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[^a-z\s])")
_WORD = re.compile(r"\S*[A-Za-z0-9]\S*")

ZH_LONG, ZH_VERY_LONG, EN_LONG = 40, 45, 25


class ArticleWalker(HTMLParser):
    """Walks a built page's article (`<article class="md-content__inner">`, or the whole HTML when
    `whole`), keeping track of whether the text at hand is in it, inside an element whose text is
    left out (`skip_tags`, `skip_classes`) and inside a link. Subclasses read the text
    (handle_data) and are told where a block ends (`_end_block`: a paragraph, list item or line)
    and where the article ends (`_end_article`). Shared by this module and guide/content/term_use.py."""

    skip_tags: frozenset[str] | set[str] = SKIP_TAGS
    skip_classes: frozenset[str] | set[str] = SKIP_CLASSES

    def __init__(self, whole: bool = False, **options) -> None:
        super().__init__(**options)
        self._stack: list[tuple[str, bool, bool, bool]] = []  # tag, skips its text, is the article, is a link
        self._in_article = self._whole = whole
        self._skip = self._links = 0

    def _end_block(self) -> None:
        """A block of the article ends here."""

    def _end_article(self) -> None:
        """The article ends here."""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        if self._in_article and tag in BLOCK_TAGS:
            self._end_block()
        if tag in VOID_TAGS:
            return
        is_article = not self._whole and tag == "article" and "md-content__inner" in classes
        skips = self._in_article and (tag in self.skip_tags or bool(classes & self.skip_classes))
        is_link = tag == "a" and bool(attributes.get("href"))
        self._stack.append((tag, skips, is_article, is_link))
        self._skip += skips
        self._links += is_link
        self._in_article = self._in_article or is_article

    def handle_startendtag(self, tag, attrs):
        if self._in_article and tag in BLOCK_TAGS:
            self._end_block()

    def handle_endtag(self, tag):
        if not any(entry[0] == tag for entry in self._stack):
            return  # a stray end tag
        while self._stack:
            open_tag, skips, is_article, is_link = self._stack.pop()
            self._skip -= skips
            self._links -= is_link
            if is_article:
                self._end_article()
                self._in_article = False
            if open_tag == tag:
                break
        if self._in_article and tag in BLOCK_TAGS:
            self._end_block()


class _ArticleText(ArticleWalker):
    """The prose blocks of the article, one string per paragraph, list item or line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._text: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.blocks.append(text)
        self._text = []

    _end_block = _end_article = _flush

    def handle_data(self, data):
        if self._in_article and not self._skip:
            self._text.append(data)


def article_blocks(html: str) -> list[str]:
    """The prose of a built page's article: one string per paragraph, list item or line, with the
    citation markers removed."""
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    parser._flush()
    blocks = (" ".join(_CITATION.sub("", block).split()) for block in parser.blocks)
    return [block for block in blocks if block]


def zh_sentences(blocks: list[str]) -> list[str]:
    """Chinese sentences of the blocks (with their end mark), each once, in order."""
    found: dict[str, None] = {}
    for block in blocks:
        for part in _split_keep(_ZH_END, block):
            if _HAN.search(part):
                found.setdefault(part, None)
    return list(found)


def zh_length(sentence: str) -> int:
    """Non-space characters, without the closing quotes and the mark that end the sentence."""
    body = re.sub(r"[。！？；!?;][”’」』）)\"']*$", "", sentence.strip())
    return len(re.sub(r"\s", "", body))


def en_sentences(blocks: list[str]) -> list[str]:
    """English sentences of the blocks, Han characters removed, each once, in order."""
    found: dict[str, None] = {}
    for block in blocks:
        text = _CJK_RUN.sub(" ", block)
        # what removing the Chinese leaves: "( or)", '" "', a space before punctuation
        text = re.sub(r"[(（][^A-Za-z0-9()（）]*(?:\bor\b[^A-Za-z0-9()（）]*)?[)）]|\"\s*\"", "", text)
        text = re.sub(r"\s+(?=[,.;:!?)])", "", text)
        text = " ".join(text.split())
        for part in _en_split(text):
            if _WORD.search(part):
                found.setdefault(part, None)
    return list(found)


def en_words(sentence: str) -> int:
    return len(_WORD.findall(sentence))


def _split_keep(pattern: re.Pattern, text: str) -> list[str]:
    """`text` cut just after each match of `pattern`, the pieces stripped, empty ones dropped."""
    pieces, start = [], 0
    for match in pattern.finditer(text):
        pieces.append(text[start:match.end()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _en_split(text: str) -> list[str]:
    pieces, start = [], 0
    for match in _EN_END.finditer(text):
        before = text[start:match.start()]
        last = re.search(r"([A-Za-z.]+)\.$", before)
        if last and last.group(1).lower() in ABBREVIATIONS:
            continue
        if re.search(r"\b[A-Z]\.$", before):  # an initial, "J. Smith"
            continue
        pieces.append(text[start:match.end()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


@dataclass
class PageMeasure:
    page: str
    lang: str
    sentences: int
    long: int                    # en: over 25 words; zh: over 40 characters
    longest: int                 # words (en) or characters (zh)
    very_long: int = 0           # zh: over 45 characters
    grade: float | None = None   # en: Flesch-Kincaid grade
    longest_sentence: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def long_share(self) -> float:
        return self.long / self.sentences if self.sentences else 0.0


def measure_zh(page: str, blocks: list[str]) -> PageMeasure:
    sentences = zh_sentences(blocks)
    lengths = [zh_length(s) for s in sentences]
    longest = max(range(len(lengths)), key=lengths.__getitem__) if lengths else None
    return PageMeasure(page, "zh", len(sentences), sum(n > ZH_LONG for n in lengths),
                       lengths[longest] if longest is not None else 0, sum(n > ZH_VERY_LONG for n in lengths),
                       longest_sentence=sentences[longest] if longest is not None else "")


def measure_en(page: str, blocks: list[str], grade_of) -> PageMeasure:
    """`grade_of` is textstat's flesch_kincaid_grade (passed in so that this module imports no
    third-party package and its tests need none)."""
    sentences = en_sentences(blocks)
    words = [en_words(s) for s in sentences]
    longest = max(range(len(words)), key=words.__getitem__) if words else None
    text = " ".join(s if s[-1] in ".!?" else s + "." for s in sentences)
    return PageMeasure(page, "en", len(sentences), sum(n > EN_LONG for n in words),
                       words[longest] if longest is not None else 0,
                       grade=round(grade_of(text), 1) if sentences else None,
                       longest_sentence=sentences[longest] if longest is not None else "")


# --- the budget (DESIGN.md, issue 33) ------------------------------------------------------------

EN_MEDIAN_GRADE, EN_MAX_GRADE, EN_LONG_SHARE, ZH_LONG_SHARE = 6.0, 8.0, 0.05, 0.02
# A page with fewer sentences than this may have one long sentence whatever its share: on a page
# of 36 sentences one long sentence is already 2.8 %, over the Chinese limit (issue 33).
SMALL_PAGE, SMALL_PAGE_LONG = 50, 1


@dataclass(frozen=True)
class BudgetLine:
    name: str
    measured: str
    limit: str
    passed: bool


def page_within(m: PageMeasure, share: float) -> bool:
    """Whether one page keeps its long sentences within `share` of its sentences (a page of fewer
    than SMALL_PAGE sentences may have SMALL_PAGE_LONG whatever its share)."""
    return m.long <= share * m.sentences + 1e-9 or (m.sentences < SMALL_PAGE and m.long <= SMALL_PAGE_LONG)


def _worst_page_line(name: str, pages: list[PageMeasure], share: float) -> BudgetLine:
    """The page furthest over `share` (failing pages first, then by share), with how many fail."""
    worst = max(pages, key=lambda m: (not page_within(m, share), m.long_share))
    failing = sum(not page_within(m, share) for m in pages)
    measured = f"{worst.long_share:.1%} ({worst.page}, {worst.long} of {worst.sentences})"
    if failing > 1:
        measured += f"; {failing} pages over"
    return BudgetLine(name, measured, f"<= {share:.0%} (1 if < {SMALL_PAGE})", failing == 0)


def budget(measures: list[PageMeasure]) -> list[BudgetLine]:
    """The budget's lines: sentence shares over all sentences of a language, then the same share
    page by page (the worst page shown; a page under SMALL_PAGE sentences may have one)."""
    en = [m for m in measures if m.lang == "en" and m.sentences]
    zh = [m for m in measures if m.lang == "zh" and m.sentences]
    lines = []
    if en:
        grades = [m.grade for m in en if m.grade is not None]
        median = statistics.median(grades)
        worst = max(en, key=lambda m: m.grade or 0)
        share = sum(m.long for m in en) / sum(m.sentences for m in en)
        lines += [
            BudgetLine("en Flesch-Kincaid grade, median page", f"{median:.1f}", f"<= {EN_MEDIAN_GRADE:g}",
                       median <= EN_MEDIAN_GRADE),
            BudgetLine("en Flesch-Kincaid grade, every page", f"{worst.grade:.1f} ({worst.page})",
                       f"<= {EN_MAX_GRADE:g}", (worst.grade or 0) <= EN_MAX_GRADE),
            BudgetLine(f"en sentences over {EN_LONG} words", f"{share:.1%}", f"<= {EN_LONG_SHARE:.0%}",
                       share <= EN_LONG_SHARE),
            _worst_page_line(f"en sentences over {EN_LONG} words, worst page", en, EN_LONG_SHARE),
        ]
    if zh:
        share = sum(m.long for m in zh) / sum(m.sentences for m in zh)
        lines += [
            BudgetLine(f"zh sentences over {ZH_LONG} characters", f"{share:.1%}", f"<= {ZH_LONG_SHARE:.0%}",
                       share <= ZH_LONG_SHARE),
            _worst_page_line(f"zh sentences over {ZH_LONG} characters, worst page", zh, ZH_LONG_SHARE),
        ]
    return lines
