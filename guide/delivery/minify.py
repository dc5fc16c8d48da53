"""Minify the site's own stylesheets and scripts in the built site.

Readers on slow networks get smaller files (comments and layout whitespace are a third of our CSS
and JS); contributors keep the commented sources in docs/. The hook passes only files copied
from docs/: the theme's are minified already.
"""
from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

# Comments that open with /*! are kept: licence notices (docs/assets/vendor/) must travel with the code.
MINIFIERS = {".css": lambda text: rcssmin.cssmin(text, keep_bang_comments=True),
             ".js": lambda text: rjsmin.jsmin(text, keep_bang_comments=True)}


def is_minifiable(path: Path | str) -> bool:
    return Path(path).suffix in MINIFIERS


def minify_in_place(paths: list[Path]) -> None:
    """Minify each built .css / .js file (others are left alone)."""
    for path in paths:
        minify = MINIFIERS.get(path.suffix)
        if minify and path.is_file():
            path.write_text(minify(path.read_text(encoding="utf-8")), encoding="utf-8")
