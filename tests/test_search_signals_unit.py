"""Unit tests of the reader vocabulary file and the search signals added to each index."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from guide.errors import ContentError, ContentErrors
from guide.content.frontmatter import split_page
from guide.content.glossary import load_glossary
from guide.content.page_meta import check_page_meta
from guide.search.index import (add_search_signals, glossary_links, language_location, outcome_links, outcome_phrases,
                                outcome_terms, point_page_at_language_index, section_parents, summary_of)
from guide.search.thesaurus import load_thesaurus, missing_first_answers, names_the_pages_use, worker_form
from guide.tree.model import Answer, Link, Outcome, Question

ROOT = Path(__file__).resolve().parents[1]


def thesaurus_problems(tmp_path, text: str) -> list[str]:
    path = tmp_path / "search_thesaurus.yml"
    path.write_text(text, encoding="utf-8")
    try:
        load_thesaurus(path, ["zh", "en"])
    except ContentErrors as many:
        return [str(e) for e in many.errors]
    except ContentError as one:
        return [str(one)]
    return []


def test_the_project_thesaurus_is_valid_and_covers_both_languages():
    groups = load_thesaurus(ROOT / "data" / "search_thesaurus.yml", ["zh", "en"])
    assert len(groups["zh"]) >= 30 and len(groups["en"]) >= 30
    words = {w for group in groups["en"] for w in group}
    assert {"hotline", "helpline"} <= words and all(w == w.lower() for w in words)


def test_numbers_and_phrases_are_normalised(tmp_path):
    path = tmp_path / "t.yml"
    path.write_text("zh: [[12378, 监管]]\nen: [[Phone  Number, hotline]]\n", encoding="utf-8")
    assert load_thesaurus(path, ["zh", "en"]) == {"zh": [["12378", "监管"]], "en": [["phone number", "hotline"]]}


@pytest.mark.parametrize("text, expected", [
    ("zh: [[热线, 电话]]\n", "t.yml:1: no 'en:' list; add one"),
    ("zh: [[热线, 电话]]\nen: [[hotline]]\n", "search_thesaurus.yml:2: a group must be a list of at least two words"),
    ("zh: [[热线, 电话]]\nen:\n  - [hotline, helpline]\n  - [sue, '']\n", "search_thesaurus.yml:4: word 2 of this group is empty"),
    ("zh: [[热线, 热线]]\nen: [[a, b]]\n", "search_thesaurus.yml:1: '热线' is listed twice in this group"),
    ("zh: [[热线, 电话]]\nen: [[\"can't cope\", cant cope]]\n", "search_thesaurus.yml:2: 'cant cope' is listed twice in this "
     "group (search ignores apostrophes)"),
    ("zh: [[热线, 电话]]\nen: [[a, b]]\nfr: [[a, b]]\n", "search_thesaurus.yml:3: unknown language 'fr'"),
    ("zh: [[热线, 电话]]\nen: hotline\n", "search_thesaurus.yml:2: 'en' must be a list of groups"),
    ("zh: [[热线, 电话]\n", "search_thesaurus.yml:1: this is not valid YAML"),
    ("zh: [[a, b]]\nen: [[a, b]]\nen: [[c, d]]\n", "search_thesaurus.yml:3: 'en' is given twice (first on line 2)"),
])
def test_thesaurus_mistakes_name_the_line_and_the_fix(tmp_path, text, expected):
    found = thesaurus_problems(tmp_path, text)
    assert any(expected.replace("t.yml", "search_thesaurus.yml") in p for p in found), found


def test_a_safety_answer_names_what_opens_first(tmp_path):
    path = tmp_path / "t.yml"
    path.write_text("zh: [[热线, 电话]]\nen:\n  - [hotline, helpline]\n"
                    "  - first: what-to-do/#o-support\n    words: [Suicidal, end my life]\n", encoding="utf-8")
    groups = load_thesaurus(path, ["zh", "en"])["en"]
    assert groups[1] == {"first": "what-to-do/#o-support", "words": ["suicidal", "end my life"], "line": 4}
    assert worker_form(groups) == [["hotline", "helpline"],
                                   {"first": "what-to-do/#o-support", "words": ["suicidal", "end my life"]}]
    # an outcome is indexed at its first step; a location that is not indexed is named with its line
    assert missing_first_answers(groups, {"help/", "what-to-do/#o-support--q-start"}, path) == []
    [problem] = missing_first_answers(groups, {"help/"}, path)
    assert str(problem).endswith("t.yml:4: the safety answer 'what-to-do/#o-support' is not a page or section "
                                 "in the search index; name an existing page/ or page/#anchor")


@pytest.mark.parametrize("group, expected", [
    ("{first: what-to-do/#o-support}", "t.yml:2: a group must be a list of at least two words"),
    ("{first: 'help', words: [a, b]}", "t.yml:2: a safety answer is written {first: what-to-do/#o-support"),
    ("{first: help/, words: [a, b], boost: 2}", "t.yml:2: a safety answer is written"),
    ("{first: help/, words: [a, '']}", "t.yml:2: word 2 of this group is empty"),
    ("{names: [jiebei]}", "t.yml:2: lenders' names are written {names: [jiebei, huabei], as: lender}"),
    ("{names: [jiebei], as: lender, first: help/}", "t.yml:2: lenders' names are written"),
    ("{names: [], as: lender}", "t.yml:2: 'names' must be a list of at least one name"),
    ("{names: [jiebei, JieBei], as: lender}", "t.yml:2: 'JieBei' is listed twice in this group"),
])
def test_safety_answer_and_names_mistakes_name_the_line_and_the_fix(tmp_path, group, expected):
    found = thesaurus_problems(tmp_path, f"zh: [[热线, 电话]]\nen: [{group}]\n")
    assert any(expected.replace("t.yml", "search_thesaurus.yml") in p for p in found), found


def test_lenders_names_are_read_as_one_plain_word(tmp_path):
    path = tmp_path / "t.yml"
    path.write_text("zh: [[热线, 电话]]\nen:\n  - [hotline, helpline]\n"
                    "  - as: Lender\n    names: [Jiebei, 360 jietiao]\n", encoding="utf-8")
    groups = load_thesaurus(path, ["zh", "en"])["en"]
    assert groups[1] == {"names": ["jiebei", "360 jietiao"], "as": "lender", "line": 4}
    assert worker_form(groups)[1] == {"names": ["jiebei", "360 jietiao"], "as": "lender"}
    assert missing_first_answers(groups, {"help/"}, path) == []  # names open nothing first


def test_a_name_the_pages_use_is_left_to_the_pages(tmp_path):
    groups = [["hotline", "helpline"], {"names": ["alipay", "jd", "花呗"], "as": "lender", "line": 7}]
    docs = [{"location": "freeze/", "title": "Frozen Alipay", "text": "<p>WeChat or Alipay\u200b frozen</p>"},
            {"location": "x/", "title": "JDs", "text": "jdx 花\u200b呗"}]
    problems = [str(p) for p in names_the_pages_use(groups, docs, tmp_path / "t.yml")]
    # English names whole (jd is not in "JDs" or "jdx"), Chinese anywhere, word breaks ignored
    assert len(problems) == 2 and all(p.startswith(f"{tmp_path / 't.yml'}:7: ") for p in problems)
    assert "'alipay'" in problems[0] and "'花呗'" in problems[1] and "remove it" in problems[0]


def test_outcomes_list_the_guide_sections_they_link_to():
    text = {"zh": "x", "en": "x"}
    door = Outcome("o-door", text, text, [text], links=[Link("sms-only", "home-visits", text), Link("help", None, text)])
    alone = Outcome("o-alone", text, text, [text])
    see = outcome_links([door, alone])
    assert see == {"o-door": ["sms-only/#home-visits", "help/"]}
    index = {"docs": [{"location": "what-to-do/#o-door--q-visit-3"}, {"location": "sms-only/#home-visits"}]}
    outcome, section = add_search_signals(index, [], {}, {}, {}, None, see)["docs"]
    assert outcome["see"] == ["sms-only/#home-visits", "help/"] and "see" not in section


def test_glossary_entries_list_the_section_where_their_term_matters():
    terms = load_glossary(ROOT / "data" / "glossary.yml")
    see = glossary_links(terms)
    assert see["glossary/#limitation-period"] == ["old-debt/#limitation"]
    assert len(see) == len(terms)
    index = {"docs": [{"location": "glossary/#limitation-period"}, {"location": "glossary/"}]}
    entry, page_doc = add_search_signals(index, [], {}, {}, {}, None, see)["docs"]
    assert entry["see"] == ["old-debt/#limitation"] and "see" not in page_doc


def test_summary_box_text_without_its_title():
    html = ('<h1>T</h1><div class="admonition summary">\n<p class="admonition-title">简短回答</p>\n'
            '<p>先<strong>核实</strong>。</p>\n</div><p>正文</p>')
    assert summary_of(html) == "先 核实 。"
    assert summary_of("<p>no box</p>") == ""


def test_outcome_phrases_are_the_questions_and_answers_that_lead_there():
    questions = [Question("q-what", {"zh": "发生了什么？", "en": "What happened?"},
                          [Answer({"zh": "有人上门", "en": "Someone came"}, "q-visit")]),
                 Question("q-visit", {"zh": "来的人做了什么？", "en": "What did they do?"},
                          [Answer({"zh": "说了几句就走了", "en": "Talked and left"}, "o-door"),
                           Answer({"zh": "闯进来了", "en": "Forced their way in"}, "o-safe"),
                           Answer({"zh": "还没来", "en": "Not yet"}, "q-other")])]
    assert outcome_phrases(questions, "en") == {
        "o-door": ["What did they do? · Talked and left", "What happened? · Someone came"],
        "o-safe": ["What did they do? · Forced their way in", "What happened? · Someone came"]}


def test_an_outcomes_own_search_terms_come_first_then_the_phrases_that_lead_there():
    questions = [Question("q-visit", {"zh": "来的人做了什么？", "en": "What did they do?"},
                          [Answer({"zh": "说了几句就走了", "en": "Talked and left"}, "o-door"),
                           Answer({"zh": "闯进来了", "en": "Forced their way in"}, "o-safe")])]
    text = {"zh": "x", "en": "x"}
    door = Outcome("o-door", text, text, [text], search_terms={
        "zh": ["催收上门了 会再来吗"], "en": ["collector came to my house", "What did they do? · Talked and left"]})
    safe = Outcome("o-safe", text, text, [text])  # no search_terms of its own
    lonely = Outcome("o-lonely", text, text, [text], search_terms={"zh": ["只有自己的词"], "en": ["own words only"]})
    assert outcome_terms([door, safe, lonely], questions, "en") == {
        "o-door": ["collector came to my house", "What did they do? · Talked and left"],  # no repeat
        "o-safe": ["What did they do? · Forced their way in"],
        "o-lonely": ["own words only"]}
    assert outcome_terms([door], questions, "zh")["o-door"] == ["催收上门了 会再来吗", "来的人做了什么？ · 说了几句就走了"]
    # in the index entry of every path to the outcome, own words first
    index = {"docs": [{"location": "what-to-do/#o-door"}, {"location": "what-to-do/#o-door--q-visit-2"},
                      {"location": "help/"}]}
    out = add_search_signals(index, [], {}, {}, outcome_terms([door, safe], questions, "zh"))
    assert [d.get("terms") for d in out["docs"]] == [
        "催收上门了 会再来吗 · 来的人做了什么？ · 说了几句就走了"] * 2 + [None]


def test_signals_go_on_pages_and_outcomes_and_thesaurus_in_config():
    index = {"config": {"fields": {"title": {"boost": 1000.0}}},
             "docs": [{"location": "help/", "title": "H"}, {"location": "help/#numbers", "title": "N"},
                      {"location": "what-to-do/#o-door--q-visit-3", "title": "D"}]}
    out = add_search_signals(index, [["hotline", "helpline"]], {"help/": "Call 12378."},
                             {"help/": ["who to call"]}, {"o-door": ["They came to my home"]})
    assert out["config"]["thesaurus"] == [["hotline", "helpline"]]
    assert set(out["config"]["fields"]) == {"title", "summary", "terms"}
    page, section, outcome = out["docs"]
    assert page["summary"] == "Call 12378." and page["terms"] == "who to call"
    assert "summary" not in section and "terms" not in section
    assert outcome["terms"] == "They came to my home"
    assert "thesaurus" not in index["config"]  # the input is left alone


def test_subsections_name_the_section_they_sit_under():
    html = ('<h1 id="title">T</h1><h2 id="freeze">F</h2><p>x</p><h3 id="only-court">O</h3>'
            '<h4 id="detail">D</h4><h3 id="fee">U</h3><h2 id="jail">J</h2><h3 id="ban">B</h3>'
            '<h2 id="next">N</h2>')
    assert section_parents(html) == {"only-court": "freeze", "detail": "only-court", "fee": "freeze",
                                     "ban": "jail"}
    index = {"docs": [{"location": "p/#freeze"}, {"location": "p/#fee"}]}
    out = add_search_signals(index, [], {}, {}, {}, {"p/#fee": "p/#freeze"})
    assert "under" not in out["docs"][0] and out["docs"][1]["under"] == "p/#freeze"


def test_language_location():
    assert language_location("en/help/", ["zh", "en"], "zh") == ("en", "help/")
    assert language_location("help/", ["zh", "en"], "zh") == ("zh", "help/")
    assert language_location("", ["zh", "en"], "zh") == ("zh", "")


def test_nothing_found_text_is_in_the_readers_language():
    html = ('<script id="__config" type="application/json">{"base": "..", "search": "w/search.x.js", '
            '"translations": {"search.result.none": "No matching documents"}}</script>')
    assert "No page matches" in point_page_at_language_index(html, "en", "zh")
    assert "没有找到和这些词对应的页面" in point_page_at_language_index(html, "zh", "zh")


PAGE = "---\ntitle: 标题\ndescription: 说明\nreviewed: 2026-11-20\nsources: []\n{extra}---\n\n# 标题 {{#t}}\n"


def test_front_matter_search_terms_are_accepted_and_checked():
    def check(extra: str):
        return check_page_meta(split_page(PAGE.format(extra=extra), Path("docs/p.zh.md")), {},
                               today=dt.date(2026, 11, 23))
    check("search_terms: [催收上门, 来家里]\n")
    with pytest.raises((ContentError, ContentErrors), match=r"docs/p.zh.md:6: 'search_terms' must be a list"):
        check("search_terms: 催收上门\n")
    with pytest.raises((ContentError, ContentErrors), match="'search_terms' must be a list"):
        check("search_terms: [催收上门, '']\n")
