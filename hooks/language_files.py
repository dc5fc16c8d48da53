"""MkDocs glue: give every language its own 404 page and sitemap; write robots.txt; leave drafts
(previewed by `mkdocs serve` only, guide/content/drafts.py) out of the sitemaps.

static-i18n builds other languages into the same site_dir, so each language's 404.html overwrites
the default one at the root. We keep the default language's copy, move the others to /<lang>/.
"""
from __future__ import annotations

from pathlib import Path

from guide.content.drafts import is_draft
from guide.languages import DEFAULT_LANGUAGE
from guide.delivery.sitemap import language_sitemap, robots_txt, without_pages

_default_404: bytes | None = None
# Every language's drafts, as the sitemap names them (a build refuses drafts: only serve has any).
_draft_urls: set[str] = set()


def on_files(files, config):
    if config.theme["language"] == DEFAULT_LANGUAGE:  # a new build: its first language
        _draft_urls.clear()
    return files


def on_page_markdown(markdown, page, config, files):
    if is_draft(page.meta) and page.canonical_url:
        _draft_urls.add(page.canonical_url)
    return markdown


def _drop_drafts(path: Path) -> None:
    if _draft_urls and path.exists():
        path.write_text(without_pages(path.read_text(encoding="utf-8"), _draft_urls), encoding="utf-8")


def on_post_build(config):
    global _default_404
    site = Path(config["site_dir"])
    lang = config.theme["language"]
    page_404 = site / "404.html"
    (site / "robots.txt").write_text(robots_txt(config["site_url"] or ""), encoding="utf-8")
    _drop_drafts(site / "sitemap.xml")
    if lang == DEFAULT_LANGUAGE:
        _default_404 = page_404.read_bytes() if page_404.exists() else None
        return
    lang_dir = site / lang
    lang_dir.mkdir(parents=True, exist_ok=True)
    if page_404.exists():
        (lang_dir / "404.html").write_bytes(page_404.read_bytes())
        if _default_404 is not None:
            page_404.write_bytes(_default_404)
    sitemap = site / "sitemap.xml"
    if sitemap.exists():
        prefix = (config["site_url"] or "/").rstrip("/") + f"/{lang}/"
        text = language_sitemap(sitemap.read_text(encoding="utf-8"), prefix)
        (lang_dir / "sitemap.xml").write_text(text, encoding="utf-8")
    _drop_drafts(lang_dir / "sitemap.xml")
