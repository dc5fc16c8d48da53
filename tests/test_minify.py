"""The site's own CSS and JS are minified in the built site; the sources in docs/ are not."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.delivery.minify import minify_in_place

ROOT = Path(__file__).resolve().parent.parent


def test_css_and_js_are_minified_other_files_left_alone(tmp_path):
    css = "/* why this rule */\n.a {\n  color: red;\n}\n/*! licence */\n"
    js = "// why\nvar answer = 1 + 2; /* note */\nconsole.log(answer);\n"
    files = {"site.css": css, "tree.js": js, "page.html": "<p> /* not code */ </p>\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")

    minify_in_place([tmp_path / name for name in files] + [tmp_path / "gone.css"])

    assert (tmp_path / "site.css").read_text(encoding="utf-8") == ".a{color:red}/*! licence */"
    assert (tmp_path / "tree.js").read_text(encoding="utf-8") == "var answer=1+2;console.log(answer);"
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == files["page.html"]


def test_built_site_serves_minified_own_assets_and_the_theme_is_untouched(built_site):
    for source in [*(ROOT / "docs").rglob("*.css"), *(ROOT / "docs").rglob("*.js")]:
        built = built_site / source.relative_to(ROOT / "docs")
        text = built.read_text(encoding="utf-8")
        assert len(text) < len(source.read_text(encoding="utf-8")), built
        assert "/* " not in text, built  # comments gone ...
    polyfill = (built_site / "assets" / "vendor" / "resize-observer-polyfill.js").read_text(encoding="utf-8")
    assert polyfill.startswith("/*! resize-observer-polyfill 1.5.1 (MIT License")  # ... licence notices kept
    theme = next((built_site / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    assert theme.rstrip().endswith("//# sourceMappingURL=" + next(
        (built_site / "assets" / "javascripts").glob("bundle.*.min.js.map")).name)
