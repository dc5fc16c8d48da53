"""Spun-word replacements (data/spun_words.yml via guide/cleaner/wording.py) and punctuation."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from guide.cleaner.errors import CleanerError
from guide.cleaner.punctuation import full_width_punctuation, space_chinese_and_latin
from guide.cleaner.wording import DEFAULT_WORDS, load_spun_words, replace_spun_words

WORDS = load_spun_words()

# (spun word, sentence, expected) — one case for every entry of the data file, at least.
REPLACED = [
    ("之一步", "这是最常见的之一步。", "这是最常见的第一步。"),
    ("常常情况下", "常常情况下，平台会先发短信。", "通常情况下，平台会先发短信。"),
    ("咱们", "咱们先别慌。", "我们先别慌。"),
    ("起因", "分析逾期的起因。", "分析逾期的原因。"),
    ("倘使", "倘使确实逾期了，怎么办？", "如果确实逾期了，怎么办？"),
    ("假若", "假若对方威胁你，要报警。", "如果对方威胁你，要报警。"),
    ("假使", "假使长期不还，会被起诉。", "如果长期不还，会被起诉。"),
    ("倘若", "倘若平台同意分期，要签书面协议。", "如果平台同意分期，要签书面协议。"),
    ("至关要紧", "保存证据至关要紧。", "保存证据至关重要。"),
    ("或是说", "或是说直接查看账户。", "或者说直接查看账户。"),
    ("非法表现", "拒绝任何非法表现。", "拒绝任何非法行为。"),
    ("违法表现", "催收中的违法表现可以投诉。", "催收中的违法行为可以投诉。"),
    ("选用", "选用积极措施应对。", "采取积极措施应对。"),
    ("选用", "不会立刻选用极端手段。", "不会立刻采取极端手段。"),
    ("采用", "并积极采用措施应对。", "并积极采取措施应对。"),
    ("采用", "采用适当的应对措施。", "采取适当的应对措施。"),
    ("采纳", "借款人需要采纳进一步行动。", "借款人需要采取进一步行动。"),
    ("疑惑", "随之而来的逾期疑惑困扰着不少人。", "随之而来的逾期问题困扰着不少人。"),
    ("疑惑", "面对这类疑惑，先别慌。", "面对这类问题，先别慌。"),
    ("疑惑", "在解决逾期疑惑的期间要保持沟通。", "在解决逾期问题的期间要保持沟通。"),
    ("疑惑", "只要冷静就可以妥善应对疑惑。", "只要冷静就可以妥善应对问题。"),
    ("难题", "怎样避免类似难题再次发生", "怎样避免类似问题再次发生"),
    ("难题", "这是否意味着难题已经得到了解决？", "这是否意味着问题已经得到了解决？"),
    ("疑问", "并不意味着疑问已经完全解决。", "并不意味着问题已经完全解决。"),
    # Added from the corpus (issue 15).
    ("不存在收到", "如果不存在收到催收短信，先别担心。", "如果没有收到催收短信，先别担心。"),
    ("未有收到", "借款人未有收到法院传票。", "借款人没有收到法院传票。"),
    ("木有", "木有按时还款会怎样？", "没有按时还款会怎样？"),
    ("疑问", "遇到疑问时先联系客服。", "遇到问题时先联系客服。"),
    ("疑惑", "很多人都有征信疑惑。", "很多人都有征信问题。"),
    ("难题", "遇到难题该怎么办？", "遇到问题该怎么办？"),
    ("熟悉", "借款前要熟悉合同条款。", "借款前要了解合同条款。"),
    ("本身", "要看借款人本身的还款能力。", "要看借款人自己的还款能力。"),
    ("本身", "要学会维护本身的合法权益。", "要学会维护自己的合法权益。"),
    ("本身", "逾期会影响本身的征信。", "逾期会影响自己的征信。"),
    ("致使", "收入下降致使逾期。", "收入下降导致逾期。"),
    ("实行", "平台会委托第三方实行催收。", "平台会委托第三方进行催收。"),
    ("必不可少", "保留证据非常必不可少。", "保留证据非常重要。"),
    ("实行", "拨打法院官方电话实行咨询。", "拨打法院官方电话进行咨询。"),
    ("实行", "法院可能对您的表现实行评价。", "法院可能对您的表现进行评价。"),
    # From the fresh trials of issue 26.
    ("作用", "拒收传票可能存在作用您的信用记录。", "拒收传票可能存在影响您的信用记录。"),
    ("作用", "逾期会作用个人的信用记录。", "逾期会影响个人的信用记录。"),
    ("时分", "找到这个负责人的时分，要说明情况。", "找到这个负责人的时候，要说明情况。"),
    ("首要", "首要我们要找到负责人。", "首先我们要找到负责人。"),
    ("首要", "首要，核实对方身份。", "首先，核实对方身份。"),
    ("假如", "假如没有效果也能够投诉。", "如果没有效果也能够投诉。"),
]

# Context-restricted words where the replacement would be wrong: they must stay.
KEPT = [
    "这让人感到疑惑。",          # 疑惑 = puzzled
    "他疑惑地看着账单。",
    "这是一道难题。",            # 难题 = a hard problem
    "有疑问请拨打官方客服电话。",  # 疑问 = a question
    "选用合适的还款账户。",        # 选用 = select
    "采用新的还款方式。",          # 采用 = adopt (方式 is not in the context)
    "平台采纳了他的建议。",        # 采纳 = accept a suggestion
    "他的表现很好。",              # 表现 alone is an ordinary word
    "这个号码我很熟悉。",          # 熟悉 = familiar (after a degree word)
    "打来的是熟悉的号码。",        # 熟悉的 = familiar
    "大家对这个平台都熟悉。",      # adjective at the end of a clause
    "事情本身并不复杂。",          # 本身 = itself
    "合同本身是有效的。",
    "催收本身的性质并不违法。",
    "各地实行新的规定。",          # 实行 = put into practice
    "身份证是必不可少的材料。",    # 必不可少 = indispensable
    "心存疑问时可以咨询律师。",    # 疑问 = doubt
    "各地实行分级管理。",          # 实行 + a system, not an activity
    "证据起了很大作用。",          # 作用 = effect
    "这份材料的作用不大。",
    "傍晚时分接到了电话。",        # 时分 = time of day
    "首要任务是保存证据。",        # 首要 = foremost
    "这是首要的一步。",
]


@pytest.mark.parametrize("spun,sentence,expected", REPLACED, ids=[f"{c[0]}-{i}" for i, c in enumerate(REPLACED)])
def test_spun_word_is_replaced_and_counted(spun, sentence, expected):
    text, entries = replace_spun_words(sentence, WORDS)
    assert text == expected
    plain = next(w.plain for w in WORDS if w.spun == spun)
    assert [(e.before, e.after, e.count) for e in entries] == [(spun, plain, 1)]


@pytest.mark.parametrize("sentence", KEPT)
def test_context_restricted_word_is_not_replaced_elsewhere(sentence):
    assert replace_spun_words(sentence, WORDS) == (sentence, [])


def test_every_entry_of_the_data_file_has_a_test_case():
    assert {w.spun for w in WORDS} == {case[0] for case in REPLACED}


def test_each_change_is_counted():
    _, entries = replace_spun_words("咱们先别慌，咱们一起想办法，咱们能行。", WORDS)
    assert [(e.before, e.count) for e in entries] == [("咱们", 3)]


def test_data_file_keys_for_the_content_test():
    data = yaml.safe_load(DEFAULT_WORDS.read_text(encoding="utf-8"))
    for entry in data:
        assert {"spun", "plain", "banned_in_guide", "why"} <= set(entry), entry
        assert isinstance(entry["banned_in_guide"], bool)
        if entry.get("context"):
            # A bare word allowed in some contexts cannot be banned everywhere.
            assert entry["banned_in_guide"] is False, entry["spun"]


@pytest.mark.parametrize("content,message", [
    ("- spun: 咱们\n  plain: 我们\n  why: x\n", "banned_in_guide"),
    ("- spun: 咱们\n  plain: 我们\n  banned_in_guide: true\n  why: x\n  typo: 1\n", "unknown key"),
    ("- spun: 疑惑\n  plain: 问题\n  banned_in_guide: false\n  why: x\n  context:\n    - before: '(逾期'\n", "entry 1 (疑惑)"),
    ("spun: 咱们\n", "YAML list"),
    ("- spun: [\n", "cannot read"),
])
def test_mistakes_in_the_word_list_are_clear(tmp_path: Path, content, message):
    path = tmp_path / "words.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CleanerError, match=message.replace("(", r"\(").replace(")", r"\)")) as error:
        load_spun_words(path)
    assert error.value.path == str(path)


# --- punctuation ---------------------------------------------------------------------------

@pytest.mark.parametrize("before,after", [
    ("逾期以后,先联系客服", "逾期以后，先联系客服"),
    ("网贷还未收到短信?别慌", "网贷还未收到短信？别慌"),
    ("怎么办? 及时联系平台", "怎么办？及时联系平台"),
    ("注意以下几点:核实身份", "注意以下几点：核实身份"),
    ("先核实;再协商", "先核实；再协商"),
    ("一定要冷静!", "一定要冷静！"),
    ("按时还款.遇到困难", "按时还款。遇到困难"),
    ("共3笔,2笔已还", "共3笔，2笔已还"),
    ("通过短信,APP推送提醒", "通过短信，APP推送提醒"),
    ("说明情况(例如收入下降)", "说明情况（例如收入下降）"),
    ("等等...", "等等……"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 12 else None)
def test_half_width_punctuation_in_chinese_becomes_full_width(before, after):
    text, entries = full_width_punctuation(before)
    assert text == after and entries


@pytest.mark.parametrize("text", [
    "利率是3.5倍，时间是21:51，金额1,000元。",
    "详见https://www.example.com/a,b?c=1:2;x!官方页面",
    "发邮件到help@example.com.cn咨询",
    "This is an English sentence, isn't it? Yes: it is (mostly).",
    "这叫催收, which means debt collection.",
    "<!-- TODO: words seem to be missing here; check the source -->",
])
def test_numbers_urls_and_english_keep_their_punctuation(text):
    assert full_width_punctuation(text) == (text, [])


def test_each_punctuation_change_is_counted():
    _, entries = full_width_punctuation("第一,第二,第三?")
    assert {(e.before, e.after, e.count) for e in entries} == {(",", "，", 2), ("?", "？", 1)}


def test_space_between_chinese_and_latin_or_digits():
    text, entries = space_chinese_and_latin("逾期6年没还,用APP查询，见https://x.cn/a1")
    assert text == "逾期 6 年没还,用 APP 查询，见https://x.cn/a1"
    assert entries[0].count == 4
