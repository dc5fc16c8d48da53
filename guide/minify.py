"""Minify the site's own stylesheets and scripts in the built site.

Readers on slow networks get smaller files (comments and layout whitespace are a third of our CSS
and JS); contributors keep the commented sources in docs/. Only files copied from docs/ are
touched: the theme's are minified already.
"""
from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

# Comments that open with /*! are kept: licence notices (docs/assets/vendor/) must travel with the code.
MINIFIERS = {".css": lambda text: rcssmin.cssmin(text, keep_bang_comments=True),
             ".js": lambda text: rjsmin.jsmin(text, keep_bang_comments=True)}


def minify_copied_assets(docs_dir: Path, site_dir: Path) -> list[Path]:
    """Minify, in site_dir, every .css and .js file that was copied from docs_dir; return them."""
    done = []
    for source in sorted(docs_dir.rglob("*")):
        minify = MINIFIERS.get(source.suffix)
        built = site_dir / source.relative_to(docs_dir)
        if minify and built.is_file():
            built.write_text(minify(built.read_text(encoding="utf-8")), encoding="utf-8")
            done.append(built)
    return done
