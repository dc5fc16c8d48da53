"""The glossary (data/glossary.yml): each legal or official word of the guide once, in plain words,
in both languages. Loaded and checked with the line of each problem; rendered as Markdown where a
page holds `<!-- glossary -->` (hooks/glossary.py), so MkDocs checks its links and heading ids;
and used by tools/readability.py to find pages that use a term without explaining it.

An entry's legal statements are backed by its `sources` (fact ids of data/sources.yml); the page
shows them as citation markers ("（见 A2）"), which the citation hook turns into links. A cited row
rated M is hedged in the text ("据报道" / "according to reports"), as the pages do.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from guide.errors import ContentError, close_match, raise_if_any
from guide.languages import LANGUAGES
from guide.yaml_source import line_of, load_yaml_document

MARKER = re.compile(r"<!--\s*glossary\s*-->")
KEYS = ("zh", "en", "also", "ordinary", "not_in", "sources", "page")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PAGE = re.compile(r"^[a-z0-9-]+\.md(?:#[a-z0-9-]+)?$")
HEDGES = {"zh": "据报道", "en": "according to reports"}
TEXTS = {
    "zh": {"cite": "（见 {ids}）", "join": "、", "where": "详见：", "terms": "本页的词："},
    "en": {"cite": " (see {ids})", "join": ", ", "where": "More: ", "terms": "Words on this page: "},
}
EXAMPLE = ("e.g.\n  payment-order:\n    zh: {term: 支付令, text: ...}\n    en: {term: payment order, text: ...}\n"
           "    sources: [E2]\n    page: what-happens-next.md#payment-order")


@dataclass(frozen=True)
class Term:
    id: str                              # the anchor on the glossary page, same in both languages
    term: dict[str, str]                 # language -> the term
    text: dict[str, str]                 # language -> the plain explanation
    also: dict[str, tuple[str, ...]]     # language -> other forms the pages use
    sources: tuple[str, ...]
    page: str                            # docs-relative link: page.md#heading
    line: int | None = None
    # language -> forms that are everyday words too ("guarantee" in "doesn't guarantee it"): a use
    # counts only with the term in the other language in brackets beside it: "dispute (异议)"
    ordinary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # language -> longer words that hold a form but name something else (征信 in 征信中心): a use
    # inside one of them is not a use of the term
    not_in: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def forms(self, lang: str) -> tuple[str, ...]:
        """Every form of the term in `lang`, longest first (so 失信被执行人名单 wins over 失信被执行人)."""
        return tuple(sorted({self.term[lang], *self.also.get(lang, ())}, key=len, reverse=True))


def load_glossary(path: Path, sources: dict | None = None, docs: Path | None = None) -> dict[str, Term]:
    """data/glossary.yml, or ContentErrors naming file, line, term and what to change.

    With `sources` (data/sources.yml loaded), cited ids must exist and M-rated rows be hedged; with
    `docs`, each entry's page must exist.
    """
    document = load_yaml_document(path)
    data, lines = document.data, document.lines
    if not isinstance(data, dict) or not data:
        raise ContentError(path, "expected one entry per term, " + EXAMPLE, 1)
    errors: list[ContentError] = []
    terms: dict[str, Term] = {}
    seen: dict[tuple[str, str], str] = {}
    for duplicate in document.duplicates:
        errors.append(ContentError(path, f"`{duplicate[1]}` is given twice (first on line {duplicate[3]}); "
                                         "keep one entry per term", duplicate[2]))
    for term_id, entry in data.items():
        at = line_of(lines, term_id)

        def error(message: str, *keys) -> None:
            errors.append(ContentError(path, message, (line_of(lines, term_id, *keys) or at) if keys else at,
                                       str(term_id)))

        if not isinstance(term_id, str) or not _ID.match(term_id):
            error(f"the key `{term_id}` is the term's anchor: lower-case letters, digits and hyphens, e.g. payment-order")
            continue
        if not isinstance(entry, dict):
            error("an entry needs `zh:`, `en:`, `sources:` and `page:`; " + EXAMPLE)
            continue
        for key in entry:
            if key not in KEYS:
                guess = close_match(str(key), KEYS)
                error(f"unknown key `{key}`; " + (f"did you mean `{guess}`? " if guess else "")
                      + f"the keys are {', '.join(KEYS)}", key)
        term, text = {}, {}
        for lang in LANGUAGES:
            value = entry.get(lang)
            if not (isinstance(value, dict) and all(isinstance(value.get(k), str) and value[k].strip()
                                                    for k in ("term", "text"))):
                error(f"`{lang}:` needs `term` and `text`, e.g. {lang}: {{term: ..., text: ...}}", lang)
                continue
            term[lang], text[lang] = value["term"].strip(), " ".join(value["text"].split())
            if re.search(r"[（(](?:见|see)\s*[A-Z]\d", text[lang]):
                error(f"`{lang}.text` cites a source itself; list the ids in `sources:` instead "
                      "(the page adds the citation)", lang)
            other = seen.get((lang, term[lang]))
            if other:
                error(f"the term {term[lang]!r} is already the entry `{other}`; each term is explained once", lang)
            seen[(lang, term[lang])] = term_id
        also = entry.get("also") or {}
        if not isinstance(also, dict) or not all(
                lang in LANGUAGES and isinstance(forms, list) and all(isinstance(f, str) and f.strip() for f in forms)
                for lang, forms in also.items()):
            error("`also:` lists other forms per language, e.g. also: {en: [payment orders]}", "also")
            also = {}
        forms = {lang: {term.get(lang, ""), *(f.strip() for f in also.get(lang, ()))} for lang in LANGUAGES}
        ordinary = _per_language(entry, "ordinary", error, "ordinary: {en: [dispute]}")
        for lang, listed in ordinary.items():
            for form in listed:
                if form not in forms[lang]:
                    error(f"`ordinary:` lists {form!r}, which is not a form of this term in `{lang}` "
                          f"(its `term` or one of `also.{lang}`); list the form exactly as the term or `also` "
                          "gives it, or add it to `also` first", "ordinary")
        not_in = _per_language(entry, "not_in", error, "not_in: {zh: [征信中心]}")
        for lang, listed in not_in.items():
            for phrase in listed:
                held = [f for f in forms[lang] if f and (f in phrase if lang == "zh" else f.lower() in phrase.lower())]
                if not held or phrase in forms[lang]:
                    error(f"`not_in:` lists {phrase!r}, which does not hold a form of this term in `{lang}` "
                          "(or is one); list a longer word that contains the term but means something else, "
                          "e.g. not_in: {zh: [征信中心]}", "not_in")
        cited = entry.get("sources")
        if not isinstance(cited, list) or not cited or not all(isinstance(i, str) for i in cited):
            error("`sources:` lists the fact ids of data/sources.yml behind the explanation, e.g. sources: [E2, F1]",
                  "sources")
            cited = []
        elif sources is not None:
            for fact_id in cited:
                if fact_id not in sources:
                    guess = close_match(fact_id, list(sources))
                    error(f"`sources:` names {fact_id}, which data/sources.yml does not have"
                          + (f"; did you mean {guess}?" if guess else ""), "sources")
            rated_m = [i for i in cited if i in sources and getattr(sources[i], "confidence", None) == "M"]
            for lang in text:
                if rated_m and HEDGES[lang] not in text[lang].lower():
                    error(f"{', '.join(rated_m)} is rated M in data/sources.yml: the `{lang}.text` must say "
                          f"\"{HEDGES[lang]}\" before the part that rests on it", lang)
        page = entry.get("page")
        if not isinstance(page, str) or not _PAGE.match(page):
            error("`page:` is the guide page where the term matters, e.g. page: old-debt.md#limitation", "page")
            page = ""
        elif docs is not None and not (docs / page.split("#")[0].replace(".md", ".zh.md")).exists():
            error(f"`page:` names {page.split('#')[0]}, but docs/ has no such page", "page")
        if len(term) == len(LANGUAGES):
            terms[term_id] = Term(term_id, term, text,
                                  {lang: tuple(f.strip() for f in forms) for lang, forms in also.items()},
                                  tuple(cited), page, at, ordinary, not_in)
    raise_if_any(errors)
    return terms


def _per_language(entry: dict, key: str, error, example: str) -> dict[str, tuple[str, ...]]:
    """An optional `key: {lang: [text, ...]}` field, or {} and an error naming the key."""
    value = entry.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
            lang in LANGUAGES and isinstance(items, list) and items and all(isinstance(i, str) and i.strip() for i in items)
            for lang, items in value.items()):
        error(f"`{key}:` lists words per language ({', '.join(LANGUAGES)}), e.g. {example}", key)
        return {}
    return {lang: tuple(i.strip() for i in items) for lang, items in value.items()}


def glossary_markdown(terms: dict[str, Term], lang: str, titles: dict[str, str], from_page: str = "glossary.md") -> str:
    """The glossary in `lang`, as Markdown: a line linking every term (the table of contents is
    hidden on phones), then a heading per term with its explanation, its citations and a link to
    the page where it matters. `titles` maps a page file (old-debt.md) to its title in `lang`."""
    words = TEXTS[lang]
    base = from_page.rsplit("/", 1)[0] + "/" if "/" in from_page else ""
    # A list of links, not a sentence: the class keeps it out of the plain-language measure.
    parts = [words["terms"] + words["join"].join(f"[{_md(t.term[lang])}](#{t.id})" for t in terms.values())
             + "\n{: .glossary-terms }"]
    for t in terms.values():
        # English headings in sentence case, with the Chinese term a helper can match to a message
        heading = t.term[lang] if lang == "zh" else f"{t.term['en'][:1].upper()}{t.term['en'][1:]} ({t.term['zh']})"
        cite = words["cite"].format(ids=words["join"].join(t.sources))
        text = t.text[lang]
        # The citation goes before the final full stop, as the pages write it.
        text = text[:-1] + cite + text[-1] if text[-1] in "。.!?！？" else text + cite
        page_file = t.page.split("#")[0]
        link = f"[{_md(titles.get(page_file, page_file))}]({base}{t.page})"
        parts.append(f"## {_md(heading)} {{#{t.id}}}\n\n{_md(text)}\n\n{words['where']}{link}")
    return "\n\n".join(parts) + "\n"


def _md(text: str) -> str:
    """Text that Markdown shows as it is (no emphasis, links or HTML from the data file)."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def fill_marker(markdown: str, terms: dict[str, Term], lang: str, titles: dict[str, str],
                from_page: str = "glossary.md") -> str:
    return MARKER.sub(lambda _: glossary_markdown(terms, lang, titles, from_page), markdown, count=1)


def page_headings(docs: Path, lang: str) -> dict[str, str]:
    """page file (old-debt.md) -> the first `# ` heading of its `lang` page, without its {#id}: the
    link text the glossary uses for the page where a term matters."""
    headings = {}
    for path in sorted(docs.glob(f"*.{lang}.md")):
        found = re.search(r"^# (.+?)\s*(?:\{#[^}]*\})?\s*$", path.read_text(encoding="utf-8"), re.M)
        if found:
            headings[path.name[: -len(f".{lang}.md")] + ".md"] = found.group(1)
    return headings
