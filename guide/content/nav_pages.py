"""Every page pair must be in mkdocs.yml's `nav:`: a page left out is published with no way to it
but search, which is almost always a forgotten nav line. A page left out on purpose is named in
MkDocs' own `not_in_nav:` setting (the build benchmark's synthetic pages are)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from guide.errors import ContentError
from guide.languages import DEFAULT_LANGUAGE
from guide.content.translations import page_name


def nav_entries(nav) -> set[str]:
    """The page files a `nav:` value lists ('sms-only.md'), at any depth, external links left out."""
    found: set[str] = set()
    items = nav if isinstance(nav, list) else [nav]
    for item in items:
        if isinstance(item, str):
            if item.endswith(".md"):
                found.add(item)
        elif isinstance(item, dict):
            for value in item.values():
                found |= nav_entries(value)
        elif isinstance(item, list):
            found |= nav_entries(item)
    return found


def pages_missing_from_nav(docs_dir: Path, nav, config_file: str = "mkdocs.yml",
                           unlisted: Callable[[str], bool] | None = None) -> list[ContentError]:
    """One error per page pair of docs_dir that `nav` does not list (none when there is no nav),
    except files that `unlisted` accepts (their docs-relative path, e.g. 'page-3.zh.md')."""
    if not nav:
        return []  # without a nav MkDocs lists every page itself
    listed = nav_entries(nav)
    names = {}
    for path in sorted(docs_dir.rglob("*.md")):
        if unlisted and unlisted(path.relative_to(docs_dir).as_posix()):
            continue
        named = page_name(path.relative_to(docs_dir))
        if named:
            names.setdefault(named[0], set()).add(named[1])
    errors = []
    for name, langs in sorted(names.items()):
        if f"{name}.md" not in listed:
            lang = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in langs else sorted(langs)[0]
            errors.append(ContentError(docs_dir / f"{name}.{lang}.md",
                                       f"this page is not in the site's navigation; add the line "
                                       f"`- {name}.md` to `nav:` in {config_file} (under the section it belongs to)"))
    return errors
