"""MkDocs glue: citation markers and tap-to-call links in every page's HTML, the rendered tree
included (this hook runs after hooks/decision_tree.py). Logic: guide/content/citations.py,
guide/content/tel_links.py.
"""
from __future__ import annotations

from pathlib import Path

from hooks.build_errors import fail_build

from guide.content.citations import link_citations
from guide.content.drafts import is_draft
from guide.errors import ContentError, ContentErrors
from guide.content.sources import load_sources
from guide.content.tel_links import link_hotlines

_cache: dict[str, object] = {"key": None, "sources": None}


def _titles(config, lang: str) -> dict[str, str]:
    path = Path(config["config_file_path"]).parent / "data" / "sources.yml"
    key = (path.stat().st_mtime_ns, path.stat().st_size) if path.exists() else None
    if _cache["key"] != key:
        _cache["sources"] = load_sources(path)  # errors are reported by hooks/page_meta.py first
        _cache["key"] = key
    return {i: s.title[lang] for i, s in _cache["sources"].items()}


def on_page_content(html, page, config, files):
    lang = config.theme["language"]
    sources = page.meta.get("sources") or []
    try:
        html = link_citations(html, [str(s) for s in sources], _titles(config, lang), lang,
                              where=page.file.abs_src_path or page.file.src_uri)
    except (ContentError, ContentErrors) as error:
        # A draft reaches here only under `mkdocs serve`, and its banner lists the problem (with its line)
        if not is_draft(page.meta):
            fail_build(error)
    return link_hotlines(html)
