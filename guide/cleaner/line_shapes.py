"""The shapes of one line that several steps read: a table row (and a table's rows flattened), a
headline, the title again, a list mark, a "key: value" line, prose; and the Line the steps pass along.

One home for what junk.py, title.py and line_signals.py each need (line_signals cannot import
junk.py, which imports it). Each pattern here is one definition; where two steps read a shape
differently on purpose, both readings are here, side by side, named for what they catch.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from guide.cleaner import chrome
from guide.cleaner.chinese import CLAUSE_COMMA, HAN, comparable, is_sentence


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line in the decoded input, for the report
    text: str
    heading: int = 0  # 1..6 when the source marked the line as a Markdown heading (#, ##, ...)
    text_only: bool = False  # never a heading (a label that heads nothing: junk.py lists it for review)


# "| a | b |": a row of a table as a web page gives it (its cells are short and have no full stops).
TABLE_ROW = re.compile(r"^\|.+\|$")

# A flattened table: the page lost its table's bars and kept one row per line, cells between spaces.
CELLS_MIN = 3      # cells of a row (fewer are a name and a date, a label and a value)
CELL_MAX = 16      # characters of one cell
ROWS_MIN = 3       # rows in a run, its header row among them
_NO_CELLS = re.compile(r"[。！？；!?;|｜]")


def _cells(text: str) -> list[str] | None:
    cells = text.split()
    if len(cells) < CELLS_MIN or _NO_CELLS.search(text) or any(len(c) > CELL_MAX for c in cells):
        return None
    return cells


def flattened_table(texts: list[str]) -> set[int]:
    """Indexes of the lines that are rows of a table the page flattened ("借款人本人 最常见 不合法 高"):
    ROWS_MIN or more lines of short cells in a row (blank lines between them skipped), about as many
    cells in each (a row may lose its empty last cells), and a table's sign: one column repeating a
    cell ("不合法" in every row) or a number in every row under the header. A menu line has the first
    shape, never the sign; the rows are content, so the rules that delete short lines must spare them."""
    found: set[int] = set()
    run: list[tuple[int, list[str]]] = []
    for i, text in enumerate(texts + [None]):
        if text == "":
            continue
        cells = _cells(text) if text is not None else None
        if cells and (not run or abs(len(cells) - len(run[0][1])) <= 1):
            run.append((i, cells))
            continue
        if len(run) >= ROWS_MIN:
            rows = [c for _, c in run]
            repeated = any(Counter(r[k] for r in rows if len(r) > k).most_common(1)[0][1] >= 2
                           for k in range(1, min(map(len, rows))))
            numbers = all(re.search(r"\d", " ".join(r)) for r in rows[1:])
            if repeated or numbers:
                found.update(i for i, _ in run)
        run = [(i, cells)] if cells else []
    return found


# Headlines of other articles are questions or "how to" lines: "借呗逾期一个月怎么办才好".
HEADLINE = re.compile(r"[？?]|吗|呢|怎么|怎样|如何|什么|多久|多少|哪些|哪个|能否|是否|会不会|能不能|要不要|为什么|为何|攻略|指南|技巧|方法")
# Narrower, for weighing a line (line_signals.py, which reads it in both scripts): the question
# a section's headline asks ("怎么办", "如何", "？"), without the "how to" words (攻略, 方法).
QUESTION = re.compile(r"[？?]|怎么|怎麼|如何|为什么|為什麼|是否|能否|哪些|什么|什麼|吗|嗎")


def headline(text: str) -> bool:
    return bool(HEADLINE.search(text))


# A list's mark or number in front of a line ("- ", "1、", "（一）", "第一步").
LIST_MARK = re.compile(r"^(?:[-*+•·●❶-➓①-⑳]\s*|\d{1,2}\s*[.、．)）]|[（(]?[一二三四五六七八九十]+[、)）.]|第[一二三四五六七八九十\d]+[步章节条点])")
# A template's bullet in front of a line ("• 来源:电脑报").
LEADING_BULLET = re.compile(r"^[•·●▪\-*+]\s*")
# "#中国超2亿人单身#": a social site's topic tag, closed by a second "#" with no space on either side;
# a Markdown heading closes with " #". It is the text's, kept with its marks, never a heading.
TOPIC_TAG = re.compile(r"^#[^#\s][^#\n]{0,40}?(?<=[^#\s])#(?!#)")

# "【裁判要点】": a short label in brackets alone on its line (no mark of a sentence or a clause in it).
_BRACKETED_LABEL = re.compile(rf"^([【\[〔［])(?=(?:[^】\]〕］]*[{HAN}]){{2}})[^【】\[\]〔〕［］。！？；，,:：]{{2,12}}([】\]〕］])$")


def bracketed_labels(texts: list[str]) -> set[int]:
    """Indexes of the lines that are bracketed labels in the same brackets as another such line: the
    parts a case report or a law page heads its text with (【关键词】, 【裁判要点】, 【相关法条】), headings
    whatever words they hold (a page's buttons in brackets are its chrome rules', removed before)."""
    frames = [(m.group(1), m.group(2)) if (m := _BRACKETED_LABEL.match(text.strip())) else None for text in texts]
    count = Counter(frame for frame in frames if frame)
    return {i for i, frame in enumerate(frames) if frame and count[frame] >= 2}


# "某某报告解读.docx": a document's file name, the name a document site shows above its text (its
# "." is not a sentence's end; the name without the extension is the document's title).
FILE_NAME = re.compile(rf"^(?P<stem>[^\s。！？；]*[{HAN}][^。！？；]*?)\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)$", re.I)
TITLE_LIKE_MAX = 40  # characters of a headline-like line (a title, a link to another article)


def title_like(text: str) -> bool:
    return 0 < len(text) <= TITLE_LIKE_MAX and not is_sentence(text) and text[-1] not in "。！；:："


META_WORDS = r"来源|出处|作者|编辑|发布者?|发布时间|发表时间|时间|日期|人气|浏览|阅读|点击"
_META_LABEL = re.compile(rf"^(?:{META_WORDS})\s*[:：]")
LONG_KEY = re.compile(rf"^[{HAN}]{{1,8}}\s*[:：]\s*\S")


def meta_line(text: str) -> bool:
    """"来源:北昆", "作者:周军律师.": a short key, a colon and a value, not a sentence; after a key that
    names the author or the source, a final half-width full stop does not make one ("注意：…来电。" is one)."""
    if len(text) > 30 or not chrome.META_KEY.match(text):
        return False
    return not is_sentence(text) or (bool(_META_LABEL.match(text)) and not is_sentence(text.rstrip(".")))


PROSE_MIN = 20  # "律师在休息时间解答,请耐心等待" (15) is a widget's line


def prose(text: str) -> bool:
    """A line of the article's prose though it has no sentence end: long enough, with a comma between
    clauses (footer lines are names, links and labels, not clauses)."""
    return len(text) >= PROSE_MIN and bool(CLAUSE_COMMA.search(text))


TITLE_PARTS = re.compile(r"\s*[：:？?！!—|｜，,]\s*|\s+-\s+")  # " - php中文网": the title and the site's name


def repeats_title(text: str, title: str) -> str | None:
    """"repeated title" for a copy of the title, with or without a subtitle after it ("X：全面应对…")."""
    key, line = comparable(title), comparable(text)
    if not key:
        return None
    if line == key:
        return "repeated title"
    head_key = comparable(TITLE_PARTS.split(title, maxsplit=1)[0])
    if len(head_key) >= 6 and line == head_key and not is_sentence(text):
        return "repeated title (its first part)"  # "《X》" under "X，全面揭秘与实用解析！"
    if tailed_twin(text, title):
        return "repeated title (with a tail after a dash: a picture's alt text, the page's title)"
    if text.rstrip()[-1:] in ":：":
        return None  # a line announcing what follows, whatever words it shares with the title
    # "X：全面应对逾期还款问题" under the title "X" or "X？全面应对指南": the title (or its first part)
    # and a separator, then another subtitle.
    head = TITLE_PARTS.split(title, maxsplit=1)[0].strip()
    if len(comparable(head)) >= 6 and not is_sentence(text) and len(text) - len(head) <= 21 \
            and text.startswith(head) and TITLE_PARTS.match(text, len(head)):
        return "repeated title (with a subtitle)"
    return None


# "X-示意圖", "X - 某某": a short tail after a dash at the end of a line (no mark in it).
_DASH_TAIL = re.compile(r"\s*[-–—]\s*[^\s\-–—，,。！？!?：:、]{1,8}$")
TWIN_MIN = 10  # characters that count: a shorter line is a name or a label, not a headline
TWIN_RATIO = 0.8  # share of characters two copies of a headline have in common (a word changed between them)


def tailed_twin(text: str, headline: str) -> bool:
    """"X'-示意大圖" near the headline "X" (X' the same words, one changed): the page printed its
    headline twice, once with a tail after a dash (a picture's alt text, the page's <title> with a
    name). A copy, not a subtitle, and not the title."""
    tail = _DASH_TAIL.search(text)
    head = comparable(text[:tail.start()]) if tail else ""
    return (len(head) >= TWIN_MIN and not _DASH_TAIL.search(headline)
            and SequenceMatcher(None, head, comparable(headline)).ratio() >= TWIN_RATIO)


REWORDED_RATIO = 0.6  # share of characters the title and its reworded copy have in common
REWORDED_LENGTH = 0.2  # how much longer or shorter the copy may be, as a share of the title


def reworded_title(text: str, title: str) -> bool:
    """"X遭网贷逼到轻生，娃亲眼目睹" under the title "X被网贷困住轻生，娃目睹": the title said again with
    words changed inside it (in two places or more, or between the same start and end), about as long,
    most characters in common. A section heading may echo the title and end otherwise ("X？先别慌" under
    "X怎么办"); one that names a part of the title is much shorter."""
    line, key = comparable(text), comparable(title)
    if len(key) < TWIN_MIN or abs(len(line) - len(key)) > REWORDED_LENGTH * len(key) or line == key:
        return False
    match = SequenceMatcher(None, line, key)
    changes = [op for op in match.get_opcodes() if op[0] != "equal"]
    inside = len(changes) >= 2 or (line[0] == key[0] and line[-1] == key[-1])
    return inside and match.ratio() >= REWORDED_RATIO


def holds_title(text: str, title: str | None) -> bool:
    """The title's words inside a line not much longer ("（原标题：X）"): a weaker sign than
    repeats_title, for weighing a line (line_signals.py)."""
    key = comparable(title or "")
    line = comparable(text)
    return len(key) >= 6 and key in line and len(line) <= len(key) + 8


COPY_MIN = 8  # characters that count: shorter lines ("是", "注意：") repeat in a text by right
COPIES_MANY = 3  # copies of a line: a caption under each picture, a logo's text, not the text's


def copies(lines: list[Line]) -> tuple[set[int], set[int]]:
    """(input lines that repeat a line above them: printed again right under it or at its third copy
    or more, a picture's caption the page repeats; input lines printed COPIES_MANY times or more).
    The first copy is never among the repeats: what the line says stays once."""
    keys = [comparable(line.text) for line in lines]
    count = Counter(keys)
    seen: set[str] = set()
    again = set()
    for k, (line, key) in enumerate(zip(lines, keys)):
        if len(key) >= COPY_MIN and not line.heading and not TABLE_ROW.match(line.text) and key in seen \
                and (count[key] >= COPIES_MANY or keys[k - 1] == key):
            again.add(line.number)
        seen.add(key)
    many = {line.number for line, key in zip(lines, keys) if len(key) >= COPY_MIN and count[key] >= COPIES_MANY}
    return again, many


def masks_number(line: str, start: int, end: int) -> bool:
    """"4514**09..5179**08": marks at line[start:end]'s ends with a digit or letter outside on both
    sides mask part of a card's or an ID's number (censor marks, never bold): the gap check flags them."""
    before, after = line[start - 1:start] if start else "", line[end:end + 1]
    return bool(re.fullmatch(r"[0-9A-Za-z]", before) and re.fullmatch(r"[0-9A-Za-z]", after))
