"""The site's own CSS and JS are minified in the built site; the sources in docs/ are not."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.minify import minify_copied_assets

ROOT = Path(__file__).resolve().parent.parent


def test_only_files_copied_from_docs_are_minified(tmp_path):
    docs, site = tmp_path / "docs", tmp_path / "site"
    css = "/* why this rule */\n.a {\n  color: red;\n}\n"
    js = "// why\nvar answer = 1 + 2; /* note */\nconsole.log(answer);\n"
    theme = "/* the theme's own file */\n.b { color: blue; }\n"
    for folder in (docs, site):
        (folder / "assets").mkdir(parents=True)
        (folder / "assets" / "site.css").write_text(css, encoding="utf-8")
        (folder / "assets" / "tree.js").write_text(js, encoding="utf-8")
        (folder / "page.md").write_text("# /* not code */\n", encoding="utf-8")
    (site / "assets" / "theme.css").write_text(theme, encoding="utf-8")
    (docs / "assets" / "unbuilt.css").write_text(css, encoding="utf-8")  # not in the site: skipped

    done = minify_copied_assets(docs, site)

    assert sorted(p.name for p in done) == ["site.css", "tree.js"]
    assert (site / "assets" / "site.css").read_text(encoding="utf-8") == ".a{color:red}"
    assert (site / "assets" / "tree.js").read_text(encoding="utf-8") == "var answer=1+2;console.log(answer);"
    assert (site / "assets" / "theme.css").read_text(encoding="utf-8") == theme
    assert (site / "page.md").read_text(encoding="utf-8") == "# /* not code */\n"
    assert (docs / "assets" / "site.css").read_text(encoding="utf-8") == css  # sources untouched


def test_built_site_serves_minified_own_assets(built_site):
    for source in [*(ROOT / "docs").rglob("*.css"), *(ROOT / "docs").rglob("*.js")]:
        built = built_site / source.relative_to(ROOT / "docs")
        text = built.read_text(encoding="utf-8")
        assert len(text) < len(source.read_text(encoding="utf-8")), built
        assert "/* " not in text, built  # comments gone ...
    polyfill = (built_site / "assets" / "vendor" / "resize-observer-polyfill.js").read_text(encoding="utf-8")
    assert polyfill.startswith("/*! resize-observer-polyfill 1.5.1 (MIT License")  # ... licence notices kept
