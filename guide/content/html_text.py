"""Change the running text of an HTML fragment, never its tags or attributes: the one walker
behind citation markers (guide/content/citations.py) and tap-to-call links (guide/content/tel_links.py)."""
from __future__ import annotations

import re
from typing import Callable, Collection

_TAG = re.compile(r"(<[^>]*>)")
_NAME = re.compile(r"<(/?)\s*([a-zA-Z0-9]+)")


def map_text(html: str, change: Callable[[str], str], skip: Collection[str]) -> str:
    """`html` with `change` applied to each run of text between tags, except inside the elements
    named in `skip` (lower case), whose text is left as it is."""
    out: list[str] = []
    depth: dict[str, int] = {}
    for part in _TAG.split(html):
        if part.startswith("<"):
            name = _NAME.match(part)
            if name and name.group(2).lower() in skip and not part.endswith("/>"):
                tag = name.group(2).lower()
                depth[tag] = max(0, depth.get(tag, 0) + (-1 if name.group(1) else 1))
            out.append(part)
        elif part and not any(depth.values()):
            out.append(change(part))
        else:
            out.append(part)
    return "".join(out)
