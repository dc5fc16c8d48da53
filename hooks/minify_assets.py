"""MkDocs glue: minify the site's own CSS and JS after a build (see guide/delivery/minify.py), and drop
the rules of the theme's stylesheets that no built page can match (see guide/delivery/css_prune.py).
`mkdocs serve` leaves both as they are, so contributors debug what they wrote and a class they
just added is never missing its theme rules."""
from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from hooks.build_errors import fail_build

from guide.delivery.css_prune import CssSyntaxError, Vocabulary, prune
from guide.delivery.minify import is_minifiable, minify_in_place

# Material's stylesheets that block the first paint of every page (base.html links them).
THEME_STYLESHEETS = ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css")

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


# After static-i18n (-100) has built the other languages, so every page of the site exists, and
# before the offline worker's version is computed (-200). The outer call runs last; each call
# prunes the theme's own file, never an already pruned copy.
@event_priority(-190)
def on_post_build(config):
    if _serving:
        return
    minify_in_place(_own_assets)
    # Prune once, in the outer call: static-i18n's inner builds (its `building` flag) run this hook
    # too, and reading every page twice would cost a tenth of the build. Should the flag go, both
    # calls prune, from the theme's file: the same result, only slower.
    if getattr(config.plugins.get("i18n"), "building", False):
        return
    site = Path(config["site_dir"])
    targets = [built for pattern in THEME_STYLESHEETS for built in site.glob(pattern)]
    if not targets:
        return
    words = Vocabulary([p.read_text(encoding="utf-8") for p in site.rglob("*.html")],
                       [p.read_text(encoding="utf-8") for p in site.rglob("*.js")])
    for built in targets:
        source = _theme_file(config, built.relative_to(site).as_posix())
        try:
            built.write_text(prune(source.read_text(encoding="utf-8"), words), encoding="utf-8")
        except CssSyntaxError as error:
            fail_build(ValueError(f"{source}: cannot read this stylesheet to drop unused rules ({error}); "
                                  "remove it from THEME_STYLESHEETS in hooks/minify_assets.py"))


def _theme_file(config, path: str) -> Path:
    """The theme's own copy of a built file (overrides/ first, as MkDocs copies them)."""
    for folder in config.theme.dirs:
        candidate = Path(folder) / path
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(path)
