"""Content checks for guide pages, on the Markdown body (after the front matter).

Plain Python on markdown-it-py, no MkDocs import: what the tests need to compare a zh page with
its en twin and to find links, phone numbers and banned words.
"""
from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from guide.content.citations import cited_ids as rendered_ids
from guide.errors import ContentError, close_match
from guide.content.frontmatter import body_of  # noqa: F401  (one front-matter reader; used here and imported from here)
from guide.content.hotlines import HOTLINE_SOURCES

ALLOWED_PHONE_NUMBERS = frozenset(HOTLINE_SOURCES)

_HEADING_ID = re.compile(r"\{:?\s*#([A-Za-z0-9_-]+)[^}]*\}\s*$")
_LANG_SUFFIX = re.compile(r"\.(zh|en)\.md$")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")
# A run of digits, possibly split by hyphens or single spaces ("400-123-4567", "138 0013 8000").
_DIGIT_RUN = re.compile(r"\+?\d(?:[\d-]|[ \u00a0](?=\d))*\d|\d")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_md = MarkdownIt("commonmark").enable("table")


@dataclass(frozen=True)
class Link:
    page: str    # target page without language suffix, e.g. "is-it-real.md"
    anchor: str  # "" when the link has no #fragment


def page_key(path: Path | str) -> str:
    """'docs/sms-only.zh.md' -> 'sms-only.md': the name links use, without the language."""
    return _LANG_SUFFIX.sub(".md", Path(path).name)


def headings(body: str) -> list[tuple[int, str | None, str]]:
    """(level, explicit id or None, text) for every heading, in order."""
    tokens = _md.parse(body)
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            text = tokens[index + 1].content
            match = _HEADING_ID.search(text)
            found.append((int(token.tag[1]), match.group(1) if match else None, text))
    return found


def heading_ids(body: str) -> list[str | None]:
    return [heading_id for _, heading_id, _ in headings(body)]


def ordered_list_items(body: str) -> int:
    """Number of items in numbered lists (the steps), nested ones included."""
    stack: list[str] = []
    count = 0
    for token in _md.parse(body):
        if token.type in ("ordered_list_open", "bullet_list_open"):
            stack.append(token.type)
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            stack.pop()
        elif token.type == "list_item_open" and stack and stack[-1] == "ordered_list_open":
            count += 1
    return count


def internal_links(body: str, page: str) -> list[Link]:
    """Links to other pages of the site (or anchors on this one), in order.

    `page` is this page's key (e.g. "sms-only.md"); a bare "#anchor" link points at it.
    """
    links = []
    for token in _md.parse(body):
        for child in token.children or []:
            if child.type != "link_open":
                continue
            href = str(child.attrs.get("href", ""))
            if not href or _SCHEME.match(href):
                continue
            target, _, anchor = href.partition("#")
            if target:
                target = _LANG_SUFFIX.sub(".md", posixpath.normpath(posixpath.join(posixpath.dirname(page), target)))
            links.append(Link(target or page, anchor))
    return links


def phone_like(text: str) -> list[str]:
    """Strings that look like phone numbers: 5+ digits in a run, or 110. Dates are ignored."""
    found = []
    for match in _DIGIT_RUN.finditer(text):
        run = match.group(0)
        parts = run.split()
        if len(parts) > 1 and all(part in ALLOWED_PHONE_NUMBERS for part in parts):
            found.extend(parts)  # a list such as "12378 12363"
            continue
        if _ISO_DATE.match(run):
            continue
        digits = re.sub(r"\D", "", run)
        if len(digits) >= 5 or digits == "110":
            found.append(run)
    return found


def words_found(text: str, words) -> list[str]:
    """Which of `words` occur in `text` (case-insensitive for Latin letters)."""
    lowered = text.lower()
    return [word for word in words if word.lower() in lowered]


def has_summary_before_first_h2(body: str) -> bool:
    """True when a '!!! summary' admonition comes before the first level-2 heading."""
    for line in body.splitlines():
        if re.match(r"^(!!!|\?\?\?\+?)\s+summary\b", line):
            return True
        if re.match(r"^##\s", line):
            return False
    return False


# --- citations and numbers backed by the page's sources ----------------------------------------

# "（见 A5）", "（见 D1、D3）", "(see F1, F2)", "(see C6 and C5)": the fact ids a sentence rests on.
_CITATION = re.compile(r"(?:见|\b[Ss]ee)\s*([A-Z]\d{1,2}(?:\s*(?:、|，|,|和|及|and)\s*[A-Z]\d{1,2})*)(?![\w])")
_FACT_ID = re.compile(r"[A-Z]\d{1,2}")


