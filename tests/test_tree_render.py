"""Rendering the decision tree, and the real data file's size, coverage and wording rules."""
from __future__ import annotations

import re
import sys
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.content.citations import cited_ids
from guide.content.checks import words_found
from guide.content.hotlines import HOTLINE_PURPOSE, HOTLINES
from guide.languages import LANGUAGES
from guide.search.index import SECTION_TITLE_SUFFIX
from guide.content.sources import load_sources
from guide.tree.model import Outcome, Question, path_answers, steps
from guide.tree.markdown import tree_markdown
from guide.tree.render import UI, render_tree
from guide.tree.validate import load_tree, parse_tree

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "tree"
TREE = load_tree(ROOT / "data" / "tree.yml", ROOT / "docs")


def href_for(page, anchor):
    return f"../{page}/" + (f"#{anchor}" if anchor else "")


class _Html(HTMLParser):
    """Collects sections (id, classes, hrefs inside, text of h2) from rendered tree HTML."""

    def __init__(self):
        super().__init__()
        self.sections: list[dict] = []
        self.moved: list[dict] = []
        self.current: dict | None = None
        self.in_h2 = False
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "section":
            self.current = {"id": attrs["id"], "class": attrs.get("class", ""), "hrefs": [], "h2": "",
                            "answers": [], "from": attrs.get("data-from")}
            # a step at an old address (`moved:`) is not a step of the tree: tested on its own
            (self.moved if "tree-moved" in self.current["class"] else self.sections).append(self.current)
        elif tag == "a" and self.current is not None:
            href = attrs.get("href", "")
            self.current["hrefs"].append(href)
            cls = attrs.get("class", "")
            if "tree-answer" in cls:
                self.current["answers"].append(href)
        elif tag == "h2":
            self.in_h2 = True

    def handle_endtag(self, tag):
        if tag == "section":
            self.current = None
        elif tag == "h2":
            self.in_h2 = False

    def handle_data(self, data):
        if self.in_h2 and self.current is not None:
            self.current["h2"] += data


def parsed(lang: str, tree=TREE) -> _Html:
    parser = _Html()
    parser.feed(render_tree(tree, lang, href_for))
    return parser


def step_parts(raw: str) -> dict[str, str]:
    """Each step's HTML as a reader sees it when the step is the :target: its section, plus, for a
    result reached by several paths (copy I), the shared body that follows the copies with only
    tail I of its tails (as tree.css's .tree-cI rules say)."""
    inner = raw[raw.index('<div class="tree-steps">\n') + 25:raw.index('<details class="tree-overview"')]
    parts = re.findall(r'^<(?:section .*?^</section>|div .*?^</div>)$', inner, re.M | re.S)
    seen = {}
    for n, part in enumerate(parts):
        if not part.startswith("<section") or "tree-moved" in part.split(">")[0]:
            continue
        sid = re.search(r' id="([^"]+)"', part).group(1)
        copy = re.search(r"\btree-c(\d+)\b", part.split(">")[0])
        if not copy:
            seen[sid] = part
            continue
        body = next(p for p in parts[n + 1:] if "tree-body" in p.split(">")[0])
        own = f"tree-t{copy.group(1)}"
        body = re.sub(r'<div [^>]*class="tree-so-far tree-tail (tree-t\d+)".*?</div>',
                      lambda m: m.group(0) if m.group(1) == own else "", body)
        body = re.sub(r'<div [^>]*class="tree-lead tree-l(\d+)">.*?</div>',
                      lambda m: m.group(0) if m.group(1) == copy.group(1) else "", body)
        assert own in body, sid
        seen[sid] = part + body
    return seen


# -- the real data ---------------------------------------------------------------------------------

def test_tree_is_big_enough_and_uses_both_urgencies():
    assert len(TREE.questions()) >= 15
    assert len(TREE.outcomes()) >= 10
    assert {o.urgency for o in TREE.outcomes()} >= {"deadline", "info"}


