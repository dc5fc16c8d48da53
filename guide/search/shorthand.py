"""Readers' pinyin shorthand for the site's Chinese words, derived from the search index itself.

On forums and in WeChat readers type the loan words as pinyin initials or whole pinyin: yq (逾期),
zx (征信), hk (还款), cs (催收), "网贷yq了", "zhengxin". The build gives the Chinese index a map
from each such key to the site's words it can stand for (and the English index one from the whole
pinyin of the Chinese terms its headings give: see pinyin_map), so every term the pages use has its
shorthand without a hand-made list. The search worker (search-segment.js) reads a Latin token of
the query as those words only when it is a whole token and no page uses it as a word of its own.

Which words: the site's vocabulary, not every word of the text. A word counts when it is in a
title, a short answer, the reader phrasings (terms) or the thesaurus, and a key's words are
ranked by how much more the site uses them than Chinese at large (jieba's general word counts):
"zx" stands for 征信 and 执行, not for 这些; "hk" for 还款. Whole pinyin is left out of the Chinese
map: Chinese readers rarely type it, and its keys would double the map. A word of four characters
needs to be a word Chinese at large knows (暴力催收, 停息挂账, 诉讼时效): the segmenter also glues
a run it does not know into one (被起诉了, 能离开吗), a phrase of the pages that no reader types as
initials, and such keys were two in five of the map.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Callable, Iterable

from pypinyin import Style, lazy_pinyin

from guide.search.thesaurus import expanding_words

_HAN_WORD = re.compile(r"^[\u3400-\u9fff]{2,4}$")
_BRACKETED = re.compile(r"[(（]\s*([\u3400-\u9fff]{2,10})\s*[)）]")  # "Payment order (支付令)"
_TAG = re.compile(r"<[^>]+>")
# where a word names what a section is about, and how much that says
KEY_FIELDS = {"title": 3, "terms": 2, "summary": 1}
TEXT_SECTIONS = 5     # ... and a word in this many sections' text counts as named once (合同)
MIN_SCORE = 2         # a word named once in passing (one phrase of the terms) gets no key
MAX_WORDS = 3         # words one key may stand for (zx: 征信, 执行, 咨询)
MIN_SHARE = 0.25      # ... each at least this share as telling as the key's best word
PHRASE_LENGTH = 4     # words this long get a key only when Chinese at large knows them


def initials(word: str) -> str:
    return "".join(lazy_pinyin(word, style=Style.FIRST_LETTER)).lower()


def pinyin(word: str) -> str:
    return "".join(lazy_pinyin(word)).lower()


def _words(text: str, split: Callable[[str], list[str]]) -> set[str]:
    return {w for w in split(_TAG.sub(" ", text or "")) if _HAN_WORD.match(w)}


def _latin_words(docs: list[dict], split: Callable[[str], list[str]]) -> set[str]:
    """The pages' own Latin words (app, id, zhengxin): a key that is one of them means that word."""
    return {w.lower() for doc in docs for field in ("title", "text", "summary", "terms")
            for w in split(_TAG.sub(" ", doc.get(field, "") or "")) if w.isascii()}


def shorthand_map(docs: Iterable[dict], split: Callable[[str], list[str]], thesaurus_words: Iterable[str],
                  segment: Callable[[str], Iterable[str]], general_count: Callable[[str], int],
                  general_total: int) -> dict[str, list[str]]:
    """{initials: [word, ...] most telling first} for the site's vocabulary. `docs` are index
    entries (title, text, summary, terms as HTML or text), `split` cuts a field into words as the
    index does, `segment` cuts a thesaurus phrase into words, `general_count(word)` is how often
    Chinese at large uses a word, out of `general_total`."""
    docs = list(docs)
    score: Counter[str] = Counter()
    in_text: Counter[str] = Counter()
    latin = _latin_words(docs, split)
    for doc in docs:
        for field, weight in KEY_FIELDS.items():
            for word in _words(doc.get(field, ""), split):
                score[word] += weight
        in_text.update(_words(doc.get("text", ""), split))
    for word, sections in in_text.items():
        score[word] += sections >= TEXT_SECTIONS
    for phrase in thesaurus_words:
        for word in segment(phrase):
            if _HAN_WORD.match(word):
                score[word] += 1
    by_key: dict[str, list[tuple[float, str]]] = {}
    for word, value in score.items():
        key = initials(word)
        # a key the pages use as a word of their own (app, id) means that word
        if value < MIN_SCORE or not (key.isascii() and key.isalpha()) or key in latin:
            continue
        if len(word) >= PHRASE_LENGTH and not general_count(word):
            continue
        telling = value * math.log(general_total / (general_count(word) + 1))
        by_key.setdefault(key, []).append((telling, word))
    result: dict[str, list[str]] = {}
    for key in sorted(by_key):
        ranked = sorted(by_key[key], key=lambda tw: (-tw[0], tw[1]))
        top = ranked[0][0]
        result[key] = [word for telling, word in ranked[:MAX_WORDS] if telling >= MIN_SHARE * top]
    return result


def pinyin_map(docs: Iterable[dict], split: Callable[[str], list[str]],
               subwords: Callable[[str], Iterable[str]]) -> dict[str, list[str]]:
    """{whole pinyin: [word, ...]} for the Chinese terms an English index's headings give in
    brackets, "Payment order (支付令)": a reader who met the term on a letter or in a chat types
    it as pinyin (zhifuling, zhengxin, laolai). The words inside a long term count too (失信 of
    失信被执行人 for "shixin"), `subwords` giving them (jieba's cut_for_search). Headings only:
    the pages' text quotes whole Chinese letters, and their words would triple the map. A key
    the pages use as a word of their own is left out."""
    docs = list(docs)
    latin = _latin_words(docs, split)
    terms = [term for doc in docs for term in _BRACKETED.findall(_TAG.sub(" ", doc.get("title", "") or "").replace("\u200b", ""))]
    found: dict[str, list[str]] = {}
    for term in terms:
        for word in [term, *subwords(term)]:
            key = pinyin(word)
            if len(word) > 1 and key.isascii() and key.isalpha() and key not in latin:
                words = found.setdefault(key, [])
                if word not in words and len(words) < MAX_WORDS:
                    words.append(word)
    return dict(sorted(found.items()))


def add_shorthand(index: dict, lang: str, thesaurus: list, segment: Callable[[str], Iterable[str]],
                  general_count: Callable[[str], int], general_total: int,
                  subwords: Callable[[str], Iterable[str]]) -> dict:
    """The index with config.shorthand: in Chinese, the initials of the site's vocabulary
    (shorthand_map, which explains the other arguments); in English, the whole pinyin of the
    Chinese terms its headings give (pinyin_map)."""
    config = index.get("config", {})
    split = re.compile(config.get("separator") or r"[\s\u200b]+").split
    if lang.startswith("zh"):
        words = [w for group in thesaurus for w in expanding_words(group)]
        found = shorthand_map(index.get("docs", []), split, words, segment, general_count, general_total)
    else:
        found = pinyin_map(index.get("docs", []), split, subwords)
    return {**index, "config": {**config, "shorthand": found}}
