"""The page's summary above the text, repeated word for word as the start of the next paragraph
(fresh trial 5's 03 and 06, issue 26): the copy goes, reported; nothing is lost, the paragraph keeps
its words. Written lines, not the trial's."""
from __future__ import annotations

from test_cleaner_junk import PARA, PARA2, TITLE, run_with_reviews as run

RULE = "summary that repeats the text (the next paragraph starts with it)"
SUMMARY = "收到催收短信以后，先核实对方的身份，再决定怎样回应。"
FULL = SUMMARY + "很多人一慌就按短信里的号码打回去，这正是对方想要的。"


def test_a_summary_the_next_paragraph_starts_with_goes_also_over_a_caption():
    for between in ([], ["图片来源：网络"]):
        _, kept, removed, _ = run("\n".join([TITLE, SUMMARY, *between, FULL, PARA2]) + "\n")
        assert kept == [FULL, PARA2] and removed[RULE] == [SUMMARY]


def test_a_line_repeated_whole_or_far_below_or_short_stays():
    far = [PARA2, "如果短信里提到法院，先查一查案号是否存在。", "必要时向有关部门反映。"]
    for lines in ([SUMMARY, SUMMARY, PARA2],        # the same line twice: not a summary of a longer one
                  [SUMMARY, *far, FULL],            # too far below to be its summary
                  ["先核实对方的身份", "先核实对方的身份，再决定怎样回应。", PARA2]):  # short: a heading
        _, kept, removed, _ = run("\n".join([TITLE, *lines]) + "\n")
        assert RULE not in removed, lines
