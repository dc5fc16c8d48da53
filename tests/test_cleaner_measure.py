"""The measure of issue 26 (tools/cleaner_measure.py) counts what a reviewer would have to delete or
restore; these are its checks on small articles written for them."""
from __future__ import annotations

from pathlib import Path

from tools.cleaner_measure import judge

TITLE = "网贷逾期后收到催收短信怎么办"
PARA = "收到催收短信以后，先核实对方的身份，再决定怎样回应。"
PARA2 = "如果短信里有威胁的内容，请截图保存，必要时向有关部门反映。"


def verdict(tmp_path: Path, lines: list[str], **entry):
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return judge(tmp_path, {"file": "a.txt", **entry})


def test_chrome_kept_as_a_paragraph_is_not_clean(tmp_path):
    # "本站会员专享" is no chrome the cleaner knows; listed as chrome, a draft that keeps it needs a deletion.
    result = verdict(tmp_path, [TITLE, PARA, "本站会员专享的内容，登录以后可以看到全文。", PARA2], title=TITLE, chrome=["本站会员专享的内容，登录以后可以看到全文。"])
    assert result.problems == ["chrome kept as a paragraph: '本站会员专享的内容，登录以后可以看到全文。'"]
    assert verdict(tmp_path, [TITLE, PARA, PARA2], title=TITLE, chrome=["本站会员专享的内容，登录以后可以看到全文。"]).clean


def test_chrome_glued_to_a_line_of_text_is_counted(tmp_path):
    result = verdict(tmp_path, [TITLE, "【推广】" + PARA, PARA2], title=TITLE, chrome_parts=["【推广】"])
    assert result.problems == ["chrome left inside a line: '【推广】'"]


def test_a_spun_word_put_back_is_no_loss(tmp_path):
    # "2. 银行卡冻结的起因" comes out as "银行卡冻结的原因": a short line whose 3-grams mostly changed.
    assert verdict(tmp_path, [TITLE, PARA, "2. 银行卡冻结的起因", PARA2], title=TITLE).clean


def test_a_copy_without_a_title_line_must_be_refused_without_one(tmp_path):
    # A title the cleaner finds in a copy that has none is a line of the text (or chrome).
    lines = [PARA, "这是怎么一回事呢？", PARA2]
    assert verdict(tmp_path, lines, given=TITLE).clean
    result = verdict(tmp_path, [PARA, "支付令是什么？网贷逾期后收到支付令该怎么办？", PARA2], given=TITLE)
    assert [p for p in result.problems if p.startswith("took")]


def test_chrome_with_a_todo_marker_in_it_is_still_counted(tmp_path):
    # "…只需 3998元 。": the cleaner marks the space as a gap; the marker is ours, the line still chrome.
    ad = "某某律所顾问服务：先试用，满意再付款，最低只需 3998元 。"
    result = verdict(tmp_path, [TITLE, PARA, ad, PARA2], title=TITLE, chrome=[ad])
    assert [p for p in result.problems if p.startswith("chrome kept as a paragraph")], result.problems


def test_chrome_glued_to_a_line_is_not_that_lines_content(tmp_path):
    # Spam inside the title line: taken out, the title line has lost nothing of the article's.
    spam = "尊龙人生就是博"
    lines = [spam, spam, f"普通{spam}人的“戒赌吧故事”", PARA, PARA2]
    result = verdict(tmp_path, lines, title="普通人的“戒赌吧故事”", chrome=[spam], chrome_parts=[spam])
    assert result.clean, result.problems
