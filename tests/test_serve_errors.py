"""`mkdocs serve` with mistakes in the project (issue 30, items 3 and 4): a broken data file gets an
error page in the browser (file, line, what to change) at the first build and after a rebuild,
never a hang, and the site comes back once the file is fixed; a draft page is previewed with its
banner in its language and left out of navigation, search and the sitemap.
Runs one server in a copy of the project: data/ here is never touched."""
from __future__ import annotations

import re
import shutil
import urllib.error
import urllib.request
from pathlib import Path


from conftest import ROOT
from test_drafts import DRAFT
from test_serve import free_port, start, stop_all, wait_for

import sys

COPY = ("docs", "data", "hooks", "guide", "overrides", "mkdocs.yml")
EN_DRAFT = DRAFT.replace("债权转让后怎么办", "After a debt is sold").replace("（见 A5）", " (see A5)")


def get(url: str, timeout: float = 15) -> tuple[int | None, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except OSError as error:  # a timeout too: the server hangs
        return None, str(error)


def _break(tree: Path, good: str) -> int:
    """A typo in the first question's `answers:` key; returns its line."""
    lines = good.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line == "    answers:\n")
    lines[at] = "    answres:\n"
    tree.write_text("".join(lines), encoding="utf-8")
    return at + 1


def test_serve_shows_errors_in_the_browser_and_previews_drafts(tmp_path):
    for name in COPY:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(
            source, tmp_path / name, **({"ignore": shutil.ignore_patterns("__pycache__")} if source.is_dir() else {}))
    (tmp_path / "docs" / "debt-transfer.zh.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "docs" / "debt-transfer.en.md").write_text(EN_DRAFT, encoding="utf-8")
    (tmp_path / "docs" / "zh-only-draft.zh.md").write_text(DRAFT, encoding="utf-8")  # no English yet
    config = tmp_path / "mkdocs.yml"  # both listed in nav: already, still out of every page's nav
    text = config.read_text(encoding="utf-8")
    assert "      - help.md\n" in text, "the test puts the drafts after help.md in nav:"
    config.write_text(text.replace("      - help.md\n", "      - help.md\n      - debt-transfer.md\n"
                                   "      - zh-only-draft.md\n", 1), encoding="utf-8")
    tree = tmp_path / "data" / "tree.yml"
    good = tree.read_text(encoding="utf-8")
    line = _break(tree, good)  # broken before the server starts: the first build fails
    port, log = free_port(), tmp_path / "serve.log"
    process = start([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], tmp_path, log)
    base = f"http://127.0.0.1:{port}/"
    try:
        status, body = wait_for(lambda: (r := get(base + "en/what-to-do/"))[0] and r, "a first answer", process, log, timeout=90)
        # the error page (200: see hooks/live_reload.py), with file, line and the fix
        assert status == 200 and f"data/tree.yml:{line} [q-start]" in body, body[:3000]
        assert "did you mean `answers`?" in body and "/livereload/" in body, body[:3000]

        tree.write_text(good, encoding="utf-8")
        wait_for(lambda: "cannot be built" not in get(base + "en/what-to-do/")[1], "the site after the fix", process, log, timeout=90)
        assert 'class="tree' in get(base + "en/what-to-do/")[1]

        # a draft: previewed with its banner, in its own language
        status, zh = get(base + "debt-transfer/")
        assert status == 200 and "草稿，未经审核" in zh, zh[:2000]
        assert "docs/debt-transfer.zh.md:12: the text cites A5" in zh, "the banner lists the problems with lines"
        status, en = get(base + "en/debt-transfer/")
        assert status == 200 and "Draft, not reviewed" in en and "草稿" not in en.split("<article")[1][:2000]
        # ... and nowhere a reader would find it
        assert "草稿，未经审核" in get(base + "zh-only-draft/")[1]
        for page in ("", "en/", "sms-only/", "help/", "en/help/"):  # help: the page before them in nav:
            html = get(base + page)[1]
            assert "debt-transfer" not in html and "zh-only-draft" not in html, f"{page or 'home'} links to a draft"
        for index in ("search/search_index.json", "en/search/search_index.json"):
            status, text = get(base + index)
            assert status == 200 and '"docs"' in text and "debt-transfer" not in text and "zh-only-draft" not in text, (index, text[:300])
        sitemap = get(base + "sitemap.xml")
        assert sitemap[0] == 200 and "<loc>" in sitemap[1] and "zh-only-draft" not in sitemap[1] and "debt-transfer" not in sitemap[1]

        # broken while serving: the rebuild fails, the page answers at once with the error
        _break(tree, good)
        wait_for(lambda: "cannot be built" in get(base + "help/", timeout=10)[1], "the error page after a rebuild", process, log, timeout=90)
        tree.write_text(good, encoding="utf-8")
        wait_for(lambda: "cannot be built" not in get(base + "help/")[1], "the site after the second fix", process, log, timeout=90)
        assert "12348" in get(base + "help/")[1]
        assert re.search(r"data/tree\.yml:\d+ \[q-start\]", log.read_text()), "the terminal has it too"
    finally:
        stop_all(process)
