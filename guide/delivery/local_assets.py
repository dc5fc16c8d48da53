"""Point the theme's hard-coded CDN fallbacks at copies served by the site itself.

Material's bundle loads a ResizeObserver polyfill from unpkg in browsers that lack one (old
Android WebViews are common among our readers). The site ships that file; this rewrites the URL.
"""
from __future__ import annotations

from urllib.parse import urlsplit

# CDN URL found in the theme's JavaScript -> path of our copy, relative to the site root.
LOCAL_COPIES = {
    "https://unpkg.com/resize-observer-polyfill": "assets/vendor/resize-observer-polyfill.js",
}


def site_root_path(site_url: str | None) -> str:
    """'/' or '/repo/': the absolute path of the site root, as scripts need it on every page."""
    path = urlsplit(site_url or "/").path or "/"
    return path if path.endswith("/") else path + "/"


def localize_cdn_urls(script: str, site_url: str | None) -> tuple[str, int]:
    """Return the script with every known CDN URL replaced, and how many were replaced."""
    root = site_root_path(site_url)
    count = 0
    for cdn_url, local_path in LOCAL_COPIES.items():
        count += script.count(cdn_url)
        script = script.replace(cdn_url, root + local_path)
    return script, count
