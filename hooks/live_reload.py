"""MkDocs glue for `mkdocs serve`: rebuild when the project's data or templates change, and
restart when its Python code changes.

MkDocs watches only docs/ and mkdocs.yml (and the theme with --watch-theme). The build also
reads data/ (tree, sources, search words) and overrides/; those only need a rebuild. The hooks
and guide/ are Python modules loaded once per process: a rebuild would keep running the old
code, so a change there restarts the server in the same process (same pid, same arguments).
The folders are found beside mkdocs.yml and skipped when absent, so copies of the project
(tests, benchmarks) that leave one out still build.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

import watchdog.events

log = logging.getLogger("mkdocs.hooks.live_reload")
REBUILD_ON = ("data", "overrides")
RESTART_ON = ("hooks", "guide")


def restart_command() -> list[str]:
    """This server's own command line, run again through the same interpreter."""
    return [sys.executable, "-m", "mkdocs", *sys.argv[1:]]


class _RestartOnCode(watchdog.events.FileSystemEventHandler):
    def __init__(self, site_dir: str):
        self.site_dir = Path(site_dir)

    def on_any_event(self, event):
        if event.is_directory or not str(event.src_path).endswith(".py"):
            return
        log.info(f"{event.src_path} changed: restarting the server to load the new code")
        # exec skips serve's own clean-up of the temporary folder it builds into
        if self.site_dir.name.startswith("mkdocs_") and self.site_dir.parent == Path(tempfile.gettempdir()):
            shutil.rmtree(self.site_dir, ignore_errors=True)
        logging.shutdown()
        os.execv(sys.executable, restart_command())


def on_serve(server, config, builder):
    root = Path(config["config_file_path"]).parent
    for name in REBUILD_ON:
        if (root / name).is_dir():
            server.watch(str(root / name))
    handler = _RestartOnCode(config["site_dir"])
    for name in RESTART_ON:
        if (root / name).is_dir():
            server.observer.schedule(handler, str(root / name), recursive=True)
    return server
