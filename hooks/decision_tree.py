"""MkDocs glue for the decision tree: load and check data/tree.yml, render it into the page that
holds the marker (after Markdown has run). The logic lives in guide/tree/ (no MkDocs there).

static-i18n runs every event once per language: the language is read from config.theme on each
call, and the tree is loaded once per change of the data file or the docs pages it links to.
"""
from __future__ import annotations

import re
from pathlib import Path

from mkdocs.utils import get_relative_url

from hooks.build_errors import fail_build
from hooks.data_files import data_file

from guide.reader_tools.deadlines import load_calendar
from guide.errors import ContentError, ContentErrors
from guide.content.sources import load_sources
from guide.tree.render import MARKER, render_tree
from guide.tree.validate import load_tree_once

TREE_PAGE = "what-to-do"
_LANG_SUFFIX = re.compile(r"\.([a-z]{2})\.md$")
# Pages that hold the rendered tree (src_uri -> True), filled in on_page_content.
MARKER_PAGES: dict[str, bool] = {}



def _tree(config):
    root = Path(config["config_file_path"]).parent
    try:
        return load_tree_once(root / "data" / "tree.yml", Path(config["docs_dir"]))
    except (ContentError, ContentErrors) as error:
        fail_build(error)


def _calendar(config):
    return data_file(config, "holidays.yml", load_calendar)


def _sources(config):
    return data_file(config, "sources.yml", load_sources)


def on_files(files, config):
    _tree(config)  # fail early, before any page is rendered
    _calendar(config)
    return files


# The tree goes in after Markdown has run: passed through Markdown, its HTML was re-parsed by
# md_in_html, which cost more than the rest of the page's build. The marker, an HTML comment,
# comes through Markdown unchanged.
def on_page_content(html, page, config, files):
    src = page.file.src_uri
    if MARKER not in html:
        if _LANG_SUFFIX.sub(".md", src) == f"{TREE_PAGE}.md":
            fail_build(ContentError(page.file.abs_src_path or src,
                               f"the decision-tree page must contain the line {MARKER} where the tree goes"))
        return html
    MARKER_PAGES[src] = True
    lang = config.theme["language"]
    by_page = {}
    for file in files.documentation_pages():
        match = _LANG_SUFFIX.search(file.src_uri)
        name = _LANG_SUFFIX.sub("", file.src_uri) if match else file.src_uri[:-3]
        if match is None or match.group(1) == lang or name not in by_page:
            by_page[name] = file

    def href_for(name: str, anchor: str | None) -> str:
        target = by_page.get(name)
        url = target.url_relative_to(page.file) if target else f"../{name}/"
        return url + (f"#{anchor}" if anchor else "")

    def print_url_for(name: str, anchor: str | None) -> str:
        target = by_page.get(name)
        path = target.url if target else f"{name}/"
        return (config["site_url"] or "/").rstrip("/") + "/" + path + (f"#{anchor}" if anchor else "")

    # The same page in the other language (static-i18n puts English under en/).
    other_url = page.url[3:] if page.url.startswith("en/") else "en/" + page.url
    other_lang_href = get_relative_url(other_url, page.url)
    try:
        tree_html = render_tree(_tree(config), lang, href_for, other_lang_href, print_url_for,
                                _calendar(config), _sources(config))
    except ContentError as error:
        fail_build(error)
    return html.replace(MARKER, tree_html, 1)


def on_page_context(context, page, config, nav):
    # A result says what to read next for that result; the footer's menu-order "next page" does not.
    if MARKER_PAGES.get(page.file.src_uri):
        page.previous_page = None
        page.next_page = None
    return context
