"""How much a line looks like page chrome, from several weak signals added up (issue 26).

The cleaner's removal rules each know one kind of chrome (a breadcrumb, a byline, a counter), and
every fresh trial met kinds none of them knew: a caption "该图源自网友上传", "（原标题：X）" under the
title, "文|徐晴", "— 第471个故事 —". What such lines share is their shape, not their words: no
sentence, short, made of short segments, a date or a number, a "key:" label, brackets around the
whole line, the title again, the page's interface words, a place above the first sentence or below
the last. One signal alone proves nothing (a section heading is short and has no full stop), so
each adds a weight, prose takes weight away, and the total decides:

- CHROME or more, with at least one sign of what the line is (a label, a name, a picture, the
  page's words ...: shape alone is not enough): the line goes, reported with the signals that added up;
- UNSURE or more: the line stays, listed for review, and is never made the title or a heading;
- below: the line is text.

Keeping a line of chrome costs an editor a second; deleting a line of content loses a fact. So the
CHROME threshold asks for several signals together, and the review band is wide.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from guide.cleaner import chrome
from guide.cleaner.chinese import CLAUSE_COMMA, HAN, comparable, folded, is_sentence
from guide.cleaner.line_shapes import FILE_NAME, QUESTION, TABLE_ROW, holds_title

CHROME = 5.0
UNSURE = 4.0

_END = re.compile(r"[。！？；!?;，,]")  # any mark of a sentence or a clause
_SEGMENTS = re.compile(r"\s*[|｜丨·•>›»@/]\s*|\s+")
SEGMENT_SHORT = 8  # characters of one item of a menu, a byline or a tag list
_DIGITS = re.compile(r"^(?=.*\d)[\d.:：\-/+\s()（）]+$")
_LIST_NUMBER = re.compile(rf"^(?:\d{{1,2}}\s*[.、．)）]|[（(]?[一二三四五六七八九十]+[、)）.．]|第[一二三四五六七八九十\d]+[步章节条点部])")
# Brackets or dashes around the whole line: a note beside the article ("（相關資料圖）", "【导读】",
# "— 这是第471个故事 —"), not a sentence of it.
_FRAMED = re.compile(rf"^(?:[(（\[【「〔][^)）\]】」〕]*[)）\]】」〕]|[—–―~-]+.*[{HAN}A-Za-z].*[—–―~-]+)$")  # (not "「a」b「c」")
# "X：value" with a short key: metadata ("作者：…", "来源：…", "原标题：…"), also inside brackets.
_LABEL = re.compile(rf"^[(（\[【]?[{HAN}]{{1,5}}\s*[:：]")
# Words of the page's interface and of its metadata, the words link bars and bylines are made of;
# in simplified characters, as signals() also reads the line folded (chinese.folded): 來源 is 来源.
_PAGE_WORDS = re.compile(
    r"首页|更多|推荐|相关|上一篇|下一篇|上一页|下一页|回复|发表|登录|注册|分享|收藏|关注|订阅|点击|查看|返回|评论|点赞|转发|阅读|浏览|原创"
    r"|转载|来源|作者|编辑|责编|专辑|记者|通讯员|通訊員|摄影|撰文|图文|实习生|公众号|专栏|栏目|频道|标签|发布|网友|上传|网站|客户端"
    r"|复制链接|已复制|链接已复制|複製連結|已複製|連結已複製")  # (the fold table lacks 複製, 連結)
# A picture's caption: the line names the picture (该图, 资料图, 作者图, 图片来源, 图源自).
# ("截图", "流程图" are things the text talks about, not a caption: only these words count.)
_PICTURE = re.compile(r"(?:^|该|該|本|此|上|下|附|配|资料|資料|作者|网络|網絡|示意|效果)[图圖](?!表|解|书|書)|^[图圖]\s*[:：/]|[图圖](?:片|源)")
# An offer with a price: "再享1000元优惠", "最低只需3998元", "立减200".
_OFFER = re.compile(r"(?:只需|仅需|僅需|低至|再享|立享|立减|立減|特价|特價|限时|限時|免费试用|免費試用|先试用|先試用)\s*\S{0,4}\d"
                    r"|\d+\s*元\s*(?:优惠|優惠|红包|紅包|券)")
# "第471个故事", "第12期": the page counts its posts.
_SERIES = re.compile(r"第\s*\d+\s*[个個期篇集回]")
_BULLET = re.compile(r"^(?:[-*+•·●○◆■▪]\s*)+(?:[\u2460-\u2473\u2776-\u2793]\s*)?")
def _page_words(text: str) -> float:
    """The page's words in the line, each at half weight inside a run of characters: a button, a
    label or a menu item is the word itself ("更多", "来源：", "网友上传"), while inside a run of
    words it may be part of another ("警方指或更多人涉案": 或更多人, a headline's words)."""
    def edge(at: int) -> bool:
        return at <= 0 or at >= len(text) or not re.match(f"[{HAN}]", text[at])
    return sum(1.0 if edge(m.start() - 1) or edge(m.end()) else 0.5 for m in _PAGE_WORDS.finditer(text))


_LATIN_HANDLE = re.compile(r"(?=[A-Za-z0-9_]*[a-z])[A-Za-z][A-Za-z0-9_]{2,15}")  # "chengxj", not "APP"


# Signals that say what kind of line it is; shape alone does not remove a line (verdict).
LABEL, NAME, FRAMED = "a label (key: value)", "a name", "framed by brackets or dashes"
TITLE_AGAIN, PAGE_WORDS = "the title again", "the page's own words (作者, 来源, 分享 …)"
MANY_COPIES = "printed three times or more (a logo's text, a caption)"
ONLY_PAGE_WORDS = "nothing but the page's words (发表回复, 下一页)"
ONLY_WORDS_LEFT = 3  # characters besides the page's words and digits: "列表条" in "评论列表(0条)"
PICTURE, OFFER = "names a picture (该图, 资料图)", "an offer or a call to action"
SEGMENTS = "short segments (a b c)"
# (Not a name: "王某 借款 5万元" heads a case's account.)
KINDS = {LABEL, FRAMED, TITLE_AGAIN, PAGE_WORDS, PICTURE, OFFER, MANY_COPIES}
# Signals no section heading has: a picture's caption, an offer, the title again, a logo's copies, and
# several short segments (a menu, a byline: a heading is one phrase). Brackets, a label and the page's
# words ("【相关法条】", "相关规定") a heading may have too.
NO_HEADING = {PICTURE, OFFER, TITLE_AGAIN, MANY_COPIES, SEGMENTS}


@dataclass(frozen=True)
class Where:
    """Where the line stands: `edge` above the article's first sentence or below its last."""
    edge: bool = False
    title: str | None = None
    many: bool = False  # printed COPIES_MANY times or more on the page (line_shapes.copies)


# "从 IVA 到": a Latin word between two Chinese characters, spaced as Chinese text spaces it.
_SPACED_LATIN = re.compile(rf"(?<=[{HAN}]) +([A-Za-z][A-Za-z0-9.+&'-]*) +(?=[{HAN}])")


def _segments(text: str) -> list[str]:
    """The line's items, without a bullet in front ("- ③ 以贷养贷的恶性循环" is one item); the spaces
    around a Latin word inside a Chinese phrase ("从 IVA 到") are spacing, not separators."""
    return [s for s in _SEGMENTS.split(_SPACED_LATIN.sub(r"\1", _BULLET.sub("", text))) if s]


def _name_like(segments: list[str], text: str) -> bool:
    """A person's or an account's name among the segments: a surname and one or two characters
    ("杜欣"), or a handle in Latin letters in a Chinese line ("chengxj")."""
    label = _LABEL.match(text)
    values = [*segments, text[label.end():].strip()] if label else segments  # "摄影：王五": a label's value
    values = [s.strip("()（）[]【】") for s in values]  # "(刘道伟 作)": a credit in brackets names its author
    if any(chrome.is_lone_name(s) and "某" not in s for s in values):  # (王某, 李某某: a case's parties)
        return True
    return bool(re.search(f"[{HAN}]", text)) and any(_LATIN_HANDLE.fullmatch(s) for s in segments)


def signals(text: str, where: Where = Where()) -> dict[str, float]:
    """Each signal that fires and its weight (negative for signs of prose)."""
    text = text.strip()
    # The vocabulary is read in the text and again in simplified characters ("來源" is "来源"); both,
    # because a word folded in part ("網絡" -> "网絡") may be listed only in its own script.
    both = (text, folded(text))
    found: dict[str, float] = {}
    if not re.search(rf"[{HAN}A-Za-z0-9]", text) or TABLE_ROW.match(text):
        return found  # a separator ("---") is structure; a table's cells are short and have no full stops
    key = comparable(text)
    segments = _segments(text)
    if not _END.search(text):
        found["no sentence or clause mark"] = 1.0
    if len(key) <= 10:
        found["very short"] = 1.0
    elif len(key) <= 20:
        found["short"] = 0.5
    if len(segments) >= 3 and all(len(s) <= SEGMENT_SHORT + 4 for s in segments) \
            and sum(map(len, segments)) / len(segments) <= SEGMENT_SHORT:
        found[SEGMENTS] = 1.5
    elif len(segments) == 2 and all(len(s) <= SEGMENT_SHORT + 4 for s in segments):
        found["two short segments (a | b)"] = 0.75
    if chrome.NUMERIC_DATE.search(text) or chrome.CN_DATE.search(text) or chrome.TIME.search(text):
        found["a date or a time"] = 1.5
    if any(s.isascii() and s.isdigit() for s in segments[1:]) or _SERIES.search(text):  # (a leading number numbers a step)
        found["a counter (a number alone)"] = 1.0
    if _DIGITS.match(text):
        found["digits only"] = 2.0
    label = _LABEL.match(text)
    if label and not is_sentence(text) and not CLAUSE_COMMA.search(text[label.end():]):  # a value, not a clause
        found[LABEL] = 1.0
    if _name_like(segments, text):
        found[NAME] = 1.0
    if _FRAMED.match(text):
        found[FRAMED] = 1.5
    if holds_title(text, where.title):
        found[TITLE_AGAIN] = 2.0
    page_words = max(_page_words(t) for t in both)
    if page_words:
        found[PAGE_WORDS] = min(2.0, page_words * (1.0 if len(key) <= 20 else 0.5))
    if page_words and min(len(re.sub(r"[\d\W_]", "", _PAGE_WORDS.sub("", t))) for t in both) <= ONLY_WORDS_LEFT:
        # "发表回复", "下一页", "评论列表(0条)": nothing but the interface's words (and a count): a
        # button or a tab, not a heading of the text, which names its subject.
        found[ONLY_PAGE_WORDS] = 1.5
    if len(text) <= 40 and any(_PICTURE.search(t) for t in both):
        found[PICTURE] = 2.0
    if any(_OFFER.search(t) or (len(t) <= chrome.CTA_MAX and (chrome.call_to_action(t) or chrome.app_download(t)))
           for t in both):
        found[OFFER] = 2.0
    if where.edge:
        found["above the first sentence or below the last"] = 1.0
    if where.many:
        found[MANY_COPIES] = 1.0
    # Signs of the article's own text.
    if is_sentence(text):
        found["a sentence"] = -3.0
    if CLAUSE_COMMA.search(text):
        found["clauses"] = -1.5
    if any(QUESTION.search(t) for t in both):
        found["a headline's question"] = -1.0
    if _LIST_NUMBER.match(text):
        found["an outline number"] = -1.0
    if text[-1] in ":：" and len(key) >= 3:  # "法律依据：" announces what follows ("来源：" alone is a rule's)
        found["announces what follows"] = -1.0
    return found


# The title quoted whole, in quotation or book-title marks, perhaps with a file's extension or a note.
_QUOTED = re.compile(r"[“「《\"]([^“”「」《》\"]{4,})[”」》\"]")
SITE_SENTENCE_WORDS = 2  # the page's words in it: "由会员分享，可在线阅读", "欢迎在评论区留言，再次访问我们的网站"


def site_sentence(text: str, title: str | None) -> bool:
    """"你有关于“X”的问题，欢迎在评论区留言，再次访问我们的网站", "《X.docx》由会员分享，可在线阅读":
    the site's template sentence, filled in with the article's title (quoted whole) and speaking of
    the page (its comments, its members, reading it online). Every sentence of the line must: "以上就是
    “X”的方法，赶紧去举报吧！别忘了关注我们" ends the article's text with its own advice, and stays."""
    if not title or len(comparable(title)) < 6:
        return False
    key = comparable(title)
    quotes_title = any(comparable(FILE_NAME.sub(r"\g<stem>", m.group(1))).startswith(key) for m in _QUOTED.finditer(text))
    sentences = [part for part in re.split(r"(?<=[。！？!?])", text) if comparable(part)]
    words = [max(len(_PAGE_WORDS.findall(t)) for t in (part, folded(part))) for part in sentences]
    return quotes_title and all(words) and sum(words) >= SITE_SENTENCE_WORDS


def score(text: str, where: Where = Where()) -> float:
    return sum(signals(text, where).values())


def verdict_of(found: dict[str, float]) -> str:
    """"chrome" (remove, reported), "unsure" (keep, listed for review) or "text", for a line's
    signals (signals()).

    Shape alone (short, segments, a date, a number) never removes a line: "2024-11-05 还款 1000 元"
    in a case's account has all of it. Removal also needs a sign of what the line is: a label, a
    name, brackets around it, the title again, the page's words, a picture, an offer."""
    total = sum(found.values())
    if total >= CHROME and KINDS & found.keys():
        return "chrome"
    return "unsure" if total >= UNSURE else "text"


def may_be_heading(found: dict[str, float]) -> bool:
    """Whether a line with these signals could still head a section (no kind says it cannot)."""
    return not NO_HEADING & found.keys()


def verdict(text: str, where: Where = Where()) -> str:
    return verdict_of(signals(text, where))


def named(found: dict[str, float]) -> str:
    """The signals that added up, for the report: "short, a date, a name"."""
    return ", ".join(name for name, weight in found.items() if weight > 0)


def why(text: str, where: Where = Where()) -> str:
    return named(signals(text, where))


def chrome_like(text: str, where: Where = Where()) -> bool:
    """Too chrome-like to be the title or a heading (it may still be kept as text, for review)."""
    return score(text, where) >= UNSURE
