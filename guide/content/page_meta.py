"""Check a guide page's front matter: the fields every page must carry, and their types."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from guide.errors import ContentError, close_match, raise_if_any
from guide.content.checks import headings
from guide.content.frontmatter import MarkdownPage
from guide.content.sources import Source
from guide.yaml_source import line_of

REVIEW_INTERVAL = dt.timedelta(days=183)  # pages are re-checked about twice a year
EXAMPLE = "title: ..., description: ..., reviewed: 2026-11-23, sources: [A5, C1]"
# source_hash: written into a translation by tools/translation_status.py (guide/content/translation_status.py).
# search_terms: optional reader phrasings that search boosts but the page does not show (hooks/search.py);
# section_terms: the same for one section, by its anchor, so that search leads with that section.
KNOWN_FIELDS = ("title", "description", "reviewed", "sources", "source_hash", "search_terms", "section_terms")
SECTION_TERMS_EXAMPLE = "section_terms: {why: [为啥没短信, 短信被拦截]}"


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

    errors.extend(_section_terms_problems(page))

    for key, guess in guesses.items():
        hint = f"did you mean '{guess}'? " if guess else ""
        problem(key, f"unknown front matter field '{key}'; {hint}the fields are {', '.join(KNOWN_FIELDS)}")

    raise_if_any(errors)
    return PageMeta(meta["title"].strip(), meta["description"].strip(), reviewed, tuple(found))


def _section_terms_problems(page: MarkdownPage) -> list[ContentError]:
    """`section_terms` maps anchors of the page's own headings to lists of reader phrasings."""
    sections, lines, path = page.meta.get("section_terms"), page.meta_lines, page.path
    if sections is None:
        return []
    if not isinstance(sections, dict):
        return [ContentError(path, "'section_terms' must map a section's anchor to the phrases readers type "
                                   f"for it, e.g. {SECTION_TERMS_EXAMPLE} (or leave the field out)",
                             line_of(lines, "section_terms") or 1)]
    # the sections search indexes: headings below the page's title, by their explicit anchor
    anchors = [anchor for level, anchor, _ in headings(page.body) if level > 1 and anchor]
    errors = []
    for anchor, phrases in sections.items():
        at = line_of(lines, "section_terms", anchor) or 1
        if anchor not in anchors:
            guess = close_match(anchor, anchors)
            hint = f"did you mean '{guess}'? " if guess else ""
            errors.append(ContentError(path, f"'section_terms' names '{anchor}', but no heading of this page has "
                                             f"{{#{anchor}}}; {hint}the page's anchors are {', '.join(anchors)}", at))
        elif not isinstance(phrases, list) or not phrases or not all(isinstance(t, str) and t.strip() for t in phrases):
            errors.append(ContentError(path, f"'section_terms' for '{anchor}' must be a list of phrases readers type, "
                                             f"e.g. {SECTION_TERMS_EXAMPLE}", at))
    return errors
