"""Per-language sitemaps cut from the multilingual sitemap that static-i18n writes."""
from __future__ import annotations

import re

_URL_BLOCK = re.compile(r"\s*<url>.*?</url>", re.S)
_LOC = re.compile(r"<loc>(.*?)</loc>")
_ALTERNATE = re.compile(r'\s*<xhtml:link rel="alternate" hreflang="[^"]*" href="([^"]*)"/>')


def language_sitemap(sitemap_xml: str, url_prefix: str) -> str:
    """Keep only the <url> entries whose <loc> starts with `url_prefix` (alternates stay inside)."""
    def keep(match: re.Match) -> str:
        loc = _LOC.search(match.group(0))
        return match.group(0) if loc and loc.group(1).startswith(url_prefix) else ""
    return _URL_BLOCK.sub(keep, sitemap_xml)


def without_pages(sitemap_xml: str, urls: set[str]) -> str:
    """The sitemap without the entries of `urls` (drafts under `mkdocs serve`), and without any
    alternate link pointing at one."""
    if not urls:
        return sitemap_xml

    def keep(match: re.Match) -> str:
        loc = _LOC.search(match.group(0))
        if loc and loc.group(1) in urls:
            return ""
        return _ALTERNATE.sub(lambda link: "" if link.group(1) in urls else link.group(0), match.group(0))
    return _URL_BLOCK.sub(keep, sitemap_xml)


def robots_txt(site_url: str) -> str:
    """Every page may be crawled; the sitemap is named by its absolute URL (crawlers need that)."""
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines += ["", f"Sitemap: {site_url.rstrip('/')}/sitemap.xml"]
    return "\n".join(lines) + "\n"
