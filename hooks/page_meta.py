"""MkDocs glue: check every page's front matter, translations and place in the nav, render its
review/sources footer.

The logic lives in guide/; this file only connects it to MkDocs events. static-i18n runs every
event once per language, so the language is read from the theme config on each call.
"""
from __future__ import annotations

from pathlib import Path

from hooks.build_errors import fail_build

from guide.errors import ContentError, ContentErrors
from guide.frontmatter import read_page
from guide.nav_pages import pages_missing_from_nav
from guide.page_footer import render_page_footer
from guide.page_meta import check_page_meta
from guide.sources import load_sources
from guide.translations import missing_translations
from guide.tree.render import MARKER

_meta_by_path: dict[str, object] = {}
# static-i18n runs on_files once per language over the same files: parse each page's front matter
# once per change, not once per language (it was ~2/3 of what the hooks add to a build).
_checked: dict[str, tuple[tuple, object]] = {}
_sources_cache: dict[str, tuple[tuple, object]] = {}


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



def on_files(files, config):
    docs_dir = Path(config["docs_dir"])
    root = Path(config["config_file_path"]).parent
    sources_path = root / "data" / "sources.yml"
    try:
        sources = _cached(_sources_cache, sources_path, (), lambda: load_sources(sources_path))
    except (ContentError, ContentErrors) as error:
        fail_build(error)
    sources_stamp = _stamp(sources_path)  # a changed sources file re-checks every page
    errors: list[ContentError] = missing_translations(docs_dir)
    not_in_nav = config.get("not_in_nav")  # MkDocs' own list of pages left out of the nav on purpose
    errors += pages_missing_from_nav(docs_dir, config["nav"], Path(config["config_file_path"]).name,
                                     not_in_nav.match_file if not_in_nav else None)
    _meta_by_path.clear()
    for file in files.documentation_pages():
        path = Path(file.abs_src_path)
        try:
            _meta_by_path[file.abs_src_path] = _cached(_checked, path, (sources_stamp,),
                                                       lambda: check_page_meta(read_page(path), sources))
        except ContentError as error:
            errors.append(error)
        except ContentErrors as many:
            errors.extend(many.errors)
    if errors:
        fail_build(ContentErrors(errors))
    return files


def on_page_context(context, page, config, nav):
    meta = _meta_by_path.get(page.file.abs_src_path)
    if meta is not None:
        # The decision-tree page: each result carries the sources it cites (guide/tree/render.py).
        per_result = MARKER in (page.markdown or "")
        context["page_footer"] = render_page_footer(meta, config.theme["language"], per_result)
    return context
