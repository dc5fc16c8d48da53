"""Unit tests of the search index split and page config rewrite."""
from __future__ import annotations

import json
import re

from guide.search.index import pack_word_breaks, point_page_at_language_index, split_entries


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


def test_word_breaks_are_packed_as_one_byte_no_entry_uses():
    index = {"config": {"lang": ["zh"]},
             "docs": [{"location": "a/", "title": "征信\u200b报告", "text": "<p>逾期\u200b记录 ^_^</p>"},
                      {"location": "b/", "title": "法院", "text": "", "see": ["a/"]}]}
    packed = pack_word_breaks(index)
    assert packed["config"] == {"lang": ["zh"], "word_break": "`"}  # "^" is in a text
    assert packed["docs"][0] == {"location": "a/", "title": "征信`报告", "text": "<p>逾期`记录 ^_^</p>"}
    assert packed["docs"][1] == index["docs"][1]
    assert "\u200b" in index["docs"][0]["title"]  # the caller's index is left as it was


def test_an_index_without_word_breaks_is_left_as_it_is():
    index = {"config": {}, "docs": [{"location": "a/", "title": "Credit report", "text": "<p>Late</p>"}]}
    assert pack_word_breaks(index) is index
