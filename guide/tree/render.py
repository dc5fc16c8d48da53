"""Render the tree as static HTML for one language: one <section id="..."> per step, shown with
CSS :target, answers as plain fragment links (works with JavaScript off, back button included),
plus a nested-list overview. Every text from the data file is HTML-escaped.

Page size: one section per PATH, not per node (182 steps for 74 nodes, 143 paths to 54 results
in 2026-12), so that with JavaScript off a result lists the answers that led to it, Back works and a
link to a step can be shared or switched to the other language. Only the title (the :target), the
notes and the answers differ by path: a result reached by several paths writes its body once
(_shared_outcome). Built zh page, 2026-12-06: 6,634 elements, 476 KB raw, 62.4 KB gzip (3,589 and
38.9 KB before content round 3; 5,689 and 54.7 KB before the deadline tool, the numbers to call and
the per-result source lists, which replaced the page's list of 90 sources).

Why still over the design budget of 1,000 elements: the page's chrome (header, menu, footer) is
about 220 and the overview about 280. The 143 per-path answer lists are about 2,150 (a row is the
question, the answer in <b> and its "change" link, plus a heading, "start again" and the language
link); the results' own text about 2,200, their numbers to call and sources about 1,100; the
question steps about 650. Fewer
elements would need a single copy per node and a script to show the path, which is what
JavaScript-off readers lack; the HTML still arrives in one response and the first question comes
first (see page()).
"""
from __future__ import annotations

import datetime as dt
from html import escape
from typing import Callable, Mapping
from urllib.parse import urlsplit

