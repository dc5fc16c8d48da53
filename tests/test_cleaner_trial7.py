"""The failure kinds of the seventh blind trial (issue 26). Each test fails on the code before its
rule; its input is written in the shape of the failure, not copied from the trial's articles, and
none of the rules names a site or an article's words. The trial's articles that the rules fixed are
in tests/fixtures/cleaner/trial7/ (README.md there says where each came from)."""
from __future__ import annotations

from pathlib import Path

import pytest

from guide.cleaner.errors import CleanerError
from guide.cleaner.gaps import MARKER
from guide.cleaner.pipeline import clean
from guide.cleaner.report import Finding
from test_cleaner_junk import PARA, PARA2, run_with_reviews as run
from tools.cleaner_measure import measure

TRIAL7 = Path(__file__).parent / "fixtures" / "cleaner" / "trial7"
TITLE = "网贷逾期后怎样申请财产保全"


def test_a_sentence_with_offer_words_inside_the_article_is_kept_and_listed():
    # "在线申请" removed a section's lead sentence as an ad; inside the text, a sentence of clauses
    # whose only sign is an offer's words stays, listed for review.
    lead = "如今不少法院支持在线申请保全，当事人不必到场。具体做法如下："
    title, kept, gone, reviews = run("\n".join([TITLE, PARA, "二、怎样申请", lead, "1. 准备材料", PARA2]) + "\n")
    assert lead in kept and lead in reviews
    assert not gone


def test_a_short_offer_line_and_a_contact_in_a_sentence_still_go():
    offer = "免费咨询 立即申请"
    contact = "想了解更多，扫码添加顾问，我们一对一解答。"
    _, kept, gone, _ = run("\n".join([TITLE, PARA, offer, contact, PARA2]) + "\n")
    assert kept == [PARA, PARA2] and gone["ad or call to action"] == [offer, contact]


def test_credits_with_a_role_in_brackets_or_several_roles_are_chrome_and_never_a_heading():
    credits = ["文/林某某(某某联盟召集人)", "记者 / 王某 实习记者 / 李某 赵某", "编辑 / 陈某"]
    title, kept, gone, _ = run("\n".join([TITLE, *credits, PARA, PARA2]) + "\n")
    assert title == TITLE and kept == [PARA, PARA2] and gone["credits (文|, 编辑|)"] == credits


def test_an_organisations_name_with_its_latin_name_and_a_newsletter_line_do_not_hide_the_title():
    # The newsletter's sentence was taken for the text's start, so the organisation's name became the
    # title and the real headline and its byline were left in the text.
    top = ["某某市公益法律服务基金会", "Some Public Service Foundation", "订阅本会电子报，接收最新消息。",
           "发布日期:2025.03.02", "观察专栏12"]
    title, kept, gone, _ = run("\n".join([*top, "别让高利贷披上金融的外衣", "文/周某(某协会研究员)", PARA, PARA2]) + "\n")
    assert title == "别让高利贷披上金融的外衣" and kept == [PARA, PARA2]
    assert gone["ad or call to action"] == ["订阅本会电子报，接收最新消息。"]
    assert "某某市公益法律服务基金会" in gone["site header (short lines before the title)"]


def test_a_lone_short_line_right_under_the_title_is_not_a_heading():
    # A picture's caption or a deck first under the title became "## …", heading the whole article.
    caption = "欠下的钱像雪球一样越滚越大"
    result = clean("\n".join([caption, PARA, PARA2]) + "\n", "a.txt", title=TITLE)
    assert [(b.kind, b.text) for b in result.blocks[1:2]] == [("paragraph", caption)]
    assert any(caption in e.text for e in result.entries if isinstance(e, Finding) and e.section == "check")


def test_a_text_that_starts_with_its_credits_has_lost_its_headline():
    # The line under the credits is a caption or a deck: taken as the title before; now refused.
    with pytest.raises(CleanerError, match="credits"):
        clean("\n".join(["记者 / 王某 李某", "编辑 / 陈某", "欠下的钱像雪球一样越滚越大", PARA, PARA2]) + "\n", "a.txt")
    assert clean("\n".join(["记者 / 王某 李某", "欠下的钱像雪球一样越滚越大", PARA, PARA2]) + "\n", "a.txt",
                 title=TITLE).blocks[0].text == TITLE


