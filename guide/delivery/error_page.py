"""The page `mkdocs serve` answers with while the site cannot be built (hooks/live_reload.py).

A contributor who broke a data file sees in the browser what the terminal says: each problem with
its file and line and what to change, in both languages' words around it. Self-contained (inline
style, no script of its own: the server adds its live-reload script, so the page turns back into
the site as soon as the file is fixed and saved).
"""
from __future__ import annotations

import re
from html import escape

# "docs/x.zh.md:12: ...", "data/tree.yml:40 [q-start]: ...": a location at the start of a line.
_LOCATION = re.compile(r"^(\s*)(\S+?\.(?:md|ya?ml|txt|html|py)(?::\d+)?(?: \[[^\]]+\])?)(:)")


def _line_html(line: str) -> str:
    match = _LOCATION.match(line)
    if not match:
        return escape(line)
    return (escape(match.group(1)) + f"<strong>{escape(match.group(2))}</strong>" + escape(line[match.end(2):]))


def error_page(messages: list[str], refresh: int = 0) -> str:
    """A complete HTML page listing `messages` (each possibly several lines); with `refresh`, it
    asks again every that many seconds (for a server that cannot add its live-reload script)."""
    again = f'<meta http-equiv="refresh" content="{refresh}">\n' if refresh else ""
    body = "\n".join(f"<pre>{chr(10).join(_line_html(l) for l in m.splitlines())}</pre>" for m in messages)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{again}<title>The site cannot be built · 网站暂时无法生成</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 1rem; color: #1b1b1b; background: #fff; }}
main {{ max-width: 60rem; margin: 0 auto; }}
h1 {{ font-size: 1.3rem; margin: 0 0 .5rem; color: #8a1c1c; }}
pre {{ white-space: pre-wrap; overflow-wrap: anywhere; background: #fff4f4; border-left: 4px solid #8a1c1c;
       padding: .75rem; font-size: .9rem; }}
</style>
</head>
<body>
<main>
<h1>The site cannot be built until this is fixed</h1>
<p lang="zh">网站暂时无法生成：请按下面的说明修改文件（文件名和行号在每行开头）。保存后本页会自动刷新。</p>
<p>Change what each line below says (file and line first), then save the file: this page reloads by itself
and shows the site again. The same message is in the terminal that runs <code>mkdocs serve</code>.</p>
{body}
</main>
</body>
</html>
"""
