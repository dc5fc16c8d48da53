"""Content checks over every guide page in docs/ (zh default + en).

Runs on a fresh clone: reads only files inside the repository. Front matter is checked with
guide/content/page_meta.py, the same code the build uses.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.content import checks as cc
from guide.errors import ContentError, ContentErrors
from guide.content.frontmatter import read_page
from guide.reader_tools.letters import MARKER as LETTER_MARKER, load_letters
from guide.content.topics import MARKER as TOPICS_MARKER
from guide.content.glossary import MARKER as GLOSSARY_MARKER, load_glossary
from guide.content.page_meta import check_page_meta
from guide.content.sources import load_sources
from guide.tree.validate import load_tree

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
ZH = sorted(DOCS.glob("*.zh.md"))
EN = sorted(DOCS.glob("*.en.md"))
PAGES = ZH + EN
RULES = yaml.safe_load((ROOT / "data" / "content_rules.yml").read_text(encoding="utf-8"))
GLOSSARY_IDS = {term.id for term in load_glossary(ROOT / "data" / "glossary.yml").values()}


def _twin(path: Path, lang: str) -> Path:
    return path.with_name(cc.page_key(path)[:-3] + f".{lang}.md")


def _body(path: Path) -> str:
    return cc.body_of(path.read_text(encoding="utf-8"))


PAIRS = [(zh, _twin(zh, "en")) for zh in ZH if _twin(zh, "en").exists()]
ids = lambda items: [cc.page_key(i[0] if isinstance(i, tuple) else i) + ("" if isinstance(i, tuple) else f" ({i.suffixes[0][1:]})") for i in items]


def test_there_are_pages():
    assert ZH and EN


@pytest.mark.parametrize("path", ZH, ids=ids(ZH))
def test_zh_page_has_en_page(path):
    assert _twin(path, "en").exists(), f"{path.name} has no English page {_twin(path, 'en').name}"


@pytest.mark.parametrize("path", EN, ids=ids(EN))
def test_en_page_has_zh_page(path):
    assert _twin(path, "zh").exists(), f"{path.name} has no Chinese page {_twin(path, 'zh').name}"


@pytest.mark.parametrize("zh,en", PAIRS, ids=ids(PAIRS))
def test_pair_has_same_heading_ids(zh, en):
    zh_ids, en_ids = cc.heading_ids(_body(zh)), cc.heading_ids(_body(en))
    assert zh_ids == en_ids, (f"{zh.relative_to(ROOT).as_posix()} and {en.name} must have the same heading ids in the "
                              f"same order: zh {zh_ids}, en {en_ids}")


@pytest.mark.parametrize("zh,en", PAIRS, ids=ids(PAIRS))
def test_pair_has_same_number_of_steps(zh, en):
    assert cc.ordered_list_items(_body(zh)) == cc.ordered_list_items(_body(en))


@pytest.mark.parametrize("zh,en", PAIRS, ids=ids(PAIRS))
def test_pair_has_same_internal_links(zh, en):
    key = cc.page_key(zh)
    assert cc.internal_links(_body(zh), key) == cc.internal_links(_body(en), key)


def _where(path: Path, text: str) -> str:
    """'docs/x.zh.md:12' for the first line holding `text` (the file alone when none does)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next((n for n, line in enumerate(lines, 1) if text in line), None)
    return f"{path.relative_to(ROOT).as_posix()}" + (f":{number}" if number else "")


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_every_heading_has_an_explicit_unique_id(path):
    found = cc.headings(_body(path))
    missing = [text for _, heading_id, text in found if heading_id is None]
    assert not missing, "; ".join(f"{_where(path, text)}: the heading '{text}' has no id: end it with one, "
                                  f"the same in both languages, e.g. `## {text} {{#steps}}`" for text in missing)
    heading_ids = [heading_id for _, heading_id, _ in found]
    assert len(heading_ids) == len(set(heading_ids)), f"duplicate heading ids: {heading_ids}"
    assert [level for level, _, _ in found].count(1) == 1, "a page needs exactly one H1"


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_internal_links_point_at_existing_pages_and_anchors(path):
    broken = []
    for link in cc.internal_links(_body(path), cc.page_key(path)):
        target = DOCS / link.page.replace(".md", f".{path.suffixes[0][1:]}.md")
        if not target.exists():
            broken.append(f"{link.page} (no {target.name})")
        elif link.anchor and GLOSSARY_MARKER.search(_body(target)):
            if link.anchor not in GLOSSARY_IDS:  # the glossary's entries are written by its hook
                broken.append(f"{link.page}#{link.anchor} (no such entry in data/glossary.yml)")
        elif link.anchor and link.anchor not in cc.heading_ids(_body(target)):
            broken.append(f"{link.page}#{link.anchor} (no such heading id)")
    assert not broken, f"broken internal links: {broken}"


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_only_allowed_phone_numbers(path):
    numbers = cc.phone_like(_body(path))
    assert set(numbers) <= cc.ALLOWED_PHONE_NUMBERS, f"numbers not in the allowed list: {sorted(set(numbers) - cc.ALLOWED_PHONE_NUMBERS)}"


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_no_spun_words_or_junk(path):
    text = path.read_text(encoding="utf-8")
    spun = cc.words_found(text, RULES["banned_words"])
    assert not spun, "spun wording from the source articles: " + "; ".join(
        f"{_where(path, w)}: {w} ({RULES['banned_words'][w]}; the list is data/content_rules.yml)" for w in spun)
    junk = cc.words_found(text, RULES["junk_markers"])
    assert not junk, "scraped junk from the source articles: " + "; ".join(
        f"{_where(path, w)}: {w} (remove it; the list is data/content_rules.yml)" for w in junk)


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_summary_box_comes_first(path):
    assert cc.has_summary_before_first_h2(_body(path)), "put a '!!! summary' box before the first '## ' heading"


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_front_matter_is_valid(path):
    sources = load_sources(ROOT / "data" / "sources.yml")
    page = read_page(path)
    assert list(page.meta)[:4] == ["title", "description", "reviewed", "sources"], "front matter keys, in order: title, description, reviewed, sources"
    try:
        check_page_meta(page, sources, today=dt.date.today())
    except (ContentError, ContentErrors) as error:
        pytest.fail(str(error))


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_page_has_search_terms(path):
    page = read_page(path)
    if TOPICS_MARKER.search(page.body):
        return  # the list of all pages is left out of search (hooks/topics.py)
    assert page.meta.get("search_terms"), (
        f"{path.name}: add `search_terms: [...]` after `sources:`, the phrasings a reader types to find this page "
        "(CONTRIBUTING.md, 'Reader phrasings for search')")