def test_markdown_marks_a_web_page_shows_as_text_are_read_as_marks():
    # A page that printed its Markdown ("<h1>**标题</h1>", "<p>**答案** 正文</p>") gave "# \\*\\*标题".
    paras = "".join(f"<p>{p}</p>" for p in ("**最佳答案** " + PARA, PARA2, PARA, PARA2))
    page = f"<html><head><title>t</title></head><body><article><h1>**{TITLE}</h1>{paras}</article></body></html>"
    result = clean(page, "a.html", html=True)
    assert result.blocks[0].text == TITLE and result.blocks[1].text == PARA
    assert "*" not in result.draft


def test_a_documents_file_name_above_it_gives_the_title():
    # "X.docx" was read as a sentence (its "."), so the text started at line 1 and the title was refused.
    name = "借款合同纠纷起诉状范本解读"
    meta = ["- 文档编号:1234567", "- 格式:DOCX", "- 页数:8"]
    title, kept, gone, _ = run("\n".join([f"{name}.docx", *meta, name, name, PARA, PARA2]) + "\n")
    assert title == name and kept == [PARA, PARA2]
    assert gone["the document's file name (X.docx)"] == [f"{name}.docx"] and gone["source line"] == meta


def test_the_sites_sentence_that_quotes_the_title_goes_and_the_articles_own_stays():
    site = [f"《{TITLE}.pdf》由会员分享，可在线阅读，更多相关内容请在本站搜索。",
            f"你有关于“{TITLE}”的问题，欢迎在评论区留言，再次访问我们的网站。"]
    own = f"以上就是“{TITLE}”的做法，遇到了就赶紧去办吧！办理前记得先阅读法院的公告，再到网站上提交。"
    _, kept, gone, _ = run("\n".join([TITLE, site[0], PARA, PARA2, own, site[1]]) + "\n")
    assert kept == [PARA, PARA2, own]
    assert gone["the site's sentence about the page, quoting the title (由会员分享, 欢迎在评论区留言)"] == site


def test_a_long_headline_printed_twice_is_the_title_not_the_texts_start():
    # Longer than a sentence's length limit and without a full stop, the headline was read as the text's
    # first sentence, so a counter above it became the title. Printed twice, it is the title.
    headline = "【年度整理】借款逾期以后的流程与补救重点，从通知、催收、协商一路到诉讼，一篇文章全部看清楚再动手处理"
    top = ["急用钱？立即免費註冊发布您的需求", "5321累计用户数", "• 广告加载中..."]
    title, kept, gone, _ = run("\n".join([*top, headline, "", "• 返回列表", "    " + headline, PARA, "分类导览", PARA2]) + "\n")
    assert title == headline and kept == [PARA, PARA2]
    assert gone["ad slot (广告, 广告加载中…)"] == ["• 广告加载中..."]
    assert gone["navigation (回列表, 分类导览)"] == ["• 返回列表", "分类导览"]


def test_an_ad_slots_label_alone_is_chrome_anywhere():
    _, kept, gone, _ = run("\n".join([TITLE, PARA, "廣告 廣告", "Advertisement", PARA2]) + "\n")
    assert kept == [PARA, PARA2] and gone["ad slot (广告, 广告加载中…)"] == ["廣告 廣告", "Advertisement"]


def test_a_date_stamp_glued_before_the_first_sentence_is_cut():
    # " date 2025-11-26 「…」…": the copy began with the page's time stamp, glued to the first sentence.
    stamp = "posted 2024-03-05 10:21 "
    title, kept, gone, _ = run("\n".join([" " + stamp + PARA, PARA2, "2024-03-05 还款 1000 元以后，对方仍然每天打电话。"]) + "\n",
                               title=TITLE)
    assert kept == [PARA, PARA2, "2024-03-05 还款 1000 元以后，对方仍然每天打电话。"]
    assert gone["date glued to the start of the text (date 2025-11-26 …)"] == [stamp.strip()]


