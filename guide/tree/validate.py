"""Load data/tree.yml into a Tree, or report every problem at once (file, line, node, what to change).

Checks: YAML syntax; duplicate keys (safe_load would silently keep the last one); schema and
types; both languages in every text; node ids usable in URLs and neutral; a `next` that names no
node; cycles; nodes the start cannot reach; questions with fewer than two answers; links to a
docs page or heading id that does not exist (in either language); phone numbers outside the
official list; an outcome's optional `search_terms` (a list of reader phrasings per language).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any


from guide.content.checks import ALLOWED_PHONE_NUMBERS, body_of, heading_ids, phone_like
from guide.errors import ContentError, ContentErrors, close_match
from guide.languages import LANGUAGES
from guide.tree.model import URGENCIES, Answer, Link, Outcome, Period, Question, Tree
from guide.yaml_source import LineMap, YamlDocument, line_of, parse_yaml_document, read_utf8

ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
# Node ids end up in the address bar and the history of a phone that others may see.
REVEALING_WORDS = ("debt", "overdue", "loan", "owe", "collect", "arrear", "default", "lawsuit",
                   "court", "police", "scam", "fraud", "borrow", "repay", "money", "credit")
QUESTION_KEYS = {"type", "text", "help", "answers"}
OUTCOME_KEYS = {"type", "title", "answer", "steps", "links", "urgency", "search_terms", "then", "deadlines"}
ANSWER_KEYS = {"label", "next", "note", "link"}
LINK_KEYS = {"page", "anchor", "label"}
TERMS_EXAMPLE = "search_terms: {zh: [催收说要上门, 会来家里吗], en: [collector coming to my house]}"
TOP_KEYS = {"start", "nodes", "moved"}


class _Checker:
    def __init__(self, path: Path | str, lines: LineMap):
        self.path = path
        self.lines = lines
        self.errors: list[ContentError] = []

    def error(self, message: str, at: tuple, node: str | None = None, line: int | None = None) -> None:
        self.errors.append(ContentError(self.path, message, line or line_of(self.lines, *at), node))

    # -- field readers: return a usable value or None, recording what is wrong ----------------
    def text(self, value: Any, at: tuple, node: str, what: str, required: bool = True) -> dict | None:
        if value is None:
            if required:
                self.error(f"{what} is missing; add `{at[-1]}:` with `zh:` and `en:` lines under it", at, node)
            return None
        if not isinstance(value, dict):
            self.error(f"{what} must have one line per language (`zh: ...` and `en: ...`), "
                       f"not a single {type(value).__name__}", at, node)
            return None
        ok = True
        for lang in LANGUAGES:
            if lang not in value or value[lang] is None:
                self.error(f"{what} has no `{lang}` text; add `{lang}: ...` under `{at[-1]}`", at, node)
                ok = False
            elif isinstance(value[lang], bool):
                self.error(f"{what} `{lang}` was read as {str(value[lang]).lower()}, not text (YAML reads "
                           "yes/no/on/off that way); put the text in quotes, e.g. `en: 'Yes'`", at + (lang,), node)
                ok = False
            elif not isinstance(value[lang], str) or not value[lang].strip():
                self.error(f"{what} `{lang}` must be non-empty text; write it in quotes if it "
                           "starts with a special character", at + (lang,), node)
                ok = False
            else:
                self.official_numbers_only(value[lang], f"{what} `{lang}`", at + (lang,), node)
        for lang in value:
            if lang not in LANGUAGES:
                self.error(f"{what} has an unknown language `{lang}`; the site's languages are "
                           f"{', '.join(LANGUAGES)}", at + (lang,), node)
                ok = False
        return {lang: value[lang].strip() for lang in LANGUAGES} if ok else None

    def official_numbers_only(self, text: str, what: str, at: tuple, node: str) -> bool:
        """Record each phone number in `text` outside the official list; True when there is none."""
        unofficial = [number for number in phone_like(text) if number not in ALLOWED_PHONE_NUMBERS]
        for number in unofficial:
            self.error(f"{what} contains the number {number!r}; only the official numbers "
                       f"{', '.join(sorted(ALLOWED_PHONE_NUMBERS))} may appear", at, node)
        return not unofficial

    def search_terms(self, value: Any, at: tuple, node: str) -> dict[str, list[str]]:
        """An outcome's reader phrasings, {lang: [phrase, ...]} for every language, or {} when
        left out or broken (each problem recorded). Hidden from readers, but still no stray numbers."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.error(f"`search_terms:` must hold one list of phrasings per language, not a "
                       f"{type(value).__name__}; write it as `{TERMS_EXAMPLE}`", at, node)
            return {}
        found: dict[str, list[str]] = {}
        for lang in value:
            if lang not in LANGUAGES:
                self.error(f"`search_terms` has an unknown language `{lang}`; the site's languages are "
                           f"{', '.join(LANGUAGES)}", at + (lang,), node)
        for lang in LANGUAGES:
            if lang not in value:
                given = [l for l in value if l in LANGUAGES]
                self.error(f"`search_terms` has phrasings for {', '.join(f'`{l}`' for l in given) or 'no language'} "
                           f"but no `{lang}` list; add `{lang}: [...]` with what those readers type (every language "
                           "needs its own list), or remove `search_terms`", at, node)
                continue
            phrases = self._phrases(value[lang], at + (lang,), node, lang)
            if phrases is not None:
                found[lang] = phrases
        return found if set(found) == set(LANGUAGES) else {}

    def _phrases(self, value: Any, at: tuple, node: str, lang: str) -> list[str] | None:
        what = f"`search_terms` `{lang}`"
        if not isinstance(value, list) or not value:
            shown = "empty" if value in (None, [], "") else f"a {type(value).__name__}"
            self.error(f"{what} must be a non-empty list of phrasings, not {shown}; write it as "
                       f"`{lang}: [phrase one, phrase two]` (one item per phrasing a reader types)", at, node)
            return None
        phrases: list[str] = []
        ok = True
        for index, item in enumerate(value):
            item_at = at + (index,)
            if isinstance(item, bool) or isinstance(item, (int, float)):
                self.error(f"{what} item {index + 1} was read as {str(item).lower()}, not text (YAML reads "
                           "yes/no/on/off and bare numbers that way); put it in quotes, e.g. `'12378 热线'`",
                           item_at, node)
                ok = False
            elif not isinstance(item, str) or not item.strip():
                self.error(f"{what} item {index + 1} must be non-empty text (a phrase a reader types); "
                           "remove it or write the phrase, in quotes if it starts with a special character",
                           item_at, node)
                ok = False
            elif item.strip() in phrases:
                self.error(f"{what} item {index + 1} repeats {item.strip()!r} (item "
                           f"{phrases.index(item.strip()) + 1}); remove one of them", item_at, node)
                ok = False
            else:
                ok = self.official_numbers_only(item, f"{what} item {index + 1}", item_at, node) and ok
                phrases.append(item.strip())
        return phrases if ok else None

    def unknown_keys(self, data: dict, allowed: set, at: tuple, node: str | None, kind: str) -> None:
        for key in data:
            if key not in allowed:
                guess = close_match(key, allowed)
                hint = f"did you mean `{guess}`? " if guess and guess not in data else ""
                self.error(f"unknown key `{key}` in {kind}; {hint}allowed keys: {', '.join(sorted(allowed))}",
                           at + (key,), node)


