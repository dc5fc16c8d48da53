"""Shared fixtures: one strict build of the site per test session, served on 127.0.0.1, and a
headless Chromium driven by Playwright (the system browser: test tools cannot download one here)."""
from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def build_site(site_dir: Path, config: Path | None = None, site_url: str | None = None,
               engine: str = "mkdocs") -> subprocess.CompletedProcess:
    """Run a strict build with MkDocs (or `engine`: properdocs, its maintained fork); returns the
    finished process (output in .stdout, merged)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)  # only the caller decides the address
    if site_url:
        env["SITE_URL"] = site_url
    cmd = [sys.executable, "-m", engine, "build", "--strict", "-d", str(site_dir),
           "-f", str(config or ROOT / "mkdocs.yml")]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture(scope="session")
def _site_server(tmp_path_factory):
    """The test server, bound before the build so the site is built for its own address (as the
    published site is built for its SITE_URL); it starts serving when `site_url` is first used."""
    site = tmp_path_factory.mktemp("site")
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    yield site, server
    server.server_close()


@pytest.fixture(scope="session")
def site_address(_site_server) -> str:
    """The SITE_URL the session's site is built for: the address it is served at."""
    return f"http://127.0.0.1:{_site_server[1].server_address[1]}/"


@pytest.fixture(scope="session")
def built_site(_site_server, site_address) -> Path:
    site, _ = _site_server
    result = build_site(site, site_url=site_address)
    if result.returncode != 0:
        pytest.fail(f"strict build failed:\n{result.stdout}\n{result.stderr}")
    (site / ".build-log.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
    return site


@pytest.fixture(scope="session")
def site_url(built_site, _site_server, site_address) -> str:
    _, server = _site_server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site_address
    server.shutdown()


def _chromium_path() -> str | None:
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium. Under CI a missing or broken browser fails the run instead of skipping."""
    in_ci = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
    path = _chromium_path()
    try:
        from playwright.sync_api import sync_playwright
        if not path:
            raise RuntimeError("no Chromium found (install Debian's 'chromium' or set CHROMIUM)")
        manager = sync_playwright().start()
        try:
            launched = manager.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        except Exception:
            manager.stop()
            raise
    except Exception as error:  # any reason the browser cannot start
        message = f"browser tests could not start Chromium: {error}"
        if in_ci:
            pytest.fail(message)
        pytest.skip(message)
    yield launched
    launched.close()
    manager.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="session")
def exit_url() -> str:
    """The quick exit's destination: mkdocs.yml's one setting (extra.quick_exit_url)."""
    return re.search(r"^\s*quick_exit_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(1)


@pytest.fixture
def stub_exit(exit_url):
    """stub_exit(context): the exit's destination answered by a stub page (no request leaves the machine)."""
    def stub(context) -> None:
        context.route(exit_url + "**", lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>weather</title><p>stub</p>"))
    return stub