from guide.content.citations import cited_ids, link_citations
from guide.reader_tools.deadlines import Calendar, deadline
from guide.errors import ContentError
from guide.content.hotlines import HOTLINE_PURPOSE
from guide.content.sources import Source
from guide.content.tel_links import NUMBER
from guide.search.index import SECTION_TITLE_SUFFIX
from guide.tree.model import Outcome, Question, Step, Tree, path_answers, steps

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
        "deadline_heading": "算一算最后一天",
        "numbers": "可以打的电话",
        "sources": "这个结果的依据",
        "keep": "打印或保存这个计划",
        "keep_hint": "要留着这个计划：用浏览器菜单里的“打印”（可以存成 PDF），或者截图。这一页的地址也记着你的回答。",
        "keep_private": "存下的文件和截图，用这部手机的人也可能看到。",
        "deadline_days": "{received}的那天不算，从第二天开始数满 {n} 天（见 N2）。",
        "deadline_months": "据报道，按月算的期间，到 {n} 个月后的同一天为止；那个月没有这一天的，到那个月的最后一天（见 S2）。按我们的理解，最后一天是休假日的，同样顺延；拿不准，按没有顺延的那天准备。",
        "deadline_moves": "最后一天是法定休假日的，顺延到休假日后的第一天（见 N2）。据报道，周末也算休假日，期间中间的休息日照常计算（见 S2）。节假日按国务院公布的放假安排算（见 S1）；按我们的理解，调休上班的周末不算休假日。",
        "deadline_example": "例：{received}是 {day}。那么最后一天是 {last}。",
        "deadline_input": "{received}的日期",
        "deadline_check": "以文书上写的日期为准；拿不准，拨打 12348。期满前交邮的，不算过期（见 N2）。因不可抗拒的事由或其他正当理由耽误了期限的，可以申请顺延。要在障碍消除后 10 日内申请，由法院决定（见 N3）。",
        "deadline_result": "最后一天：{last}。",
        "deadline_moved": "第 {n} 天是 {nominal}，是休假日，顺延到 {last}。为稳妥，不要等到最后一天。",
        "deadline_moved_months": "{n} 个月后的那天是 {nominal}，是休假日，顺延到 {last}。为稳妥，不要等到最后一天。",
        "deadline_today": "今天就是最后一天。",
        "deadline_unknown": "本站只核对了截至 {until} 的节假日；之后的节假日，请以法院的说法为准。",
        "deadline_past": "这个期限已经过了：今天就拨打 12348。",
        "deadline_future": "这一天还没到，请检查日期。",
        "date": "{y} 年 {m} 月 {d} 日（{w}）",
        "weekdays": "星期一 星期二 星期三 星期四 星期五 星期六 星期日",
        "months": "1 2 3 4 5 6 7 8 9 10 11 12",
        "overview": "全部问题和结果一览",
        "overview_note": "下面列出每个问题、每个回答以及它通向的下一步，方便检查和打印。",
        "answers": "回答",
        "leads_to": "→",
        "as_above": "（后面的问题同上文）",
        "moved": "这一步的地址改了",
        "moved_body": "你打开的是旧地址。现在回答这个问题的是：",
        "missing": "没有找到这一步",
        "missing_body": "这个地址可能输错了，或者已经过时。可以从第一个问题开始：",
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
        "deadline_heading": "Work out the last day",
        "numbers": "Numbers to call",
        "sources": "What this result rests on",
        "keep": "Print or save this plan",
        "keep_hint": "To keep this plan, use Print in your browser's menu (it can save a PDF), or take a screenshot. This page's address also holds your answers.",
        "keep_private": "Anyone who uses this phone may see saved files and screenshots.",
        "deadline_days": "The day {received} doesn't count; count {n} days from the next day (see N2).",
        "deadline_months": "According to reports, a period of months ends on the same day {n} months later, or on that month's last day if it has none (see S2). In our reading, a last day that is a day off moves here too; if unsure, go by the day before any move.",
        "deadline_moves": "A last day that is an official day off moves to the first day after it (see N2). According to reports, weekends count as days off, and days off within the period still count (see S2). Public holidays are those the State Council announces (see S1); in our reading, a weekend day that is a swapped working day (调休上班) is not a day off.",
        "deadline_example": "For example, if {received} on {day}, the last day is {last}.",
        "deadline_input": "The day {received}",
        "deadline_check": "Go by the dates on the document; if unsure, call 12348. A document posted before the deadline is not late (see N2). If you missed a deadline because of force majeure or another good reason, you may ask the court for more time. Ask within 10 days after the obstacle ends; the court decides (see N3).",
        "deadline_result": "Last day: {last}.",
        "deadline_moved": "Day {n} is {nominal}, a day off, so it moves to {last}. To be safe, don't wait for the last day.",
        "deadline_moved_months": "The day {n} months later is {nominal}, a day off, so it moves to {last}. To be safe, don't wait for the last day.",
        "deadline_today": "Today is the last day.",
        "deadline_unknown": "This site has checked holidays only up to {until}; for later holidays, go by what the court says.",
        "deadline_past": "This deadline has passed: call 12348 today.",
        "deadline_future": "That day hasn't come yet: check the date.",
        "date": "{w} {d} {M} {y}",
        "weekdays": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "months": "January February March April May June July August September October November December",
        "overview": "All questions and results at a glance",
        "overview_note": "Every question, every answer and where it leads, for checking and printing.",
        "answers": "Answers",
        "leads_to": "→",
        "as_above": "(the questions after it as above)",
        "moved": "This step has moved",
        "moved_body": "You opened an old address. This is the step that answers it now:",
        "missing": "We couldn't find that step",
        "missing_body": "The address may be mistyped or out of date. You can start from the first question:",
    },
}

# Most paths to one result that the page can show; tree.css has a .tree-c rule for each.
MAX_COPIES = 12

# The line in the decision-tree page's Markdown where the rendered tree goes.
MARKER = "<!-- decision-tree -->"

# The day a result's worked example of a deadline counts from (fixed: the build is reproducible).
EXAMPLE_RECEIVED = dt.date(2026, 12, 1)
# No holiday data: weekends only (unit tests render without data/holidays.yml).
WEEKENDS_ONLY = Calendar(frozenset(), frozenset(), dt.date.min, dt.date.min)
# What deadline.js needs to count and say the last day, from UI (data-deadline-* on the tree).
DEADLINE_WORDS = ("result", "moved", "moved_months", "today", "unknown", "past", "future")


