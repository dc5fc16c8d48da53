"""MkDocs glue: what a build does without SITE_URL (see `site_url` in mkdocs.yml).

The published address comes from the SITE_URL environment variable only. Without it a local
build must not carry an address it does not know: MkDocs then writes no canonical links, this
hook removes the sitemaps (static-i18n would write 'None' where the address goes), and
`mkdocs gh-deploy` stops before it publishes anything.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from hooks.build_errors import fail_build

from guide.errors import ContentError
from guide.languages import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger("mkdocs.hooks.site_address")
_command = {"name": None}

NO_ADDRESS = ("SITE_URL is not set, so the site's published address is unknown; run it again as "
              "SITE_URL=https://<owner>.github.io/<repository>/ mkdocs gh-deploy (the address GitHub "
              "Pages shows under Settings > Pages)")


def on_startup(command, dirty):
    _command["name"] = command


def on_config(config):
    if not config["site_url"] and _command["name"] == "gh-deploy":
        fail_build(ContentError("mkdocs.yml", NO_ADDRESS))
    return config


# Last of all post-build steps: after static-i18n (-100) has built every language.
@event_priority(-200)
def on_post_build(config):
    if config["site_url"]:
        return
    site = Path(config["site_dir"])
    for folder in [site, *(site / lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE)]:
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (folder / name).unlink(missing_ok=True)
    log.info("SITE_URL is not set: no sitemap written (it needs the published address)")
