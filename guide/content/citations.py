"""Citation markers: authors write "（见 D1）" / "(see D1)" in Markdown and in data/tree.yml (the
content checks read those codes in the source); readers get a small numbered link to the page's
source list instead ("[2]" pointing at `#source-D1`, with an aria-label naming the source).

Works on the page's HTML after Markdown: only text between tags is changed, never attributes,
and never inside <code>, <pre>, <script>, <style>, <title> or <textarea>.
"""
from __future__ import annotations

import re
from html import escape
from typing import Sequence

from guide.errors import ContentError
from guide.content.html_text import map_text

# "（见 D1）", "（见 D1、D3）", "(see D1)", "(see D1, D3, D4)": the whole bracket becomes markers.
# Also the citation that ends a bracket after other words, "（刑法第 313 条，见 E4）" / "(Art. 313,
# see E4)", which keeps the bracket, and one that is all of a table cell, "见 A1、H5" (a text node
# of the HTML, or between | in Markdown). The id pattern is the fact sheet's: one capital letter
# and a number.
_ID = r"[A-Z]\d{1,3}"
_IDS = rf"{_ID}(?:\s*[、,，]\s*(?:and\s+)?{_ID})*"
CITATION = re.compile(
    rf"\s?[（(](?:见|see)\s*(?P<ids>{_IDS})\s*[）)]"
    rf"|(?:\s*[，,]\s*|(?:^|(?<=[>|]))\s*)(?:见|see)\s*(?P<tail>{_IDS})\s*(?=[）)<|]|$)")
_SPLIT = re.compile(_ID)
_SKIP = {"code", "pre", "script", "style", "title", "textarea"}

LABELS = {"zh": "来源 {n}：{title}", "en": "Source {n}: {title}"}


def cited_ids(text: str) -> list[str]:
    """Every source id cited in `text`, in order (repeats kept)."""
    return [i for match in CITATION.finditer(text) for i in _SPLIT.findall(_ids(match))]


def _ids(match: re.Match) -> str:
    return match.group("ids") or match.group("tail")


def link_citations(html: str, source_ids: Sequence[str], titles: dict[str, str], lang: str,
                   where: str = "page", anchor: str = "source-") -> str:
    """Replace every citation in `html` by numbered links to a source list.

    `source_ids` is the list in order (the page footer's <ol>, or a tree result's own, numbers
    them the same way; each item's id is `anchor` + the source id); `titles` maps an id to its
    title in `lang`. A cited id missing from the list is a contributor's mistake: ContentError
    naming `where` and the id.
    """
    numbers = {source_id: n for n, source_id in enumerate(source_ids, 1)}
    label = LABELS[lang]

    def marker(match: re.Match) -> str:
        ids = _SPLIT.findall(_ids(match))
        missing = [i for i in ids if i not in numbers]
        if missing:
            raise ContentError(where, f"the text cites {', '.join(missing)} but the front matter's "
                                      f"'sources' does not list it; add it to 'sources'")
        links = "".join(
            f'<a class="cite" href="#{escape(anchor + i)}" aria-label="'
            f'{escape(label.format(n=numbers[i], title=titles.get(i, i)))}">[{numbers[i]}]</a>'
            for i in ids)
        return links

    return map_text(html, lambda text: _RUN.sub(_keep_together, CITATION.sub(marker, text)), _SKIP)


# Markers and the punctuation right after them ("[2]。", "[1][3]).") stay on one line: a marker
# is an inline-block (a 24 px target, site.css), and the browser may break after one, so a
# line would start with "。" on a phone.
_RUN = re.compile(r'((?:<a class="cite" [^>]*>\[\d+\]</a>)+)([。，、；：！？）」』”’.,;:!?)\]]+)')


def _keep_together(match: re.Match) -> str:
    return f'<span class="cite-run">{match.group(1)}{match.group(2)}</span>'
