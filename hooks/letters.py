"""MkDocs glue for the fill-in letters: each `<!-- letter: ID -->` in a page becomes that letter
of data/letters.yml, after Markdown has run and before citations are linked (hooks/inline_links.py
runs later). The logic lives in guide/reader_tools/letters.py."""
from __future__ import annotations

from pathlib import Path

from hooks.build_errors import fail_build
from hooks.data_files import data_file

from guide.errors import ContentError
from guide.reader_tools.letters import MARKER, load_letters, render_markers


def on_files(files, config):
    data_file(config, "letters.yml", load_letters)  # fail early, before any page is rendered
    return files


def on_page_content(html, page, config, files):
    if not MARKER.search(html):
        return html
    try:
        return render_markers(html, data_file(config, "letters.yml", load_letters), config.theme["language"],
                              page.file.abs_src_path or page.file.src_uri)
    except ContentError as error:
        fail_build(_with_line(error))


def _with_line(error: ContentError) -> ContentError:
    """The error at the line of its marker in the page file (the HTML has lost the lines)."""
    if error.line:
        return error
    try:
        lines = Path(error.path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return error
    for number, line in enumerate(lines, 1):
        found = MARKER.search(line)
        if found and f"letter: {found.group(1)} -->" in error.message:
            return ContentError(error.path, error.message, number, error.node)
    return error
