"""The preview server: `kill <pid of dev.py serve>` stops it (no server left holding the port),
and a running `mkdocs serve` rebuilds on a data change and restarts on a code change."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))  # import guide/ however pytest is started
from guide.tree.validate import load_tree  # noqa: E402

COPY = ("docs", "data", "hooks", "overrides", "mkdocs.yml")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(condition, what: str, process: subprocess.Popen, log: Path, timeout: float = 120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if process.poll() is not None:
            pytest.fail(f"the server exited ({process.returncode}) before {what}:\n{log.read_text()}")
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}:\n{log.read_text()}")


def start(args: list[str], cwd: Path, log: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    # Its own session: the cleanup below can end whatever it left behind, children included.
    return subprocess.Popen(args, cwd=cwd, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def stop_all(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=10)


def test_kill_dev_py_serve_leaves_no_server(tmp_path):
    port, log = free_port(), tmp_path / "serve.log"
    process = start([sys.executable, str(ROOT / "dev.py"), "serve", "-a", f"127.0.0.1:{port}"], ROOT, log)
    try:
        wait_for(lambda: fetch(f"http://127.0.0.1:{port}/"), "the site was served", process, log)
        os.kill(process.pid, signal.SIGTERM)  # what `kill <pid>` sends
        process.wait(timeout=20)
        deadline = time.monotonic() + 10
        while answers(port) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not answers(port), f"port {port} still answers after dev.py was killed:\n{log.read_text()}"
    finally:
        stop_all(process)


@pytest.fixture
def project(tmp_path) -> Path:
    for name in COPY:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    return tmp_path


def test_serve_rebuilds_on_data_and_restarts_on_code(project):
    port, log = free_port(), project / "serve.log"
    process = start([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f",
                     str(project / "mkdocs.yml")], project, log)
    page = f"http://127.0.0.1:{port}/en/what-to-do/"
    try:
        wait_for(lambda: fetch(page), "the tree page was served", process, log)
        tree = project / "data" / "tree.yml"
        old = load_tree(tree).nodes["q-start"].text["en"]  # the start question, as the page shows it
        assert old in tree.read_text(encoding="utf-8"), "the test needs the start question's English text"
        tree.write_text(tree.read_text(encoding="utf-8").replace(old, "Which worry comes first, live-reloaded?"),
                        encoding="utf-8")
        wait_for(lambda: "live-reloaded" in (fetch(page) or ""), "the tree change reached the page", process, log)

        served_before = log.read_text().count("Serving on")
        hook = project / "hooks" / "build_errors.py"
        hook.write_text(hook.read_text(encoding="utf-8") + "\n# changed by the test\n", encoding="utf-8")
        wait_for(lambda: log.read_text().count("Serving on") > served_before, "the server restarted", process, log)
        assert "restarting the server to load the new code" in log.read_text()
        wait_for(lambda: fetch(page), "the restarted server answered", process, log)
        assert process.poll() is None, "the restart must keep the same process (and pid)"
    finally:
        stop_all(process)
