"""The first screen in one round trip: no stylesheet blocks a page's first paint.

A page links its stylesheets in <head> (Material's two, site.css), and the browser paints nothing
until all of them have arrived: a second round trip at least, and on a slow connection the
stylesheets cost more than the HTML's first screen. Here a finished page gets instead:
- in <head>, where the first stylesheet was, a <style> with the rules that can style something
  before the end of the page's content on a screen narrower than WIDE_EM (guide/delivery/critical_css.py),
  so on a phone the header, the hidden menu and the whole article paint styled from the HTML
  alone; then the same stylesheets limited to wider screens, which wait for them as before;
- at the mark after the content (<!--guide:first-screen-end-->, overrides/delivery.html), one
  stylesheet that @imports all of them in their order (the head's, then print and the page's own,
  which the template links there). A stylesheet in <body> does not hold the
  paint of what comes before it (Chromium; Safari waits for it as it waited in <head>), and what
  comes after the mark (the footer) waits for it, so nothing shows unstyled. One stylesheet, not
  several: a browser applies each linked sheet when it arrives, and main.css arriving before
  site.css showed Material's rules over the inlined copies of site.css's (the content jumped
  22 px); an @import-ing sheet applies once all its imports are in.
With JavaScript off it works the same: no script is involved.
The full stylesheets still come after the inlined rules, in the same order, so once loaded the page
is styled exactly as before: every inlined rule is repeated, later, by the full sheet it came from.
Pure text in, text out; the hook (hooks/page_delivery.py) reads the stylesheets.
"""
from __future__ import annotations

import re
from typing import Callable

from guide.delivery.critical_css import CssSyntaxError, compile_stylesheet, critical_css, page_first_paint

MARK = "guide:first-screen-end"
# The inlined rules are those a screen narrower than this needs (phones, small tablets: Material's
# layout is the one-column one below 60em). A wider screen shows the sidebars and the search box,
# whose rules would double the inlined CSS: there the full stylesheets are linked in <head> with
# media="(min-width: 60em)", so they block its first paint as they always did (same files, fetched
# once), and nothing paints half-styled.
WIDE_EM = 60
# Containers a screen narrower than WIDE_EM does not show at the first paint, whatever they hold:
# the search panel (0x0, overflow hidden, until search is opened) and the table of contents
# (display: none). Their own rules are inlined, those of what is inside them are not.
UNSEEN = ("md-search__inner", "md-sidebar--secondary", "md-sidebar--primary")
MARK_COMMENT = f"<!--{MARK}-->"
_HEAD_END = re.compile(r"</head\s*>", re.I)
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"', re.I)


def _attribute(tag: str, name: str) -> str | None:
    m = re.search(rf'\s{name}\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>]+))', tag, re.I)
    return None if m is None else next(g for g in m.groups() if g is not None)


def _stylesheet(tag: str, media: bool) -> bool:
    """A <link rel="stylesheet">: without a media attribute (media=False), or one for the screen
    (media=True: none, or any but print)."""
    rel = (_attribute(tag, "rel") or "").lower().split()
    value = _attribute(tag, "media")
    if media:
        return "stylesheet" in rel and (value or "all").strip().lower() != "print"
    return "stylesheet" in rel and value is None


def _with_media(tag: str, media: str) -> str:
    """A <link> tag (without a media attribute: _screen_stylesheet's) limited to `media`."""
    return re.sub(r"\s*/?>$", f' media="{media}">', tag)


def without_mark(html: str) -> str:
    """The page as it was (stylesheets in <head>), the mark removed: for `mkdocs serve`."""
    return html.replace(MARK_COMMENT, "")


def importer(sheets: list[tuple[str, str | None]]) -> str:
    """A stylesheet that is all of `sheets` ((path relative to it, media or None)), in order: a
    browser applies it only once every one of them has loaded, so a page never shows a mix of
    some full sheets with the inlined rules of the others."""
    return "/* The full stylesheets of a page, applied together (guide/delivery/first_paint.py). */\n" + "".join(
        f'@import url("{path}"){" " + media if media else ""};\n' for path, media in sheets)


def deliver(html: str, read_stylesheet: Callable[[str], str],
            combine: Callable[[list[tuple[str, str | None]]], str]) -> str:
    """`html` with its stylesheets loaded after the content and their first-paint rules inlined.
    `read_stylesheet(href)` returns a stylesheet's text (or raises ValueError naming the file);
    `combine([(href, media)])` returns the href of a stylesheet that imports those (importer()).
    A page without the mark, or with no stylesheet in <head>, is returned without the mark only."""
    head_end = _HEAD_END.search(html)
    mark = html.find(MARK_COMMENT)
    if head_end is None or mark < 0 or mark < head_end.start():
        return without_mark(html)
    # Those of <head> without a media attribute move (Material's two, site.css); any other stays.
    head_links = [m for m in _LINK.finditer(html, 0, head_end.start()) if _stylesheet(m.group(0), media=False)]
    if not head_links:
        return without_mark(html)
    # All stylesheets in cascade order: the head's, then those the template links after the mark
    # (print, then the page's own: the order they always had).
    later = [m for m in _LINK.finditer(html, mark) if "stylesheet" in (_attribute(m.group(0), "rel") or "").lower().split()]
    sheets = [(m.group(0), _attribute(m.group(0), "href") or "", _attribute(m.group(0), "media"))
              for m in head_links + later]
    screen = [(tag, href) for tag, href, media in sheets if (media or "all").strip().lower() != "print"]
    sources = []
    for _, href in screen:
        text = read_stylesheet(href)
        try:
            compile_stylesheet(text)
        except CssSyntaxError as error:
            raise ValueError(f"{href}: cannot read this stylesheet to inline the rules of the first paint "
                             f"({error}); fix its syntax") from None
        sources.append(text)
    page = page_first_paint(html, MARK, UNSEEN)
    styles = " ".join(_STYLE_ATTRIBUTE.findall(html[:mark]))
    inline = critical_css(sources, page, styles, below_em=WIDE_EM).replace("</", "<\\/")
    # Wide screens wait for the same files, linked one by one so they load in parallel; on a
    # narrow screen these do not apply (the browser may fetch them early, at low priority). The
    # print stylesheets stay linked as they were (offline copies find every file in <head>).
    wide = "".join(_with_media(tag, f"(min-width: {WIDE_EM}em)") if (tag, href) in screen else tag
                   for tag, href, _ in sheets)
    cuts = [(m.start(), m.end(), f"<style>{inline}</style>{wide}" if i == 0 else "") for i, m in enumerate(head_links)]
    combined = combine([(href, media) for _, href, media in sheets])
    cuts.append((mark, mark + len(MARK_COMMENT), f'<link rel="stylesheet" href="{combined}">'))
    cuts += [(m.start(), m.end(), "") for m in later]
    out, at = [], 0
    for begin, end, text in sorted(cuts):
        out += [html[at:begin], text]
        at = end
    out.append(html[at:])
    return "".join(out)
