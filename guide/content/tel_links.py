"""Tap to call: every hotline number of the fact sheet's section C becomes a `tel:` link in the
page's HTML (pages and the rendered tree alike). The number stays the link's text, so it reads
and prints as before.

Only text between tags changes; numbers already inside a link, or inside code, are left alone.
"""
from __future__ import annotations

import re

from guide.content.hotlines import HOTLINES
from guide.content.html_text import map_text

# A number on its own: not part of a longer number, a date, a decimal or an article number
# ("2016110", "1.110", "第 110 条").
NUMBER = re.compile(r"(?<![\d.,/\-])(?<!第 )(?<!第)(" + "|".join(HOTLINES) + r")(?![\d]|\s?条)")
# Text inside these elements is never linked (a link inside a link is invalid HTML).
_SKIP = {"a", "code", "pre", "script", "style", "title", "textarea", "button", "label", "option"}


def link_hotlines(html: str) -> str:
    """`html` with each hotline number in running text wrapped in <a class="tel" href="tel:N">."""
    return map_text(html, lambda text: NUMBER.sub(r'<a class="tel" href="tel:\1">\1</a>', text), _SKIP)
