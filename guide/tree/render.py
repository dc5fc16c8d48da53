"""Render the tree as static HTML for one language: one <section id="..."> per step, shown with
CSS :target, answers as plain fragment links (works with JavaScript off, back button included),
plus a nested-list overview. Every text from the data file is HTML-escaped.

Page size: one section per PATH, not per node (106 steps for 67 nodes, 79 paths to 45 results in
2026-11), so that with JavaScript off a result lists the answers that led to it, Back works and a
link to a step can be shared or switched to the other language. Only the title (the :target) and
the answers differ by path: a result reached by several paths writes its body and "read more" once
(_shared_outcome). Built zh page, 2026-11-24: 4,104 -> 3,491 elements, 265 -> 220 KB raw, 35.8 ->
34.8 KB gzip.

Why still over the design budget of 1,000 elements: the page's chrome (header, menu, sources list,
footer) is about 460 and the overview about 240, which leaves about 300 for 106 steps. The 79
per-path answer lists alone are about 1,250 (a row is the question, the answer in <b> and its
"change" link, 3.3 rows a path on average, plus a heading, "start again" and the language link);
the 45 results' own text about 1,200; the 27 question steps about 350. Fewer elements would need
a single copy per node and a script to show the path, which is what JavaScript-off readers lack.
"""
from __future__ import annotations

from html import escape
from typing import Callable

from guide.errors import ContentError
from guide.search_index import SECTION_TITLE_SUFFIX
from guide.tree.model import Outcome, Question, Step, Tree, steps

UI = {
    "zh": {
        "question": "第 {n} 个问题",
        "result": "结果",
        "so_far": "你目前的回答",
        "change": "修改",
        "change_hidden": "对“{q}”的回答",
        "restart": "重新开始",
        "next_steps": "接下来这样做",
        "read_more": "详细阅读",
        "danger": "有危险：现在就求助",
        "deadline": "有期限：几天内处理",
        "info": "先了解情况",
        "answered": "你的回答",
        "other_lang": "Read this step in English",
        "overview": "全部问题和结果一览",
        "overview_note": "下面列出每个问题、每个回答以及它通向的下一步，方便检查和打印。",
        "answers": "回答",
        "leads_to": "→",
        "as_above": "（后面的问题同上文）",
    },
    "en": {
        "question": "Question {n}",
        "result": "Result",
        "so_far": "Your answers so far",
        "change": "Change",
        "change_hidden": "your answer to “{q}”",
        "restart": "Start again",
        "next_steps": "What to do next",
        "read_more": "Read more",
        "danger": "Danger: get help now",
        "deadline": "Deadline: act within days",
        "info": "Good to know",
        "answered": "Your answers",
        "other_lang": "用中文看这一步",
        "overview": "All questions and results at a glance",
        "overview_note": "Every question, every answer and where it leads, for checking and printing.",
        "answers": "Answers",
        "leads_to": "→",
        "as_above": "(the questions after it as above)",
    },
}

# Most paths to one result that the page can show; tree.css has a .tree-c rule for each.
MAX_COPIES = 8

# The line in the decision-tree page's Markdown where the rendered tree goes.
MARKER = "<!-- decision-tree -->"

HrefFor = Callable[[str, "str | None"], str]


def _e(text: str) -> str:
    return escape(text, quote=True)


OTHER_LANG = {"zh": "en", "en": "zh"}


