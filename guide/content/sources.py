"""The sources data file, the project's fact sheet: what each fact id that pages cite stands for
(title and reference in each language, the fact itself, how sure we are of it)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guide.content.citations import CITATION
from guide.errors import ContentError, close_match, raise_if_any
from guide.languages import LANGUAGES
from guide.yaml_source import line_of, load_yaml_document


# H high, M-H medium-high, M medium: pages say "according to reports / 据报道" for an M fact.
CONFIDENCE_LEVELS = ("H", "M-H", "M")
FIELDS = ("title", "reference", "url", "fact", "confidence")


@dataclass(frozen=True)
class Source:
    id: str
    title: dict[str, str]
    reference: dict[str, str]
    url: str | None = None
    fact: str | None = None        # the fact in English, as the fact sheet states it
    confidence: str | None = None  # one of CONFIDENCE_LEVELS


def load_sources(path: Path) -> dict[str, Source]:
    document = load_yaml_document(path)
    data, lines = document.data, document.lines
    if not isinstance(data, dict):
        raise ContentError(path, "expected one entry per source id, e.g. 'A5:' followed by "
                                 "title, reference, url, fact and confidence", 1)
    sources: dict[str, Source] = {}
    errors: list[ContentError] = [
        ContentError(path, f"source id '{key}' is defined twice (first on line {first}); keep one entry", line, str(key))
        for at, key, line, first in document.duplicates if at == ()]
    for source_id, entry in data.items():
        at = line_of(lines, source_id)
        if not isinstance(entry, dict):
            errors.append(ContentError(path, "each source needs 'title', 'reference', 'fact', 'confidence' "
                                             "and optionally 'url'", at, str(source_id)))
            continue
        texts = {}
        for field in ("title", "reference"):
            value = entry.get(field)
            missing = [lang for lang in LANGUAGES
                       if not isinstance(value, dict) or not isinstance(value.get(lang), str) or not value[lang].strip()]
            if missing:
                errors.append(ContentError(path, f"'{field}' needs a text for each language ({', '.join(missing)} missing), "
                                                 f"e.g. {field}: {{zh: ..., en: ...}}", line_of(lines, source_id, field), str(source_id)))
            texts[field] = value
            # Source lists are shown where citations are already linked: a "(see K2)" inside one
            # would become a marker pointing at a list that may not hold K2.
            cites = [lang for lang in LANGUAGES if not missing and CITATION.search(value[lang])]
            if cites:
                errors.append(ContentError(path, f"'{field}' cites another source ({', '.join(cites)}); name the id "
                                                 "without 见/see, e.g. (K2)", line_of(lines, source_id, field), str(source_id)))
        url = entry.get("url")
        if url is not None and not (isinstance(url, str) and url.startswith(("https://", "http://"))):
            errors.append(ContentError(path, "'url' must start with https:// (or http://)", line_of(lines, source_id, "url"), str(source_id)))
        fact = entry.get("fact")
        if not isinstance(fact, str) or not fact.strip():
            errors.append(ContentError(path, "'fact' needs the fact this id stands for, in English, e.g. "
                                             "fact: Limitation period is 3 years (Civil Code Art. 188)",
                                       line_of(lines, source_id, "fact"), str(source_id)))
        confidence = entry.get("confidence")
        if confidence not in CONFIDENCE_LEVELS:
            errors.append(ContentError(path, f"'confidence' must be one of {', '.join(CONFIDENCE_LEVELS)} "
                                             f"(H high, M-H medium-high, M medium), not {confidence!r}",
                                       line_of(lines, source_id, "confidence"), str(source_id)))
        for key in entry:
            if key not in FIELDS:
                guess = close_match(key, FIELDS)
                hint = f"did you mean '{guess}'? " if guess and guess not in entry else ""
                errors.append(ContentError(path, f"unknown field '{key}'; {hint}the fields are {', '.join(FIELDS)}",
                                           line_of(lines, source_id, key), str(source_id)))
        sources[str(source_id)] = Source(str(source_id), texts["title"], texts["reference"], url,
                                         fact.strip() if isinstance(fact, str) else None,
                                         confidence if confidence in CONFIDENCE_LEVELS else None)
    raise_if_any(errors)
    return sources
