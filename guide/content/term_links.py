"""Link each glossary term's first unexplained use on a page to its entry on the glossary page
(issue 33: every legal word linked or explained at its first use; tooltips don't work on phones).

Which uses, and what counts as explained: guide/content/term_use.py (its rules are the check's
rules, so what is linked here is exactly what the check would report). Only the first use of each
term is linked, once; a use already inside a link or followed by an explanation is left alone.

The link is a plain `<a class="term" href="GLOSSARY#TERM-ID">form</a>` around the words as they
are written: nothing else in the HTML changes (no text, no space, no attribute), so the search
index keeps the same words, and the page works without JavaScript and reads the same to a screen
reader (the term is the link's text). `glossary_href` is the glossary page's address relative to
the page (`../glossary/`, `../../en/glossary/`...), so links work under any site subpath and
offline. A use that cannot be wrapped, because markup cuts it ("payment <em>order</em>"), is
returned as left over: the build reports it (hooks/glossary_links.py).
"""
from __future__ import annotations

from html import escape

from guide.content.glossary import Term
from guide.content.term_use import Prose, Use, unexplained_uses

LINK_CLASS = "term"


def link_terms(html: str, terms: dict[str, Term], lang: str, glossary_href: str) -> tuple[str, list[Use]]:
    """`html` with the first unexplained use of each term linked, and the uses left unlinked."""
    prose = Prose(html)
    edits: list[tuple[int, int, str]] = []
    left: list[Use] = []
    for use in unexplained_uses(prose, terms, lang):
        if not prose.one_run(use.start, use.end):
            left.append(use)
            continue
        start, end = prose.source_span(use.start, use.end)
        href = escape(f"{glossary_href}#{use.term_id}", quote=True)
        edits.append((start, end, f'<a class="{LINK_CLASS}" href="{href}">'))
    out, at = [], 0
    for start, end, opening in sorted(edits):
        out += [html[at:start], opening, html[start:end], "</a>"]
        at = end
    out.append(html[at:])
    return "".join(out), left