def render_tree(tree: Tree, lang: str, href_for: HrefFor, other_lang_href: str | None = None,
                print_url_for: HrefFor | None = None) -> str:
    """HTML for the whole tree in `lang`. `href_for(page, anchor)` gives the URL of a guide page;
    `other_lang_href`, the tree page in the other language: each step links to the same step
    there, so switching language keeps the step with JavaScript off too. `print_url_for(page,
    anchor)`, the page's full address, printed after a "read more" link on paper."""
    ui = UI[lang]
    all_steps = steps(tree)
    by_section = {s.section_id: s for s in all_steps}
    start = all_steps[0]
    # Steps of the same node sit side by side: gzip only finds repeats within 32 KB, and these
    # copies are near-identical (a quarter less to download). The start step goes first: the
    # question a reader sees shows with the first bytes of the page, not after all of its 35 KB
    # (tree.css hides it with :has() when another step is the target; tree.js adds a class for
    # browsers without :has(); with neither, it stays above the target, which is scrolled to).
    node_order = {node_id: n for n, node_id in enumerate(dict.fromkeys(s.node for s in all_steps))}
    ordered = [start] + sorted(all_steps[1:], key=lambda s: node_order[s.node])
    first_of_outcome = {}
    for s in all_steps:
        if isinstance(tree.nodes[s.node], Outcome):
            first_of_outcome.setdefault(s.node, s.section_id)
    sections = []
    for group in _groups(ordered):
        node = tree.nodes[group[0].node]
        if isinstance(node, Outcome) and len(group) > 1:
            sections.append(_shared_outcome(tree, node, group, lang, ui, href_for,
                                            searchable_id=first_of_outcome[group[0].node],
                                            other_lang_href=other_lang_href, print_url_for=print_url_for))
            continue
        sections += [_section(tree, s, lang, ui, href_for, by_section, s is start,
                              searchable=first_of_outcome.get(s.node) == s.section_id,
                              other_lang_href=other_lang_href, print_url_for=print_url_for) for s in group]
    labels = " ".join(f'data-{key.replace("_", "-")}="{_e(ui[key])}"' for key in ("so_far", "change", "change_hidden"))
    return "\n".join([
        f'<div class="tree" data-tree {labels}>',
        '<p class="tree-live tree-vh" aria-live="polite" data-tree-live></p>',
        '<div class="tree-steps">',
        *sections,
        "</div>",
        _overview(tree, all_steps, lang, ui),
        "</div>",
    ])


def _section(tree: Tree, step: Step, lang: str, ui: dict, href_for: HrefFor,
             by_section: dict[str, Step], is_start: bool, searchable: bool,
             other_lang_href: str | None = None, print_url_for: HrefFor | None = None) -> str:
    node = tree.nodes[step.node]
    classes = ["tree-step"]
    if is_start:
        classes.append("tree-step--start")
    out = []
    if isinstance(node, Question):
        classes.append("tree-question")
        out.append(f'<p class="tree-kicker">{_e(ui["question"].format(n=len(step.taken) + 1))}</p>')
        out.append(f'<h2 class="tree-heading" tabindex="-1">{_e(node.text[lang])}</h2>')
        if node.help:
            out.append(f'<p class="tree-help">{_e(node.help[lang])}</p>')
        children = {}
        for s in by_section.values():
            if s.taken and s.taken[-1][2] == step.section_id:
                children[s.taken[-1][1]] = s.section_id
        out.append('<ul class="tree-answers">')
        for index, answer in enumerate(node.answers):
            out.append(f'<li><a class="tree-answer" href="#{_e(children[index])}">{_e(answer.label[lang])}</a></li>')
        out.append("</ul>")
    else:
        assert isinstance(node, Outcome)
        classes += ["tree-outcome", *_urgency(node)]
        # The first path to each outcome is indexed for search; its heading id tells the search
        # index which section to open (see guide/search_index.py, SECTION_TITLE_SUFFIX).
        out.append(_outcome_heading(node, lang, ui, step.section_id if searchable else None))
        out.append(_outcome_body(node, lang, ui))
        # The answers that led here, in the HTML itself (JavaScript off, print, a shared link).
        out.append(_answered(tree, step, lang, ui, other_lang_href, "tree-so-far"))
        out.append(_outcome_more(node, lang, ui, href_for, print_url_for))
    if step.taken and isinstance(node, Question):
        # With JavaScript off the header's language link can only open the first question; this
        # link keeps the reader's step (the step ids are the same in both languages).
        out.append(_restart(tree, step, lang, ui, other_lang_href))
    # data-search-exclude on each section, not on the wrapper: Material's search parser ends an
    # exclusion at the first closing tag of the same name (a nested </div>). Questions and repeated
    # outcomes stay out of the index: every path repeats them, and the repeats outranked the guide
    # pages. One copy of each outcome stays in, so a reader can search for their situation.
    exclude = "" if searchable else " data-search-exclude"
    # The question step and the answer that led here: tree.js follows these back to the start to
    # show "your answers so far", with the texts already on the page.
    # Questions only: a result lists its answers in its HTML.
    came_from = (f' data-from="{_e(step.taken[-1][2])} {step.taken[-1][1]}"'
                 if step.taken and isinstance(node, Question) else "")
    return (f'<section class="{" ".join(classes)}" id="{_e(step.section_id)}"{came_from}{exclude}>\n'
            + "\n".join(out) + "\n</section>")