def _duplicate_keys(document: YamlDocument, path: Path | str) -> list[ContentError]:
    """Mapping keys that occur twice in one mapping (a duplicated node id among them)."""
    errors = []
    for at, key, line, first in document.duplicates:
        is_node_id = bool(at) and at[-1] == "nodes"
        what = f"node id `{key}`" if is_node_id else f"key `{key}`"
        errors.append(ContentError(
            path, f"{what} appears twice (first on line {first}); YAML keeps only the "
                  f"last one, so {'rename one of the nodes' if is_node_id else 'remove or merge one of them'}",
            line, key if is_node_id else None))
    return errors


def _page_ids(docs_dir: Path, page: str) -> dict[str, set[str]] | None:
    """Heading ids of docs/<page>.<lang>.md for each language, or None when a file is missing."""
    found = {}
    for lang in LANGUAGES:
        file = docs_dir / f"{page}.{lang}.md"
        if not file.is_file():
            return None
        found[lang] = {i for i in heading_ids(body_of(file.read_text(encoding="utf-8"))) if i}
    return found


def parse_tree(text: str, path: Path | str, docs_dir: Path | None) -> Tree:
    """Parse and check the tree; raise ContentErrors listing every problem found."""
    document = parse_yaml_document(text, path)  # raises ContentError on broken YAML
    data, lines = document.data, document.lines
    check = _Checker(path, lines)
    check.errors.extend(_duplicate_keys(document, path))
    if not isinstance(data, dict):
        check.error("the file must be a mapping with `start:` and `nodes:`", ())
        raise ContentErrors(check.errors)
    check.unknown_keys(data, TOP_KEYS, (), None, "the file")
    start = data.get("start")
    if not isinstance(start, str):
        check.error("`start:` must name the first question's id", ("start",))
    raw_nodes = data.get("nodes")
    if not isinstance(raw_nodes, dict) or not raw_nodes:
        check.error("`nodes:` must be a mapping of node ids to questions and outcomes", ("nodes",))
        raise ContentErrors(check.errors)

    nodes: dict = {}
    for node_id, raw in raw_nodes.items():
        at = ("nodes", node_id)
        node_id = str(node_id)
        if not ID_PATTERN.match(node_id):
            check.error(f"node id `{node_id}` can't be used in a URL; use lowercase letters, digits and "
                        "single hyphens, e.g. `q-start`", at, node_id)
        elif any(word in node_id for word in REVEALING_WORDS):
            word = next(w for w in REVEALING_WORDS if w in node_id)
            check.error(f"node id `{node_id}` contains `{word}`; ids show in the browser history of a "
                        "phone others may see, so use a neutral word", at, node_id)
        if not isinstance(raw, dict):
            check.error("a node must be a mapping with `type: question` or `type: outcome`", at, node_id)
            continue
        kind = raw.get("type")
        if kind == "question":
            nodes[node_id] = _question(check, node_id, raw, at)
        elif kind == "outcome":
            nodes[node_id] = _outcome(check, node_id, raw, at)
        else:
            check.error(f"`type:` must be `question` or `outcome`, not {kind!r}", at + ("type",), node_id)

    if isinstance(start, str) and start not in raw_nodes:
        check.error(f"`start: {start}` names no node; set it to the first question's id", ("start",))
    elif isinstance(start, str) and not isinstance(nodes.get(start), Question):
        if start in nodes:
            check.error(f"`start: {start}` is an outcome; the tree must start with a question", ("start",), start)

    for node in nodes.values():
        if isinstance(node, Question):
            for index, answer in enumerate(node.answers):
                if answer.next not in raw_nodes:
                    guess = close_match(answer.next, raw_nodes)
                    hint = f"did you mean `{guess}`? " if guess else ""
                    check.error(f"answer {index + 1} goes to `{answer.next}`, which is not a node; "
                                f"{hint}fix the id or add that node", (), node.id, answer.line)

    for node in nodes.values():
        if isinstance(node, Outcome) and node.then and not isinstance(nodes.get(node.then), Question):
            what = "an outcome" if node.then in nodes else "not a node"
            check.error(f"`then: {{step: {node.then}}}` is {what}; name the question the reader goes on "
                        "with, e.g. `q-start`", ("nodes", node.id, "then", "step"), node.id)
    moved = _moved(check, data.get("moved"), raw_nodes)

    if isinstance(start, str) and start in nodes:
        _cycle_checks(check, start, nodes)
        _reachability_checks(check, start, raw_nodes, nodes)
    if docs_dir is not None:
        _link_checks(check, nodes, Path(docs_dir))
    if check.errors:
        raise ContentErrors(check.errors)
    return Tree(start=start, nodes=nodes, path=path, moved=moved)


