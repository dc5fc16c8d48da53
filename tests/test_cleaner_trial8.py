"""The failure kinds of the eighth blind trial (issue 26). Each test fails on the code before its
rule; its input is written in the shape of the failure, not copied from the trial's articles, and
none of the rules names a site or an article's words. The trial's articles that the rules fixed are
in tests/fixtures/cleaner/trial8/ (README.md there says where each came from)."""
from __future__ import annotations

from pathlib import Path

from guide.cleaner import line_signals
from guide.cleaner.gaps import MARKER
from guide.cleaner.junk import COPY_RULE
from guide.cleaner.pipeline import clean
from test_cleaner_junk import PARA, PARA2, TITLE, run_with_reviews as run
from tools.cleaner_measure import measure

TRIAL8 = Path(__file__).parent / "fixtures" / "cleaner" / "trial8"


def test_a_page_word_inside_a_headlines_words_does_not_make_it_chrome():
    # "更多" (a menu's "more") inside "警方称更多人涉案": the headline printed twice in the header was
    # no title candidate, so a button's label under it became the title.
    headline = "放贷团伙五人被捕 警方称更多人涉案"
    title, kept, gone, _ = run("\n".join([headline, "", "发布日期: 2024-03-01 10:00", "本地", headline, PARA, PARA2]) + "\n")
    assert title == headline and kept == [PARA, PARA2]
    # The word as an item of its own still counts.
    assert line_signals.PAGE_WORDS in line_signals.signals("查看更多")


def test_a_headline_again_with_a_tail_after_a_dash_is_not_the_title():
    # A picture's alt text under the headline, the same words with one changed and "-内文大图" after them:
    # it was the longest line, so it became the title and the real headline went as a repeat.
    headline = "网贷逾期被催收,千万别踩这几个坑!"
    alt = "网贷逾期被催债,千万别踩这几个坑-内文大图"
    title, kept, gone, _ = run("\n".join([headline, "", alt, "", PARA, PARA2]) + "\n")
    assert title == headline and kept == [PARA, PARA2]
    assert alt in [line for lines in gone.values() for line in lines]


def test_a_headline_under_its_columns_name_below_the_lead_is_the_title():
    # The page printed the lead sentence first, then "欄名/headline": a late headline without a
    # question word, refused (no title), and a section heading further down made it look like one.
    lead = "晚上九点，咨询室里还坐着最后一位借款人，她等了整整一个小时。"
    column_line = "人间观察/三张网贷压不垮的青春 从负债到上岸"
    section = "志愿者 多是当年的借款人"
    title, kept, gone, reviews = run("\n".join([lead, column_line, "", PARA, section, PARA2]) + "\n")
    assert title == "三张网贷压不垮的青春 从负债到上岸" and kept == [lead, PARA, section, PARA2]
    assert gone == {"the column's name before the title (欄名/X)": ["人间观察"]} and column_line in reviews


def test_a_line_printed_again_keeps_one_copy_and_a_logo_printed_three_times_goes():
    # A picture's caption printed under each picture, a sentence printed twice in a row, and a
    # logo's text at the top and the bottom were all kept, every copy.
    caption = "借款人收到的催收短信截图内容。"
    logo = "某某新闻 ABC News"
    text = "\n".join([TITLE, logo, PARA, PARA, PARA2, caption, caption, "", caption, logo, logo]) + "\n"
    title, kept, gone, _ = run(text)
    assert title == TITLE and kept == [PARA, PARA2, caption]
    assert gone[COPY_RULE] == [PARA, caption, caption, logo, logo] and len(sum(gone.values(), [])) == 6
    # Twice, apart: a sentence the text says again stays.
    _, kept, _, _ = run("\n".join([TITLE, PARA, PARA2, PARA]) + "\n")
    assert kept == [PARA, PARA2, PARA]


def test_a_line_asking_to_get_the_sites_app_after_the_text_goes():
    # "第一手消息請下載…iPhone/Android Apps" after the last sentence was kept, not even listed.
    app = "最新消息请下载某某报iPhone/iPad/Android Apps"
    advice = "遇到可疑来电，可以下载国家反诈中心APP，及时识别诈骗电话。"
    title, kept, gone, reviews = run("\n".join([TITLE, PARA, advice, PARA2, "", app]) + "\n")
    assert kept == [PARA, advice, PARA2] and app in sum(gone.values(), [])
    # Inside the text, the same line stays, listed (an ad, or the text's advice?).
    _, kept, gone, reviews = run("\n".join([TITLE, PARA, app, PARA2]) + "\n")
    assert kept == [PARA, app, PARA2] and app in reviews and not gone


def test_a_share_buttons_label_above_the_text_goes():
    # "已複製連結" (the share button's "link copied") above the first sentence was the H1, then text.
    for button in ("已复制链接", "連結已複製"):
        title, kept, gone, _ = run("\n".join([TITLE, button, PARA, PARA2]) + "\n")
        assert title == TITLE and kept == [PARA, PARA2] and button in sum(gone.values(), [])


def test_a_short_word_between_the_title_and_its_date_is_the_pages_section():
    # "港聞" under the headline, then the page's time stamps: kept and listed (it was a heading before).
    title, kept, gone, _ = run("\n".join([TITLE, "", "本地", "发布时间:09:14 2024-03-01", PARA, PARA2]) + "\n")
    assert title == TITLE and kept == [PARA, PARA2]
    assert gone["the page's section (a short word between the title and its date)"] == ["本地"]
    # With text after it, a short line is a heading, not the page's.
    _, kept, gone, _ = run("\n".join([TITLE, "前言", PARA, "发布时间:09:14 2024-03-01", PARA2]) + "\n")
    assert "前言" in kept


def test_the_trial_articles_fixed_by_these_rules_stay_clean():
    verdicts = measure([TRIAL8])
    assert [v.file for v in verdicts if not v.clean] == [], [v.problems for v in verdicts if not v.clean]


def test_censor_marks_inside_a_number_are_not_bold():
    # "4514**09..5179**08" (a card's number, masked) read as bold: the marks went, and the draft
    # showed another number, unflagged. They are a censor mark: flagged as a gap.
    masked = "银行的通知写明停用尾号为6222**31..8812**56的信用卡，请于十日内还款。"
    result = clean("\n".join([TITLE, PARA, masked, PARA2]) + "\n", "a.txt")
    assert "622231" not in result.draft and "6222" + MARKER + "31" in result.draft
    assert "这是重点内容" in clean("\n".join([TITLE, PARA, "这是**重点**内容，务必记住。", PARA2]) + "\n", "a.txt").draft