def cited_ids(text: str) -> list[str]:
    """Fact ids the text cites with 见 X / see X, in order, each once."""
    found: list[str] = []
    for match in _CITATION.finditer(text):
        for fact_id in _FACT_ID.findall(match.group(1)):
            if fact_id not in found:
                found.append(fact_id)
    return found


def hotlines(text: str) -> list[str]:
    """The official numbers the text shows, in order, each once."""
    found: list[str] = []
    for run in phone_like(text):
        if run in HOTLINE_SOURCES and run not in found:
            found.append(run)
    return found


def unbacked_citations(text: str, sources) -> list[str]:
    """A line per cited id or shown number whose fact is missing from `sources`."""
    listed = set(sources)
    problems = [f"cites {fact_id} but `sources` does not list it" for fact_id in cited_ids(text) if fact_id not in listed]
    problems += [f"shows {number} but `sources` does not list {HOTLINE_SOURCES[number]} (what {number} is for)"
                 for number in hotlines(text) if HOTLINE_SOURCES[number] not in listed]
    return problems


# --- "courts never use SMS or phone" ---------------------------------------------------------------
#
# Courts do serve papers electronically and text from 12368 (FACTS F3-F6); what they never do is
# take money by phone or text, into a personal or "safe" account, or walk someone through a
# payment (F7, D5). A clause that says courts or police don't use texts or calls must say that it
# is about money, or a reader may ignore a real notice and lose by default (E3).
_AUTHORITY = re.compile(r"法院|公安|警察|警方|检察|公检法|\bcourts?\b|\bpolice\b|\bprosecutors?\b", re.I)
_CHANNEL = re.compile(r"短信|电话|微信|\bSMS\b|\btexts?\b|\bphones?\b|\bWeChat\b|\bcalls?\b", re.I)
_NEVER = re.compile(r"不会|不通过|不用|从不|从来不|绝不|决不|\bnever\b|\b(?:do|does|did|will|would)\s+not\b|n't\b", re.I)
_MONEY = re.compile(r"转账|转钱|转入|转到|付款|付钱|收钱|收款|汇款|账户|交钱|还款|缴费|办案收|ATM|网银"
                    r"|\bpay|\btransfer|\bmoney\b|\baccounts?\b|\bcollect|\bfees?\b", re.I)
_CLAUSE_END = re.compile(r"[。！？；!?;，,\n]|\.(?=\s|$)")


def clauses(text: str) -> list[str]:
    """The text cut at sentence ends and commas: the unit a qualifier must share with its claim."""
    return [part.strip() for part in _CLAUSE_END.split(text) if part.strip()]


def unqualified_no_sms_claims(text: str) -> list[str]:
    """Clauses saying courts or police don't use texts or calls, without saying "to take money"."""
    return [clause for clause in clauses(text)
            if _AUTHORITY.search(clause) and _CHANNEL.search(clause) and _NEVER.search(clause)
            and not _MONEY.search(clause)]


# --- the decision tree: urgency, the first question, "not sure" answers ----------------------------

EMERGENCY_NUMBERS = ("110", "12356")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=\.)\s+")
# An answer a reader picks when unsure: it must not lead to "danger, call now" by itself.
_UNSURE = re.compile(r"不确定|不知道|拿不准|not sure|don't know|can't tell", re.I)
# The crisis answer names it plainly, in the label and in the outcome.
_CRISIS_LABEL = {"zh": re.compile(r"结束生命|自杀|轻生"), "en": re.compile(r"ending my life|suicide|kill myself", re.I)}
_CRISIS_TEXT = {"zh": re.compile(r"结束生命|自杀|伤害自己"),
                "en": re.compile(r"ending your life|suicid|harming yourself|hurting yourself", re.I)}
_DOOR_LABEL = {"zh": re.compile(r"门口|在门外"), "en": re.compile(r"\bdoor\b", re.I)}
_DOOR_TEXT = {"zh": re.compile(r"开门"), "en": re.compile(r"open the door|open it|let anyone in", re.I)}


def _first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def _outcome_text(outcome, lang: str) -> str:
    return " ".join([outcome.title[lang], outcome.answer[lang], *(step[lang] for step in outcome.steps)])


