"""MkDocs glue for the glossary page: `<!-- glossary -->` in a page's Markdown becomes the terms of
data/glossary.yml in the page's language (guide/content/glossary.py), before Markdown runs, so MkDocs checks
the links and the heading ids as it does on any page, and the citation hook links the sources."""
from __future__ import annotations

from pathlib import Path

from hooks.build_errors import fail_build
from hooks.data_files import data_file

from guide.errors import ContentError
from guide.content.glossary import MARKER, fill_marker, load_glossary, page_headings
from guide.content.sources import load_sources


def _load(config):
    docs = Path(config["docs_dir"])
    sources = data_file(config, "sources.yml", load_sources)
    return data_file(config, "glossary.yml", lambda path: load_glossary(path, sources, docs))


def on_files(files, config):
    _load(config)  # fail early, before any page is rendered
    return files


def on_page_markdown(markdown, page, config, files):
    if not MARKER.search(markdown):
        return markdown
    terms, lang = _load(config), config.theme["language"]
    listed = set(page.meta.get("sources") or [])
    missing = sorted({i for t in terms.values() for i in t.sources} - listed)
    if missing:
        fail_build(ContentError(page.file.abs_src_path or page.file.src_uri,
                                f"the glossary cites {', '.join(missing)} (data/glossary.yml) but this page's "
                                "front matter `sources` does not list them; add them to `sources`", _line_of_sources(page)))
    return fill_marker(markdown, terms, lang, page_headings(Path(config["docs_dir"]), lang), page.file.src_uri)


def _line_of_sources(page) -> int | None:
    try:
        lines = Path(page.file.abs_src_path).read_text(encoding="utf-8").splitlines()
    except (OSError, TypeError):
        return None
    return next((n for n, line in enumerate(lines, 1) if line.startswith("sources:")), None)
