"""Pinyin shorthand for the Chinese index (guide/search/shorthand.py): every word of the site's
vocabulary gets its initials as a key; a key stands for the site's most telling words; keys the
pages use as words of their own, and the English index, get none."""
from __future__ import annotations

import re

from guide.search.shorthand import add_shorthand, initials, pinyin_map, shorthand_map

SPLIT = re.compile(r"[\s\u200b，。]+").split
# a stand-in for jieba's general Chinese counts: 这些 and 执行 are everyday words, 征信 is not
GENERAL = {"这些": 40000, "执行": 15000, "征信": 30, "逾期": 120, "还款": 130}


def doc(title="", text="", terms="", summary=""):
    return {"location": "x/", "title": title, "text": text, "terms": terms, "summary": summary}


def build(docs, thesaurus=()):
    return shorthand_map(docs, SPLIT, thesaurus, lambda phrase: phrase.split(), lambda w: GENERAL.get(w, 0), 60_000_000)


def test_initials_are_the_pinyin_first_letters():
    assert initials("逾期") == "yq" and initials("征信") == "zx" and initials("信用卡") == "xyk"


def test_a_key_stands_for_the_sites_telling_words_first():
    found = build([doc(title="征信\u200b报告"), doc(title="执行\u200b程序"), doc(terms="这些\u200b这些"),
                   doc(title="征信\u200b异议", summary="这些"), doc(title="还款\u200b逾期")])
    # 这些 is named as often as 执行, but Chinese at large uses it everywhere
    assert found["zx"] == ["征信", "执行", "这些"], found["zx"]
    assert found["yq"] == ["逾期"] and found["hk"] == ["还款"]


def test_a_word_named_once_in_passing_gets_no_key():
    assert "qs" not in build([doc(summary="起诉")]) and "qs" not in build([doc(text="起诉")])
    assert build([doc(title="起诉")])["qs"] == ["起诉"]


def test_a_key_that_the_pages_use_as_a_word_is_left_to_that_word():
    found = build([doc(title="申请\u200b提醒 app"), doc(title="申请\u200b提醒"), doc(text="sq 是 什么")])
    assert "sq" not in found and found["tx"] == ["提醒"]


def test_thesaurus_words_count_as_vocabulary():
    assert build([doc(text="上门")], thesaurus=["上门 催收", "上门"])["sm"] == ["上门"]


def test_the_chinese_index_gets_initials_and_the_english_one_pinyin():
    index = {"config": {"separator": r"[\s\u200b]+"},
             "docs": [doc(title="逾期\u200b还款"), doc(title="逾期"), doc(title="Payment order (支付令)")]}
    general = (lambda w: 0, 1000)
    assert add_shorthand(index, "zh", [["逾期", "过期"]], str.split, *general, list)["config"]["shorthand"]["yq"] == ["逾期"]
    # lenders' names lend the query no words, so they are no vocabulary of the shorthand
    names = {"names": ["逾期", "借呗"], "as": "平台"}
    assert add_shorthand(index, "zh", [names], str.split, *general, list) == add_shorthand(index, "zh", [], str.split,
                                                                                         *general, list)
    assert add_shorthand(index, "en", [], str.split, *general, list)["config"]["shorthand"] == {"zhifuling": ["支付令"]}


def test_english_headings_give_their_bracketed_terms_as_pinyin_with_the_words_inside():
    subwords = {"失信被执行人": ["失信", "执行", "执行人"]}.get
    found = pinyin_map([doc(title="Defaulter list (失信被执行人)"), doc(title="Credit report（征信）"),
                        doc(title="Enforcement (强制执行)", text="Ask the court (法院) first")],
                       SPLIT, lambda term: subwords(term, []))
    assert found["shixin"] == ["失信"] and found["shixinbeizhixingren"] == ["失信被执行人"]
    assert found["zhengxin"] == ["征信"] and found["zhixing"] == ["执行"]
    assert "fayuan" not in found  # a term in the text only: the pages quote whole letters there


def test_a_pinyin_key_the_english_pages_use_as_a_word_is_left_to_that_word():
    found = pinyin_map([doc(title="Credit report (征信)", terms="check zhengxin online")], SPLIT, lambda t: [])
    assert "zhengxin" not in found


def test_a_four_character_word_gets_a_key_only_when_chinese_at_large_knows_it():
    known = {**GENERAL, "暴力催收": 12}
    docs = [doc(title="暴力\u200b催收"), doc(title="暴力催收"), doc(title="被起诉了"), doc(title="被起诉了"),
            doc(title="案号"), doc(title="案号")]
    found = shorthand_map(docs, SPLIT, (), str.split, lambda w: known.get(w, 0), 60_000_000)
    assert found["blcs"] == ["暴力催收"]
    assert "bqsl" not in found          # a run the segmenter glued together: no reader types its initials
    assert found["ah"] == ["案号"]       # short words need no dictionary
