"""The decision tree's design rules, on the real data file: the reader starts from their situation
and ends, within a few taps, at the pages written for it.

Each rule here came from walking the tree as readers in real situations would (issue "The decision
tree, round 2"): a result that sent a reader to one page only, or paths of six taps, or the two
situations the site was made for ("no messages", "only texts") ending at generic advice."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.content.citations import CITATION
from guide.tree.model import Outcome, Question, path_answers, step_links, steps
from guide.tree.validate import load_tree

ROOT = Path(__file__).resolve().parent.parent
TREE = load_tree(ROOT / "data" / "tree.yml", ROOT / "docs")
RESULTS = [s for s in steps(TREE) if isinstance(TREE.nodes[s.node], Outcome)]
MAX_TAPS = 5
# Pages no result needs to send a reader to: the home page, the tree itself, who wrote the site,
# and the list of all pages.
# glossary: a reference page of terms, reached from the navigation and from the words on the pages
NOT_A_DESTINATION = {"index", "what-to-do", "about", "topics", "glossary"}


def _nav_pages() -> list[str]:
    return re.findall(r"^\s*- ([a-z0-9-]+)\.md\s*$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)


def _answers_leading_to(page: str) -> list:
    """(question, answer) pairs whose note links to `page`."""
    return [(q, a) for q in TREE.questions() for a in q.answers if a.link and a.link.page == page]


def test_no_result_is_more_than_five_taps_from_the_start():
    too_deep = [s.section_id for s in RESULTS if len(s.taken) > MAX_TAPS]
    assert not too_deep, f"more than {MAX_TAPS} answers to reach: {too_deep}"


def test_every_result_leads_to_at_least_two_guide_pages_on_every_path():
    few = {s.section_id: sorted({link.page for link in step_links(TREE, s)})
           for s in RESULTS if len({link.page for link in step_links(TREE, s)}) < 2}
    assert not few, f"results that point to fewer than two pages: {few}"


def test_every_guide_page_is_where_some_result_leads():
    reached = {link.page for s in RESULTS for link in step_links(TREE, s)}
    missing = [p for p in _nav_pages() if p not in reached and p not in NOT_A_DESTINATION]
    assert not missing, (f"no result of the tree leads to: {missing}. Add each page to the `links:` of the outcome "
                         "written for its reader in data/tree.yml (README, 'Adding a page', step 5), or, for a "
                         "reference page, to NOT_A_DESTINATION in tests/test_tree_design.py with a comment")


def test_the_no_message_and_texts_only_situations_end_at_their_own_pages():
    # Every result a reader reaches after saying "overdue, but no message" or "only texts, nobody
    # came" links to the page written for that situation, with that page's point in one line.
    for page in ("no-message", "sms-only"):
        answers = _answers_leading_to(page)
        assert answers, f"no answer names the {page} situation"
        for question, answer in answers:
            through = [s for s in RESULTS if any(a is answer for a in path_answers(TREE, s))]
            assert through, (question.id, answer.label["en"])
            for step in through:
                assert page in {link.page for link in step_links(TREE, step)}, step.section_id


def test_the_first_question_offers_the_situations_readers_name():
    # One answer each, in the reader's words, for situations readers used to reach only through a
    # stand-in: a judgment, a frozen card, a loan that isn't theirs, fees taken up front, a student,
    # several loans, a credit card.
    start = TREE.nodes[TREE.start]
    assert isinstance(start, Question)
    destinations = {a.next for a in start.answers}
    for wanted in ("q-judgment", "o-frozen", "q-whose", "o-terms", "o-student", "o-several", "o-card"):
        assert wanted in destinations, wanted
    assert len(start.answers) <= 18


def test_a_credit_card_result_is_one_answer_from_the_start():
    start = TREE.nodes[TREE.start]
    assert any(isinstance(TREE.nodes[a.next], Outcome)
               and any(link.anchor == "credit-card" for link in TREE.nodes[a.next].links)
               for a in start.answers)


def test_look_alikes_are_told_apart_by_a_second_question():
    # "Not my loan" covers identity theft and a spouse's or relative's loan; they need different advice.
    whose = TREE.nodes["q-whose"]
    assert {a.next for a in whose.answers} >= {"o-not-mine", "o-spouse", "o-relative"}


def test_a_relative_who_helps_is_handed_to_the_borrowers_questions():
    relation = TREE.nodes["q-relation"]
    helper = [TREE.nodes[a.next] for a in relation.answers if isinstance(TREE.nodes[a.next], Outcome)
              and TREE.nodes[a.next].then == TREE.start]
    assert helper, "an answer for relatives who help (not owe) that leads on to the start"


def test_every_note_is_short_enough_for_one_glance():
    # A note is the point of the reader's situation in a line or two, not a second answer
    # (citations count as the small markers readers see, not as their source codes).
    for question in TREE.questions():
        for answer in question.answers:
            if answer.note:
                zh, en = (CITATION.sub("", answer.note[lang]) for lang in ("zh", "en"))
                assert len(zh) <= 80, (question.id, zh)
                assert len(en.split()) <= 50, (question.id, en)