def test_tree_covers_the_guide_situations():
    text = " ".join(text for _, text in _texts(TREE, "zh"))
    for word in ("没收到", "诈骗", "逾期", "一部分", "还不上", "威胁", "亲友", "深夜", "上门", "支付令", "起诉", "停息挂账", "征信修复"):
        assert word in text, word


def test_every_outcome_is_reachable_and_every_path_ends_in_an_outcome():
    all_steps = steps(TREE)
    assert {s.node for s in all_steps} == set(TREE.nodes)
    for step in all_steps:
        if isinstance(TREE.nodes[step.node], Question):
            assert len(TREE.nodes[step.node].answers) >= 2


_CJK = r"[\u4e00-\u9fff]"


def _texts(tree, lang):
    for node in tree.nodes.values():
        if isinstance(node, Question):
            yield node.id, node.text[lang]
            if node.help:
                yield node.id, node.help[lang]
            for answer in node.answers:
                yield node.id, answer.label[lang]
        else:
            yield node.id, node.title[lang]
            yield node.id, node.answer[lang]
            for step in node.steps:
                yield node.id, step[lang]
            for link in node.links:
                yield node.id, link.label[lang]


def test_chinese_text_uses_full_width_punctuation_and_spaces_around_latin_and_digits():
    problems = []
    for node_id, text in _texts(TREE, "zh"):
        if re.search(rf"{_CJK}[,.;:?!()]|[,.;:?!(]{_CJK}", text):
            problems.append(f"{node_id}: half-width punctuation next to Chinese: {text}")
        if re.search(rf"{_CJK}[A-Za-z0-9]|[A-Za-z0-9]{_CJK}", text):
            problems.append(f"{node_id}: no space between Chinese and Latin/digits: {text}")
    assert not problems, "\n".join(problems)


def _search_terms(tree, lang):
    for node in tree.nodes.values():
        if not isinstance(node, Question):
            for term in node.search_terms.get(lang, []):
                yield node.id, term


def test_no_spun_words_in_the_tree():
    """Nor in the outcomes' hidden search_terms, as in the pages' (tests/test_content.py)."""
    rules = yaml.safe_load((ROOT / "data" / "content_rules.yml").read_text(encoding="utf-8"))
    problems = [f"{node_id}: {w}" for lang in LANGUAGES
                for node_id, text in [*_texts(TREE, lang), *_search_terms(TREE, lang)]
                for w in words_found(text, list(rules["banned_words"]) + rules["junk_markers"])]
    assert not problems


def test_english_keeps_key_chinese_terms():
    english = " ".join(text for _, text in _texts(TREE, "en"))
    for term in ("上门催收", "征信", "支付令", "爆通讯录", "停息挂账"):
        assert f"({term}" in english or f", {term})" in english or term in english, term


# -- rendering -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_step_has_one_section_and_answers_link_to_sections(lang):
    html = parsed(lang)
    ids = [s["id"] for s in html.sections]
    assert len(ids) == len(set(ids)) == len(steps(TREE))
    assert {s.section_id for s in steps(TREE)} == set(ids)
    for section in html.sections:
        for href in section["answers"]:
            assert href.startswith("#") and href[1:] in ids, (section["id"], href)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_start_comes_first_and_every_other_step_can_start_again_and_knows_its_path(lang):
    # First: the question a reader sees arrives with the page's first bytes (tree.css hides it
    # when another step is the target).
    html = parsed(lang)
    by_id = {s.section_id: s for s in steps(TREE)}
    assert html.sections[0]["id"] == TREE.start and "tree-step--start" in html.sections[0]["class"]
    assert all("tree-step--start" not in section["class"] for section in html.sections[1:])
    assert html.sections[0]["from"] is None
    shown = step_parts(render_tree(TREE, lang, href_for))
    for section in html.sections[1:]:
        step = by_id[section["id"]]
        assert f'href="#{TREE.start}"' in shown[section["id"]], section["id"]
        if isinstance(TREE.nodes[step.node], Outcome):  # its answers are in its HTML (tested below)
            assert section["from"] is None, section["id"]
            continue
        # the question step and answer that led here, from which tree.js lists the answers so far
        question_id, index, question_section = step.taken[-1]
        assert section["from"] == f"{question_section} {index}", section["id"]
        assert by_id[question_section].node == question_id


