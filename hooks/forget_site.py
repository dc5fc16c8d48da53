"""MkDocs glue for the "remove this site from this phone" block (guide/delivery/forget_site.py)."""
from __future__ import annotations

from guide.delivery.forget_site import MARKER, fill_marker


def on_page_content(html, page, config, files):
    return fill_marker(html, config.theme["language"]) if MARKER.search(html) else html
