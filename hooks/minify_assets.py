"""MkDocs glue: minify the site's own CSS and JS after a build (see guide/minify.py).
`mkdocs serve` leaves them as written, so contributors debug what they wrote."""
from __future__ import annotations

from pathlib import Path

from guide.minify import minify_copied_assets

_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_post_build(config):
    if not _serving:
        minify_copied_assets(Path(config["docs_dir"]), Path(config["site_dir"]))
