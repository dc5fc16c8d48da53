"""The failure kinds of the ninth blind trial (issue 26). Each test fails on the code before its
rule; its input is written in the shape of the failure, not copied from the trial's articles, and
none of the rules names a site or an article's words. The trial's articles that the rules fixed are
in tests/fixtures/cleaner/trial9/ (README.md there says where each came from)."""
from __future__ import annotations

from guide.cleaner.pipeline import clean
from test_cleaner_junk import PARA, PARA2, TITLE, run_with_reviews as run


def test_a_bracketed_heading_with_a_page_word_between_sentences_is_kept():
    # "【相关规定】" between two paragraphs, the statutes under it: brackets, very short and "相关" (a
    # related-articles word) added up to chrome, and the line went, a real heading lost unseen.
    heading = "【相关规定】"
    statute = "《民法典》第六百七十五条 借款人应当按照约定的期限返还借款。"
    title, kept, gone, reviews = run("\n".join([TITLE, PARA, heading, statute, PARA2]) + "\n")
    assert kept == [PARA, heading, statute, PARA2] and heading in reviews
    # What says it is no heading still goes there: a picture's caption, a byline of several segments.
    caption, byline = "（资料图）", "来源：某某APP  作者：甲乙 丙丁"
    _, kept, gone, _ = run("\n".join([TITLE, PARA, caption, byline, statute, PARA2]) + "\n")
    assert kept == [PARA, statute, PARA2]
