"""MkDocs glue: each glossary term's first unexplained use on a page links to its entry on the
glossary page (guide/content/term_links.py; what counts as a use and as explained:
guide/content/term_use.py). Runs after the citation and translation-notice hooks, on the HTML
the theme then wraps, so the build sees what a reader reads.

A first use the linker cannot wrap (markup cuts it: "payment <em>order</em>") is a warning, with
the page and what to change; a strict build stops on it (issue 33: "a build check warns when a
glossary term appears on a page with neither"). The glossary page itself is left alone."""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from hooks.build_errors import relative_paths
from hooks.data_files import data_file

from guide.content.drafts import is_draft
from guide.content.glossary import load_glossary
from guide.content.term_links import link_terms
from guide.content.term_use import context_of, Prose
from guide.content.translations import page_name

GLOSSARY = "glossary"
log = logging.getLogger("mkdocs.hooks.glossary_links")


def _glossary_file(files, lang: str):
    for file in files.documentation_pages():
        if file.src_uri in (f"{GLOSSARY}.{lang}.md", f"{GLOSSARY}.md"):
            return file
    return None


# page -> (the glossary's address from it, the content as this hook left it)
_linked: dict[str, tuple[str, str]] = {}


def on_page_content(html, page, config, files):
    lang = config.theme["language"]
    named = page_name(Path(page.file.src_uri))
    glossary = _glossary_file(files, lang)
    if glossary is None or (named and named[0] == GLOSSARY) or page.file.src_uri == glossary.src_uri:
        return html
    href = glossary.url_relative_to(page.file)
    html = _link(html, page, config, href)
    _linked[page.file.src_uri] = (href, html)
    return html


# After the hooks that fill a page from the whole site (hooks/topics.py: every page's description)
@event_priority(-50)
def on_page_context(context, page, config, nav):
    href, html = _linked.get(page.file.src_uri, (None, None))
    if href is not None and page.content != html:
        page.content = _link(page.content, page, config, href)
    return context


def _link(html: str, page, config, href: str) -> str:
    lang = config.theme["language"]
    terms = data_file(config, "glossary.yml", load_glossary)  # checked by hooks/glossary.py first
    html, left = link_terms(html, terms, lang, href)
    if left and not is_draft(page.meta):
        text = Prose(html).text
        for use in left:
            log.warning(relative_paths(f"{page.file.abs_src_path or page.file.src_uri}: the glossary term {use.form!r} is first used with neither a link "
                        f"nor an explanation, and markup inside it stops the build from linking it "
                        f"(\"{context_of(text, use)}\"). Write the term without markup inside it, link it "
                        f"yourself ([{use.form}]({GLOSSARY}.md#{use.term_id})) or explain it in brackets "
                        "after it (data/glossary.yml, guide/content/term_use.py)"))
    return html
