"""Check a guide page's front matter: the fields every page must carry, and their types."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from guide.errors import ContentError, close_match, raise_if_any
from guide.content.frontmatter import MarkdownPage
from guide.content.sources import Source
from guide.yaml_source import line_of

REVIEW_INTERVAL = dt.timedelta(days=183)  # pages are re-checked about twice a year
EXAMPLE = "title: ..., description: ..., reviewed: 2026-11-23, sources: [A5, C1]"
# source_hash: written into a translation by tools/translation_status.py (guide/content/translation_status.py).
# search_terms: optional reader phrasings that search boosts but the page does not show (hooks/search.py).
KNOWN_FIELDS = ("title", "description", "reviewed", "sources", "source_hash", "search_terms")


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    reviewed: dt.date
    sources: tuple[Source, ...]

    @property
    def next_review(self) -> dt.date:
        return self.reviewed + REVIEW_INTERVAL


def check_page_meta(page: MarkdownPage, sources: dict[str, Source], today: dt.date | None = None) -> PageMeta:
    """Return the page's checked metadata, or raise ContentErrors listing every problem."""
    meta, lines, path = page.meta, page.meta_lines, page.path
    errors: list[ContentError] = []

    # A misspelled field ('reviwed') is reported once, as the unknown field with a suggestion,
    # not also as the field it was meant to be, missing.
    guesses = {key: close_match(key, KNOWN_FIELDS) for key in meta if key not in KNOWN_FIELDS}
    misspelled = {guess for guess in guesses.values() if guess and guess not in meta}

    def problem(key: str, message: str) -> None:
        if key in misspelled:
            return
        errors.append(ContentError(path, message, line_of(lines, key) or 1))

    for key in ("title", "description"):
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip():
            problem(key, f"front matter needs '{key}' as non-empty text ({EXAMPLE})")

    reviewed = meta.get("reviewed")
    if isinstance(reviewed, dt.datetime) or not isinstance(reviewed, dt.date):
        problem("reviewed", "front matter needs 'reviewed' as a date written YYYY-MM-DD, e.g. reviewed: 2026-11-23")
        reviewed = None
    elif reviewed > (today or dt.date.today()):
        problem("reviewed", f"'reviewed' is {reviewed}, a date in the future; use the date the page was last checked")

    cited = meta.get("sources")
    found: list[Source] = []
    if not isinstance(cited, list) or not all(isinstance(i, str) for i in cited):
        problem("sources", "front matter needs 'sources' as a list of source ids, e.g. sources: [A5, C1] (or [] if none)")
    else:
        for index, source_id in enumerate(cited):
            if source_id in sources:
                found.append(sources[source_id])
            else:
                errors.append(ContentError(path, f"unknown source id '{source_id}'; add it to data/sources.yml or fix the id",
                                           line_of(lines, "sources", index) or 1))
        if len(set(cited)) != len(cited):
            problem("sources", "a source id is listed twice in 'sources'")

    terms = meta.get("search_terms")
    if terms is not None and (not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms)):
        problem("search_terms", "'search_terms' must be a list of words or phrases readers type, "
                                "e.g. search_terms: [催收上门, 来家里] (or leave the field out)")

    for key, guess in guesses.items():
        hint = f"did you mean '{guess}'? " if guess else ""
        problem(key, f"unknown front matter field '{key}'; {hint}the fields are {', '.join(KNOWN_FIELDS)}")

    raise_if_any(errors)
    return PageMeta(meta["title"].strip(), meta["description"].strip(), reviewed, tuple(found))
