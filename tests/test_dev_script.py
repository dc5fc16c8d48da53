"""dev.py: installs the locked packages (pip --require-hashes) and then the project editable, only
when an install input changed, from its archive folder; the old .pth file is removed."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
import dev  # noqa: E402


@pytest.fixture
def fake_venv(tmp_path, monkeypatch):
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    for name in ("python", "mkdocs"):
        (venv / "bin" / name).write_text("")
    monkeypatch.setattr(dev, "VENV", venv)
    monkeypatch.setattr(dev, "STAMP", venv / ".install.sha256")
    monkeypatch.setattr(dev, "ARCHIVES", tmp_path / "archives")
    (tmp_path / "archives").mkdir()
    return venv


def test_nothing_runs_when_no_install_input_changed(fake_venv, monkeypatch):
    dev.STAMP.write_text(dev.install_fingerprint())
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail(f"ran {a[0]} with nothing changed"))
    dev.ensure_environment()


def test_a_changed_input_installs_the_lock_with_hashes_then_the_project_from_the_archives(fake_venv, monkeypatch, tmp_path):
    purelib = tmp_path / "site-packages"
    purelib.mkdir()
    (purelib / dev.OLD_PATH_FILE).write_text(str(ROOT))
    calls = []

    def run(args, **kwargs):
        calls.append([str(a) for a in args])
        return subprocess.CompletedProcess(args, 0, stdout=f"{purelib}\n", stderr="")

    monkeypatch.setattr(subprocess, "run", run)
    dev.STAMP.write_text("an older install")
    dev.ensure_environment()
    locked, project = calls[0], calls[1]
    assert locked[1:4] == ["-m", "pip", "install"] and "--no-index" in locked
    assert locked[locked.index("--find-links") + 1] == str(dev.ARCHIVES)
    assert "--require-hashes" in locked and "--no-deps" in locked
    assert locked[-2:] == ["-r", str(ROOT / dev.DEV_LOCK)]
    assert {"--no-index", "--no-deps", "--no-build-isolation"} <= set(project)
    assert project[-2:] == ["-e", str(ROOT)]
    assert not (purelib / dev.OLD_PATH_FILE).exists(), "the editable install replaces the old .pth file"
    assert dev.STAMP.read_text() == dev.install_fingerprint()


def test_fingerprint_covers_pyproject_and_every_requirements_and_lock_file():
    assert set(dev.INSTALL_INPUTS) == {"pyproject.toml", *(p.name for p in ROOT.glob("requirements*.txt"))}
    assert {dev.SITE_LOCK, dev.DEV_LOCK} <= set(dev.INSTALL_INPUTS)


def test_pyproject_reads_its_pins_from_the_requirements_files():
    import tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dynamic = project["tool"]["setuptools"]["dynamic"]
    assert dynamic["dependencies"]["file"] == ["requirements.txt"]
    assert dynamic["optional-dependencies"]["test"]["file"] == ["requirements-test.txt"]
    assert project["project"]["requires-python"] == ">=3.11"
    site = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    for pin in ("mkdocs==1.6.1", "mkdocs-material==9.8.2", "mkdocs-static-i18n==1.3.1", "jieba==0.42.1"):
        assert pin in site.splitlines(), pin
    assert "pytest" not in site and "playwright" not in site, "test tools belong in requirements-test.txt"
