"""Give the cleaned lines a Markdown structure: headings, lists, paragraphs.

Each non-blank line is one block (scraped articles keep a paragraph per line). Heading levels come
from Markdown marks in the source (## and ### keep their order), then from the kind of numbering:
一、 is the top level, （一） and 1. go one level below it; unnumbered short lines are H2 unless
they sit inside a numbered section. A short numbered or bulleted line with text after it, and no
list item next to it (nor one line away, past an item's short second line), is a section heading
written as a list item ("- 先别慌" + paragraph); inside a numbered H3 section it stays an item (the
outline has no H4). Labels in the same brackets (【关键词】 … 【裁判要点】) head the article's parts.
Table rows (| a | b |, as web pages give them) stay together as a table. Levels never skip.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from guide.cleaner import line_signals
from guide.cleaner.chinese import HAN, has_words, is_sentence
from guide.cleaner.junk import Line
from guide.cleaner.line_shapes import bracketed_labels
from guide.cleaner.report import Entry, Removed, Review

HEADING_MAX = 30        # characters; a longer line is a sentence even without a full stop
EXCLAIMED_HEADING_MAX = 15  # "先把证据“锁”好！": a short exclamation on its own line is a heading
NUMBERED_HEADING_MAX = 40
LIST_ITEM_MAX = 20      # characters of an item of a list that lost its bullets
HEADING_RUN_MIN = 3
CHROME_HEADING_RULE = "looks like the page's, not a heading ({why}): kept as text; delete it if it is the site's"
LONE_FIRST_HEADING_RULE = ("a short line right under the title and no other heading like it: kept as text, not a heading "
                           "(a deck, a subtitle or a picture's caption?); delete it if it is the page's")
HEADING_RUN_RULE = "short lines in a row, kept as text, not headings: one sentence broken into lines? (join them if so)"

_CN = "一二三四五六七八九十"
_CN_HEADING = re.compile(rf"^[{_CN}]{{1,3}}\s*[、.．]\s*(?=\S)")
_CN_PAREN_HEADING = re.compile(rf"^[（(][{_CN}]{{1,3}}[)）]\s*(?=\S)")
# "1. text", "1、text", "1）text", "(1) text"; not "3.5 倍" or "2025.".
_ARABIC = re.compile(r"^(?:(\d{1,2})\s*(?:[.．](?!\d)|[、)）])|[（(](\d{1,2})[)）])\s*(?=\S)")
# "I. 借款逾期的定义" (Roman numerals as some articles number their sections).
_ROMAN = re.compile(r"^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[.．、]\s*(?=\S)")
_ROMAN_VALUES = {r: i for i, r in enumerate(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], 1)}
_CIRCLED = re.compile(r"^([\u2460-\u2473\u2776-\u2793])\s*(?=\S)")  # ①..⑳, ❶..❿, ➀..➉, ➊..➓
_BULLET = re.compile(r"^(?:[•·●○◆◇■□▪►▶※]\s*|[-*+–]\s+)(?=\S)")
_SEPARATOR = re.compile(r"^(?:[-—_*=~]\s*){3,}$")
_TABLE_ROW = re.compile(r"^\|.*\|$")
_HEADING_END_OK = "？?"  # a question can be a heading; other closing marks end sentences


@dataclass(frozen=True)
class Block:
    kind: str           # "heading", "paragraph", "ordered", "bullet", "table" (one row)
    text: str
    level: int = 0      # headings: 1..3
    number: int = 0     # ordered items: the number written in the source
    line: int = 0


def _short_heading(text: str, limit: int) -> bool:
    if not has_words(text):
        return False
    if 0 < len(text) <= EXCLAIMED_HEADING_MAX and text[-1] in "！!" and not re.search(r"[。！；，、!;,？?]", text[:-1]):
        return True
    return (0 < len(text) <= limit and not is_sentence(text)
            and (text[-1] not in "。！；：，、…!;:,." or text[-1] in _HEADING_END_OK)
            and "。" not in text)


def _numbered_heading(text: str, limit: int) -> bool:
    """"一、通讯录为啥会被爆？搞懂原理才能反击！": a numbered outline line may end with an exclamation
    (after a question, too) as long as it holds no full stop or semicolon."""
    if _short_heading(text, limit):
        return True
    return (0 < len(text) <= limit and has_words(text) and text[-1] in "！!" and not re.search("[。；;]", text)
            and not is_sentence(text[:-1]))


# "1 先稳住!别被催收牵着鼻子走": steps numbered with a bare number and a space, recognised only as a
# sequence (1, 2, 3 … in order, at least three), since "3 个月内" starts the same way.
_BARE_STEP = re.compile(rf"^(\d{{1,2}}) +(?=[{HAN}])")
BARE_STEPS_MIN = 3
# A line that is all quotation ("不是吧阿sir,他们怎么有我通讯录的?"): someone's words, not a heading.
_QUOTED = re.compile(r"^[\"“「『].*[\"”」』]$")


def _bare_steps(content: list[Line]) -> set[int]:
    """Indexes of the lines of a "1 …", "2 …", "3 …" sequence (numbers in order from 1)."""
    found = [(i, int(m.group(1))) for i, line in enumerate(content) if not line.heading
             for m in [_BARE_STEP.match(line.text)] if m]
    steps, expected = [], 1
    for i, number in found:
        if number == expected:
            steps.append(i)
            expected += 1
    return set(steps) if len(steps) >= BARE_STEPS_MIN else set()


def _style(text: str) -> str:
    """How a list line is numbered or marked ("1.", "1、", "(1)", "①", "-" …): items of one list share it."""
    m = _ARABIC.match(text)
    if m:
        return "(n)" if m.group(2) else re.sub(r"[\d\s]", "", m.group(0))
    if _ROMAN.match(text):
        return "roman"
    if _CIRCLED.match(text):
        return "circled"
    if _BARE_STEP.match(text):
        return "bare"
    m = _BULLET.match(text)
    return m.group(0).strip() if m else ""


def _numbered(text: str) -> tuple[str, int] | None:
    """("arabic", n) for 1. / 1、 / (1) / ①; None otherwise."""
    m = _ARABIC.match(text)
    if m:
        return text[m.end():], int(m.group(1) or m.group(2))
    m = _ROMAN.match(text)
    if m:
        return text[m.end():], _ROMAN_VALUES[m.group(1)]
    m = _CIRCLED.match(text)
    if m:
        code = ord(m.group(1))
        return text[m.end():], code - 0x2460 + 1 if code <= 0x2473 else (code - 0x2776) % 10 + 1
    return None


FLATTENED_RULE = "list items separated by spaces (the page's list lost its marks): made a list; check the items"
FLATTENED_MIN_ITEMS = 3


def _flattened_items(text: str) -> list[str] | None:
    """"信用卡账单的副本 付款收据 财务困难证明" under a line that ends with a colon: the items of a list
    joined by single spaces (not cut words: each part is a short phrase with words, none a sentence)."""
    if "  " in text or _BULLET.match(text) or _numbered(text):
        return None
    parts = text.split(" ")
    if len(parts) < FLATTENED_MIN_ITEMS:
        return None
    if all(has_words(p) and len(p) <= LIST_ITEM_MAX and not re.search("[。！？；!?;]", p) for p in parts):
        return parts
    return None


def _split_flattened_lists(content: list[Line], entries: list[Entry]) -> list[Line]:
    out: list[Line] = []
    for line in content:
        announced = bool(out) and out[-1].text.rstrip()[-1:] in ":："
        items = _flattened_items(line.text) if announced and not line.heading else None
        if items:
            entries.append(Review(FLATTENED_RULE, line.text, line.number))
            out.extend(Line(line.number, "- " + item) for item in items)
        else:
            out.append(line)
    return out


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

    content = _split_flattened_lists(content, entries)

    # First pass: what each line is, and which heading kinds the article uses.
    kinds: list[tuple[str, str, int]] = []  # (kind, text, number)
    bare_steps = _bare_steps(content)
    for position, line in enumerate(content):
        text = line.text
        numbered = _numbered(text)
        if position in bare_steps:
            step = _BARE_STEP.match(text)
            numbered = (text[step.end():], int(step.group(1)))
        if line.heading:
            kinds.append((f"h:md{line.heading}", text, 0))
        elif _TABLE_ROW.match(text):
            kinds.append(("table", text, 0))
        elif _CN_HEADING.match(text) and _numbered_heading(text, NUMBERED_HEADING_MAX):
            kinds.append(("h:cn", text, 0))
        elif _CN_PAREN_HEADING.match(text) and _numbered_heading(text, NUMBERED_HEADING_MAX):
            kinds.append(("h:cn-paren", text, 0))
        elif numbered:
            kinds.append(("ordered", numbered[0], numbered[1]))
        elif _BULLET.match(text):
            kinds.append(("bullet", _BULLET.sub("", text), 0))
        else:
            kinds.append(("paragraph", text, 0))

    # A numbered or bulleted line that stands alone (no list neighbour of its kind and numbering: "2.
    # 短信来源" after the items "(1)", "(2)", "(3)" is not one of them), is short and is followed by text
    # is a heading ("1. 联系客服" / "- 先别慌" + paragraph); items in a run are a list.
    styles = [_style(line.text) for line in content]

    def second_line(j: int) -> bool:  # a short line, no sentence: what a list's item may carry under it
        return kinds[j][0] == "paragraph" and not is_sentence(kinds[j][1]) and _short_heading(kinds[j][1], HEADING_MAX)

    def item(j: int) -> bool:  # a list's line, made a heading or not ("• 第一阶段：…")
        return 0 <= j < len(kinds) and kinds[j][0] in ("ordered", "bullet", "h:arabic", "h:bullet") and bool(styles[j])

    def continues_item(j: int) -> bool:
        """A line under a list item, between it and the next item of its list, or under the last one when
        the item before had a second line too: the items' second lines, never headings."""
        return item(j - 1) and ((item(j + 1) and styles[j + 1] == styles[j - 1])
                                or (item(j - 3) and styles[j - 3] == styles[j - 1] and second_line(j - 2)))

    def restarts(a: int, b: int) -> bool:  # "2. 可能的三种情况" then "1. …": b begins a list of its own, a heads it
        return kinds[a][0] == kinds[b][0] == "ordered" and kinds[a][2] >= 2 and kinds[b][2] == 1

    def mates(a: int, b: int) -> bool:  # b follows a: items of one list (one numbering, or numbers in a row)
        return kinds[a][0] == kinds[b][0] and not restarts(a, b) and (
            kinds[a][0] == "bullet" or styles[a] == styles[b] or kinds[a][2] + 1 == kinds[b][2])

    for index, (kind, text, _) in enumerate(kinds):
        if kind not in ("ordered", "bullet"):
            continue
        neighbours = [kind for a, b in ((index - 1, index), (index, index + 1)) if a >= 0 and b < len(kinds) and mates(a, b)]
        # ... or with one short line between them, each item's second line ("• 第一阶段：…" / "这时语气温和" / "• …")
        neighbours += [kind for a, b in ((index - 2, index), (index, index + 2)) if a >= 0 and b < len(kinds)
                       and mates(a, b) and second_line(a + 1)]
        following = kinds[index + 1][0] if index + 1 < len(kinds) else None
        followed = (following in ("paragraph", "table") or (kind == "ordered" and following == "bullet")
                    or (following is not None and restarts(index, index + 1)))
        if kind not in neighbours and followed and _short_heading(text, HEADING_MAX):
            kinds[index] = ("h:arabic" if kind == "ordered" else "h:bullet",
                            content[index].text if kind == "ordered" else text, 0)

    # Labels in the same brackets on lines of their own ("【关键词】" … "【裁判要点】") head the article's
    # parts: no run below makes them items or text, nor their words (相关, 推荐) the page's.
    labels = bracketed_labels([line.text for line in content])

    # Short lines in a run after a line ending with a colon ("主要材料包括：" 借款合同 / 还款记录 …), or
    # three or more very short ones, are a list that lost its bullets (a page copied as text).
    index = 0
    while index < len(kinds):
        end = index
        while end < len(kinds) and kinds[end][0] == "paragraph" and _short_heading(kinds[end][1], LIST_ITEM_MAX) \
                and end not in after_separator and end not in labels and not _numbered(kinds[end][1]):
            end += 1
        announced = index > 0 and kinds[index - 1][1].rstrip()[-1:] in ":："
        if (announced and end - index >= 2) or (end - index >= 3 and all(len(k[1]) <= 12 for k in kinds[index:end])):
            for j in range(index, end):
                kinds[j] = ("bullet", kinds[j][1], 0)
        index = max(end, index + 1)

    # Unnumbered short lines followed by something are headings; after a separator, longer ones too.
    for index, (kind, text, _) in enumerate(kinds):
        if kind != "paragraph" or index + 1 >= len(kinds):
            continue
        limit = NUMBERED_HEADING_MAX if index in after_separator else HEADING_MAX
        if _QUOTED.match(text) or content[index].text_only or continues_item(index):
            continue  # someone's words in quotation marks are text; so is a label junk.py listed, and an item's line
        if _short_heading(text, limit) and not kinds[index + 1][0].startswith("h:"):
            kinds[index] = ("h:plain", text, 0)
        elif index in after_separator and _short_heading(text, limit):
            kinds[index] = ("h:plain", text, 0)

    # Three or more such lines in a row, with no text between them, are not an outline (each but the
    # last would head an empty section): a sentence broken into lines ("福鼎法院在收到" / "支付令申请
    # 材料后"), a list that lost its marks, or links. They stay as text, listed for review; the last
    # one, which text follows, stays a heading. A short line after them that a heading (or the end)
    # follows is one more of them (it is no heading only for that): then no text follows the last one.
    index = 0
    while index < len(kinds):
        end = index
        while end < len(kinds) and kinds[end][0] == "h:plain":
            end += 1
        one_more = (end > index and end < len(kinds) and kinds[end][0] == "paragraph" and _short_heading(kinds[end][1], HEADING_MAX)
                    and (end + 1 == len(kinds) or kinds[end + 1][0].startswith("h:")))
        if end - index + one_more >= HEADING_RUN_MIN:
            for j in (j for j in range(index, end if one_more else end - 1) if j not in labels):
                kinds[j] = ("paragraph", kinds[j][1], 0)
                entries.append(Review(HEADING_RUN_RULE, kinds[j][1], content[j].number))
        index = max(end, index + 1)

    # A line that looks like the page's (a byline, a caption, a source label: line_signals.py) heads
    # nothing, whatever its marks: it stays text, listed for review (junk.py kept it, unsure).
    for index, (kind, text, number) in enumerate(kinds):
        if kind.startswith("h:") and index not in labels and line_signals.chrome_like(text, line_signals.Where(title=title)):
            kinds[index] = ("paragraph", content[index].text if kind in ("h:arabic", "h:bullet") else text, 0)
            entries.append(Review(CHROME_HEADING_RULE.format(why=line_signals.why(text)), text, content[index].number))

    # A plain heading first under the title, and the article's only heading, would head the whole
    # article: it is a deck, a subtitle or a picture's caption, not a section's name. It stays text,
    # listed for review.
    headings = [index for index, (kind, _, _) in enumerate(kinds) if kind.startswith("h:")]
    if headings == [0] and kinds[0][0] == "h:plain" and len(kinds) > 1:
        kinds[0] = ("paragraph", kinds[0][1], 0)
        entries.append(Review(LONE_FIRST_HEADING_RULE, kinds[0][1], content[0].number))

    # Markdown levels first (the source's own outline; # is a heading like ## when the title is
    # elsewhere), then numbering kinds, then headings written as bullets.
    marked = sorted({kind for kind, _, _ in kinds if kind.startswith("h:md")}, key=lambda k: int(k[4:]))
    ranked = marked + [k for k in ("h:cn", "h:cn-paren", "h:arabic", "h:bullet") if any(kind == k for kind, _, _ in kinds)]
    used = Counter(kind for kind, _, _ in kinds)
    if len(ranked) >= 2 and used[ranked[0]] == 1 and used[ranked[1]] >= 2:
        # One heading above all the others ("## 流程图解析" over four "###"): a label for the whole
        # article, not a level of the outline; it and the sections under it are both H2.
        ranked = ranked[1:] + [ranked[0]]
        level_of = {k: 2 + min(i, 1) for i, k in enumerate(ranked)}
        level_of[ranked[-1]] = 2
    else:
        level_of = {k: 2 + min(i, 1) for i, k in enumerate(ranked)}
    first_heading = next((kind for kind, _, _ in kinds if kind.startswith("h:")), None)
    if first_heading == "h:plain" and not marked and not {"h:cn", "h:cn-paren"} & set(level_of):
        # The article opens its sections with plain headings: 1. / bulleted ones are subsections
        # (一、 is a top level whatever comes before it).
        level_of = {k: 3 for k in level_of}
    # A plain heading followed at once by another plain heading is the parent of the ones after it
    # ("技术拦截策略" then "硬件与软件协同防护"): they are H3 until the next such parent.
    parents = {i for i in range(len(kinds) - 1) if kinds[i][0] == "h:plain" and kinds[i + 1][0] == "h:plain"}
    first_at = next((i for i, (kind, _, _) in enumerate(kinds) if kind.startswith("h:")), None)
    if parents == {first_at}:
        parents = set()  # one parent over everything is a label for the article (as with ## over ###)

    blocks = [Block("heading", title, level=1)]
    previous_level = 1
    section = ("h:title", 1)  # the kind and level of the heading the current section has
    numbered_section_open = False
    parent_open = False
    for index, (kind, text, number) in enumerate(kinds):
        number_line = content[index].number
        if kind == "h:bullet" and section[0] not in ("h:bullet", "h:plain") and section[1] == 3:
            # A heading written as a bullet in a section whose numbered heading is already an H3 would be
            # an H4: it is an item of that section ("• 第一阶段：…" and its line under "1. 三步走").
            kind = "bullet"
        if kind.startswith("h:"):
            if kind == "h:plain" and parents:
                parent_open = parent_open or index in parents
                level = 2 if index in parents or not parent_open else 3
            elif kind == "h:plain":
                level = 3 if numbered_section_open and index not in after_separator else 2
            else:
                level = level_of[kind]
                numbered_section_open = numbered_section_open or level == 2
            if index in after_separator and kind == "h:plain":
                numbered_section_open = False
            level = min(level, previous_level + 1)  # never skip a level
            previous_level = level
            section = (kind, level)
            blocks.append(Block("heading", text, level=level, line=number_line))
        else:
            blocks.append(Block(kind, text, number=number, line=number_line))
    return blocks, entries


def outline(blocks: list[Block]) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in blocks if b.kind == "heading"]