def _moved(check: _Checker, raw: Any, raw_nodes: dict) -> dict[str, str]:
    """`moved: {old-id: new-id}`: ids of removed nodes, each pointing at a node that exists."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        check.error("`moved:` must map each removed node id to the node that replaces it, e.g. "
                    "`moved: {o-old: o-new}`", ("moved",))
        return {}
    found = {}
    for old, new in raw.items():
        old = str(old)
        if old in raw_nodes:
            check.error(f"`moved: {old}` is still a node; list only ids that no longer exist", ("moved", old))
        elif not ID_PATTERN.match(old):
            check.error(f"`moved: {old}` can't be a step address; ids use lowercase letters, digits and "
                        "single hyphens", ("moved", old))
        elif not isinstance(new, str) or new not in raw_nodes:
            guess = close_match(str(new), raw_nodes)
            hint = f"; did you mean `{guess}`?" if guess else ""
            check.error(f"`moved: {old}` points at `{new}`, which is not a node{hint}", ("moved", old))
        else:
            found[old] = new
    return found


def _question(check: _Checker, node_id: str, raw: dict, at: tuple) -> Question:
    check.unknown_keys(raw, QUESTION_KEYS, at, node_id, "a question")
    text = check.text(raw.get("text"), at + ("text",), node_id, "the question `text`")
    help_text = check.text(raw.get("help"), at + ("help",), node_id, "`help`", required=False)
    answers = []
    raw_answers = raw.get("answers")
    if not isinstance(raw_answers, list):
        check.error("`answers:` must be a list (each item `- label: ...` and `next: ...`)", at + ("answers",), node_id)
        raw_answers = []
    for index, item in enumerate(raw_answers):
        item_at = at + ("answers", index)
        if not isinstance(item, dict):
            check.error(f"answer {index + 1} must have `label:` and `next:`", item_at, node_id)
            continue
        check.unknown_keys(item, ANSWER_KEYS, item_at, node_id, f"answer {index + 1}")
        label = check.text(item.get("label"), item_at + ("label",), node_id, f"answer {index + 1} `label`")
        note = check.text(item.get("note"), item_at + ("note",), node_id, f"answer {index + 1} `note`",
                          required=False)
        link = None
        if item.get("link") is not None:
            link = _link(check, item["link"], item_at + ("link",), node_id, f"answer {index + 1} `link`")
            if link and note is None:
                check.error(f"answer {index + 1} has a `link:` but no `note:`; the note is the line that "
                            "goes before the link at every result this answer leads to", item_at + ("link",), node_id)
        nxt = item.get("next")
        if not isinstance(nxt, str):
            check.error(f"answer {index + 1} needs `next:` naming the node it leads to", item_at + ("next",), node_id)
            continue
        answers.append(Answer(label or {}, nxt, line_of(check.lines, *item_at, "next"), note, link))
    if isinstance(raw.get("answers"), list) and len(raw_answers) < 2:
        check.error(f"a question needs at least two answers (it has {len(raw_answers)}); add one "
                    "(\"not sure\" is a good answer where it fits) or make this node an outcome",
                    at + ("answers",), node_id)
    return Question(node_id, text or {}, answers, help_text, line_of(check.lines, *at))


def _outcome(check: _Checker, node_id: str, raw: dict, at: tuple) -> Outcome:
    check.unknown_keys(raw, OUTCOME_KEYS, at, node_id, "an outcome")
    title = check.text(raw.get("title"), at + ("title",), node_id, "the outcome `title`")
    answer = check.text(raw.get("answer"), at + ("answer",), node_id, "the short `answer`")
    steps = []
    raw_steps = raw.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        check.error("`steps:` must be a list of one or more next steps, each with `zh:` and `en:`",
                    at + ("steps",), node_id)
        raw_steps = []
    for index, item in enumerate(raw_steps):
        step = check.text(item, at + ("steps", index), node_id, f"step {index + 1}")
        if step:
            steps.append(step)
    links = []
    raw_links = raw.get("links", [])
    if not isinstance(raw_links, list):
        check.error("`links:` must be a list of `- page: ...` items", at + ("links",), node_id)
        raw_links = []
    for index, item in enumerate(raw_links):
        link = _link(check, item, at + ("links", index), node_id, f"link {index + 1}")
        if link:
            links.append(link)
    urgency = raw.get("urgency")
    if urgency is not None and urgency not in URGENCIES:
        check.error(f"`urgency:` must be one of {', '.join(URGENCIES)} (or left out), not {urgency!r}",
                    at + ("urgency",), node_id)
        urgency = None
    search_terms = check.search_terms(raw.get("search_terms"), at + ("search_terms",), node_id)
    then, then_label = None, None
    raw_then = raw.get("then")
    if raw_then is not None:
        if not isinstance(raw_then, dict) or not isinstance(raw_then.get("step"), str):
            check.error("`then:` must name the question to go on with and the link's words: "
                        "`then: {step: q-start, label: {zh: ..., en: ...}}`", at + ("then",), node_id)
        else:
            check.unknown_keys(raw_then, {"step", "label"}, at + ("then",), node_id, "`then`")
            then = raw_then["step"]
            then_label = check.text(raw_then.get("label"), at + ("then", "label"), node_id, "`then` `label`")
    deadlines = []
    raw_deadlines = raw.get("deadlines", [])
    if not isinstance(raw_deadlines, list):
        check.error("`deadlines:` must be a list of `- {days: 15, received: {zh: ..., en: ...}}` items",
                    at + ("deadlines",), node_id)
        raw_deadlines = []
    for index, item in enumerate(raw_deadlines):
        period = _period(check, item, at + ("deadlines", index), node_id, f"deadline {index + 1}")
        if period:
            deadlines.append(period)
    if deadlines and urgency != "deadline":
        check.error("an outcome with `deadlines:` needs `urgency: deadline`", at + ("deadlines",), node_id)
    return Outcome(node_id, title or {}, answer or {}, steps, links, urgency, line_of(check.lines, *at),
                   search_terms=search_terms, then=then, then_label=then_label, deadlines=deadlines)


def _period(check: _Checker, item: Any, at: tuple, node_id: str, what: str) -> Period | None:
    """A deadline: `days:` or `months:` (a whole number) and `received:`, the document's receipt."""
    example = "`- {days: 15, received: {zh: 收到支付令, en: you received the payment order}}`"
    if not isinstance(item, dict):
        check.error(f"{what} must be written as {example}", at, node_id)
        return None
    check.unknown_keys(item, {"days", "months", "received"}, at, node_id, what)
    counts = {key: item.get(key) for key in ("days", "months") if item.get(key) is not None}
    if len(counts) != 1 or any(isinstance(v, bool) or not isinstance(v, int) or v < 1 for v in counts.values()):
        check.error(f"{what} needs one whole number of `days:` or of `months:` (not both), e.g. {example}",
                    at, node_id)
        return None
    received = check.text(item.get("received"), at + ("received",), node_id, f"{what} `received`")
    if not received:
        return None
    return Period(received, line=line_of(check.lines, *at), **counts)


