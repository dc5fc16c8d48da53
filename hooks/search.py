"""MkDocs glue: one search index per language, with the reader vocabulary and ranking signals
(see guide/search/index.py and guide/search/thesaurus.py)."""
from __future__ import annotations

from pathlib import Path

import jieba

from mkdocs.plugins import event_priority

from guide.content.glossary import load_glossary
from guide.errors import ContentError, ContentErrors
from guide.languages import DEFAULT_LANGUAGE, LANGUAGES
from guide.search.index import (add_search_signals, glossary_links, language_location, outcome_links, outcome_terms,
                                section_parents, point_page_at_language_index, summary_of, write_language_indexes)
from guide.search.shorthand import add_shorthand
from guide.search.thesaurus import load_thesaurus, missing_first_answers, names_the_pages_use, worker_form
from guide.tree.validate import load_tree_once
from hooks.build_errors import fail_build
from hooks.data_files import data_file

THESAURUS = Path("data") / "search_thesaurus.yml"
TREE = Path("data") / "tree.yml"
# {(lang, location): ...}, filled page by page. Never cleared: static-i18n runs the events again
# for each language, and entries of a deleted page are never used (only indexed locations are).
_pages: dict[str, dict] = {"summaries": {}, "search_terms": {}, "parents": {}}
_thesaurus: dict[str, list[list[str]]] = {}


def _root(config) -> Path:
    return Path(config["config_file_path"]).parent


def on_pre_build(config):
    try:
        _thesaurus.clear()
        _thesaurus.update(load_thesaurus(_root(config) / THESAURUS, list(LANGUAGES)))
    except (ContentError, ContentErrors) as error:
        fail_build(error)


def on_page_content(html, page, config, files):
    lang, location = language_location(page.url, list(LANGUAGES), DEFAULT_LANGUAGE)
    _pages["summaries"][(lang, location)] = summary_of(html)
    terms = page.meta.get("search_terms") or []
    _pages["search_terms"][(lang, location)] = [str(t) for t in terms]
    # checked by hooks/page_meta.py (guide/content/page_meta.py): anchors of this page's headings
    for anchor, phrases in (page.meta.get("section_terms") or {}).items():
        _pages["search_terms"][(lang, f"{location}#{anchor}")] = [str(t) for t in phrases]
    for child, parent in section_parents(html).items():
        _pages["parents"][(lang, f"{location}#{child}")] = f"{location}#{parent}"
    return html


def on_post_page(output, page, config):
    return point_page_at_language_index(output, config.theme["language"], DEFAULT_LANGUAGE)


def _enrich(config):
    try:
        tree = load_tree_once(_root(config) / TREE, Path(config["docs_dir"]))
        outcomes, questions = tree.outcomes(), tree.questions()
    except (ContentError, ContentErrors):
        outcomes, questions = [], []  # the tree hook has already stopped the build with the details
    see = {**outcome_links(outcomes), **glossary_links(data_file(config, "glossary.yml", load_glossary))}

    def enrich(lang: str, index: dict) -> dict:
        of_lang = {kind: {loc: value for (l, loc), value in found.items() if l == lang}
                   for kind, found in _pages.items()}
        groups = _thesaurus.get(lang, [])
        locations = {doc.get("location", "") for doc in index.get("docs", [])}
        # static-i18n's first pass has one language's pages only: nothing to check yet
        path = _root(config) / THESAURUS
        problems = (missing_first_answers(groups, locations, path)
                   + names_the_pages_use(groups, index.get("docs", []), path)) if locations else []
        if problems:
            fail_build(ContentErrors(problems))
        index = add_search_signals(index, worker_form(groups), of_lang["summaries"],
                                   of_lang["search_terms"], outcome_terms(outcomes, questions, lang),
                                   of_lang["parents"], see)
        # jieba has the search plugin's word list (jieba_dict_user) loaded by now; its word counts
        # are a general Chinese corpus's
        return add_shorthand(index, lang, groups, jieba.lcut, lambda w: jieba.get_FREQ(w) or 0, jieba.dt.total,
                             jieba.lcut_for_search)
    return enrich


# After static-i18n's on_post_build (priority -100), which writes the merged index last.
@event_priority(-150)
def on_post_build(config):
    write_language_indexes(Path(config["site_dir"]), list(LANGUAGES), DEFAULT_LANGUAGE, _enrich(config))