def urgency_problems(tree, languages=("zh", "en")) -> list[str]:
    """Outcomes that lead with 110 or 12356 (title or first sentence) but are not urgency: danger."""
    problems = []
    for outcome in tree.outcomes():
        for lang in languages:
            lead = outcome.title[lang] + " " + _first_sentence(outcome.answer[lang])
            numbers = [n for n in EMERGENCY_NUMBERS if n in phone_like(lead)]
            if numbers and outcome.urgency != "danger":
                problems.append(f"{outcome.id}: leads with {', '.join(numbers)} ({lang}) but its urgency is "
                                f"{outcome.urgency or 'not set'}; set `urgency: danger` or lead with something else")
                break
    return problems


def unsure_to_danger(tree) -> list[str]:
    """Answers such as "not sure" that go straight to a danger outcome."""
    problems = []
    for question in tree.questions():
        for number, answer in enumerate(question.answers, 1):
            target = tree.nodes.get(answer.next)
            if getattr(target, "urgency", None) == "danger" and any(_UNSURE.search(t) for t in answer.label.values()):
                problems.append(f"{question.id}: answer {number} ({answer.label.get('en', '')!r}) goes to the danger "
                                f"outcome {answer.next}; a reader who is unsure needs advice, not 'call now'")
    return problems


def first_question_problems(tree, languages=("zh", "en")) -> list[str]:
    """The first question must offer the crisis answer and "someone is at my door now", each one
    tap from advice: crisis -> a danger outcome with 12356 and 110 that names suicide or self-harm;
    door -> an outcome that says you needn't open the door and gives 110."""
    start = tree.nodes[tree.start]
    problems = []

    def answers_matching(patterns):
        return [a for a in start.answers if all(patterns[lang].search(a.label[lang]) for lang in languages)]

    def straight_outcome(answer, what):
        target = tree.nodes.get(answer.next)
        if not hasattr(target, "urgency"):
            problems.append(f"{tree.start}: the {what} answer must lead straight to an outcome, not {answer.next}")
            return None
        return target

    crisis = answers_matching(_CRISIS_LABEL)
    if not crisis:
        problems.append(f"{tree.start}: no answer that names thoughts of ending one's life (e.g. 我想结束生命 / "
                        f"I'm thinking of ending my life)")
    for answer in crisis:
        target = straight_outcome(answer, "crisis")
        if target is None:
            continue
        if target.urgency != "danger":
            problems.append(f"{answer.next}: the crisis outcome needs `urgency: danger`")
        for lang in languages:
            lead = target.title[lang] + " " + target.answer[lang]
            missing = [n for n in EMERGENCY_NUMBERS if n not in phone_like(lead)]
            if missing:
                problems.append(f"{answer.next}: the crisis outcome's title or short answer ({lang}) lacks {', '.join(missing)}")
            if not _CRISIS_TEXT[lang].search(target.answer[lang]):
                problems.append(f"{answer.next}: the crisis outcome's short answer ({lang}) must name thoughts of "
                                f"suicide or self-harm plainly")
    door = answers_matching(_DOOR_LABEL)
    if not door:
        problems.append(f"{tree.start}: no answer for someone at the door now (e.g. 有人现在就在我家门口 / "
                        f"Someone is at my door right now)")
    for answer in door:
        target = straight_outcome(answer, "at-the-door")
        if target is None:
            continue
        for lang in languages:
            if "110" not in phone_like(target.answer[lang]) or not _DOOR_TEXT[lang].search(target.answer[lang]):
                problems.append(f"{answer.next}: the at-the-door outcome's short answer ({lang}) must say you needn't "
                                f"open the door and when to call 110")
    return problems


def tree_texts(tree, languages=("zh", "en")) -> list[tuple[str, str]]:
    """(node id, text) for every text of the tree that readers see, in the given languages, and
    the tree page's own words that state rules (node id None)."""
    # Imported here: guide.tree imports this module (validate checks phone numbers with it).
    from guide.tree.render import page_texts
    found = [(None, text) for lang in languages for text in page_texts(tree, lang)]
    for node in tree.nodes.values():
        for lang in languages:
            if hasattr(node, "answers"):
                parts = [node.text[lang], (node.help or {}).get(lang, ""), *(a.label[lang] for a in node.answers),
                         *((a.note or {}).get(lang, "") for a in node.answers),
                         *(a.link.label[lang] for a in node.answers if a.link)]
            else:
                parts = [node.title[lang], node.answer[lang], *(s[lang] for s in node.steps),
                         *(link.label[lang] for link in node.links), (node.then_label or {}).get(lang, ""),
                         *(period.received[lang] for period in node.deadlines)]
            found.extend((node.id, part) for part in parts if part)
    return found


