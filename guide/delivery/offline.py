"""Build the offline service worker: a version from the built files, and what it keeps for a
reader after one visit.

A reader on prepaid data pays for every byte the worker fetches in the background, so it keeps
the pages that matter most when the signal goes, in the reader's language first, and stops at a
budget (the page tells the worker its language and whether to save data: guide/web/page-loader.js):
- normally: the tree, help and home pages of the reader's language, then the help page of the
  other (a helper may read it), with the files they load, while the gzip total stays within
  OFFLINE_BUDGET. The budget is what DESIGN's "the tree, help and home pages open offline after
  one visit" costs in one language today (about 150 KB gzip when it was set, of which the
  stylesheets and scripts the visit has just loaded are only revalidated), plus room to grow; a
  page that would pass it is left out and the benchmark shows it, so a bigger tree never silently
  costs readers more. Raised from 170 to 180 KB on 2026-12-07: the Chinese set had reached 169.8 KB,
  and the glossary links of issue 33 (13 on the tree page, 0.4 KB) left the home page out.
- with Save-Data or on a 2G connection: only the help page (the numbers to call) and its files.
Every page the reader opens is kept too (service-worker.js), whatever the mode.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import posixpath
import re
from pathlib import Path

import rjsmin

from guide.content.drafts import is_draft_html

WORKER_SOURCE = Path(__file__).parents[1] / "web" / "service-worker.js"
WORKER_FILE = "sw.js"
# In the order they are kept (URLs relative to a language's root): the reader's language, then the
# other languages' OTHER_LANGUAGE_PAGES.
OFFLINE_PAGES = ("what-to-do/", "help/", "")
OTHER_LANGUAGE_PAGES = ("help/",)
SAVE_DATA_PAGES = ("help/",)
OFFLINE_BUDGET = 180_000  # gzip bytes a reader's offline copy may fetch
_ASSET = re.compile(r'<(?:link|script)\b[^>]*?\b(?:href|src)="([^"#?]+)[^"]*"[^>]*>')
_SKIP_LINK = re.compile(r'rel="(?:canonical|alternate|prev|next)"')
_HASHED = (".html", ".css", ".js", ".json", ".svg")


def build_version(site_dir: Path) -> str:
    """A hash of the site's pages, styles, scripts and indexes: any change makes a new cache."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file() and p.suffix in _HASHED and p.name != WORKER_FILE):
        digest.update(path.relative_to(site_dir).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def page_assets(html: str, page_url: str) -> list[str]:
    """Same-site files a page links or loads, as paths relative to the site root."""
    found = []
    for match in _ASSET.finditer(html):
        if _SKIP_LINK.search(match.group(0)):
            continue
        href = match.group(1)
        if "://" in href or href.startswith(("//", "data:", "mailto:")):
            continue
        path = posixpath.normpath(posixpath.join("/" + page_url, href)).lstrip("/")
        if path and not path.startswith(".."):
            found.append(path)
    return found


def _page_url(lang: str, page: str, default: str) -> str:
    return page if lang == default else f"{lang}/{page}"


def site_file(site_dir: Path, url: str) -> Path:
    """The built file behind a site-relative URL ("help/", "./", "assets/a.css")."""
    return site_dir / url / "index.html" if url == "" or url.endswith("/") else site_dir / url


def _with_assets(site_dir: Path, url: str) -> list[str]:
    html_file = site_file(site_dir, url)
    if not html_file.exists():
        raise ValueError(f"{html_file}: an offline page (guide/delivery/offline.py OFFLINE_PAGES) was not built; "
                         "fix the list or restore the page")
    html = html_file.read_text(encoding="utf-8")
    if is_draft_html(html):
        return []  # a draft (only ever built by `mkdocs serve`) is never kept for reading offline
    return [url] + page_assets(html, url)


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), mtime=0)) if path.exists() else 0


def offline_plan(site_dir: Path, languages: list[str], default: str,
                 budget: int = OFFLINE_BUDGET) -> dict[str, dict[str, list[str]]]:
    """For each reader language, what the worker keeps: {"full": urls, "lean": urls} (relative to
    the site root, the root itself as "./"). "full" takes pages in order, each with its files,
    while the gzip total stays within `budget`; "lean" is SAVE_DATA_PAGES with their files."""
    plan = {}
    for lang in languages:
        pages = [_page_url(lang, p, default) for p in OFFLINE_PAGES]
        pages += [_page_url(other, p, default) for other in languages if other != lang for p in OTHER_LANGUAGE_PAGES]
        full: list[str] = []
        spent = 0
        for page in pages:
            new = [u for u in dict.fromkeys(_with_assets(site_dir, page)) if u not in full]
            cost = sum(gzip_size(site_file(site_dir, u)) for u in new)
            if spent + cost > budget:
                continue  # too big for what is left: a smaller page after it may still fit
            full += new
            spent += cost
        lean = list(dict.fromkeys(u for p in SAVE_DATA_PAGES for u in _with_assets(site_dir, _page_url(lang, p, default))))
        plan[lang] = {"full": [u or "./" for u in full], "lean": [u or "./" for u in lean]}
    return plan


def service_worker(site_dir: Path, languages: list[str], default: str) -> str:
    source = WORKER_SOURCE.read_text(encoding="utf-8")
    plan = json.dumps(offline_plan(site_dir, languages, default), separators=(",", ":"))
    return rjsmin.jsmin(source.replace("__VERSION__", build_version(site_dir)).replace("__PLAN__", plan))


# Under `mkdocs serve` no page registers the worker; this one retires a worker left by a built
# site on the same address, so the dev server's pages and live reload are never served from a copy.
RETIRING_WORKER = ('self.addEventListener("install",function(){self.skipWaiting()});'
                   'self.addEventListener("activate",function(e){e.waitUntil(caches.keys().then(function(n){'
                   'return Promise.all(n.filter(function(k){return k.indexOf("guide-")===0}).map(function(k){'
                   'return caches.delete(k)}))}).then(function(){return self.registration.unregister()}))});')
