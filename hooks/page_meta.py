"""MkDocs glue: check every page's front matter and translations, render its review/sources footer.

The logic lives in guide/; this file only connects it to MkDocs events. static-i18n runs every
event once per language, so the language is read from the theme config on each call.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from guide.errors import ContentError, ContentErrors
from guide.frontmatter import read_page
from guide.page_footer import render_page_footer
from guide.page_meta import check_page_meta
from guide.sources import load_sources
from guide.translations import missing_translations

_meta_by_path: dict[str, object] = {}


def _fail(error: Exception) -> None:
    raise PluginError(f"The site cannot be built until this is fixed.\n{error}")


def on_files(files, config):
    docs_dir = Path(config["docs_dir"])
    root = Path(config["config_file_path"]).parent
    try:
        sources = load_sources(root / "data" / "sources.yml")
    except (ContentError, ContentErrors) as error:
        _fail(error)
    errors: list[ContentError] = missing_translations(docs_dir)
    _meta_by_path.clear()
    for file in files.documentation_pages():
        path = Path(file.abs_src_path)
        try:
            _meta_by_path[file.abs_src_path] = check_page_meta(read_page(path), sources)
        except ContentError as error:
            errors.append(error)
        except ContentErrors as many:
            errors.extend(many.errors)
    if errors:
        _fail(ContentErrors(errors))
    return files


def on_page_context(context, page, config, nav):
    meta = _meta_by_path.get(page.file.abs_src_path)
    if meta is not None:
        context["page_footer"] = render_page_footer(meta, config.theme["language"])
    return context