def test_every_cited_source_has_an_entry_and_every_entry_is_cited():
    sources = load_sources(ROOT / "data" / "sources.yml")
    cited = {i for p in PAGES for i in (read_page(p).meta.get("sources") or [])}
    assert cited <= set(sources), f"unknown ids: {sorted(cited - set(sources))}"
    assert set(sources) <= cited, f"entries no page cites: {sorted(set(sources) - cited)}"


@pytest.mark.parametrize("zh,en", PAIRS, ids=ids(PAIRS))
def test_pair_cites_the_same_sources(zh, en):
    assert read_page(zh).meta.get("sources") == read_page(en).meta.get("sources")


# --- the checks themselves catch breaches -------------------------------------------------

def test_checks_catch_breaches():
    body = "# T {#t}\n\n## A\n\n1. x\n2. y\n\n[l](sms-only.zh.md#why) 电话 400-123-4567 或 110。"
    assert cc.heading_ids(body) == ["t", None]
    assert cc.ordered_list_items(body) == 2
    assert cc.internal_links(body, "x.md") == [cc.Link("sms-only.md", "why")]
    assert set(cc.phone_like(body)) - cc.ALLOWED_PHONE_NUMBERS == {"400-123-4567"}
    assert set(cc.words_found("咱们先看看起因", RULES["banned_words"])) == {"咱们", "起因"}
    assert not cc.has_summary_before_first_h2(body)
    assert cc.has_summary_before_first_h2("# T {#t}\n\n!!! summary \"短\"\n    x\n\n## A {#a}\n")


# --- citations, numbers and claims that must match FACTS.md (issue 11) ---------------------------

TREE_PAGE = "what-to-do"
TREE = load_tree(ROOT / "data" / "tree.yml", DOCS)


LETTERS = load_letters(ROOT / "data" / "letters.yml")


