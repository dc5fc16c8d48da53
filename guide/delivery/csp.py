"""The Content-Security-Policy of every page, as the first element of its <head> (GitHub Pages
sends no headers). Scripts run only from the site itself or when they are one of the page's own
inline scripts, named by SHA-256 hash: the hashes are computed here from the finished page, so an
inline script can never ship without its hash, and a script injected into a page (a tampered
mirror, a hostile extension's markup) does not run. Styles stay 'unsafe-inline' (Material sets
style attributes from script); images allow data: (Material's icons are data: URIs in its CSS)."""
from __future__ import annotations

import base64
import hashlib
import re

# An inline script the browser runs: no src, and no type or a JavaScript one (a JSON data block
# such as Material's __config is not run, so it needs no hash).
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
_TYPE = re.compile(r'\btype="([^"]*)"', re.I)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module"}

POLICY = ("default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
          "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'")


def inline_script_hashes(html: str) -> list[str]:
    """'sha256-…' for each distinct inline script of `html` that a browser would run, in order."""
    hashes = []
    for attributes, body in _SCRIPT.findall(html):
        if re.search(r"\bsrc=", attributes, re.I):
            continue
        kind = _TYPE.search(attributes)
        if kind and kind.group(1).strip().lower() not in _JS_TYPES:
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    return list(dict.fromkeys(hashes))


_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head(\s[^>]*)?>", re.I)


def with_policy(html: str) -> str:
    """`html` with its policy in <head> before anything that loads or runs: right after <meta
    charset> (which must stay within the first 1024 bytes), or first. A page without <head> is
    returned as it is."""
    policy = POLICY.format(hashes=" ".join(inline_script_hashes(html)))
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    place = _CHARSET.search(html) or _HEAD.search(html)
    return html[:place.end()] + meta + html[place.end():] if place else html