def test_labels_for_the_answers_so_far_are_in_the_page_language():
    for lang in LANGUAGES:
        html = render_tree(TREE, lang, href_for)
        wrapper = html[:html.index(">")]
        for key in ("so_far", "change", "change_hidden"):
            assert f'data-{key.replace("_", "-")}="{escape(UI[lang][key])}"' in wrapper


@pytest.mark.parametrize("lang", LANGUAGES)
def test_question_headings_and_outcome_titles(lang):
    html = parsed(lang)
    by_id = {s.section_id: s for s in steps(TREE)}
    for section in html.sections:
        node = TREE.nodes[by_id[section["id"]].node]
        expected = node.text[lang] if isinstance(node, Question) else node.title[lang]
        assert section["h2"] == expected


def test_outcome_links_use_href_for():
    html = render_tree(TREE, "en", href_for)
    assert 'href="../talk-to-lender/#steps"' in html


def test_text_from_the_data_is_escaped(tmp_path):
    text = (FIXTURES / "valid.yml").read_text(encoding="utf-8").replace(
        'label: {zh: 是, en: "Yes"}', 'label: {zh: "<b>是</b>", en: "<script>alert(1)</script> & \\"quoted\\""}').replace(
        "title: {zh: 结果一, en: Result one}", 'title: {zh: 结果一, en: "<img src=x onerror=alert(1)>"}')
    tree = parse_tree(text, "t.yml", FIXTURES / "docs")
    html = render_tree(tree, "en", href_for)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;b&gt;是&lt;/b&gt;" in render_tree(tree, "zh", href_for)


def test_outcome_search_terms_are_never_shown():
    tree = load_tree(FIXTURES / "valid.yml", FIXTURES / "docs")
    for lang in LANGUAGES:
        terms = tree.nodes["o-no"].search_terms[lang]
        shown = render_tree(tree, lang, href_for) + tree_markdown(tree, lang, href_for)
        assert terms and not any(term in shown for term in terms)


def test_shared_node_gets_a_section_per_path(tmp_path):
    # Both answers lead to the same outcome: two sections, each with its own URL and path.
    text = (FIXTURES / "valid.yml").read_text(encoding="utf-8").replace("next: o-no", "next: o-yes")
    text = text[: text.index("  o-no:")]
    tree = parse_tree(text, "t.yml", FIXTURES / "docs")
    ids = [s.section_id for s in steps(tree)]
    assert ids == ["q-one", "o-yes--q-one-1", "o-yes--q-one-2"]
    html = parsed("en", tree)
    assert [s["answers"] for s in html.sections if s["id"] == "q-one"] == [["#o-yes--q-one-1", "#o-yes--q-one-2"]]


def test_overview_lists_every_step():
    html = render_tree(TREE, "zh", href_for)
    overview = html[html.index('<details class="tree-overview"'):]
    # every answer of every question, once; a question reached again is not expanded again
    first_steps = {}
    for step in steps(TREE):
        first_steps.setdefault(step.node, step)
    for node_id, step in first_steps.items():
        assert f'href="#{step.section_id}"' in overview, node_id
    for question in TREE.questions():
        expanded = re.findall(re.escape(f"<strong>{escape(question.text['zh'])}</strong>") + r"(?:</a>)?<ul>", overview)
        assert len(expanded) == 1, question.id


