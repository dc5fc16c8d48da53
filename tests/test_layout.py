"""The layout a newcomer reads in five minutes (issue 27): guide/ is grouped by concern into
packages, each saying in its __init__ what it holds, and none of it imports MkDocs (hooks/ is the
glue), so a change of engine touches hooks/ only (ARCHITECTURE.md)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "guide"


def test_guide_has_no_loose_modules_but_the_shared_ones():
    loose = sorted(p.name for p in GUIDE.glob("*.py") if p.name != "__init__.py")
    assert loose == ["errors.py", "languages.py", "yaml_source.py"], (
        f"guide/ holds {loose}: put a module in the package of its concern (guide/*/)")


def test_every_package_says_what_it_holds():
    for init in sorted(GUIDE.rglob("__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 20, f"{init.relative_to(ROOT)}: add a docstring that says what the package holds"


def test_nothing_in_guide_imports_mkdocs():
    for source in sorted(GUIDE.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] in ("mkdocs", "material", "mkdocs_static_i18n") for n in names), (
                f"{source.relative_to(ROOT)}:{node.lineno} imports MkDocs: keep that in hooks/")