def _link(check: _Checker, item: Any, at: tuple, node_id: str, what: str) -> Link | None:
    """A link to a guide page: `page:`, optional `anchor:` and `label:` (checked against the
    pages later, in _link_checks)."""
    if not isinstance(item, dict):
        check.error(f"{what} must have `page:`, optional `anchor:` and `label:`", at, node_id)
        return None
    check.unknown_keys(item, LINK_KEYS, at, node_id, what)
    page, anchor = item.get("page"), item.get("anchor")
    label = check.text(item.get("label"), at + ("label",), node_id, f"{what} `label`")
    if not isinstance(page, str) or not page or "/" in page or page.endswith(".md"):
        check.error(f"{what} needs `page:` with a docs page name such as `talk-to-lender` "
                    "(no language, no .md)", at + ("page",), node_id)
        return None
    if anchor is not None and (not isinstance(anchor, str) or anchor.startswith("#")):
        check.error(f"{what} `anchor:` must be a heading id without `#`, e.g. `steps`", at + ("anchor",), node_id)
        return None
    return Link(page, anchor, label or {}, line_of(check.lines, *at))


def _cycle_checks(check: _Checker, start: str, nodes: dict) -> None:
    # Depth-first search with colours; report each cycle once, at the answer closing it.
    state: dict[str, int] = {}
    reported: set[frozenset] = set()

    def visit(node_id: str, trail: list[str]) -> None:
        state[node_id] = 1
        trail.append(node_id)
        for index, answer in enumerate(nodes[node_id].answers if isinstance(nodes[node_id], Question) else []):
            nxt = answer.next
            if nxt not in nodes:
                continue
            if state.get(nxt) == 1:
                loop = trail[trail.index(nxt):] + [nxt]
                if frozenset(loop) not in reported:
                    reported.add(frozenset(loop))
                    check.error(f"answer {index + 1} leads back to `{nxt}`, making a loop "
                                f"({' → '.join(loop)}); a reader could go round forever, so point it "
                                "at a new question or an outcome", (), node_id, answer.line)
            elif nxt not in state:
                visit(nxt, trail)
        trail.pop()
        state[node_id] = 2

    for node_id in [start, *nodes]:
        if node_id not in state:
            visit(node_id, [])


