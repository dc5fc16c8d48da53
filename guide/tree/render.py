"""Render the tree as static HTML for one language: one <section id="..."> per step, shown with
CSS :target, answers as plain fragment links (works with JavaScript off, back button included),
plus a nested-list overview. Every text from the data file is HTML-escaped.

Page size: one section per PATH, not per node (77 steps for 45 nodes in 2026-11), so that with
JavaScript off a result lists the answers that led to it, Back works and a link to a step can be
shared or switched to the other language. That puts the tree page at about 2,800 DOM elements,
over the 1,000 of the design budget: each result's "your answers" list and links are the price of
a tree that works fully without JavaScript. A single copy per node would need a script to work.
"""
from __future__ import annotations

from html import escape
from typing import Callable

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
    },
}

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
    # copies are near-identical (a quarter less to download). The start step goes last:
    # `.tree-step:target ~ .tree-step--start` hides it when another step is the target, with no
    # :has(), so older phone browsers show the right step too.
    node_order = {node_id: n for n, node_id in enumerate(dict.fromkeys(s.node for s in all_steps))}
    ordered = sorted(all_steps[1:], key=lambda s: node_order[s.node]) + [start]
    first_of_outcome = {}
    for s in all_steps:
        if isinstance(tree.nodes[s.node], Outcome):
            first_of_outcome.setdefault(s.node, s.section_id)
    sections = [_section(tree, s, lang, ui, href_for, by_section, s is start,
                         searchable=first_of_outcome.get(s.node) == s.section_id,
                         other_lang_href=other_lang_href, print_url_for=print_url_for) for s in ordered]
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
        classes.append("tree-outcome")
        if node.urgency:
            classes.append(f"tree-urgency-{node.urgency}")
        out.append(f'<p class="tree-kicker">{_e(ui["result"])}</p>')
        # The first path to each outcome is indexed for search; its heading id tells the search
        # index which section to open (see guide/search_index.py, SECTION_TITLE_SUFFIX).
        heading_id = f' id="{_e(step.section_id)}{SECTION_TITLE_SUFFIX}"' if searchable else ""
        out.append(f'<h2 class="tree-heading"{heading_id} tabindex="-1">{_e(node.title[lang])}</h2>')
        if node.urgency:
            out.append(f'<p class="tree-badge">{_e(ui[node.urgency])}</p>')
        out.append(f'<p class="tree-short">{_e(node.answer[lang])}</p>')
        out.append(f'<h3 class="tree-subheading">{_e(ui["next_steps"])}</h3>')
        out.append('<ol class="tree-next">' + "".join(f"<li>{_e(t[lang])}</li>" for t in node.steps) + "</ol>")
        # The answers that led here, in the HTML itself (JavaScript off, print, a shared link).
        out.append(_answered(tree, step, lang, ui, by_section))
        if node.links:
            out.append(f'<h3 class="tree-subheading">{_e(ui["read_more"])}</h3>')
            def printed(link) -> str:
                return f' data-print-url="{_e(print_url_for(link.page, link.anchor))}"' if print_url_for else ""
            out.append('<ul class="tree-links">' + "".join(
                f'<li><a href="{_e(href_for(link.page, link.anchor))}"{printed(link)}>{_e(link.label[lang])}</a></li>'
                for link in node.links) + "</ul>")
    if step.taken:
        other = ""
        # Results only: a link per question step cost more page weight than it helped.
        if other_lang_href and isinstance(node, Outcome):
            code = OTHER_LANG[lang]
            other = (f' · <a class="tree-lang" href="{_e(other_lang_href)}#{_e(step.section_id)}" '
                     f'hreflang="{code}" lang="{code}">{_e(ui["other_lang"])}</a>')
        out.append(f'<p class="tree-restart"><a href="#{_e(tree.start)}">{_e(ui["restart"])}</a>{other}</p>')
    # data-search-exclude on each section, not on the wrapper: Material's search parser ends an
    # exclusion at the first closing tag of the same name (a nested </div>). Questions and repeated
    # outcomes stay out of the index: every path repeats them, and the repeats outranked the guide
    # pages. One copy of each outcome stays in, so a reader can search for their situation.
    exclude = "" if searchable else " data-search-exclude"
    # The question step and the answer that led here: tree.js follows these back to the start to
    # show "your answers so far", with the texts already on the page.
    came_from = f' data-from="{_e(step.taken[-1][2])} {step.taken[-1][1]}"' if step.taken else ""
    return (f'<section class="{" ".join(classes)}" id="{_e(step.section_id)}"{came_from}{exclude}>\n'
            + "\n".join(out) + "\n</section>")


def _answered(tree: Tree, step: Step, lang: str, ui: dict, by_section: dict[str, Step]) -> str:
    """'Your answers': each question on this step's path, the answer given and a change link."""
    rows = []
    for question_id, index, from_section in step.taken:
        question = tree.nodes[question_id]
        assert isinstance(question, Question)
        text = question.text[lang]
        # Few elements per row: these repeat on every result of every path (DOM and page weight).
        rows.append(f'<li>{_e(text)} <b>{_e(question.answers[index].label[lang])}</b> '
                    f'<a href="#{_e(from_section)}">{_e(ui["change"])}</a></li>')
    return (f'<div class="tree-so-far"><h3 class="tree-subheading">{_e(ui["answered"])}</h3>'
            f'<ol>{"".join(rows)}</ol></div>')


def _overview(tree: Tree, all_steps: list[Step], lang: str, ui: dict) -> str:
    kids: dict[str, list[Step]] = {}
    for s in all_steps[1:]:
        kids.setdefault(s.taken[-1][2], []).append(s)

    # Each answer is the link to the step it leads to; the outcome's title stays plain text, so a
    # hotline number in it can become a tel: link (a link cannot hold another link).
    def item(step: Step, linked: bool = False) -> str:
        node = tree.nodes[step.node]
        if isinstance(node, Outcome):
            return _e(node.title[lang])
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