def _answered(tree: Tree, step: Step, lang: str, ui: dict, other_lang_href: str | None,
              classes: str) -> str:
    """'Your answers': each question on this step's path, the answer given and a change link,
    then "start again" and the same step in the other language."""
    rows = []
    for question_id, index, from_section in step.taken:
        question = tree.nodes[question_id]
        assert isinstance(question, Question)
        text = question.text[lang]
        # Few elements per row: these repeat on every result of every path (DOM and page weight).
        rows.append(f'<li>{_e(text)} <b>{_e(question.answers[index].label[lang])}</b> '
                    f'<a href="#{_e(from_section)}">{_e(ui["change"])}</a></li>')
    return (f'<div class="{classes}"><h3 class="tree-subheading">{_e(ui["answered"])}</h3>'
            f'<ol>{"".join(rows)}</ol>{_restart(tree, step, lang, ui, other_lang_href)}</div>')


def _restart(tree: Tree, step: Step, lang: str, ui: dict, other_lang_href: str | None) -> str:
    other = ""
    if other_lang_href:
        code = OTHER_LANG[lang]
        other = (f' · <a class="tree-lang" href="{_e(other_lang_href)}#{_e(step.section_id)}" '
                 f'hreflang="{code}" lang="{code}">{_e(ui["other_lang"])}</a>')
    return f'<p class="tree-restart"><a href="#{_e(tree.start)}">{_e(ui["restart"])}</a>{other}</p>'


def _urgency(node: Outcome) -> list[str]:
    return [f"tree-urgency-{node.urgency}"] if node.urgency else []


def _outcome_heading(node: Outcome, lang: str, ui: dict, searchable_id: str | None) -> str:
    heading_id = f' id="{_e(searchable_id)}{SECTION_TITLE_SUFFIX}"' if searchable_id else ""
    return (f'<p class="tree-kicker">{_e(ui["result"])}</p>\n'
            f'<h2 class="tree-heading"{heading_id} tabindex="-1">{_e(node.title[lang])}</h2>')


def _outcome_body(node: Outcome, lang: str, ui: dict) -> str:
    """What the result says, the same on every path: badge, short answer, next steps."""
    out = []
    if node.urgency:
        out.append(f'<p class="tree-badge">{_e(ui[node.urgency])}</p>')
    out.append(f'<p class="tree-short">{_e(node.answer[lang])}</p>')
    out.append(f'<h3 class="tree-subheading">{_e(ui["next_steps"])}</h3>')
    out.append('<ol class="tree-next">' + "".join(f"<li>{_e(t[lang])}</li>" for t in node.steps) + "</ol>")
    return "\n".join(out)


def _outcome_more(node: Outcome, lang: str, ui: dict, href_for: HrefFor,
                  print_url_for: HrefFor | None) -> str:
    """What to read next for this result: it ends the result."""
    if not node.links:
        return ""
    def printed(link) -> str:
        return f' data-print-url="{_e(print_url_for(link.page, link.anchor))}"' if print_url_for else ""
    return (f'<h3 class="tree-subheading">{_e(ui["read_more"])}</h3>\n<ul class="tree-links">' + "".join(
        f'<li><a href="{_e(href_for(link.page, link.anchor))}"{printed(link)}>{_e(link.label[lang])}</a></li>'
        for link in node.links) + "</ul>")


def _groups(ordered: list[Step]) -> list[list[Step]]:
    """Runs of steps of the same node (they sit side by side)."""
    groups: list[list[Step]] = []
    for s in ordered:
        if groups and groups[-1][0].node == s.node:
            groups[-1].append(s)
        else:
            groups.append([s])
    return groups