def page_texts(tree: Tree, lang: str) -> list[str]:
    """The page's own words that state rules (they cite facts): the content checks read them with
    the tree's texts."""
    ui = UI[lang]
    numbers = dict.fromkeys(n for o in tree.outcomes() for n in _numbers_of(o))
    texts = [HOTLINE_PURPOSE[n][lang] for n in numbers]
    if any(o.deadlines for o in tree.outcomes()):
        texts += [ui["deadline_days"], ui["deadline_months"], ui["deadline_moves"], ui["deadline_check"]]
    return texts


def format_day(day: dt.date, ui: dict) -> str:
    """A date as the page writes it (deadline.js writes it the same way from the same words)."""
    return ui["date"].format(y=day.year, m=day.month, d=day.day, w=ui["weekdays"].split()[day.weekday()],
                             M=ui["months"].split()[day.month - 1])

HrefFor = Callable[[str, "str | None"], str]


def _e(text: str) -> str:
    return escape(text, quote=True)


OTHER_LANG = {"zh": "en", "en": "zh"}


def render_tree(tree: Tree, lang: str, href_for: HrefFor, other_lang_href: str | None = None,
                print_url_for: HrefFor | None = None, calendar: Calendar = WEEKENDS_ONLY,
                sources: Mapping[str, Source] | None = None) -> str:
    """HTML for the whole tree in `lang`. `href_for(page, anchor)` gives the URL of a guide page;
    `other_lang_href`, the tree page in the other language: each step links to the same step
    there, so switching language keeps the step with JavaScript off too. `print_url_for(page,
    anchor)`, the page's full address, printed after a "read more" link on paper. `calendar`, the
    days off a deadline moves past (data/holidays.yml). `sources` (data/sources.yml): each result
    ends with the sources it cites, its citations numbered and linked to them; without it the
    citations stay as written, for the page's own linker."""
    return _Renderer(tree, lang, href_for, other_lang_href, print_url_for, calendar, sources).page()


