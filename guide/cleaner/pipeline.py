"""The cleaner's steps in order, from decoded text to a checked draft and its report."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from guide.cleaner.draft import make_draft
from guide.cleaner.errors import CleanerError
from guide.cleaner.chinese import HAN
from guide.cleaner.gaps import (MARKER, mark_censor_marks, mark_cut_before_punctuation, mark_gaps, spaces_after_marks_are_rare,
                               title_links)
from guide.cleaner.html import html_to_lines
from guide.cleaner.junk import DATA_URL, menu_items, normalise, remove_junk
from guide.cleaner.punctuation import full_width_punctuation, space_chinese_and_latin
from guide.cleaner.report import Changed, Entry, Finding, Removed, Review
from guide.cleaner.review import body_lines, review
from guide.cleaner.rules import ContentRules, load_content_rules
from guide.cleaner.structure import Block, build_blocks, outline
from guide.cleaner.wording import SpunWord, load_spun_words, replace_spun_words


# Longer than any article (a long one is 20,000-50,000 characters): a whole site dump or a data file.
# Refused at once, before any rule runs (a 10 MB input took 22 s and gave 15,747 H2s).
MAX_TEXT = 300_000
MAX_HTML = 5_000_000


@dataclass(frozen=True)
class CleanResult:
    draft: str
    blocks: list[Block]
    entries: list[Entry]

    @property
    def outline(self) -> list[tuple[int, str]]:
        return outline(self.blocks)

    def outline_summary(self) -> str:
        counts = {}
        for block in self.blocks:
            key = f"H{block.level}" if block.kind == "heading" else block.kind
            counts[key] = counts.get(key, 0) + 1
        order = ["H1", "H2", "H3", "paragraph", "ordered", "bullet", "table"]
        names = {"paragraph": "paragraph", "ordered": "numbered item", "bullet": "bullet item", "table": "table row"}
        return ", ".join(f"{counts[k]} {names.get(k, k)}{'s' if k in names and counts[k] != 1 else ''}"
                         for k in order if k in counts)


def _rewrite(block: Block, words: list[SpunWord], entries: list[Entry], rare_spacing: bool = False,
             links: tuple[str, ...] = ()) -> Block:
    # Wording before punctuation (the data file's contexts may name either form of a mark);
    # gaps after punctuation (converting "? " must not leave a space that looks like a gap);
    # spacing last (it only adds spaces, never between two Chinese characters).
    gaps_here = block.kind not in ("heading", "table") and not menu_items(block.text)
    steps = [lambda t: replace_spun_words(t, words)]
    if gaps_here:
        steps.append(lambda t: mark_cut_before_punctuation(t, after_comma=rare_spacing, links=links))
    steps.append(full_width_punctuation)
    if block.kind == "heading":  # headlines use spaces as separators: not evidence of a cut
        steps.append(mark_censor_marks)
    elif gaps_here:  # cells and menu items are separated by spaces
        steps.append(lambda t: mark_gaps(t, links))
    steps.append(space_chinese_and_latin)
    text = block.text
    for step in steps:
        text, found = step(text)
        entries.extend(found)
    return replace(block, text=text)


SPUN_LEFT_RULE = "spun word left as it is ({spun}: the list replaces it by {plain} only in some contexts, and did so elsewhere in this article): did the article mean {plain}?"


def _spun_words_left(blocks: list[Block], words: list[SpunWord], entries: list[Entry]) -> list[Review]:
    """A word the list replaces only in some contexts, replaced somewhere in this article and left
    elsewhere in it ("实行咨询" after "实行核实" became "进行核实"): the spinner's habit shows, so
    the rest is listed for review, not guessed."""
    replaced = {entry.before for entry in entries if isinstance(entry, Changed) and entry.rule == "spun word"}
    doubtful = [w for w in words if w.spun in replaced and (w.branches or w.unless)]
    return [Review(SPUN_LEFT_RULE.format(spun=w.spun, plain=w.plain), block.text, block.line or 0)
            for block in blocks for w in doubtful if w.spun in block.text]


TITLE_GAP_RULE = ("the title has a space where the same words in the text are marked as a gap (words cut out of both?): "
                  "check the source")
_TITLE_SPACE = re.compile(f"(?<=[{HAN}]) +(?=[{HAN}])")


def _gaps_in_title(blocks: list[Block]) -> list[Review]:
    """"网贷逾期催收打 过来" as the title and "网贷逾期催收打 过来,是指…" in the text: a title's spaces are
    usually separators, so they get no marker; but where the text has the same words around a gap
    that was marked, the title lost the same words, and the reviewer is told."""
    title = blocks[0].text
    body = [block.text for block in blocks[1:] if MARKER in block.text]
    found = []
    for m in _TITLE_SPACE.finditer(title):
        left, right = title[max(0, m.start() - 4):m.start()], title[m.end():m.end() + 4]
        if any(left + MARKER + right in text for text in body):
            found.append(Review(TITLE_GAP_RULE, title, 0))
            break
    return found


def _too_long(text: str, limit: int, what: str) -> None:
    if len(text) > limit:
        raise CleanerError(f"is {len(text):,} characters long, more than any article ({what} over {limit:,} is "
                           "refused); pass one article, not a whole site or a data file")


def _draft_line_of(blocks: list[Block], draft: str):
    """A function from an input line to the draft line that holds it (each block is one line)."""
    pairs = sorted((block.line, number) for block, (number, _) in zip(blocks, body_lines(draft)) if block.line)

    h1 = body_lines(draft)[0][0]

    def draft_line(input_line: int) -> int:
        if input_line == 0:  # about the title
            return h1
        best = next((number for line, number in reversed(pairs) if line <= input_line), None)
        return best if best is not None else (pairs[0][1] if pairs else 1)
    return draft_line


def clean(text: str, source: str, title: str | None = None, words: list[SpunWord] | None = None,
          html: bool = False, rules: ContentRules | None = None) -> CleanResult:
    """Clean one decoded article; `source` is the file name recorded in the draft's front matter.

    `html`: the text is a saved web page; its main content is taken out first (guide/cleaner/html.py)
    and its title used unless `title` is given.
    """
    words = load_spun_words() if words is None else words
    rules = load_content_rules() if rules is None else rules
    # Images inlined as data: URLs can be larger than the article; they are not text (junk.py removes them).
    _too_long(DATA_URL.sub("", text) if "data:" in text else text, MAX_HTML if html else MAX_TEXT,
              "a web page" if html else "a text")
    if html:
        text, page_title = html_to_lines(text)
        title = title or page_title
    lines, entries = normalise(text)
    title, lines, found = remove_junk(lines, title)
    entries += found
    if not lines:
        raise CleanerError("nothing is left after removing site chrome and junk; is this an article?")
    blocks, found = build_blocks(title, lines)
    entries += found
    rare_spacing = spaces_after_marks_are_rare("\n".join(block.text for block in blocks))
    links = title_links(blocks[0].text)
    blocks = [_rewrite(block, words, entries, rare_spacing, links) for block in blocks]
    entries += _spun_words_left(blocks, words, entries)
    entries += _gaps_in_title(blocks)
    draft = make_draft(blocks, source)
    draft_line = _draft_line_of(blocks, draft)
    checked: dict[tuple[int, str], Finding] = {}  # one note per line (two rules may doubt the same one)
    gone = {(entry.line, entry.text) for entry in entries if isinstance(entry, Removed)}
    for entry in entries:
        if isinstance(entry, Review) and (entry.line, entry.text) not in gone:  # not about a line removed later
            checked.setdefault((draft_line(entry.line), entry.text), Finding("check", entry.rule, entry.text, draft_line(entry.line)))
    entries += checked.values()
    entries += review(draft, rules)
    return CleanResult(draft, blocks, entries)
