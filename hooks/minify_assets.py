"""MkDocs glue: minify the site's own CSS and JS after a build (see guide/minify.py).
`mkdocs serve` leaves them as written, so contributors debug what they wrote."""
from __future__ import annotations

from pathlib import Path

from guide.minify import is_minifiable, minify_in_place

_serving = False
_own_assets: list[Path] = []


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_files(files, config):
    # The build's own file list (theme files are in it too): those whose source is in docs/.
    docs = Path(config["docs_dir"]).resolve()
    _own_assets[:] = [Path(f.abs_dest_path) for f in files if f.abs_src_path and is_minifiable(f.abs_src_path)
                      and docs in Path(f.abs_src_path).resolve().parents]
    return files


def on_post_build(config):
    if not _serving:
        minify_in_place(_own_assets)
