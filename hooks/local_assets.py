"""MkDocs glue: after each build, rewrite the theme bundle's CDN fallbacks to local copies."""
from __future__ import annotations

from pathlib import Path

from guide.delivery.local_assets import localize_cdn_urls


def on_post_build(config):
    for bundle in (Path(config["site_dir"]) / "assets" / "javascripts").glob("bundle.*.min.js"):
        text = bundle.read_text(encoding="utf-8")
        new_text, count = localize_cdn_urls(text, config["site_url"])
        if count:
            bundle.write_text(new_text, encoding="utf-8")
