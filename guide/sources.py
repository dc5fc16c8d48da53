"""The sources data file: what a page's `sources` ids stand for, in each language."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guide.errors import ContentError, close_match, raise_if_any
from guide.languages import LANGUAGES
from guide.yaml_source import line_of, load_yaml_document


@dataclass(frozen=True)
class Source:
    id: str
    title: dict[str, str]
    reference: dict[str, str]
    url: str | None = None


def load_sources(path: Path) -> dict[str, Source]:
    document = load_yaml_document(path)
    data, lines = document.data, document.lines
    if not isinstance(data, dict):
        raise ContentError(path, "expected one entry per source id, e.g. 'A5:' followed by "
                                 "title, reference and url", 1)
    sources: dict[str, Source] = {}
    errors: list[ContentError] = [
        ContentError(path, f"source id '{key}' is defined twice (first on line {first}); keep one entry", line, str(key))
        for at, key, line, first in document.duplicates if at == ()]
    for source_id, entry in data.items():
        at = line_of(lines, source_id)
        if not isinstance(entry, dict):
            errors.append(ContentError(path, "each source needs 'title', 'reference' and optionally 'url'", at, str(source_id)))
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
        url = entry.get("url")
        if url is not None and not (isinstance(url, str) and url.startswith(("https://", "http://"))):
            errors.append(ContentError(path, "'url' must start with https:// (or http://)", line_of(lines, source_id, "url"), str(source_id)))
        unknown = set(entry) - {"title", "reference", "url"}
        if unknown:
            errors.append(ContentError(path, f"unknown field(s) {', '.join(sorted(map(str, unknown)))}; "
                                             "use title, reference, url", at, str(source_id)))
        sources[str(source_id)] = Source(str(source_id), texts["title"], texts["reference"], url)
    raise_if_any(errors)
    return sources
