"""External links carry rel="noreferrer": a browser that ignores the pages' referrer policy (older
Android WebViews) would otherwise send the page's address, which names the reader's situation
(/freeze-and-jail/), to every site the reader opens from it."""
from __future__ import annotations

import re

_LINK = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
_HREF = re.compile(r'\shref="((?:https?:)?//[^"]*)"', re.IGNORECASE)
_REL = re.compile(r'\srel="([^"]*)"', re.IGNORECASE)


def _no_referrer(tag: str) -> str:
    if not _HREF.search(tag):
        return tag
    rel = _REL.search(tag)
    if rel is None:
        return tag[:2] + ' rel="noreferrer"' + tag[2:]
    words = rel.group(1).split()
    if "noreferrer" in (w.lower() for w in words):
        return tag
    return tag[:rel.start(1)] + " ".join(words + ["noreferrer"]) + tag[rel.end(1):]


def external_links_without_referrer(html: str) -> str:
    """`html` with rel="noreferrer" added to every <a> whose href is on another host (absolute)."""
    return _LINK.sub(lambda m: _no_referrer(m.group(0)), html)
