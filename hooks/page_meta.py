"""MkDocs glue: check every page's front matter, citations, links, translations and place in the
nav, render its review/sources footer; handle draft pages (`status: draft`, guide/content/drafts.py).

The logic lives in guide/; this file only connects it to MkDocs events. static-i18n runs every
event once per language, so the language is read from the theme config on each call.
Drafts: `mkdocs serve` builds them with a banner listing their problems, out of nav and search
(MkDocs' own link warnings about a draft become notes, so strict mode does not stop the preview;
MkDocs' `draft` level would not do: static-i18n builds the other languages without it, dropping
their drafts); any other command refuses them, the refusal first, then every problem.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.structure.files import InclusionLevel

from hooks.build_errors import fail_build

from guide.content.checks import broken_links, page_key, unlisted_citations
from guide.content.drafts import banner_html, is_draft, refusal, shown_path, status_problem, without_draft_fields
from guide.errors import ContentError, ContentErrors
from guide.content.frontmatter import read_page
from guide.languages import DEFAULT_LANGUAGE
from guide.content.nav_pages import pages_missing_from_nav
from guide.content.page_footer import render_page_footer
from guide.content.page_meta import check_page_meta
from guide.content.sources import load_sources
from guide.content.translations import missing_translations
from guide.tree.render import MARKER

_meta_by_path: dict[str, object] = {}
# static-i18n runs on_files once per language over the same files: parse each page's front matter
# once per change, not once per language (it was ~2/3 of what the hooks add to a build).
_checked: dict[str, tuple[tuple, object]] = {}
_sources_cache: dict[str, tuple[tuple, object]] = {}
_serving = False
# Under `mkdocs serve`: each draft's problems, shown in its banner ({abs_src_path: [message, ...]}).
_draft_problems: dict[str, list[str]] = {}


class _DraftNotes(logging.Filter):
    """MkDocs' warnings about a draft as notes: about its links ("Doc file 'x.zh.md' contains a
    link ..."), which its banner lists with their lines, and about a `nav:` line naming a draft
    that has no page in this language yet. A warning would fail the strict preview."""

    def filter(self, record):
        if record.levelno >= logging.WARNING:
            message = record.getMessage()
            if (any(message.startswith(f"Doc file '{uri}'") for uri in _draft_uris)
                    or any(message.startswith(f"A reference to '{key}' is included in the 'nav'") for key in _draft_keys)):
                record.levelno, record.levelname = logging.INFO, "INFO"
        return True


_draft_uris: set[str] = set()  # this language's drafts ('x.zh.md')
_draft_keys: set[str] = set()  # every language's, as nav: names them ('x.md'); a build's first language clears it


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"
    if _serving:
        for name in ("mkdocs.structure.pages", "mkdocs.structure.nav"):
            logging.getLogger(name).addFilter(_DraftNotes())


def _stamp(path: Path) -> tuple | None:
    if not path.exists():
        return None  # loading it then reports the missing file
    stat = path.stat()
    return (stat.st_mtime_ns, stat.st_size)


def _cached(cache: dict, path: Path, extra: tuple, compute):
    """compute() once per (file stamp, extra); errors are cached and re-raised like results."""
    key = (_stamp(path), extra)
    hit = cache.get(str(path))
    if hit is None or hit[0] != key:
        try:
            hit = (key, (True, compute()))
        except (ContentError, ContentErrors) as error:
            hit = (key, (False, error))
        cache[str(path)] = hit
    ok, value = hit[1]
    if not ok:
        raise value
    return value



def _page_problems(path: Path, rel: str, sources, docs_pages: dict[str, str]):
    """(page, problems) for one page file: front matter, citations and links, each with its line."""
    page = read_page(path)
    problems: list[ContentError] = []
    wrong_status = status_problem(page)
    if wrong_status:
        problems.append(wrong_status)
    meta = None
    try:
        meta = check_page_meta(without_draft_fields(page), sources)
    except ContentError as error:
        problems.append(error)
    except ContentErrors as many:
        problems.extend(many.errors)
    problems += unlisted_citations(page)
    problems += broken_links(page, rel, page_name_lang(rel), docs_pages)
    return page, meta, problems


def page_name_lang(rel: str) -> str:
    parts = rel.rsplit(".", 2)
    return parts[1] if len(parts) == 3 else ""


def on_files(files, config):
    docs_dir = Path(config["docs_dir"])
    root = Path(config["config_file_path"]).parent
    sources_path = root / "data" / "sources.yml"
    try:
        sources = _cached(_sources_cache, sources_path, (), lambda: load_sources(sources_path))
    except (ContentError, ContentErrors) as error:
        fail_build(error)
    sources_stamp = _stamp(sources_path)  # a changed sources file re-checks every page
    docs_pages = {p.relative_to(docs_dir).as_posix(): p.read_text(encoding="utf-8", errors="replace")
                  for p in sorted(docs_dir.rglob("*.md"))}
    # a page's links are checked against every page's text: any change re-checks them all
    pages_stamp = hash(tuple(docs_pages.items()))
    # site-wide: a page pair without its twin or its nav line
    site_errors: list[ContentError] = missing_translations(docs_dir)
    not_in_nav = config.get("not_in_nav")  # MkDocs' own list of pages left out of the nav on purpose
    site_errors += pages_missing_from_nav(docs_dir, config["nav"], Path(config["config_file_path"]).name,
                                          not_in_nav.match_file if not_in_nav else None)
    errors: list[ContentError] = []  # each page's own
    _meta_by_path.clear()
    _draft_problems.clear()
    _draft_uris.clear()
    if config.theme["language"] == DEFAULT_LANGUAGE:
        _draft_keys.clear()
    drafts: dict[str, list] = {}  # page key ('x.md') -> [(file, page)] of its drafts, for the site-wide checks
    for file in files.documentation_pages():
        path = Path(file.abs_src_path)
        try:
            page, meta, problems = _cached(_checked, path, (sources_stamp, pages_stamp),
                                           lambda: _page_problems(path, file.src_uri, sources, docs_pages))
        except ContentError as error:  # the page cannot be read at all
            errors.append(error)
            continue
        if meta is not None:
            _meta_by_path[file.abs_src_path] = meta
        if is_draft(page.meta):
            drafts.setdefault(page_key(path), []).append((file, page))
            if _serving:
                # previewed as a draft: its problems go to its banner, MkDocs' link warnings about it
                # become notes, and no page links to it from the nav
                file.inclusion = InclusionLevel.NOT_IN_NAV
                _draft_uris.add(file.src_uri)
                _draft_keys.add(page_key(path))
                _draft_problems[file.abs_src_path] = [_shown(e, root) for e in problems]
                continue
        errors += problems
    for error in site_errors:
        owners = drafts.get(page_key(error.path), []) if _serving else []
        # under serve, a draft's missing translation or nav line is on its own to-do list
        for file, _ in owners:
            _draft_problems[file.abs_src_path].append(_shown(error, root))
        if not owners:
            errors.append(error)
    refusals = [refusal(page) for owners in drafts.values() for _, page in owners] if not _serving else []
    if refusals or errors:
        fail_build(_Refused(refusals, errors))
    return files


def _shown(error: ContentError, root: Path) -> str:
    text = str(ContentError(shown_path(error.path, root), error.message, error.line, error.node))
    return text.replace(str(root) + "/", "")


class _Refused(Exception):
    """Drafts first, each with how to publish it, then every problem found (drafts' included)."""

    def __init__(self, refusals, errors):
        self.refusals, self.errors = refusals, errors
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [str(r) for r in self.refusals]
        if self.errors:
            parts.append(str(ContentErrors(self.errors)))
        return "\n".join(parts)


def on_nav(nav, config, files):
    """Drafts leave the navigation (listed in nav: or not), and its previous/next links; so does a
    nav: line naming a draft that has no page in this language (MkDocs makes it a bare link)."""
    def is_draft_item(item) -> bool:
        file = getattr(item, "file", None)
        if file is not None:
            return file.abs_src_path in _draft_problems
        return bool(getattr(item, "is_link", False)) and str(item.url).lstrip("./") in _draft_keys

    def keep(items):
        kept = []
        for item in items:
            if is_draft_item(item):
                continue
            if item.children:
                item.children = keep(item.children)
            kept.append(item)
        return kept
    if not (_draft_problems or _draft_keys):
        return nav
    nav.items = keep(nav.items)
    nav.pages = [p for p in nav.pages if p.file.abs_src_path not in _draft_problems]
    for previous, page, following in zip([None, *nav.pages], nav.pages, [*nav.pages[1:], None]):
        page.previous_page, page.next_page = previous, following
    return nav


def on_page_markdown(markdown, page, config, files):
    if page.file.abs_src_path in _draft_problems:
        page.meta["search"] = {"exclude": True}  # Material's search plugin skips the page
        page.previous_page = page.next_page = None
    return markdown


def on_page_context(context, page, config, nav):
    problems = _draft_problems.get(page.file.abs_src_path)
    if problems is not None:
        # here, after every hook's on_page_content, so the banner comes first on the page
        page.content = banner_html(config.theme["language"], problems) + (page.content or "")
    meta = _meta_by_path.get(page.file.abs_src_path)
    if meta is not None:
        # The decision-tree page: each result carries the sources it cites (guide/tree/render.py).
        per_result = MARKER in (page.markdown or "")
        context["page_footer"] = render_page_footer(meta, config.theme["language"], per_result)
    return context