def _cited_text(path: Path) -> str:
    """What the page shows readers, as Markdown: the tree page includes data/tree.yml, a page with
    `<!-- letter: ID -->` that letter of data/letters.yml."""
    text = _body(path)
    if cc.page_key(path) == f"{TREE_PAGE}.md":
        lang = path.suffixes[0][1:]
        text += "\n" + "\n".join(part for _, part in cc.tree_texts(TREE, (lang,)))
    for letter_id in LETTER_MARKER.findall(text):
        text += "\n" + LETTERS[letter_id].text
    return text


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_every_citation_and_number_is_backed_by_the_page_sources(path):
    problems = cc.unbacked_citations(_cited_text(path), read_page(path).meta.get("sources") or [])
    where = " (its text includes data/tree.yml)" if cc.page_key(path) == f"{TREE_PAGE}.md" else ""
    assert not problems, f"{path.name}{where}: add the ids to `sources` or fix the text: " + "; ".join(problems)


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_no_claim_that_courts_or_police_never_use_texts_or_calls(path):
    found = cc.unqualified_no_sms_claims(_cited_text(path))
    assert not found, ("courts do text and serve papers electronically (F3-F6); say what they never do is take "
                       "money that way (F7, D5): " + " | ".join(found))


def test_every_outcome_has_search_terms():
    missing = [o.id for o in TREE.outcomes() if not o.search_terms]
    assert not missing, ("outcomes without `search_terms: {zh: [...], en: [...]}` in data/tree.yml (the phrasings a "
                         "reader types to find them; CONTRIBUTING.md): " + ", ".join(missing))


def test_outcomes_that_lead_with_110_or_12356_are_danger():
    assert not cc.urgency_problems(TREE), "\n".join(cc.urgency_problems(TREE))


def test_unsure_answers_do_not_lead_straight_to_danger():
    assert not cc.unsure_to_danger(TREE), "\n".join(cc.unsure_to_danger(TREE))


def test_first_question_holds_the_crisis_and_at_the_door_answers():
    assert not cc.first_question_problems(TREE), "\n".join(cc.first_question_problems(TREE))


def test_hotline_sources_match_data_sources():
    sources = yaml.safe_load((ROOT / "data" / "sources.yml").read_text(encoding="utf-8"))
    for number, fact_id in cc.HOTLINE_SOURCES.items():
        assert number in str(sources[fact_id]["reference"]), f"{fact_id} in data/sources.yml is not about {number}"


# --- each of these checks catches a bad example ---------------------------------------------------

def test_citation_check_catches_unlisted_ids_and_numbers():
    text = "不要转账（见 D5、F7）。Call **12368** or 110 (see C8 and E5)."
    assert cc.cited_ids(text) == ["D5", "F7", "C8", "E5"]
    assert cc.hotlines(text) == ["12368", "110"]
    problems = cc.unbacked_citations(text, ["D5", "C8", "E5"])
    assert problems == ["cites F7 but `sources` does not list it",
                        "shows 110 but `sources` does not list C5 (what 110 is for)"]
    assert not cc.unbacked_citations(text, ["D5", "F7", "C8", "E5", "C5"])


@pytest.mark.parametrize("bad", [
    "公安、检察院、法院不会通过电话、短信或微信办案，更不会让你转账。",
    "法院不会给你发短信。",
    "Police, prosecutors and courts do not handle cases by phone, text or WeChat.",
    "Real courts never send texts.",
])
def test_no_sms_check_catches_absolute_claims(bad):
    assert cc.unqualified_no_sms_claims(bad)


@pytest.mark.parametrize("good", [
    "法院和警察不会让你把钱转到个人账户，也不会通过短信收钱。",
    "真正的法院和警察不会用短信、电话让你转账。",
    "Courts and police never tell you by text or phone to pay into a personal account.",
    "Courts do send texts and serve papers electronically.",
    "不要用文件或消息里留的电话和链接。",
])
def test_no_sms_check_lets_money_claims_through(good):
    assert not cc.unqualified_no_sms_claims(good)


def _tree_from(tmp_path, text):
    path = tmp_path / "tree.yml"
    path.write_text(text, encoding="utf-8")
    return load_tree(path, DOCS)