def test_only_one_copy_of_each_outcome_is_searchable():
    # Material's parser ends an exclusion at the first closing tag of the same name, so the marker
    # sits on every excluded part (they never nest) and on the overview, not on the wrapper. It
    # ends a heading's section where the heading's parent ends: the indexed heading of a shared
    # result sits in its body, with the text it must find.
    raw = render_tree(TREE, "en", href_for)
    inner = raw[raw.index('<div class="tree-steps">\n') + 25:raw.index('<details class="tree-overview"')]
    parts = re.findall(r'^<(section|div)( [^>]*)>(.*?)^</\1>$', inner, re.M | re.S)
    assert len(parts) > len(steps(TREE))
    searchable = [(tag, re.search(r'class="([^"]*)"', attrs).group(1), body) for tag, attrs, body in parts
                  if "data-search-exclude" not in attrs]
    indexed = {}  # the shortest path to each outcome (the first of those)
    for step in steps(TREE):
        if step.node not in indexed or len(step.taken) < len(indexed[step.node].taken):
            indexed[step.node] = step
    first = {node: step.section_id for node, step in indexed.items()}
    titled = []
    for tag, cls, body in searchable:
        assert "tree-outcome" in cls or "tree-body" in cls, cls
        titled += re.findall(r'<h2 [^>]*id="([^"]+)' + re.escape(SECTION_TITLE_SUFFIX) + '"', body)
        if "tree-body" in cls:  # the result's own text and one path's answers, as a whole result
            assert '<p class="tree-short">' in body
            tails = re.findall(r'<div( data-search-exclude)? class="tree-so-far tree-tail', body)
            assert len(tails) >= 2 and tails.count("") == 1
    assert sorted(titled) == sorted(first[o.id] for o in TREE.outcomes())
    assert raw.count(SECTION_TITLE_SUFFIX + '"') == len(TREE.outcomes())
    assert '<details class="tree-overview" data-search-exclude>' in raw


@pytest.mark.parametrize("lang", LANGUAGES)
def test_markdown_export_has_every_node_once_and_answers_link_within(lang):
    # `python -m guide.tree --markdown LANG`: the whole tree as one document, for reviewers
    text = tree_markdown(TREE, lang, href_for)
    ids = re.findall(r"^## .* \{#([a-z0-9-]+)\}$", text, re.M)
    assert ids[0] == TREE.start and sorted(ids) == sorted(TREE.nodes)
    for target in re.findall(r"\]\(#([^)]+)\)", text):
        assert target in TREE.nodes, target
    for outcome in TREE.outcomes():
        assert all(step[lang] in text.replace("\\", "") for step in outcome.steps)


def test_markdown_export_keeps_data_text_from_becoming_markup():
    text = (FIXTURES / "valid.yml").read_text(encoding="utf-8").replace(
        "title: {zh: 结果一, en: Result one}", 'title: {zh: 结果一, en: "*Result* <b>one</b> [x](y) #2"}')
    tree = parse_tree(text, "t.yml", FIXTURES / "docs")
    assert r"\*Result\* \<b\>one\</b\> \[x\](y) \#2" in tree_markdown(tree, "en", href_for)


def test_steps_of_the_same_node_sit_side_by_side():
    # gzip only finds repeats within 32 KB: copies of a node far apart cost their full size again
    by_id = {s.section_id: s.node for s in steps(TREE)}
    nodes = [by_id[section["id"]] for section in parsed("en").sections[:-1]]
    runs = [node for n, node in enumerate(nodes) if n == 0 or nodes[n - 1] != node]
    assert len(runs) == len(set(runs)), "a node's steps are split up"


def test_a_result_lists_the_answers_that_led_to_it_with_change_links():
    shown = step_parts(render_tree(TREE, "en", href_for))
    assert set(shown) == {s.section_id for s in steps(TREE)}
    for step in steps(TREE):
        if not isinstance(TREE.nodes[step.node], Outcome):
            continue
        section = shown[step.section_id]
        answered = section[section.index('tree-so-far'):]
        answered = answered[:answered.index("</ol>")]
        for question_id, index, from_section in step.taken:
            label = TREE.nodes[question_id].answers[index].label["en"]
            assert f"<b>{escape(label)}</b>" in answered
            assert f'href="#{from_section}"' in answered
        assert section.count("tree-so-far") == 1
        # the next steps and what to read come first, the answers that led here after them: a long
        # answer list must not push the next step off the screen
        assert section.index('class="tree-next"') < section.index('tree-so-far')
        if TREE.nodes[step.node].links:
            assert section.index('class="tree-links"') < section.index('tree-so-far')


