"""Remove what the scraper brought along with the article: site chrome, comments, link lists.

Rules work on whole lines (scraped articles keep one paragraph per line). Each rule is narrow:
short lines only, and some only in the header (the lines before the first sentence), because a
removed fact is worse than a leftover menu that the editor deletes in a second.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from guide.cleaner.chinese import comparable, is_sentence
from guide.cleaner.errors import CleanerError
from guide.cleaner.report import Entry, Removed


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line in the decoded input, for the report
    text: str


# Spaces that are not ASCII spaces but mean one (NBSP, ideographic space: paragraph indentation
# and layout in scraped pages), and invisible characters that only get in the way.
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff]")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
# Emoji and pictographs (plus the joiner and variation selector that glue them together).
_EMOJI = re.compile(
    # (U+2776-2793, the dingbat circled digits ❶ ➀ ➊, are list numbers: structure.py keeps them.)
    "[\U0001F000-\U0001FAFF\U0001F1E6-\U0001F1FF\u2600-\u2775\u2794-\u27BF\u2B00-\u2BFF\u2300-\u23FF"
    "\uFE0F\u200D\u20E3]"
)

_DATE = r"\d{4}\s*[-/年.\s]\s*\d{1,2}\s*[-/月.\s]\s*\d{1,2}\s*日?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_META_WORDS = r"来源|出处|作者|编辑|发布者?|发布时间|发表时间|时间|日期|人气|浏览|阅读|点击"


@dataclass(frozen=True)
class _LineRule:
    name: str
    pattern: re.Pattern
    header_only: bool = False
    max_length: int = 80  # a longer line is text, whatever words it contains


_LINE_RULES = [
    _LineRule("breadcrumb", re.compile(r"^(?:当前位置|您的位置|你的位置|位置)\s*[:：]|^首页\s*[>›»]")),
    _LineRule("breadcrumb", re.compile(r"\S\s*[>›»](?:\s*[>›»])*\s*\S|^\s*[>›»]|[>›»]\s*$"), header_only=True),
    _LineRule("date", re.compile(rf"^(?:(?:发布|更新)?(?:时间|日期)\s*[:：]?\s*)?{_DATE}(?:\s*{_TIME})?$"), header_only=True),
    _LineRule("source line", re.compile(rf"^(?:{_META_WORDS})\s*[:：]"), header_only=True),
    _LineRule("source line", re.compile(rf"{_DATE}.*(?:{_META_WORDS})\s*[:：]|(?:{_META_WORDS})\s*[:：].*{_DATE}"), header_only=True),
    _LineRule("page label (正文)", re.compile(r"^(?:文章)?正文(?:内容)?$"), header_only=True),
    _LineRule("font size (字体)", re.compile(r"^【?\s*(?:字体|字号)(?:大小)?\s*[:：】]"), max_length=30),
    _LineRule("font size (字体)", re.compile(r"^【?\s*(?:字体|字号)\s*】?$")),
    _LineRule("correction link (纠错)", re.compile(r"【\s*纠错\s*】|^纠错\s*[:：]?$|^\[\s*纠错\s*\]")),
    _LineRule("editor line (责任编辑)", re.compile(r"责任编辑\s*[:：]"), max_length=40),
    _LineRule("next/previous article (阅读下一篇)", re.compile(r"^【?\s*(?:阅读|查看)?\s*[上下]一篇\s*】?\s*[:：]?"), max_length=60),
    _LineRule("copyright", re.compile(r"(?i)copyright|©|\(c\)\s*\d{4}|版权所有|all rights reserved|未经.{0,8}(?:许可|授权).{0,8}转载|转载请注明"), max_length=120),
    _LineRule("ICP licence", re.compile(r"(?i)icp\s*[备证]|公网安备")),
    _LineRule("page controls", re.compile(r"^(?:[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭|收藏|分享到?|返回顶部|扫一扫|举报)\s*[】\]]?[\s:：|]*)+$"), max_length=40),
]

_COMMENTS_HEADING = re.compile(
    r"^(?:精彩|网友|热门|最新|全部|用户|读者|相关)?(?:评论|留言)(?:区|列表)?\s*(?:[（(]\d+[)）])?\s*[:：]?$"
    r"|^(?:发表|查看|我要)(?:评论|留言)|^共\s*\d+\s*条(?:评论|留言)"
)
# "头像 池依童-律师 2025-03-24", "王律师 3小时前 回复", "网友 小李 2025-03-24 回复"
_ROLE = r"律师助理|实习律师|律师|法律顾问|网友|用户|匿名"
_BYLINE = re.compile(
    rf"^头像\s|^\S{{0,12}}(?:{_ROLE})\S{{0,8}}.*?(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d+\s*(?:分钟|小时|天)前|回复\s*$|\d+楼)"
    r"|\s回复\s*$"
)
_RELATED_HEADING = re.compile(
    r"^(?:相关|推荐|热门|延伸|更多|最新)(?:文章|阅读|推荐|资讯|内容|问题|链接)\s*[:：]?$|^猜你(?:喜欢|想看)\s*[:：]?$"
)
_LINK_LINE = re.compile(r"<a\s|\]\(https?://|^https?://\S+$")
RELATED_MIN_LINES = 3  # fewer short lines at the end are more likely a real closing list
RELATED_MAX_LENGTH = 40


def normalise(text: str) -> tuple[list[Line], list[Entry]]:
    """Split into stripped lines; drop emoji and HTML tags, unify odd spaces."""
    entries: list[Entry] = []
    lines = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = _INVISIBLE.sub("", _SPACES.sub(" ", raw))
        for tag in _HTML_TAG.findall(line):
            entries.append(Removed("HTML tag", tag, number))
        line = _HTML_TAG.sub("", line)
        for emoji in _EMOJI.findall(line):
            if emoji not in "\u200d\ufe0f\u20e3":  # glue characters are not worth a report line
                entries.append(Removed("emoji", emoji, number))
        line = _EMOJI.sub("", line)
        lines.append(Line(number, line.strip()))
    return lines, entries


def _line_rule(text: str, in_header: bool) -> str | None:
    for rule in _LINE_RULES:
        if rule.header_only and not in_header:
            continue
        if len(text) <= rule.max_length and rule.pattern.search(text):
            return rule.name
    return None


def _title_like(text: str) -> bool:
    return 0 < len(text) <= RELATED_MAX_LENGTH and not is_sentence(text) and text[-1] not in "。！；:："


def remove_junk(lines: list[Line], title: str | None = None) -> tuple[str, list[Line], list[Entry]]:
    """Return (title, the article's lines without blanks and junk, report entries).

    The title is the first line left in the header, unless the caller gives one.
    """
    entries: list[Entry] = []
    body_start = next((i for i, line in enumerate(lines) if is_sentence(line.text)), len(lines))
    kept: list[tuple[int, Line]] = []  # (index in `lines`, line)

    def drop(line: Line, rule: str) -> None:
        entries.append(Removed(rule, line.text, line.number))

    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text
        if not text:
            i += 1
            continue
        rule = _line_rule(text, i < body_start)
        if rule:
            drop(line, rule)
            # "阅读下一篇:" alone on its line: the next short line is the linked title.
            if rule.startswith("next/previous") and re.search(r"[:：]\s*$", text):
                nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
                if nxt is not None and _title_like(lines[nxt].text) and not _line_rule(lines[nxt].text, False):
                    drop(lines[nxt], rule)
                    i = nxt
            i += 1
            continue
        if _COMMENTS_HEADING.match(text):
            # Comments come last on these pages: everything after the heading is comments,
            # except chrome lines, which are reported under their own rule.
            for later in lines[i:]:
                if later.text:
                    drop(later, _line_rule(later.text, False) or "comments")
            break
        if len(text) <= 50 and _BYLINE.search(text):
            drop(line, "comments")
            # A byline without a comments heading: its comment is the next line.
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
            if nxt is not None and not _BYLINE.search(lines[nxt].text) and not _line_rule(lines[nxt].text, False):
                drop(lines[nxt], "comments")
                i = nxt
            i += 1
            continue
        if _RELATED_HEADING.match(text) or _LINK_LINE.search(text):
            drop(line, "related articles")
            i += 1
            while i < len(lines) and (not lines[i].text or _title_like(lines[i].text) or _LINK_LINE.search(lines[i].text)):
                if lines[i].text:
                    drop(lines[i], "related articles")
                i += 1
            continue
        kept.append((i, line))
        i += 1

    if title is None:
        first = kept[0] if kept else None
        if first is None or first[0] >= body_start or len(first[1].text) > 60:
            raise CleanerError("no title found: the article should start with its title on a line of its own "
                               "(before the first paragraph); add that line or pass --title")
        title = first[1].text
        kept = kept[1:]
    title = title.strip()

    key = comparable(title)
    article = []
    for _, line in kept:
        if key and comparable(line.text) == key:
            drop(line, "repeated title")
        else:
            article.append(line)
    article = _drop_related_tail(article, entries)
    return title, article, entries


def _drop_related_tail(article: list[Line], entries: list[Entry]) -> list[Line]:
    """A run of short title-like lines after the last sentence is a list of links to other articles,
    unless the sentence before it announces a list (ends with a colon)."""
    last = max((i for i, line in enumerate(article) if is_sentence(line.text)), default=-1)
    tail = article[last + 1:]
    announced = last >= 0 and article[last].text.rstrip()[-1:] in ":："
    if len(tail) >= RELATED_MIN_LINES and not announced and all(_title_like(line.text) for line in tail):
        for line in tail:
            entries.append(Removed("related articles", line.text, line.number))
        return article[: last + 1]
    return article