# --- problems with a file and a line, for the build (hooks/page_meta.py) --------------------------
#
# The renderer's own citation pattern (guide/content/citations.py) would stop the build later without a
# line; MkDocs' link check names the page only. These find the same problems in the Markdown, by line.

_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+).*?\1")
_GENERATED = re.compile(r"<!--\s*[a-z-]+(?::[^>]*)?\s*-->")  # a marker a hook replaces (tree, letters, topics)
_ATTR_ID = re.compile(r"\{[^}\n]*#([A-Za-z0-9_-]+)[^}\n]*\}|\bid=[\"']([^\"']+)[\"']")


def _text_lines(page) -> list[tuple[int, str]]:
    """(file line, text) of the body outside fenced code, inline code spans blanked."""
    found, fenced = [], False
    for index, line in enumerate(page.body.splitlines()):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            found.append((page.body_first_line + index, _CODE_SPAN.sub("", line)))
    return found


def unlisted_citations(page) -> list:
    """A ContentError (file, line) per fact id the text cites that the front matter's `sources`
    does not list."""
    listed = page.meta.get("sources")
    listed = {str(s) for s in listed} if isinstance(listed, list) else set()
    errors = []
    for line, text in _text_lines(page):
        # the renderer's pattern (guide/content/citations.py): exactly what it would stop at
        missing = list(dict.fromkeys(i for i in rendered_ids(text) if i not in listed))
        if missing:
            errors.append(ContentError(page.path, f"the text cites {', '.join(missing)} but the front matter's "
                                                  f"`sources` does not list {'it' if len(missing) == 1 else 'them'}; "
                                                  f"add {', '.join(missing)} to `sources` (ids from data/sources.yml)", line))
    return errors


@functools.lru_cache(maxsize=256)  # each page is the target of many links
def page_anchors(text: str) -> frozenset[str] | None:
    """The ids a page's Markdown gives its headings and elements, or None when they cannot all be
    known from the source (a heading without an explicit id, or content a hook generates)."""
    body = body_of(text)
    if _GENERATED.search(body) or any(heading_id is None for heading_id in heading_ids(body)):
        return None
    return frozenset(a or b for a, b in _ATTR_ID.findall(body))


def broken_links(page, rel: str, lang: str, docs_pages: dict[str, str]) -> list:
    """A ContentError (file, line) per link to a page that does not exist, or to a heading id the
    target page does not have. `rel` is the page's docs-relative path ('sms-only.zh.md'),
    `docs_pages` maps each docs-relative Markdown path to its text."""
    here, folder = rel, posixpath.dirname(rel)
    lines = page.body.splitlines()
    names = sorted({_LANG_SUFFIX.sub(".md", p) for p in docs_pages})
    errors = []
    tokens = _md.parse(page.body)
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        start, end = token.map
        for child in token.children or []:
            if child.type != "link_open":
                continue
            href = str(child.attrs.get("href", ""))
            if not href or _SCHEME.match(href) or href.startswith("/"):
                continue
            target, _, anchor = href.partition("#")
            at = next((i for i in range(start, end) if href in lines[i]), start)
            line = page.body_first_line + at
            if not target:
                source = here
            else:
                path = posixpath.normpath(posixpath.join(folder, target))
                if not path.endswith(".md"):
                    continue  # an asset or a folder: MkDocs checks those
                stem = _LANG_SUFFIX.sub("", path)[:-3] if _LANG_SUFFIX.search(path) else path[:-3]
                source = next((c for c in (f"{stem}.{lang}.md", path) if c in docs_pages), None)
                if source is None:
                    guess = close_match(_LANG_SUFFIX.sub(".md", path), names)
                    hint = f"did you mean {guess}? " if guess else ""
                    errors.append(ContentError(page.path, f"links to {target}, which is not a page of the site "
                                                          f"(there is no docs/{stem}.{lang}.md); {hint}fix the "
                                                          f"link or write that page", line))
                    continue
            if anchor:
                text = docs_pages.get(source) if target else "\n".join(lines)
                known = page_anchors(text) if text is not None else None
                if known is not None and anchor not in known:
                    guess = close_match(anchor, sorted(known))
                    hint = f"did you mean #{guess}? " if guess else ""
                    errors.append(ContentError(page.path, f"links to {href}, but {source} has no heading or element "
                                                          f"with the id `{anchor}`; {hint}fix the id after # or add "
                                                          f"`{{#{anchor}}}` to the heading meant", line))
    return errors
