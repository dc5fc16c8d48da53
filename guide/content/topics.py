"""The page that lists every page of a language with its one-line description, grouped as the
navigation groups them: a way to every topic for readers whose browser runs no JavaScript (no
search) or blocks the search worker. `<!-- topics -->` in a page's Markdown marks where it goes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

MARKER = re.compile(r"<!--\s*topics\s*-->")


@dataclass(frozen=True)
class Topic:
    title: str
    url: str          # relative to the page that lists it
    description: str


@dataclass(frozen=True)
class TopicGroup:
    title: str | None  # None: pages at the top of the navigation, before any section
    topics: tuple[Topic, ...]


def topics_html(groups: list[TopicGroup]) -> str:
    """A heading per group (with an id, so the groups can be linked) and a list of its pages."""
    parts = []
    for number, group in enumerate(groups, 1):
        if not group.topics:
            continue
        if group.title:
            parts.append(f'<h2 id="group-{number}">{escape(group.title)}</h2>')
        items = "".join(
            f'<li><a href="{escape(t.url)}">{escape(t.title)}</a>'
            + (f"<br><span class=\"topics-about\">{escape(t.description)}</span>" if t.description else "")
            + "</li>"
            for t in group.topics)
        parts.append(f'<ul class="topics">{items}</ul>')
    return "\n".join(parts)


def fill_marker(html: str, groups: list[TopicGroup]) -> str:
    return MARKER.sub(lambda _: topics_html(groups), html, count=1)
