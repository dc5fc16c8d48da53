"""Find URLs in built HTML, CSS and JavaScript that a browser would fetch from another host.

Links a reader clicks (<a href>) are fine; anything fetched on page load (scripts, styles,
images, fonts, frames, preconnects) must come from the site itself.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

# <link rel=...> values whose href the browser fetches or connects to by itself.
_FETCHING_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload",
                  "prefetch", "preconnect", "dns-prefetch", "manifest", "mask-icon"}
_SRC_ATTRS = {"src", "poster", "data", "background"}
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")
_ABSOLUTE = re.compile(r"""(?:https?:)?//[^\s"'`)<>]+""")
_JS_URL = re.compile(r"""https?://[^\s"'`)\\]+""")


def is_external(url: str, own_hosts: set[str]) -> bool:
    parts = urlsplit(url.strip())
    if parts.scheme in ("data", "blob", "about", "javascript", "mailto", "tel"):
        return False
    return bool(parts.netloc) and parts.hostname not in own_hosts


class _LoadedUrls(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and set(values.get("rel", "").lower().split()) & _FETCHING_RELS:
            self.urls.append(values.get("href", ""))
        for name in _SRC_ATTRS & values.keys():
            if tag != "a":
                self.urls.append(values[name])
        for name in ("srcset", "imagesrcset"):
            if name in values:
                self.urls.extend(part.split()[0] for part in values[name].split(",") if part.strip())
        if "style" in values:
            self.urls.extend(css_urls(values["style"]))
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.urls.extend(_ABSOLUTE.findall(values.get("content", "")))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls.extend(css_urls(data))


def html_loaded_urls(html: str) -> list[str]:
    parser = _LoadedUrls()
    parser.feed(html)
    return [url for url in parser.urls if url]


def css_urls(css: str) -> list[str]:
    return [a or b for a, b in _CSS_URL.findall(css)]


def js_code_urls(script: str) -> list[str]:
    """Absolute URLs in a script's code (comments, where licences and docs live, are dropped)."""
    code = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    code = re.sub(r"(^|[\s;{}])//[^\n]*", r"\1", code)
    return _JS_URL.findall(code)
