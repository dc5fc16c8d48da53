"""The reader vocabulary for search (data/search_thesaurus.yml): load it, check it, and return
each language's groups in the form the search worker uses (lower case, trimmed).

A group is a list of words, or a mapping `{first: <location>, words: [...]}`: a safety answer.
When the reader's own words include one of its words, search shows that location first, whatever
else the query says ("被催收逼得想死" must open the crisis line, not the scams page). A mapping
`{names: [...], as: <word>}` lists lenders' names: a name is not a topic (分期乐 is not about
分期), so search reads each as the one plain word `as` (平台, lender) and expands it no further."""
from __future__ import annotations

import re
from pathlib import Path

from guide.errors import ContentError, raise_if_any
from guide.yaml_source import line_of, load_yaml_document

EXAMPLE = "zh: [[热线, 求助电话]] / en: [[hotline, helpline]]"
FIRST_EXAMPLE = "{first: what-to-do/#o-support, words: [suicidal, end my life]}"
NAMES_EXAMPLE = "{names: [jiebei, huabei], as: lender}"
_LOCATION = re.compile(r"^[a-z0-9-]+/(#[a-z0-9-]+)?$")
_HAN = re.compile(r"[\u3400-\u9fff]")
MAX_WORD = 40  # a group holds words and short phrases, not sentences


def normalise(word: str) -> str:
    """How a thesaurus word is compared with a query: lower case, single spaces."""
    return " ".join(word.lower().split())


def unquoted(word: str) -> str:
    """As search reads a word: without apostrophes ("can't" is "cant")."""
    return re.sub("['\u2019]", "", word)


def check_thesaurus(data, lines, path: Path | str, languages: list[str]) -> dict[str, list[list[str]]]:
    """{lang: [[word, ...], {first, words, line} or {names, as, line}, ...]} or ContentErrors naming
    the line and what to change."""
    errors: list[ContentError] = []

    def problem(message: str, *at) -> None:
        errors.append(ContentError(path, message, line_of(lines, *at) or 1))

    if not isinstance(data, dict):
        raise_if_any([ContentError(path, f"the file must map each language to a list of groups, e.g. {EXAMPLE}", 1)])
    result: dict[str, list[list[str]]] = {}
    for lang in data:
        if lang not in languages:
            problem(f"unknown language '{lang}'; use one of {', '.join(languages)}", lang)
    for lang in languages:
        groups = data.get(lang)
        if groups is None:
            problem(f"no '{lang}:' list; add one (each language needs its groups, e.g. {EXAMPLE})")
            continue
        if not isinstance(groups, list):
            problem(f"'{lang}' must be a list of groups, each written [word, word, ...]", lang)
            continue
        result[lang] = []
        for g, group in enumerate(groups):
            first, plain, at = None, None, (lang, g)
            if isinstance(group, dict) and "names" in group:
                unknown = set(group) - {"names", "as"}
                plain, group, at = group.get("as"), group.get("names"), (lang, g, "names")
                if unknown or not isinstance(plain, str) or not plain.strip():
                    problem("lenders' names are written " + NAMES_EXAMPLE + ": 'as' is the one plain word "
                            "search reads each name as, and there are no other keys", lang, g)
                    continue
                if not isinstance(group, list) or not group:
                    problem("'names' must be a list of at least one name, e.g. [jiebei, huabei]", *at)
                    continue
            elif isinstance(group, dict):
                unknown = set(group) - {"first", "words"}
                first, group, at = group.get("first"), group.get("words"), (lang, g, "words")
                if unknown or not isinstance(first, str) or not _LOCATION.match(first):
                    problem("a safety answer is written " + FIRST_EXAMPLE + ": 'first' is a page's "
                            "location with an optional #anchor, and there are no other keys", lang, g)
                    continue
            if plain is None and (not isinstance(group, list) or len(group) < 2):
                problem("a group must be a list of at least two words, e.g. [hotline, helpline]", *at)
                continue
            words: list[str] = []
            for w, word in enumerate(group):
                if isinstance(word, (int, float)) and not isinstance(word, bool):
                    word = str(word)  # 12378 written without quotes
                if not isinstance(word, str) or not word.strip():
                    problem(f"word {w + 1} of this group is empty or not text; write it as a word or short phrase", *at, w)
                    continue
                norm = normalise(word)
                if len(norm) > MAX_WORD:
                    problem(f"'{word}' is longer than {MAX_WORD} characters; groups hold words and short phrases", *at, w)
                elif unquoted(norm) in map(unquoted, words):
                    problem(f"'{word}' is listed twice in this group (search ignores apostrophes); remove one", *at, w)
                else:
                    words.append(norm)
            if plain is not None:
                result[lang].append({"names": words, "as": normalise(plain), "line": line_of(lines, lang, g) or 1})
            else:
                result[lang].append(words if first is None else
                                    {"first": first, "words": words, "line": line_of(lines, lang, g) or 1})
    raise_if_any(errors)
    return result


def missing_first_answers(groups: list, locations: set[str], path: Path | str) -> list[ContentError]:
    """A safety answer must open something that is in the language's search index (an outcome is
    indexed at its first step: what-to-do/#o-support--q-start stands for what-to-do/#o-support)."""
    return [ContentError(path, f"the safety answer '{group['first']}' is not a page or section in the "
                               "search index; name an existing page/ or page/#anchor", group["line"])
            for group in groups if isinstance(group, dict) and "first" in group
            and not any(loc == group["first"] or loc.startswith(group["first"] + "--") for loc in locations)]


def names_the_pages_use(groups: list, docs: list[dict], path: Path | str) -> list[ContentError]:
    """A lender's name that the pages themselves use is one of their topics: search reading it as
    a plain 'lender' would hide those pages from a reader who types it."""
    text = " ".join(f"{doc.get('title', '')} {doc.get('text', '')}" for doc in docs).lower().replace("\u200b", "")
    return [ContentError(path, f"the pages use the lender's name '{name}', so search must find it as it is; "
                               "remove it from this list of names", group["line"])
            for group in groups if isinstance(group, dict) and "names" in group
            for name in group["names"]
            if _occurs(name, text)]


def _occurs(word: str, text: str) -> bool:
    """As the search worker matches thesaurus words: Chinese anywhere, English words whole."""
    if _HAN.search(word):
        return word in text
    return re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text) is not None


def expanding_words(group) -> list[str]:
    """The words a group lends the reader's query: none for lenders' names, read as `as` alone."""
    if isinstance(group, list):
        return group
    return group.get("words", [])


def worker_form(groups: list) -> list:
    """The groups as the search worker reads them (no line numbers)."""
    return [{key: value for key, value in group.items() if key != "line"} if isinstance(group, dict) else group
            for group in groups]


def load_thesaurus(path: Path, languages: list[str]) -> dict[str, list[list[str]]]:
    document = load_yaml_document(path)
    errors = [ContentError(path, f"'{key}' is given twice (first on line {first}); keep one", line)
              for _, key, line, first in document.duplicates]
    raise_if_any(errors)
    return check_thesaurus(document.data, document.lines, path, languages)