def test_a_list_of_products_or_keywords_above_the_title_is_the_sites_header():
    # Kept before as "a line like the text's" (it has commas): short items, no sentence's end.
    products = "服务项目:个人信用修复,企业征信咨询,债务协商代办,法律文书代写,逾期协商"
    keywords = "热门推荐,高清精品免费看,今日最新资源合集,在线观看"
    title, kept, gone, reviews = run("\n".join([products, keywords, TITLE, "2024-03-05", PARA, PARA2]) + "\n")
    assert title == TITLE and kept == [PARA, PARA2]
    assert gone["site header (short lines before the title)"] == [products, keywords]


def test_above_a_late_title_the_page_prints_twice_is_the_pages_header():
    # The company's pitch (a sentence) came first, so the title was found late, and the menu words,
    # the contacts and the category under the pitch became headings.
    # (longer than a line an ad's words remove alone: the title's rule takes it, by its words)
    pitch = ("多年来，我们专注于为企业、品牌和个人处理各类账款纠纷、合同违约与商业信誉问题，从调查对方的财产、"
             "发出律师函、协商还款计划，到提起诉讼、申请强制执行，一条龙服务。现在就联系我们，专人为您服务。")
    about = "我们的团队由律师和会计师组成，服务过许多中小企业。"
    header = ["团队风采", "联系我们", "someone@example.com", "+852-12345678", "账款管理"]
    headline = "欠款催收的法律风险：怎样避免讨债反被告？"
    title, kept, gone, reviews = run("\n".join([pitch, about, *header, headline, headline, PARA, PARA2]) + "\n")
    assert title == headline and kept == [about, PARA, PARA2] and about in reviews
    assert gone["site header (above a title the page prints twice)"] == [pitch, "团队风采", *header[2:]]
    assert gone["ad or call to action"] == ["联系我们"]


def test_pinyin_scraps_in_mis_decoded_text_are_flagged_and_left_as_they_came():
    # The annotation after a mis-decoded letter survived, the spacing rule split the scrap ("榫 W"), and
    # the report said "text that looks garbled: none".
    garbled = "很多人因?mén)榫Q(wǎng)貸逾期被催收，其實這事不是空穴來風?,K在很多平台都這樣做。"
    result = clean("\n".join([garbled, PARA, PARA2, "對方宣稱可以幫你消除記(ji"]) + "\n", "a.txt", title=TITLE)
    line = result.blocks[1].text
    assert "(wǎng)" not in line and "榫Q貸" in line and "?,K在" in line
    flagged = [e.what for e in result.entries if isinstance(e, Finding) and e.section == "garbled"]
    assert flagged.count("what is left of a pinyin annotation (its character lost in decoding?)") == 2
    assert "a pinyin annotation cut short at the end" in flagged


def test_a_phrase_the_title_sets_off_with_spaces_is_link_text_in_the_text_not_a_gap():
    # The page linked a keyword wherever it stood, with spaces around the link: each space got a marker.
    title = "逾期以后的流程全整理 欠款不还会怎样 一次看懂"
    linked = "刚开始只是忘了一期，你一边想 欠款不还会怎样 ，一边不敢打开账单。"
    cut = "催收人员打 过来时，要先问清楚对方的身份。"
    result = clean("\n".join([linked, cut, PARA, PARA2]) + "\n", "a.txt", title=title)
    texts = [b.text for b in result.blocks]
    assert MARKER not in texts[1] and "欠款不还会怎样" in texts[1]
    assert MARKER in texts[2]


def test_a_channels_name_glued_to_the_end_of_the_title_is_listed_not_cut():
    title, _, _, reviews = run("\n".join(["征信记录是网贷审批中不可忽视的一环财经", "2017-11-08 16:22", PARA, PARA2]) + "\n")
    assert title == "征信记录是网贷审批中不可忽视的一环财经" and title in reviews
    assert run("\n".join(["网贷逾期以后怎样保护自己的征信记录", PARA, PARA2]) + "\n")[3] == []


def test_the_trial_articles_fixed_by_these_rules_stay_clean():
    verdicts = measure([TRIAL7])
    assert [v.file for v in verdicts if not v.clean] == [], [v.problems for v in verdicts if not v.clean]
