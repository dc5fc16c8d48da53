"""MkDocs glue for `mkdocs serve`: rebuild when the project's data or templates change, and
restart when its Python code changes.

MkDocs watches only docs/ and mkdocs.yml (and the theme with --watch-theme). The build also
reads data/ (tree, sources, search words) and overrides/; those only need a rebuild. The hooks
and guide/ are Python modules loaded once per process: a rebuild would keep running the old
code, so a change there restarts the server in the same process (same pid, same arguments).
The folders are found beside mkdocs.yml and skipped when absent, so copies of the project
(tests, benchmarks) that leave one out still build.

A build that fails under `mkdocs serve` (a broken data file, a page error) would leave MkDocs'
server waiting for a good build before it answers any request: the browser hangs and the error is
only in the terminal. Here the failed build counts as finished, and every page request gets an
error page with the same messages (file, line, what to change) and the live-reload script, so the
browser shows the site again as soon as the file is fixed. The first build is covered too: the
server starts and shows the error page instead of exiting.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

import mkdocs.commands.serve as serve_command
from mkdocs.exceptions import Abort
import watchdog.events

from hooks.build_errors import relative_paths

from guide.delivery.error_page import error_page

log = logging.getLogger("mkdocs.hooks.live_reload")
# The messages of the last build under `mkdocs serve` if it failed, else None.
_failure: list[str] | None = None
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


class _Collect(logging.Handler):
    """The warnings and errors MkDocs and the hooks log during one build."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        if not record.name.startswith("mkdocs.livereload"):  # the server's own request log
            self.messages.append(record.getMessage())


def _guarded(build):
    """serve's build, ending normally when the site cannot be built (see the module's docstring)."""
    def guarded(config, *args, **kwargs):
        global _failure
        collect, mkdocs_log = _Collect(), logging.getLogger("mkdocs")
        mkdocs_log.addHandler(collect)
        try:
            build(config, *args, **kwargs)
        except Exception as error:  # whatever stopped the build: the page says it, as the terminal does
            root = str(Path(config["config_file_path"]).parent) + os.sep
            said = [m for m in collect.messages if m.strip()]
            generic = isinstance(error, Abort)  # "Aborted with ...": the messages above say what
            if not generic or not said:
                said.append(f"{type(error).__name__}: {error}" if not generic else str(error))
            _failure = [relative_paths(m).replace(root, "") for m in said]
            log.error("The site could not be built: the browser shows these messages until the files are fixed",
                      exc_info=None if generic else error)
            return
        finally:
            mkdocs_log.removeHandler(collect)
        _failure = None
    guarded.guarded = True
    return guarded


def on_startup(command, dirty):
    if command == "serve" and not getattr(serve_command.build, "guarded", False):
        serve_command.build = _guarded(serve_command.build)


def _page_request(path: str) -> bool:
    last = path.rsplit("/", 1)[-1]
    return last == "" or last.endswith(".html") or "." not in last


def _answer_errors(server) -> None:
    """Page requests get the error page while the last build failed; everything else as before."""
    serve_request = server.serve_request
    inject = getattr(server, "_inject_js_into_html", None)  # MkDocs' live-reload script, if it has one

    def app(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if _failure is None or path.startswith("/livereload/") or not _page_request(path):
            return serve_request(environ, start_response)
        page = error_page(_failure, refresh=0 if inject else 3).encode("utf-8")
        if inject:
            page = inject(page, getattr(server, "_visible_epoch", 0))
        # 200, not 500: MkDocs' server logs any other status as a warning, and a warning logged
        # while the fix is being built counts against it in strict mode (the build would fail again)
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(page))),
                                  ("Cache-Control", "no-store")])
        return [page]
    server.set_app(app)


def on_serve(server, config, builder):
    _answer_errors(server)
    root = Path(config["config_file_path"]).parent
    for name in REBUILD_ON:
        if (root / name).is_dir():
            server.watch(str(root / name))
    handler = _RestartOnCode(config["site_dir"])
    for name in RESTART_ON:
        if (root / name).is_dir():
            server.observer.schedule(handler, str(root / name), recursive=True)
    return server
