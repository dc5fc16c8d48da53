"""Which pages lack a translation: every page exists as <name>.<lang>.md in every language."""
from __future__ import annotations

from pathlib import Path

from guide.errors import ContentError
from guide.languages import LANGUAGES


def page_name(path: Path) -> tuple[str, str] | None:
    """('sub/name', 'zh') for docs/sub/name.zh.md; None for a file without a language suffix."""
    parts = path.name.split(".")
    if len(parts) == 3 and parts[2] == "md" and parts[1] in LANGUAGES:
        return str(path.with_name(parts[0]).as_posix()), parts[1]
    return None


def missing_translations(docs_dir: Path) -> list[ContentError]:
    found: dict[str, set[str]] = {}
    errors = []
    for path in sorted(docs_dir.rglob("*.md")):
        rel = path.relative_to(docs_dir)
        named = page_name(rel)
        if named is None:
            errors.append(ContentError(path, f"pages are named <name>.<language>.md with language one of "
                                             f"{', '.join(LANGUAGES)}; rename this file"))
            continue
        found.setdefault(named[0], set()).add(named[1])
    for name, langs in sorted(found.items()):
        for lang in LANGUAGES:
            if lang not in langs:
                have = sorted(langs)[0]
                errors.append(ContentError(docs_dir / f"{name}.{have}.md",
                                           f"this page has no {lang} translation; add {docs_dir / f'{name}.{lang}.md'}"))
    return errors