def _reachability_checks(check: _Checker, start: str, raw_nodes: dict, nodes: dict) -> None:
    """Nodes no path reaches, without knock-on errors: the walk follows the file as written
    (through nodes that have other errors), and a `next:` that names no node counts as leading
    to the node it most likely meant. If such a `next:` resembles no node, what it should reach
    is unknown, and reachability is checked again once it is fixed."""
    def children(node_id: str) -> list[str] | None:
        raw = raw_nodes.get(node_id)
        answers = raw.get("answers") if isinstance(raw, dict) else None
        found = []
        for item in answers if isinstance(answers, list) else []:
            nxt = item.get("next") if isinstance(item, dict) else None
            if not isinstance(nxt, str):
                continue
            target = nxt if nxt in raw_nodes else close_match(nxt, raw_nodes)
            if target is None:
                return None  # a broken edge to who knows where
            found.append(target)
        return found

    reachable = {start}
    todo = [start]
    while todo:
        next_ids = children(todo.pop())
        if next_ids is None:
            return
        for child in next_ids:
            if child not in reachable:
                reachable.add(child)
                todo.append(child)
    for node_id, node in nodes.items():
        if node_id not in reachable:
            check.error(f"no path from `{start}` reaches this node; point an answer's `next:` at it, "
                        "or delete it", (), node_id, node.line)


