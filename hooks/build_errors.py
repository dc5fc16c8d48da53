"""Shared by the hooks (not a hook itself): turn a contributor's mistake into a clean build stop.

MkDocs prints a PluginError's message and aborts without a traceback. Paths inside the project
folder the command runs in are shown relative to it (docs/x.zh.md:3), as a contributor types them.
"""
from __future__ import annotations

import os

from mkdocs.exceptions import PluginError


def relative_paths(text: str) -> str:
    return text.replace(os.getcwd().rstrip(os.sep) + os.sep, "")


def fail_build(error: Exception) -> None:
    raise PluginError(relative_paths(f"The site cannot be built until this is fixed.\n{error}")) from None
