"""Character classes for Chinese text, and the spans (URLs, comments, code) no rule may touch."""
from __future__ import annotations

import re
import unicodedata

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
# Full-width punctuation and brackets used in Chinese sentences.
CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014"
# Pinyin as converters annotate characters with it ("網(wǎng)"): the vowels with a tone mark, and
# every letter a syllable may hold.
TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_LETTERS = "a-zü" + TONE_MARKED
_HAN_RE = re.compile(f"[{HAN}]")
_CJK_RE = re.compile(f"[{HAN}{CJK_PUNCT}]")

# A sentence ends with one of these; a heading usually does not.
CLOSING = "。！？；：，、…!?;:,."

# URLs, e-mail addresses, HTML comments (our own TODO markers) and inline code keep every byte.
_PROTECTED = re.compile(
    r"<!--.*?-->"
    r"|`[^`\n]*`"
    rf"|(?:https?://|www\.)[^\s{HAN}{CJK_PUNCT}<>\"]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.S,
)


def is_han(char: str | None) -> bool:
    return bool(char) and bool(_HAN_RE.match(char))


def is_cjk(char: str | None) -> bool:
    """A Chinese character or full-width punctuation: evidence that the text around is Chinese."""
    return bool(char) and bool(_CJK_RE.match(char))


def has_han(text: str) -> bool:
    return bool(_HAN_RE.search(text))


def protected_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PROTECTED.finditer(text)]


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def comparable(text: str) -> str:
    """Text stripped of spaces, punctuation and symbols: two copies of a title compare equal."""
    return "".join(c for c in text.lower() if not c.isspace() and unicodedata.category(c)[0] not in "PSZ")


# "而在平時,我常常邀請…": two clauses joined by a comma, a sign of prose (a name, a link or a label has none).
CLAUSE_COMMA = re.compile(f"[{HAN}][，,][{HAN}]")

_HALF_WIDTH_STOP = re.compile(f"[{HAN}][.;]")


def is_sentence(text: str) -> bool:
    """A line of running text rather than a title, label or link (some articles end their
    sentences with half-width marks, hence the second test)."""
    return any(mark in text for mark in "。！；") or bool(_HALF_WIDTH_STOP.search(text)) or len(text) >= 60


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def has_words(text: str) -> bool:
    """Does the line say something: two Chinese characters, or two Latin words? A view count and a
    time stamp ("6 2026-03-04 06:54:40") or what is left of an image link ("jpg)") do not."""
    return len(re.findall(f"[{HAN}]", text)) >= 2 or len(_LATIN_WORD.findall(text)) >= 2


# Traditional characters of the page's vocabulary (metadata keys, interface words, bylines) and
# their simplified forms, so that one list of words matches both scripts: "來源：", "瀏覽：", "發表回覆"
# are "来源：", "浏览：", "发表回复". Used only to decide what a line is, never to change its text.
_TRADITIONAL = ("來編輯發佈時間閱讀瀏覽評論數責記者攝實習專欄頻標籤傳戶號眾薦關註冊錄網圖說訊擊點頁復覆轉載創訂"
                "導熱門資條碼掃歡討體這個們頭價優紅廣壇帖齊興態聯繫權歸處氣讚藝詢問題答據覽數檔顯"
                "類別簡繁臺灣區")
_SIMPLIFIED = ("来编辑发布时间阅读浏览评论数责记者摄实习专栏频标签传户号众荐关注册录网图说讯击点页复复转载创订"
               "导热门资条码扫欢讨体这个们头价优红广坛帖齐兴态联系权归处气赞艺询问题答据览数档显"
               "类别简繁台湾区")
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)


def folded(text: str) -> str:
    """`text` with the page vocabulary's traditional characters in their simplified form."""
    return text.translate(_FOLD)
