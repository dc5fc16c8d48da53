"""A reader on a page switches language and lands on the same page in the other language."""
from __future__ import annotations

import re


def switch_to(page, language_name: str) -> None:
    # The header's language switch is one text link naming the other language.
    page.locator(".md-header").get_by_role("link", name=language_name, exact=True).click()


def test_switch_from_chinese_to_english_and_back(page, site_url, built_site):
    # Pick a page other than the home page when there is one, so the test proves "same page".
    candidates = sorted(p.parent.name for p in built_site.glob("*/index.html")
                        if p.parent.name not in {"en", "search", "assets"})
    slug = candidates[0] + "/" if candidates else ""
    page.goto(site_url + slug)
    assert page.locator("html").get_attribute("lang") == "zh"
    switch_to(page, "English")
    page.wait_for_url(re.compile(re.escape(site_url + "en/" + slug) + "$"))
    assert page.locator("html").get_attribute("lang") == "en"
    switch_to(page, "中文")
    page.wait_for_url(re.compile(re.escape(site_url + slug) + "$"))
    assert page.locator("html").get_attribute("lang") == "zh"
