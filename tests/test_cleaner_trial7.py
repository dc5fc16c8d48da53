"""The failure kinds of the seventh blind trial (issue 26). Each test fails on the code before its
rule; its input is written in the shape of the failure, not copied from the trial's articles, and
none of the rules names a site or an article's words."""
from __future__ import annotations

from test_cleaner_junk import PARA, PARA2, run_with_reviews as run

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
