"""Draft pages: `status: draft` in a page's front matter (the article cleaner writes it).

A draft is previewed, never published. `mkdocs serve` shows it with a banner that says so and lists
what stands between it and publication, and leaves it out of navigation, search, the sitemap and
the offline copy; a build refuses it, first with one message saying it is a draft and how to
publish it, then with its problems. Plain Python: the hooks decide when which applies.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from html import escape
from pathlib import Path

from guide.errors import ContentError
from guide.content.frontmatter import MarkdownPage
from guide.yaml_source import line_of

DRAFT = "draft"
# Fields only a draft may carry: its state, and the article it was cleaned from (guide/cleaner).
DRAFT_FIELDS = ("status", "source")
# In a draft's built HTML (the banner): how guide/delivery/offline.py and the tests recognise one.
DRAFT_MARK = "data-draft-page"


def is_draft(meta: dict) -> bool:
    return meta.get("status") == DRAFT


def status_problem(page: MarkdownPage) -> ContentError | None:
    """A `status` other than draft: a reviewed page has no status line at all."""
    status = page.meta.get("status")
    if status is None or status == DRAFT:
        return None
    return ContentError(page.path, f"`status: {status}` is not a page state; write `status: draft` while the page "
                                   f"is not reviewed, and delete the line once it is", line_of(page.meta_lines, "status") or 1)


def without_draft_fields(page: MarkdownPage) -> MarkdownPage:
    """The page as the reviewed-page checks should see it: a draft's own fields taken out
    (a `status` of another value is reported by status_problem, not again as unknown)."""
    drop = DRAFT_FIELDS if is_draft(page.meta) else ("status",)
    return replace(page, meta={k: v for k, v in page.meta.items() if k not in drop})


@dataclass
class DraftRefusal(ContentError):
    """The build's first word on a draft: what it is and how to publish it."""

    def __str__(self) -> str:
        return f"{self.path} is a draft: {self.message}"


def refusal(page: MarkdownPage) -> DraftRefusal:
    lines = page.meta_lines
    status_line = line_of(lines, "status") or 1
    extra = f" and the `source:` line (line {line_of(lines, 'source')})" if "source" in page.meta else ""
    return DraftRefusal(page.path,
                        f"its front matter says `status: draft` (line {status_line}), so it has not been reviewed "
                        f"and the site is not published with it. To publish it, rewrite it in your own words, check "
                        f"each fact against data/sources.yml, fix any problems listed below, then delete the "
                        f"`status: draft` line{extra}. To keep working on it, preview it with `python3 dev.py serve` "
                        f"(drafts show there with a banner) or move it out of docs/ before building.",
                        status_line)


_BANNER = {
    "zh": ("草稿，未经审核", "这一页还没有人核实过，不会发布：它不在导航、搜索、站点地图和离线副本里。",
           "发布前要改的问题（英文说明，文件与行号）："),
    "en": ("Draft, not reviewed", "Nobody has checked this page yet and it will not be published: it is left "
           "out of navigation, search, the sitemap and the offline copy.",
           "To fix before publishing (file and line):"),
}


def banner_html(lang: str, problems: list[str]) -> str:
    """The banner at the top of a draft under `mkdocs serve`, in the page's language."""
    title, text, todo = _BANNER.get(lang, _BANNER["en"])
    items = "".join(f"<li><code>{escape(p)}</code></li>" for p in problems)
    listing = f"<p>{escape(todo)}</p><ul>{items}</ul>" if problems else ""
    return (f'<div class="draft-banner" role="note" {DRAFT_MARK} data-search-exclude>'
            f'<p class="draft-banner__title"><strong>{escape(title)}</strong></p><p>{escape(text)}</p>{listing}</div>')


def is_draft_html(html: str) -> bool:
    return DRAFT_MARK in html


def shown_path(path: Path | str, root: Path) -> str:
    """`path` relative to the project root when it lies inside it (docs/x.zh.md), else as given."""
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
