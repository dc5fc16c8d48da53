"""MkDocs glue for the all-topics page (guide/content/topics.py). It runs once every page has been read,
so the navigation has every title and description in the page's language."""
from __future__ import annotations

from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from guide.content.topics import MARKER, Topic, TopicGroup, fill_marker


def _topic(item: Page, here: Page) -> Topic:
    return Topic(item.title or item.url, get_relative_url(item.url or "./", here.url or "./"),
                 str(item.meta.get("description") or ""))


def _groups(nav, here: Page) -> list[TopicGroup]:
    groups, loose = [], []
    for item in nav.items:
        if isinstance(item, Section):
            groups.append(TopicGroup(item.title, tuple(
                _topic(child, here) for child in item.children if isinstance(child, Page) and child is not here)))
        elif isinstance(item, Page) and item is not here:
            loose.append(_topic(item, here))
    return [TopicGroup(None, tuple(loose))] + groups


def on_page_markdown(markdown, page, config, files):
    if MARKER.search(markdown):
        # A list of every title would match most queries: search finds the pages themselves.
        page.meta["search"] = {"exclude": True}
    return markdown


def on_page_context(context, page, config, nav):
    if page.content and MARKER.search(page.content):
        page.content = fill_marker(page.content, _groups(nav, page))
    return context
