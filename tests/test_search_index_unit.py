"""Unit tests of the search index split and page config rewrite."""
from __future__ import annotations

import json
import re

from guide.search.index import point_page_at_language_index, split_entries


def test_split_entries_by_language_prefix():
    index = {"config": {"lang": ["zh", "en"]}, "docs": [
        {"location": "", "title": "首页"}, {"location": "a/#x", "title": "甲"},
        {"location": "en/", "title": "Home"}, {"location": "en/a/#x", "title": "A"}]}
    split = split_entries(index, ["zh", "en"], "zh")
    assert [d["location"] for d in split["zh"]["docs"]] == ["", "a/#x"]
    assert [d["location"] for d in split["en"]["docs"]] == ["", "a/#x"]
    assert split["en"]["config"] == index["config"]


def page_config(html: str) -> dict:
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html).group(1))


def test_english_pages_search_their_own_index():
    html = ('<p>x</p><script id="__config" type="application/json">'
            '{"base": "../..", "search": "../../assets/javascripts/workers/search.abc.min.js"}</script>')
    en = page_config(point_page_at_language_index(html, "en", "zh"))
    assert en["base"] == "../../en/"
    assert en["search"] == "../../assets/javascripts/workers/search-segment.js?material=search.abc.min.js"
    zh = page_config(point_page_at_language_index(html, "zh", "zh"))
    assert zh["base"] == "../.."
    # applying it twice changes nothing more
    again = point_page_at_language_index(point_page_at_language_index(html, "zh", "zh"), "zh", "zh")
    assert page_config(again)["search"].count("search-segment.js") == 1


def test_section_title_headings_open_their_section():
    index = {"docs": [{"location": "what-to-do/#o-wait--title"}, {"location": "en/what-to-do/#o-wait--title"},
                      {"location": "a/#plain"}]}
    split = split_entries(index, ["zh", "en"], "zh")
    assert [d["location"] for d in split["zh"]["docs"]] == ["what-to-do/#o-wait", "a/#plain"]
    assert [d["location"] for d in split["en"]["docs"]] == ["what-to-do/#o-wait"]