def test_every_result_links_to_the_same_step_in_the_other_language():
    html = render_tree(TREE, "zh", href_for, other_lang_href="../en/what-to-do/")
    for step in steps(TREE)[1:]:
        if isinstance(TREE.nodes[step.node], Outcome):
            assert f'href="../en/what-to-do/#{step.section_id}" hreflang="en" lang="en"' in html


def test_read_more_links_carry_their_full_address_for_print():
    html = render_tree(TREE, "en", href_for, print_url_for=lambda p, a: f"https://example.org/{p}/#{a}")
    assert 'data-print-url="https://example.org/' in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_result_body_is_written_once(lang):
    # DOM and page weight: only the path-dependent parts (title, answers) repeat per path
    raw = render_tree(TREE, lang, href_for)
    for outcome in TREE.outcomes():
        assert raw.count(f'<p class="tree-short">{escape(outcome.answer[lang])}</p>') == 1, outcome


def test_stylesheet_shows_the_tail_of_every_copy_count_the_renderer_allows():
    from guide.tree.render import MAX_COPIES
    css = (ROOT / "docs" / "assets" / "stylesheets" / "tree.css").read_text(encoding="utf-8")
    for k in range(1, MAX_COPIES + 1):
        assert f".tree-c{k}:target ~ .tree-body > .tree-t{k}" in css, k


def test_a_result_reached_by_too_many_paths_is_a_clear_error(monkeypatch):
    import guide.tree.render as render
    from guide.errors import ContentError
    monkeypatch.setattr(render, "MAX_COPIES", 2)
    with pytest.raises(ContentError, match=r"o-\S+.*paths lead to this result"):
        render_tree(TREE, "en", href_for)


def test_each_result_says_what_its_answers_told_with_the_page_written_for_it():
    # An answer's note (and its link) shows at every result it leads to, on that path only.
    for lang in LANGUAGES:
        shown = step_parts(render_tree(TREE, lang, href_for))
        noted = 0
        for step in steps(TREE):
            if not isinstance(TREE.nodes[step.node], Outcome):
                continue
            notes = [a for a in path_answers(TREE, step) if a.note]
            noted += bool(notes)
            html = shown[step.section_id]
            assert html.count('class="tree-note"') == len(notes), step.section_id
            for answer in notes:
                assert escape(answer.note[lang]) in html, (step.section_id, answer.note[lang])
                if answer.link:
                    assert f'href="{href_for(answer.link.page, answer.link.anchor)}"' in html
            # the note comes before the short answer: it is what this reader came with
            if notes:
                assert html.index('class="tree-note"') < html.index('class="tree-short"')
        assert noted >= 10


def test_a_result_that_hands_over_links_to_the_question_to_go_on_with():
    handing_over = [o for o in TREE.outcomes() if o.then]
    assert handing_over, "the helper's result hands over to the start"
    for lang in LANGUAGES:
        html = render_tree(TREE, lang, href_for)
        for outcome in handing_over:
            assert (f'<p class="tree-then"><a class="tree-answer" href="#{outcome.then}">'
                    f'{escape(outcome.then_label[lang])}</a></p>') in html


