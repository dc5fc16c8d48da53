"""The content rules the build's checks apply (data/content_rules.yml), read for the cleaner's report.

One source: the same file, read with the project's YAML loader (guide/yaml_source.py) and matched
with the same function as tests/test_content.py (guide.content.checks.words_found), so a word the
checks reject is exactly a word the report lists. No copy of the lists lives here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guide.cleaner.errors import CleanerError
from guide.errors import ContentError
from guide.yaml_source import line_of, load_yaml_document

DEFAULT_RULES = Path(__file__).resolve().parents[2] / "data" / "content_rules.yml"


@dataclass(frozen=True)
class ContentRules:
    banned_words: dict[str, str]  # word -> why, and what to write instead
    junk_markers: tuple[str, ...]


def load_content_rules(path: Path = DEFAULT_RULES) -> ContentRules:
    try:
        document = load_yaml_document(Path(path))
    except ContentError as error:
        raise CleanerError((f"line {error.line}: " if error.line else "") + error.message, str(path)) from None
    data = document.data
    if not isinstance(data, dict):
        raise CleanerError("must be a mapping with banned_words: and junk_markers:", str(path))
    banned, junk = data.get("banned_words"), data.get("junk_markers")
    if not isinstance(banned, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in banned.items()):
        line = line_of(document.lines, "banned_words")
        raise CleanerError(f"line {line or 1}: banned_words must map each word to why it is banned", str(path))
    if not isinstance(junk, list) or not all(isinstance(w, str) and w for w in junk):
        line = line_of(document.lines, "junk_markers")
        raise CleanerError(f"line {line or 1}: junk_markers must be a list of non-empty strings", str(path))
    return ContentRules(dict(banned), tuple(junk))
