"""Give each language its own search index and point its pages at it.

static-i18n writes one index for all languages, so a Chinese reader would get English results
and vice versa. We split it by location prefix (`en/...`) into `<lang>/search/search_index.json`,
and rewrite each page's Material config so its search loads its own language's index.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
WORKER_WRAPPER = "search-segment.js"  # ships in docs/assets/javascripts/workers/
# A heading whose id is "<section id>" + this suffix titles a section shown by CSS :target (a
# decision-tree step). Material indexes headings, so its result would open the heading's id,
# where nothing shows; the index is rewritten to open the section itself.
SECTION_TITLE_SUFFIX = "--title"
# Said kindly when a query finds nothing; the panel then offers the tree and the help page
# (overrides/partials/search.html).
NOTHING_FOUND = {
    "zh": "没有找到和这些词对应的页面。换个说法试试，或者从下面开始。",
    "en": "No page matches these words. Try saying it another way, or start below.",
}


def _open_section(location: str) -> str:
    return location[: -len(SECTION_TITLE_SUFFIX)] if "#" in location and location.endswith(SECTION_TITLE_SUFFIX) else location


def split_entries(index: dict, languages: list[str], default: str) -> dict[str, dict]:
    """{lang: index} with each language's entries; locations made relative to that language's root."""
    split = {lang: {**index, "docs": []} for lang in languages}
    for doc in index.get("docs", []):
        location = _open_section(doc.get("location", ""))
        doc = {**doc, "location": location}
        lang = next((l for l in languages if l != default and location.startswith(f"{l}/")), default)
        if lang != default:
            doc = {**doc, "location": location[len(lang) + 1:]}
        split[lang]["docs"].append(doc)
    return split


def write_language_indexes(site_dir: Path, languages: list[str], default: str,
                           enrich=None) -> dict[str, int]:
    """Split site/search/search_index.json in place; returns the number of entries per language.
    `enrich(lang, index) -> index` adds the search signals of that language (add_search_signals)."""
    merged_path = site_dir / "search" / "search_index.json"
    if not merged_path.exists():
        return {}
    split = split_entries(json.loads(merged_path.read_text(encoding="utf-8")), languages, default)
    if enrich:
        split = {lang: enrich(lang, index) for lang, index in split.items()}
    split = {lang: pack_word_breaks(index) for lang, index in split.items()}
    for lang, index in split.items():
        target = site_dir / ("" if lang == default else lang) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {lang: len(index["docs"]) for lang, index in split.items()}


# The search plugin marks the word breaks it finds in Chinese with U+200B, three bytes in UTF-8, one
# after every word: a sixth of the Chinese index's download. The file carries a one-byte mark
# instead, named in config.word_break; the worker (search-segment.js) puts U+200B back before
# anything reads the index.
WORD_BREAK = "\u200b"
_WORD_BREAK_MARKS = "^`~|"


def pack_word_breaks(index: dict) -> dict:
    """The index with every U+200B of its entries' strings written as the first of
    _WORD_BREAK_MARKS that no entry uses (the index unchanged when each one is used)."""
    strings = [value for doc in index.get("docs", []) for value in doc.values() if isinstance(value, str)]
    if not any(WORD_BREAK in value for value in strings):
        return index
    mark = next((m for m in _WORD_BREAK_MARKS if not any(m in value for value in strings)), None)
    if mark is None:
        return index
    docs = [{key: value.replace(WORD_BREAK, mark) if isinstance(value, str) else value for key, value in doc.items()}
            for doc in index["docs"]]
    return {**index, "config": {**index.get("config", {}), "word_break": mark}, "docs": docs}


def point_page_at_language_index(html: str, lang: str, default: str) -> str:
    """Rewrite Material's page config: the search base becomes the language's root, and the search
    worker becomes our wrapper (which loads Material's worker, named in its query string)."""
    match = _CONFIG.search(html)
    if not match:
        return html
    config = json.loads(match.group(2))
    if "translations" in config and lang in NOTHING_FOUND:
        config["translations"]["search.result.none"] = NOTHING_FOUND[lang]
    if lang != default:
        config["base"] = config["base"].rstrip("/") + f"/{lang}/"
    worker_dir, _, worker_name = config["search"].rpartition("/")
    if worker_name != WORKER_WRAPPER and not worker_name.startswith(WORKER_WRAPPER + "?"):
        config["search"] = f"{worker_dir}/{WORKER_WRAPPER}?material={worker_name}"
    new_json = json.dumps(config, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return html[:match.start(2)] + new_json + html[match.end(2):]


# ---- reader vocabulary and ranking signals added to each language's index ----------------------
# Material's worker indexes the fields named in config.fields; its renderer shows only title and
# text, so these two stay hidden. Our worker wrapper (search-segment.js) ranks with them.
EXTRA_FIELDS = {
    "summary": {"boost": 10.0},  # the page's short answer (the `!!! summary` box)
    "terms": {"boost": 100.0},   # reader phrasings: search_terms of pages and outcomes, tree answers
}
_SUMMARY = re.compile(r'<div class="admonition summary">\s*<p class="admonition-title">.*?</p>(.*?)</div>', re.S)
_TAG = re.compile(r"<[^>]+>")


def plain_text(html: str) -> str:
    return " ".join(_TAG.sub(" ", html).split())


def summary_of(html: str) -> str:
    """The text of a page's short-answer box, without its title ('' when the page has none)."""
    match = _SUMMARY.search(html)
    return plain_text(match.group(1)) if match else ""


_HEADING = re.compile(r'<h([2-6])[^>]*\sid="([^"]+)"')


def section_parents(html: str) -> dict[str, str]:
    """{subsection anchor: the anchor of the heading it sits under}: a page's h2 whose answer is
    all in its h3s has no text of its own, so search shows it beside its best subsection."""
    parents: dict[str, str] = {}
    open_at: dict[int, str] = {}
    for level, anchor in _HEADING.findall(html):
        level = int(level)
        open_at = {l: a for l, a in open_at.items() if l < level}
        if open_at:
            parents[anchor] = open_at[max(open_at)]
        open_at[level] = anchor
    return parents


def outcome_phrases(questions, lang: str) -> dict[str, list[str]]:
    """{outcome id: the questions and answer labels that lead to it, two questions back}: the
    tree's answers are written in the reader's voice ("还没来，只是说要来", "没有收入"), so they
    are reader phrasings for free."""
    leads_to: dict[str, list[tuple[str, str]]] = {}
    for question in questions:
        for answer in question.answers:
            leads_to.setdefault(answer.next, []).append(
                (question.id, f"{question.text.get(lang, '')} · {answer.label.get(lang, '')}"))
    phrases: dict[str, list[str]] = {}
    for node in leads_to:
        if not node.startswith("o-"):
            continue
        found: list[str] = []
        for question_id, text in leads_to[node]:
            for step in [text] + [earlier for _, earlier in leads_to.get(question_id, [])]:
                if step not in found:
                    found.append(step)
        phrases[node] = found
    return phrases


def outcome_terms(outcomes, questions, lang: str) -> dict[str, list[str]]:
    """{outcome id: its own `search_terms` in this language first (written for that outcome, so
    they say what sets it apart), then the question and answer phrases that lead to it}."""
    found = outcome_phrases(questions, lang)
    for outcome in outcomes:
        own = list(outcome.search_terms.get(lang, []))
        found[outcome.id] = own + [phrase for phrase in found.get(outcome.id, []) if phrase not in own]
    return {node: phrases for node, phrases in found.items() if phrases}


def outcome_links(outcomes) -> dict[str, list[str]]:
    """{outcome id: the index locations of the guide sections it links to ("page/#anchor")}: the
    worker lets such a section lead when it matches a query about as well as the outcome."""
    return {outcome.id: [f"{link.page}/" + (f"#{link.anchor}" if link.anchor else "") for link in outcome.links]
            for outcome in outcomes if outcome.links}


def glossary_links(terms) -> dict[str, list[str]]:
    """{a glossary entry's index location: [the guide section where its term matters]}: a reader
    typing a bare term may want its definition or the section, so the worker shows them together."""
    links = {}
    for term in terms.values():
        page, _, anchor = term.page.partition("#")
        home = "" if page == "index.md" else page.removesuffix(".md") + "/"
        links[f"glossary/#{term.id}"] = [home + (f"#{anchor}" if anchor else "")]
    return links


def add_search_signals(index: dict, thesaurus: list, summaries: dict[str, str],
                       search_terms: dict[str, list[str]], outcomes: dict[str, list[str]],
                       parents: dict[str, str] | None = None, see: dict[str, list[str]] | None = None) -> dict:
    """One language's index with the thesaurus in its config, and hidden `summary` and `terms`
    fields on the page entries (summaries and search_terms keyed by location) and tree outcomes;
    a subsection names the section it sits under in `under` (parents keyed by location; Material's
    worker overwrites a doc's `parent`); an outcome lists the sections it links to in `see` (see
    keyed by outcome id), and so does a glossary entry (keyed by its location, see glossary_links)."""
    config = {**index.get("config", {})}
    config["fields"] = {**config.get("fields", {}), **EXTRA_FIELDS}
    config["thesaurus"] = thesaurus
    docs = []
    for doc in index.get("docs", []):
        doc = dict(doc)
        location = doc.get("location", "")
        if location in summaries and summaries[location]:
            doc["summary"] = summaries[location]
        terms = list(search_terms.get(location, []))
        anchor = location.partition("#")[2]
        outcome = anchor.split("--")[0] if anchor.startswith("o-") else None
        if outcome:
            terms += outcomes.get(outcome, [])
            if see and see.get(outcome):
                doc["see"] = see[outcome]
        elif see and see.get(location):
            doc["see"] = see[location]
        if terms:
            doc["terms"] = " · ".join(terms)
        if parents and location in parents:
            doc["under"] = parents[location]
        docs.append(doc)
    return {**index, "config": config, "docs": docs}


def language_location(url: str, languages: list[str], default: str) -> tuple[str, str]:
    """(language, location inside that language's index) of a page URL such as 'en/help/'."""
    for lang in languages:
        if lang != default and url.startswith(f"{lang}/"):
            return lang, url[len(lang) + 1:]
    return default, url
