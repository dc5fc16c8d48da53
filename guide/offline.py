"""Build the offline service worker: a version from the built files, and the pages (with the
stylesheets, scripts and icon they load) that every reader gets after one visit."""
from __future__ import annotations

import hashlib
import json
import posixpath
import re
from pathlib import Path

import rjsmin

WORKER_SOURCE = Path(__file__).parent / "web" / "service-worker.js"
WORKER_FILE = "sw.js"
# Pages kept after the first visit, in every language (URLs relative to a language's root).
OFFLINE_PAGES = ("", "what-to-do/", "help/")
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


def offline_urls(site_dir: Path, languages: list[str], default: str) -> list[str]:
    """The precached URLs, relative to the site root: OFFLINE_PAGES in each language + their assets."""
    urls: list[str] = []
    for lang in languages:
        for page in OFFLINE_PAGES:
            url = page if lang == default else f"{lang}/{page}"
            html_file = site_dir / url / "index.html"
            if not html_file.exists():
                raise ValueError(f"{html_file}: an offline page (guide/offline.py OFFLINE_PAGES) was not built; "
                                 "fix the list or restore the page")
            urls.append(url)
            urls.extend(page_assets(html_file.read_text(encoding="utf-8"), url))
    return list(dict.fromkeys(u if u else "./" for u in urls))


def service_worker(site_dir: Path, languages: list[str], default: str) -> str:
    source = WORKER_SOURCE.read_text(encoding="utf-8")
    precache = json.dumps(offline_urls(site_dir, languages, default), separators=(",", ":"))
    return rjsmin.jsmin(source.replace("__VERSION__", build_version(site_dir)).replace("__PRECACHE__", precache))


# Under `mkdocs serve` no page registers the worker; this one retires a worker left by a built
# site on the same address, so the dev server's pages and live reload are never served from a copy.
RETIRING_WORKER = ('self.addEventListener("install",function(){self.skipWaiting()});'
                   'self.addEventListener("activate",function(e){e.waitUntil(caches.keys().then(function(n){'
                   'return Promise.all(n.filter(function(k){return k.indexOf("guide-")===0}).map(function(k){'
                   'return caches.delete(k)}))}).then(function(){return self.registration.unregister()}))});')
