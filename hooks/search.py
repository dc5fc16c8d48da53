"""MkDocs glue: one search index per language (see guide/search_index.py)."""
from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from guide.languages import DEFAULT_LANGUAGE, LANGUAGES
from guide.search_index import point_page_at_language_index, write_language_indexes


def on_post_page(output, page, config):
    return point_page_at_language_index(output, config.theme["language"], DEFAULT_LANGUAGE)


# After static-i18n's on_post_build (priority -100), which writes the merged index last.
@event_priority(-150)
def on_post_build(config):
    write_language_indexes(Path(config["site_dir"]), list(LANGUAGES), DEFAULT_LANGUAGE)