def test_old_step_addresses_say_where_the_step_went():
    assert TREE.moved, "removed nodes are listed under moved:"
    first = {}
    for s in steps(TREE):
        first.setdefault(s.node, s.section_id)
    for lang in LANGUAGES:
        html = parsed(lang)
        by_id = {m["id"]: m for m in html.moved}
        assert set(by_id) == set(TREE.moved)
        for old, new in TREE.moved.items():
            assert old not in TREE.nodes
            assert f"#{first[new]}" in by_id[old]["hrefs"] and f"#{TREE.start}" in by_id[old]["hrefs"]
            assert by_id[old]["h2"] == UI[lang]["moved"]
        # the words of the notice tree.js builds for an address that names no step at all
        wrapper = render_tree(TREE, lang, href_for).split(">", 1)[0]
        for key in ("missing", "missing_body", "restart"):
            assert f'data-{key.replace("_", "-")}="{escape(UI[lang][key])}"' in wrapper


SOURCES = load_sources(ROOT / "data" / "sources.yml")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_result_lists_the_sources_it_cites_and_only_those(lang):
    """Citations in a result are numbered from 1 and link to that result's own list; the list
    holds each cited source once, in the order first cited, and nothing else."""
    shown = step_parts(render_tree(TREE, lang, href_for, sources=SOURCES))
    plain = step_parts(render_tree(TREE, lang, href_for))
    for step in steps(TREE):
        node = TREE.nodes[step.node]
        if not isinstance(node, Outcome):
            continue
        html = shown[step.section_id]
        assert "（见 " not in html and "(see " not in html, step.section_id
        # what this path shows cites these (other paths' notes may add to the shared list)
        cited = list(dict.fromkeys(cited_ids(plain[step.section_id])))
        listed = re.findall(rf'<li id="{node.id}-src-([A-Z]\d+)">', html)
        assert set(cited) <= set(listed) and len(listed) == len(set(listed)), step.section_id
        for source_id in listed:
            assert f"{escape(SOURCES[source_id].title[lang])}" in html
        targets = re.findall(r'<a class="cite" href="#([^"]+)" aria-label="[^"]+">\[(\d+)\]</a>', html)
        assert {t for t, _ in targets} == {f"{node.id}-src-{i}" for i in cited}, step.section_id
        for target, number in targets:
            assert listed.index(target.rsplit("-", 1)[1]) + 1 == int(number), (step.section_id, target)
    # questions cite nothing, so no page-wide list is needed
    assert all(not cited_ids(q.text[lang] + (q.help or {}).get(lang, "")) for q in TREE.questions())


def test_a_result_citing_a_source_the_sources_file_lacks_is_a_clear_error():
    from guide.errors import ContentError
    some = dict(SOURCES)
    del some["C4"]
    with pytest.raises(ContentError, match=r"\[o-[a-z-]+\]: cites C4, which data/sources.yml does not list"):
        render_tree(TREE, "zh", href_for, sources=some)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_result_gives_the_numbers_it_names_and_12348(lang):
    shown = step_parts(render_tree(TREE, lang, href_for))
    for outcome in TREE.outcomes():
        html = shown[next(s.section_id for s in steps(TREE) if s.node == outcome.id)]
        box = re.search(r'<div class="tree-numbers" data-search-exclude><h3[^>]*>[^<]*</h3><p>(.*?)</p>', html).group(1)
        numbers = [line.split("：" if lang == "zh" else ":")[0] for line in box.split("<br>")]
        text = " ".join([*outcome.answer.values(), *(t for s in outcome.steps for t in s.values())])
        named = [n for n in HOTLINES if re.search(rf"(?<!\d){n}(?!\d)", text)]
        assert "12348" in numbers and set(named) <= set(numbers), (outcome.id, numbers)
        assert len(numbers) == len(set(numbers))
        for n in numbers:
            assert escape(HOTLINE_PURPOSE[n][lang]) in box


def test_the_plan_can_be_printed_from_every_result():
    for lang in LANGUAGES:
        html = render_tree(TREE, lang, href_for)
        assert html.count("data-tree-print") == 1  # once, shown below whichever result is the step
        assert re.search(r'<button type="button" class="tree-print" data-tree-print hidden>', html)
        assert escape(UI[lang]["keep_hint"]) in html and escape(UI[lang]["keep_private"]) in html