_SMALL_TREE = """
start: q-start
nodes:
  q-start:
    type: question
    text: {zh: 现在怎么了？, en: What is happening?}
    answers:
      - label: {zh: 有人现在就在我家门口, en: Someone is at my door right now}
        next: o-door-now
      - label: {zh: 我想结束生命, en: I'm thinking of ending my life}
        next: o-crisis
      - label: {zh: 不确定, en: I'm not sure}
        next: o-crisis
  o-door-now:
    type: outcome
    title: {zh: 你可以不开门, en: You needn't open the door}
    answer: {zh: 你可以不开门。对方威胁你，拨打 110。, en: "You needn't open the door. If they threaten you, call 110."}
    steps: [{zh: 不开门。, en: Keep it shut.}]
  o-crisis:
    type: outcome
    URGENCY
    title: {zh: 现在就打电话, en: Call now}
    answer: {zh: 如果你想结束生命，现在拨打 12356；有危险拨打 110。, en: "If you are thinking of ending your life, call 12356 now; in danger, call 110."}
    steps: [{zh: 打电话。, en: Call.}]
"""


def test_tree_checks_catch_a_bad_tree(tmp_path):
    bad = _tree_from(tmp_path, _SMALL_TREE.replace("URGENCY", "urgency: info"))
    assert any("o-crisis" in p and "needs `urgency: danger`" in p for p in cc.first_question_problems(bad))
    good = _tree_from(tmp_path, _SMALL_TREE.replace("URGENCY", "urgency: danger"))
    assert not cc.first_question_problems(good)
    assert not cc.urgency_problems(good)
    assert cc.unsure_to_danger(good) == [
        "q-start: answer 3 (\"I'm not sure\") goes to the danger outcome o-crisis; a reader who is unsure needs advice, not 'call now'"]
    no_door = _tree_from(tmp_path, _SMALL_TREE.replace("URGENCY", "urgency: danger").replace(
        "有人现在就在我家门口, en: Someone is at my door right now", "收到短信, en: I got a text"))
    assert any("no answer for someone at the door" in p for p in cc.first_question_problems(no_door))
    quiet = _tree_from(tmp_path, _SMALL_TREE.replace("URGENCY", "urgency: danger").replace(
        "如果你想结束生命，现在拨打 12356", "现在拨打 12356").replace("If you are thinking of ending your life, call", "Call"))
    assert any("name thoughts of suicide" in p for p in cc.first_question_problems(quiet))


def test_urgency_check_catches_110_without_danger(tmp_path):
    tree = _tree_from(tmp_path, _SMALL_TREE.replace("URGENCY", "urgency: danger").replace(
        "title: {zh: 你可以不开门, en: You needn't open the door}", "title: {zh: 拨打 110, en: Call 110}"))
    assert cc.urgency_problems(tree) == [
        "o-door-now: leads with 110 (zh) but its urgency is not set; set `urgency: danger` or lead with something else"]


# Sections readers asked for that the site lacked (issue "Content round 3"): each is an H2 with
# this id, in both languages, short answer first.
ANSWERED_QUESTIONS = ("appeal", "after-judgment", "limitation", "debt-sold", "check-listing", "students",
                      "doxxing", "lawyer-check", "recordings")


@pytest.mark.parametrize("section", ANSWERED_QUESTIONS)
def test_the_questions_readers_ask_have_their_own_section_in_both_languages(section):
    pattern = re.compile(r"^## .*\{#" + re.escape(section) + r"\}\s*$", re.M)
    holders = [(zh, en) for zh, en in PAIRS if pattern.search(_body(zh))]
    assert len(holders) == 1, f"#{section}: expected one page with an H2 of this id, found {holders}"
    zh, en = holders[0]
    assert pattern.search(_body(en)), f"{en.name} lacks the H2 {{#{section}}}"
    # the section is something a reader can reach from the decision tree
    tree = load_tree(ROOT / "data" / "tree.yml", DOCS)
    page = cc.page_key(zh)[:-3]
    linked = {(link.page, link.anchor) for node in tree.outcomes() for link in node.links}
    linked |= {(a.link.page, a.link.anchor) for q in tree.questions() for a in q.answers if a.link}
    assert (page, section) in linked, f"no result of the decision tree leads to {page}#{section}"