def _shared_outcome(tree: Tree, node: Outcome, group: list[Step], lang: str, ui: dict,
                    href_for: HrefFor, searchable_id: str,
                    other_lang_href: str | None, print_url_for: HrefFor | None) -> str:
    """An outcome reached by several paths, its body written once:

        copy 1 .. copy k   <section id=path class=tree-cI>: kicker and title (the :target)
        body               badge, short answer, next steps (shared),
                           tail 1 .. tail k: your answers, start again, other language (per path),
                           read more (shared)

    `.tree-copy:target ~ .tree-body` shows the body; `~ .tree-body ~ .tree-body` hides the bodies
    of later nodes (their siblings too); `.tree-cI:target ~ .tree-body > .tree-tI` (tree.css)
    shows the path's own answers. The body carries `tree-step`: part of a step, hidden until shown.

    The search index: Material's parser ends a heading's section where the heading's parent ends,
    so a copy's title cannot carry the result's text. The body holds the indexed heading instead,
    hidden (the shown copy's title is the step's heading), and the first path's tail stays in the
    index, so the section reads as a whole result did before; the index opens the first path's
    step (guide/search_index.py, SECTION_TITLE_SUFFIX)."""
    k = len(group)
    if k > MAX_COPIES:
        raise ContentError("data/tree.yml", f"{k} paths lead to this result; the tree page can show "
                           f"at most {MAX_COPIES} (docs/assets/stylesheets/tree.css, the .tree-c rules): "
                           "merge paths or add rules for more copies", node=group[0].node)
    urgency = "".join(" " + u for u in _urgency(node))
    out = []
    for n, s in enumerate(group, 1):
        out.append(f'<section class="tree-step tree-outcome tree-copy tree-c{n}{urgency}" '
                   f'id="{_e(s.section_id)}" data-search-exclude>\n{_outcome_heading(node, lang, ui, None)}\n</section>')
    anchor = (f'<h2 class="tree-vh" id="{_e(searchable_id)}{SECTION_TITLE_SUFFIX}" aria-hidden="true">'
              f'{_e(node.title[lang])}</h2>')
    tails = [_answered(tree, s, lang, ui, other_lang_href, f"tree-so-far tree-tail tree-t{n}")
             .replace("<div ", "<div data-search-exclude ", s.section_id != searchable_id)
             for n, s in enumerate(group, 1)]
    return "\n".join([*out, f'<div class="tree-step{urgency} tree-body">', anchor, _outcome_body(node, lang, ui),
                      *tails, _outcome_more(node, lang, ui, href_for, print_url_for), "</div>"])


def _overview(tree: Tree, all_steps: list[Step], lang: str, ui: dict) -> str:
    kids: dict[str, list[Step]] = {}
    for s in all_steps[1:]:
        kids.setdefault(s.taken[-1][2], []).append(s)

    # Each answer is the link to the step it leads to; the outcome's title stays plain text, so a
    # hotline number in it can become a tel: link (a link cannot hold another link). A question
    # reached again by another path is listed once with what follows it (page weight, print).
    expanded: set[str] = set()

    def item(step: Step, linked: bool = False) -> str:
        node = tree.nodes[step.node]
        if isinstance(node, Outcome):
            return _e(node.title[lang])
        if step.node in expanded:
            return f'<strong>{_e(node.text[lang])}</strong> {_e(ui["as_above"])}'
        expanded.add(step.node)
        inner = []
        for child in sorted(kids.get(step.section_id, []), key=lambda s: s.taken[-1][1]):
            label = node.answers[child.taken[-1][1]].label[lang]
            inner.append(f'<li><a href="#{_e(child.section_id)}">{_e(label)}</a> {ui["leads_to"]} {item(child)}</li>')
        question = f'<strong>{_e(node.text[lang])}</strong>'
        if linked:  # the start question, which no answer leads to
            question = f'<a href="#{_e(step.section_id)}">{question}</a>'
        return f'{question}<ul>{"".join(inner)}</ul>'

    return (f'<details class="tree-overview" data-search-exclude><summary>{_e(ui["overview"])}</summary>'
            f'<p>{_e(ui["overview_note"])}</p><ul class="tree-ov"><li>{item(all_steps[0], linked=True)}</li></ul></details>')
