"""Shared by the hooks (not a hook itself): a data/ file loaded once per change.

static-i18n runs every event once per language; the data files are read again only when their
modification time or size changes (mkdocs serve rebuilds on a change in data/). A contributor's
mistake stops the build with the loader's message (file, line, what to change).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

from hooks.build_errors import fail_build

from guide.errors import ContentError, ContentErrors

T = TypeVar("T")
_loaded: dict[str, tuple[tuple | None, object]] = {}


def data_file(config, name: str, load: Callable[[Path], T]) -> T:
    """data/<name> next to mkdocs.yml, loaded by `load`."""
    path = Path(config["config_file_path"]).parent / "data" / name
    key = (path.stat().st_mtime_ns, path.stat().st_size) if path.exists() else None
    hit = _loaded.get(str(path))
    if hit is None or hit[0] != key:
        try:
            hit = _loaded[str(path)] = (key, load(path))
        except (ContentError, ContentErrors) as error:
            fail_build(error)
    return hit[1]