class _Renderer:
    def __init__(self, tree: Tree, lang: str, href_for: HrefFor, other_lang_href: str | None,
                 print_url_for: HrefFor | None, calendar: Calendar, sources: Mapping[str, Source] | None):
        self.tree, self.lang, self.ui, self.calendar, self.sources = tree, lang, UI[lang], calendar, sources
        self.href_for, self.other_lang_href, self.print_url_for = href_for, other_lang_href, print_url_for
        self.steps = steps(tree)
        self.by_section = {s.section_id: s for s in self.steps}
        self.first_step: dict[str, str] = {}  # node id -> section id of its first path
        # node id -> the path search indexes: the shortest (the first of those in answer order),
        # whose answers describe the situation with the fewest words that belong to other paths
        self.indexed_step: dict[str, str] = {}
        shortest: dict[str, int] = {}
        for s in self.steps:
            self.first_step.setdefault(s.node, s.section_id)
            if len(s.taken) < shortest.get(s.node, len(s.taken) + 1):
                shortest[s.node] = len(s.taken)
                self.indexed_step[s.node] = s.section_id

    def page(self) -> str:
        all_steps, ui = self.steps, self.ui
        start = all_steps[0]
        # Steps of the same node sit side by side: gzip only finds repeats within 32 KB, and these
        # copies are near-identical (a quarter less to download). The start step goes first: the
        # question a reader sees shows with the first bytes of the page, not after all of its 35 KB
        # (tree.css hides it with :has() when another step is the target; tree.js adds a class for
        # browsers without :has(); with neither, it stays above the target, which is scrolled to).
        node_order = {node_id: n for n, node_id in enumerate(dict.fromkeys(s.node for s in all_steps))}
        ordered = [start] + sorted(all_steps[1:], key=lambda s: node_order[s.node])
        sections = []
        for group in _groups(ordered):
            node = self.tree.nodes[group[0].node]
            if isinstance(node, Outcome) and len(group) > 1:
                sections.append(self._shared_outcome(node, group))
                continue
            sections += [self._section(s, s is start) for s in group]
        sections += [self._moved(old, new) for old, new in self.tree.moved.items()]
        # Words tree.js needs: "your answers so far", and the notice for an address that names no
        # step (built by the script: without it, such an address shows the first question).
        keys = ("so_far", "change", "change_hidden", "missing", "missing_body", "restart", "date", "weekdays",
                "months", *(f"deadline_{word}" for word in DEADLINE_WORDS))
        labels = " ".join(f'data-{key.replace("_", "-")}="{_e(ui[key])}"' for key in keys)
        cal = self.calendar
        labels += (f' data-days-off="{" ".join(d.isoformat() for d in sorted(cal.days_off))}"'
                   f' data-working-days="{" ".join(d.isoformat() for d in sorted(cal.working_days))}"'
                   f' data-known="{cal.known_from.isoformat()} {cal.known_until.isoformat()}"')
        return "\n".join([
            f'<div class="tree" data-tree {labels}>',
            '<p class="tree-live tree-vh" aria-live="polite" data-tree-live></p>',
            '<div class="tree-steps">',
            *sections,
            "</div>",
            # Once for every result (tree.css shows it when a result is the step): the browser's
            # print dialog, which can save a PDF (tree.js shows the button), and how to do it by hand.
            f'<p class="tree-keep" data-search-exclude><button type="button" class="tree-print" data-tree-print hidden>'
            f'{_e(ui["keep"])}</button> {_e(ui["keep_hint"])} {_e(ui["keep_private"])}</p>',
            _overview(self.tree, all_steps, self.lang, ui),
            "</div>",
        ])

    def _section(self, step: Step, is_start: bool) -> str:
        node = self.tree.nodes[step.node]
        ui, lang = self.ui, self.lang
        classes = ["tree-step"]
        if is_start:
            classes.append("tree-step--start")
        out = []
        searchable = True
        if isinstance(node, Question):
            classes.append("tree-question")
            out.append(f'<p class="tree-kicker">{_e(ui["question"].format(n=len(step.taken) + 1))}</p>')
            out.append(f'<h2 class="tree-heading" tabindex="-1">{_e(node.text[lang])}</h2>')
            if node.help:
                out.append(f'<p class="tree-help">{_e(node.help[lang])}</p>')
            children = {}
            for s in self.by_section.values():
                if s.taken and s.taken[-1][2] == step.section_id:
                    children[s.taken[-1][1]] = s.section_id
            out.append('<ul class="tree-answers">')
            for index, answer in enumerate(node.answers):
                out.append(f'<li><a class="tree-answer" href="#{_e(children[index])}">{_e(answer.label[lang])}</a></li>')
            out.append("</ul>")
            if step.taken:
                # With JavaScript off the header's language link can only open the first question;
                # this link keeps the reader's step (the step ids are the same in both languages).
                out.append(self._restart(step))
        else:
            assert isinstance(node, Outcome)
            classes += ["tree-outcome", *_urgency(node)]
            # One path to each outcome is indexed for search (the shortest); its heading id tells the
            # search index which section to open (see guide/search/index.py, SECTION_TITLE_SUFFIX).
            searchable = self.indexed_step[step.node] == step.section_id
            out.append(_outcome_heading(node, lang, ui, step.section_id if searchable else None))
            # What to do first, then what to read and, last, the answers that led here (in the HTML
            # itself: JavaScript off, print, a shared link).
            out.append(self._with_sources(node, "\n".join([
                self._outcome_body(node, "".join(self._notes(step))), self._outcome_more(node),
                self._answered(step, "tree-so-far")])))
        # data-search-exclude on each section, not on the wrapper: Material's search parser ends an
        # exclusion at the first closing tag of the same name (a nested </div>). Questions and repeated
        # outcomes stay out of the index: every path repeats them, and the repeats outranked the guide
        # pages. One copy of each outcome stays in, so a reader can search for their situation.
        exclude = "" if searchable and isinstance(node, Outcome) else " data-search-exclude"
        # The question step and the answer that led here: tree.js follows these back to the start to
        # show "your answers so far", with the texts already on the page.
        # Questions only: a result lists its answers in its HTML.
        came_from = (f' data-from="{_e(step.taken[-1][2])} {step.taken[-1][1]}"'
                     if step.taken and isinstance(node, Question) else "")
        return (f'<section class="{" ".join(classes)}" id="{_e(step.section_id)}"{came_from}{exclude}>\n'
                + "\n".join(part for part in out if part) + "\n</section>")

    def _notes(self, step: Step) -> list[str]:
        """What the answers on this path said about the reader's situation, each with the page
        written for it: one line per answer that carries a `note`."""
        notes = []
        for answer in path_answers(self.tree, step):
            if answer.note:
                link = ""
                if answer.link:
                    link = (f' <a href="{_e(self.href_for(answer.link.page, answer.link.anchor))}"'
                            f'{self._printed(answer.link)}>{_e(answer.link.label[self.lang])}</a>')
                notes.append(f'<p class="tree-note">{_e(answer.note[self.lang])}{link}</p>')
        return notes

    def _answered(self, step: Step, classes: str) -> str:
        """'Your answers': each question on this step's path, the answer given and a change link,
        then "start again" and the same step in the other language."""
        rows = []
        for question_id, index, from_section in step.taken:
            question = self.tree.nodes[question_id]
            assert isinstance(question, Question)
            text = question.text[self.lang]
            # Few elements per row: these repeat on every result of every path (DOM and page weight).
            rows.append(f'<li>{_e(text)} <b>{_e(question.answers[index].label[self.lang])}</b> '
                        f'<a href="#{_e(from_section)}">{_e(self.ui["change"])}</a></li>')
        return (f'<div class="{classes}"><h3 class="tree-subheading">{_e(self.ui["answered"])}</h3>'
                f'<ol>{"".join(rows)}</ol>{self._restart(step)}</div>')

    def _restart(self, step: Step) -> str:
        other = ""
        if self.other_lang_href:
            code = OTHER_LANG[self.lang]
            other = (f' · <a class="tree-lang" href="{_e(self.other_lang_href)}#{_e(step.section_id)}" '
                     f'hreflang="{code}" lang="{code}">{_e(self.ui["other_lang"])}</a>')
        return f'<p class="tree-restart"><a href="#{_e(self.tree.start)}">{_e(self.ui["restart"])}</a>{other}</p>'

    def _outcome_body(self, node: Outcome, notes: str) -> str:
        """What the result says: badge, what the path told about the reader (`notes`), the short
        answer, the next steps and, where the result hands over, the question to go on with."""
        ui, lang = self.ui, self.lang
        out = []
        if node.urgency:
            out.append(f'<p class="tree-badge">{_e(ui[node.urgency])}</p>')
        if notes:
            out.append(notes)
        out.append(f'<p class="tree-short">{_e(node.answer[lang])}</p>')
        out.append(f'<h3 class="tree-subheading">{_e(ui["next_steps"])}</h3>')
        out.append('<ol class="tree-next">' + "".join(f"<li>{_e(t[lang])}</li>" for t in node.steps) + "</ol>")
        if node.then:
            out.append(f'<p class="tree-then"><a class="tree-answer" href="#{_e(self.first_step[node.then])}">'
                       f'{_e(node.then_label[lang])}</a></p>')
        out.append(self._deadlines(node))
        out.append(self._numbers(node))
        return "\n".join(part for part in out if part)

    def _numbers(self, node: Outcome) -> str:
        """The official numbers the result names, with what each is for, and always 12348 (free
        legal advice): on the printed plan, the reader has them without the site. One line each in
        one paragraph (few elements: every result has this box). Out of the search index: the same
        words on every result would pull searches for legal aid or the police to this page."""
        sep = "：" if self.lang == "zh" else ": "
        lines = "<br>".join(f"{n}{sep}{_e(HOTLINE_PURPOSE[n][self.lang])}" for n in _numbers_of(node))
        return (f'<div class="tree-numbers" data-search-exclude><h3 class="tree-subheading">{_e(self.ui["numbers"])}</h3>'
                f'<p>{lines}</p></div>')

    def _deadlines(self, node: Outcome) -> str:
        """Each deadline the result speaks of: how it is counted and a worked example (JavaScript
        off and on paper), and a date field that deadline.js answers with the last day; then, once,
        how days off move a last day and what to check."""
        if not node.deadlines:
            return ""
        ui, sep = self.ui, "" if self.lang == "zh" else " "
        out = [f'<h3 class="tree-subheading">{_e(ui["deadline_heading"])}</h3>']
        for period in node.deadlines:
            received = period.received[self.lang]
            count = (ui["deadline_days"].format(received=received, n=period.days) if period.days
                     else ui["deadline_months"].format(n=period.months))
            example = deadline(EXAMPLE_RECEIVED, self.calendar, period.days, period.months)
            shown = ui["deadline_example"].format(received=received, day=format_day(EXAMPLE_RECEIVED, ui),
                                                  last=format_day(example.last_day, ui))
            if not example.checked and self.calendar is not WEEKENDS_ONLY:
                shown += sep + ui["deadline_unknown"].format(until=format_day(self.calendar.known_until, ui))
            kind = f'data-days="{period.days}"' if period.days else f'data-months="{period.months}"'
            out.append(f'<div class="tree-deadline" {kind}>'
                       f'<p>{_e(count + sep + shown)}</p>'
                       f'<p class="tree-deadline-tool" hidden><label>{_e(ui["deadline_input"].format(received=received))}'
                       f' <input type="date"></label></p><p class="tree-deadline-result" aria-live="polite"></p></div>')
        # Once for all of the result's deadlines (the appeal result has two).
        out.append(f'<p class="tree-deadline-check">{_e(ui["deadline_moves"] + sep + ui["deadline_check"])}</p>')
        return "\n".join(out)

    def _printed(self, link) -> str:
        if not self.print_url_for:
            return ""
        return f' data-print-url="{_e(self.print_url_for(link.page, link.anchor))}"'

    def _outcome_more(self, node: Outcome) -> str:
        """What to read next for this result."""
        if not node.links:
            return ""
        return (f'<h3 class="tree-subheading">{_e(self.ui["read_more"])}</h3>\n<ul class="tree-links">' + "".join(
            f'<li><a href="{_e(self.href_for(link.page, link.anchor))}"{self._printed(link)}>{_e(link.label[self.lang])}</a></li>'
            for link in node.links) + "</ul>")

    def _shared_outcome(self, node: Outcome, group: list[Step]) -> str:
        """An outcome reached by several paths, its body written once:

            copy 1 .. copy k   <section id=path class=tree-cI>: kicker and title (the :target)
            body               badge, lead 1 .. lead k: what path I told (per path),
                               short answer, next steps, read more (shared),
                               tail 1 .. tail k: your answers, start again, other language (per path)

        `.tree-copy:target ~ .tree-body` shows the body; `~ .tree-body ~ .tree-body` hides the bodies
        of later nodes (their siblings too); `.tree-cI:target ~ .tree-body > .tree-tI` (tree.css)
        shows the path's own answers, and `> .tree-lI` its notes. The body carries `tree-step`: part
        of a step, hidden until shown.

        The search index: Material's parser ends a heading's section where the heading's parent ends,
        so a copy's title cannot carry the result's text. The body holds the indexed heading instead,
        hidden (the shown copy's title is the step's heading), and the indexed path's lead and tail stay
        in the index, so the section reads as a whole result did before; the index opens that path's
        step (guide/search/index.py, SECTION_TITLE_SUFFIX)."""
        lang, ui = self.lang, self.ui
        k = len(group)
        if k > MAX_COPIES:
            raise ContentError("data/tree.yml", f"{k} paths lead to this result; the tree page can show "
                               f"at most {MAX_COPIES} (docs/assets/stylesheets/tree.css, the .tree-c rules): "
                               "merge paths or add rules for more copies", node=group[0].node)
        searchable_id = self.indexed_step[node.id]
        urgency = "".join(" " + u for u in _urgency(node))
        out = []
        for n, s in enumerate(group, 1):
            out.append(f'<section class="tree-step tree-outcome tree-copy tree-c{n}{urgency}" '
                       f'id="{_e(s.section_id)}" data-search-exclude>\n{_outcome_heading(node, lang, ui, None)}\n</section>')
        anchor = (f'<h2 class="tree-vh" id="{_e(searchable_id)}{SECTION_TITLE_SUFFIX}" aria-hidden="true">'
                  f'{_e(node.title[lang])}</h2>')

        def exclude(s: Step) -> str:
            return "" if s.section_id == searchable_id else "data-search-exclude "

        leads = "".join(f'<div {exclude(s)}class="tree-lead tree-l{n}">{"".join(notes)}</div>'
                        for n, s in enumerate(group, 1) if (notes := self._notes(s)))
        tails = [self._answered(s, f"tree-so-far tree-tail tree-t{n}").replace("<div ", f"<div {exclude(s)}", 1)
                 for n, s in enumerate(group, 1)]
        body = "\n".join([self._outcome_body(node, leads), self._outcome_more(node), *tails])
        return "\n".join([*out, f'<div class="tree-step{urgency} tree-body">', anchor,
                          self._with_sources(node, body), "</div>"])

    def _with_sources(self, node: Outcome, html: str) -> str:
        """A result's HTML with its citations numbered from 1 and linked to its own list of the
        sources they name, which ends it (on screen, without JavaScript and on the printed plan).
        The list stays out of the search index: source titles are not what readers search for."""
        ids = list(dict.fromkeys(cited_ids(html)))
        if self.sources is None or not ids:
            return html
        missing = [i for i in ids if i not in self.sources]
        if missing:
            raise ContentError("data/tree.yml", f"cites {', '.join(missing)}, which data/sources.yml does not "
                               "list; add it there or fix the id", node.line, node.id)
        prefix, lang = f"{node.id}-src-", self.lang
        found = [self.sources[i] for i in ids]
        linked = link_citations(html, ids, {s.id: s.title[lang] for s in found}, lang, "data/tree.yml", prefix)
        sep = "：" if lang == "zh" else ": "
        items = []
        for source in found:
            title = _e(source.title[lang])
            if source.url and urlsplit(source.url).path.strip("/"):  # not a site's home page
                title = f'<a href="{_e(source.url)}" rel="noopener">{title}</a>'
            items.append(f'<li id="{_e(prefix + source.id)}">{title}{sep}{_e(source.reference[lang])} [{source.id}]</li>')
        return (f'{linked}\n<div class="tree-sources" data-search-exclude><h3 class="tree-subheading">'
                f'{_e(self.ui["sources"])}</h3><ol>{"".join(items)}</ol></div>')

    def _moved(self, old: str, new: str) -> str:
        """A step at an old address: says it moved and links to the step that answers it now."""
        node = self.tree.nodes[new]
        name = node.title[self.lang] if isinstance(node, Outcome) else node.text[self.lang]
        return (f'<section class="tree-step tree-moved" id="{_e(old)}" data-search-exclude>\n'
                f'<h2 class="tree-heading" tabindex="-1">{_e(self.ui["moved"])}</h2>\n'
                f'<p>{_e(self.ui["moved_body"])} <a href="#{_e(self.first_step[new])}">{_e(name)}</a></p>\n'
                f'<p class="tree-restart"><a href="#{_e(self.tree.start)}">{_e(self.ui["restart"])}</a></p>\n</section>')

def _numbers_of(node: Outcome) -> list[str]:
    """The hotlines a result's own text names, in order, then 12348 if it is not among them."""
    text = " ".join([*node.answer.values(), *(t for step in node.steps for t in step.values())])
    found = list(dict.fromkeys(NUMBER.findall(text)))
    return found + [n for n in ("12348",) if n not in found]


def _urgency(node: Outcome) -> list[str]:
    return [f"tree-urgency-{node.urgency}"] if node.urgency else []


def _outcome_heading(node: Outcome, lang: str, ui: dict, searchable_id: str | None) -> str:
    heading_id = f' id="{_e(searchable_id)}{SECTION_TITLE_SUFFIX}"' if searchable_id else ""
    return (f'<p class="tree-kicker">{_e(ui["result"])}</p>\n'
            f'<h2 class="tree-heading"{heading_id} tabindex="-1">{_e(node.title[lang])}</h2>')


def _groups(ordered: list[Step]) -> list[list[Step]]:
    """Runs of steps of the same node (they sit side by side)."""
    groups: list[list[Step]] = []
    for s in ordered:
        if groups and groups[-1][0].node == s.node:
            groups[-1].append(s)
        else:
            groups.append([s])
    return groups


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