def _all_links(nodes: dict):
    """(node, what, link) for every link in the tree: outcomes' links and answers' links."""
    for node in nodes.values():
        if isinstance(node, Outcome):
            for index, link in enumerate(node.links):
                yield node, f"link {index + 1}", link
        else:
            for index, answer in enumerate(node.answers):
                if answer.link:
                    yield node, f"answer {index + 1} `link`", answer.link


def _link_checks(check: _Checker, nodes: dict, docs_dir: Path) -> None:
    cache: dict[str, dict | None] = {}
    for node, what, link in _all_links(nodes):
        if link.page not in cache:
            cache[link.page] = _page_ids(docs_dir, link.page)
        ids = cache[link.page]
        if ids is None:
            missing = [f"{link.page}.{lang}.md" for lang in LANGUAGES if not (docs_dir / f"{link.page}.{lang}.md").is_file()]
            check.error(f"{what} goes to page `{link.page}`, but {' and '.join(missing)} "
                        f"{'does' if len(missing) == 1 else 'do'} not exist in {docs_dir}; fix the page name", (), node.id, link.line)
        elif link.anchor:
            for lang in LANGUAGES:
                if link.anchor not in ids[lang]:
                    check.error(f"{what} goes to `{link.page}#{link.anchor}`, but "
                                f"{link.page}.{lang}.md has no heading with {{#{link.anchor}}}; use one of: "
                                f"{', '.join(sorted(ids[lang]))}", (), node.id, link.line)


def load_tree(path: Path | str, docs_dir: Path | str | None = None) -> Tree:
    """Read and check the tree file. Raises ContentError(s) naming file, line, node, what to change."""
    path = Path(path)
    return parse_tree(read_utf8(path), path, Path(docs_dir) if docs_dir is not None else None)


_loaded: dict[str, Any] = {"key": None, "tree": None}


def load_tree_once(path: Path, docs_dir: Path) -> Tree:
    """load_tree, read again only when the tree file or a docs page changed (its links are checked
    against the pages' heading ids). The tree hook and the search hook both need the tree, and
    static-i18n runs each once per language: a large tree was parsed three times a build."""
    key = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                for p in [path, *sorted(docs_dir.glob("*.md"))] if p.exists())
    if _loaded["key"] != key:
        try:
            _loaded["tree"] = load_tree(path, docs_dir)
        except (ContentError, ContentErrors) as error:
            _loaded["tree"] = error
        _loaded["key"] = key
    if isinstance(_loaded["tree"], Exception):
        raise _loaded["tree"]
    return _loaded["tree"]
