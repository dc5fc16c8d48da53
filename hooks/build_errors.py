"""Shared by the hooks (not a hook itself): turn a contributor's mistake into a clean build stop.

MkDocs prints a PluginError's message and aborts without a traceback.
"""
from __future__ import annotations

from mkdocs.exceptions import PluginError


def fail_build(error: Exception) -> None:
    raise PluginError(f"The site cannot be built until this is fixed.\n{error}") from None
