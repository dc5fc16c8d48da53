"""How pages are delivered: which stylesheets and scripts a page links, and its language links.

No stylesheet blocks the first paint: the rules a page's first paint needs are inlined, and every
stylesheet loads after the content (guide/delivery/first_paint.py). Print styles load with media="print".
Styles and scripts that only one page uses are listed here by page name: that page links them
after its content, after the site's stylesheets (their rules for the page are inlined with the
rest), and loads its scripts with `defer`.
"""
from __future__ import annotations

from pathlib import Path


# Inlined into every page before Material's bundle: lazy search, sitemap lookups, offline worker.
LOADER_SOURCE = Path(__file__).parents[1] / "web" / "page-loader.js"
# Inlined in every page's <head>: the quick exit's keys and its step back over the site's history.
QUICK_EXIT_SOURCE = Path(__file__).parents[1] / "web" / "quick-exit.js"
PRINT_STYLESHEETS = ("assets/stylesheets/print.css",)
# page name (the Markdown file name without language and suffix) -> its own assets, under docs/
PAGE_STYLESHEETS = {"what-to-do": ("assets/stylesheets/tree.css",), "loan-legal": ("assets/stylesheets/loan-cost.css",),
                    "letters": ("assets/stylesheets/letters.css",), "talk-to-lender": ("assets/stylesheets/letters.css",)}
PAGE_SCRIPTS = {"what-to-do": ("assets/javascripts/tree.js", "assets/javascripts/deadline.js"),
                "loan-legal": ("assets/javascripts/loan-cost.js",),
                "letters": ("assets/javascripts/letters.js",), "talk-to-lender": ("assets/javascripts/letters.js",),
                "index": ("assets/javascripts/forget-site.js",), "help": ("assets/javascripts/forget-site.js",)}


def page_name(src_uri: str) -> str:
    """'what-to-do.en.md' -> 'what-to-do'."""
    return Path(src_uri).name.split(".", 1)[0]


def page_stylesheets(name: str, docs_dir: Path) -> tuple[str, ...]:
    """The page's own stylesheets (paths under docs/), each checked to exist."""
    for path in PAGE_STYLESHEETS.get(name, ()):
        source = docs_dir / path
        if not source.is_file():
            raise ValueError(f"{source}: listed in guide/delivery/page.py PAGE_STYLESHEETS for page "
                             f"'{name}' but there is no such file; fix the path or the list")
    return PAGE_STYLESHEETS.get(name, ())


def page_scripts(name: str) -> tuple[str, ...]:
    return PAGE_SCRIPTS.get(name, ())


def page_asset_paths() -> set[str]:
    """Every asset some page links itself (kept out of the site-wide extra_css/extra_javascript)."""
    return {p for paths in (*PAGE_STYLESHEETS.values(), *PAGE_SCRIPTS.values()) for p in paths}


def hreflang_links(site_url: str, alternates: dict[str, str]) -> list[dict]:
    """Absolute URLs of a page in each language (search engines ignore relative hreflang).

    `alternates` maps language -> the page's URL relative to the site root ('' for the home page,
    'en/help/'); site_url may have a path ('https://example.github.io/guide/')."""
    if not site_url:
        return []
    root = site_url if site_url.endswith("/") else site_url + "/"
    def absolute(url: str) -> str:
        url = url.lstrip("/")
        return root + ("" if url in (".", "./") else url)
    return [{"lang": lang, "href": absolute(url)} for lang, url in alternates.items()]
