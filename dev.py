#!/usr/bin/env python3
"""The contributor's two commands, each installing what it needs first.

    python3 dev.py serve   # preview the site with live reload at http://127.0.0.1:8000
    python3 dev.py test    # run the whole test suite (installs Chromium, Java, Node.js on Debian if missing)
    python3 dev.py check   # quick check before a commit: strict build, content checks, fast tests
    python3 dev.py build   # strict build into site/, as CI publishes it

GUIDE_ENGINE=properdocs python3 dev.py serve (or build) runs ProperDocs instead of MkDocs.

Needs only Python 3.11+ and git; everything else goes into .venv/ in this folder, installed the
standard way (the locked packages with `pip install --require-hashes`, then `pip install -e .`), so
the plain `mkdocs` commands work there too.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
# What the install depends on: when none of these changed, nothing is reinstalled.
INSTALL_INPUTS = ("pyproject.toml", "requirements.txt", "requirements-build.txt", "requirements-test.txt",
                  "requirements-tools.txt", "requirements-site.lock.txt", "requirements-dev.lock.txt")
# The exact pins with the SHA-256 of each file (tools/lock.py writes them from requirements*.txt):
# the site's packages (what the published build installs) and everything contributors use.
SITE_LOCK = "requirements-site.lock.txt"
DEV_LOCK = "requirements-dev.lock.txt"
STAMP = VENV / ".install.sha256"
OLD_PATH_FILE = "overdue_guide_project.pth"  # written by earlier versions of this script
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
# The build engines serve and build can run (GUIDE_ENGINE): MkDocs 1.6, which the published build
# uses, or ProperDocs, its maintained fork, which a test proves builds the same site.
ENGINES = ("mkdocs", "properdocs")
# Every locked package's file as the index serves it (a wheel, or jieba's source archive), kept
# between installs and clones: pip's own cache does not help where the package index forbids
# caching its answers, and a fresh environment (a new clone, the install test) then installs
# without the network in seconds. Files, not wheels built here: a locally built wheel would not
# match the hash in the lock.
ARCHIVES = Path(os.environ.get("GUIDE_ARCHIVES")
                or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "overdue-loan-guide" / "archives")


def venv_bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / name


def install_fingerprint() -> str:
    digest = hashlib.sha256(f"{sys.version_info[:2]} {DEV_LOCK}".encode())
    for name in INSTALL_INPUTS:
        path = ROOT / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return digest.hexdigest()


def ensure_environment() -> None:
    """Create .venv and install the project with its locked packages, unless that is done already."""
    if sys.version_info < (3, 11):
        sys.exit(f"error: Python 3.11 or newer is needed (this is {sys.version.split()[0]})")
    wanted = install_fingerprint()
    if STAMP.exists() and STAMP.read_text().strip() == wanted and venv_bin("mkdocs").exists():
        return
    if not venv_bin("python").exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print(f"Installing the project and its locked packages into .venv ({DEV_LOCK}, pip --require-hashes) ...",
          flush=True)
    python = str(venv_bin("python"))
    install_project(python, DEV_LOCK)
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, OLD_PATH_FILE).unlink(missing_ok=True)  # the editable install replaces it
    STAMP.write_text(wanted)


def install_project(python: str, lock: str, pip: list[str] | None = None, extra: list[str] = ()) -> None:
    """Into `python`'s environment: every package of `lock`, hash-checked, from the archive folder
    (filled from the index first with what it lacks), then this project editable, with nothing
    else (--no-deps: the lock has it all; --no-build-isolation: the locked setuptools builds it).
    `pip`: another pip to run it with (e.g. pip --python ...); `extra`: more pip install options."""
    pip = pip or [python, "-m", "pip"]
    quiet = ["--quiet", "--disable-pip-version-check"]
    locked = ["--require-hashes", "--no-deps", "-r", str(ROOT / lock)]
    offline = [*pip, "install", *quiet, *extra, "--no-index", "--find-links", str(ARCHIVES), *locked]
    if not (ARCHIVES.is_dir() and subprocess.run(offline, capture_output=True).returncode == 0):
        print(f"Fetching the locked packages into {ARCHIVES} ...", flush=True)
        subprocess.run([*pip, "download", *quiet, "--dest", str(ARCHIVES), "--find-links", str(ARCHIVES),
                        *locked], check=True)
        subprocess.run(offline, check=True)
    subprocess.run([*pip, "install", *quiet, *extra, "--no-index", "--no-deps", "--no-build-isolation",
                    "-e", str(ROOT)], check=True)


def find_chromium() -> str | None:
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured
    return next((p for p in CHROMIUM_CANDIDATES if Path(p).exists()), shutil.which("chromium"))


# What the tests need from the system, and the Debian packages that provide it: the browser tests
# drive the system Chromium (test tools cannot download their own browser here), the HTML check
# runs the Nu checker on Java, the ranker's unit tests run under Node.js.
SYSTEM_TOOLS = {
    "Chromium": (lambda: find_chromium() is not None, ("chromium", "fonts-noto-cjk")),
    "Java": (lambda: shutil.which("java") is not None, ("default-jre-headless",)),
    "Node.js": (lambda: shutil.which("node") is not None, ("nodejs",)),
}


def ensure_system_tools(names=tuple(SYSTEM_TOOLS)) -> None:
    """Install with apt-get (one run) the Debian packages of every tool in `names` that is missing;
    without apt-get or root, say what to install: those tests then skip locally and fail in CI."""
    missing = [name for name in names if not SYSTEM_TOOLS[name][0]()]
    if not missing:
        return
    packages = [package for name in missing for package in SYSTEM_TOOLS[name][1]]
    apt = shutil.which("apt-get")
    sudo = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if apt is None or sudo is None:
        print(f"warning: {', '.join(missing)} missing; install them ('apt-get install {' '.join(packages)}', or set "
              "CHROMIUM=/path/to/chromium): their tests will be skipped", file=sys.stderr)
        return
    print(f"Installing {', '.join(missing)} with apt-get ({' '.join(packages)}) ...", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + [apt, "update", "-qq"], check=True, env=env)
    subprocess.run(sudo + [apt, "install", "-y", "-qq", *packages], check=True, env=env)


def quick_check(extra: list[str]) -> int:
    """The strict build, then the content checks and every test that needs no browser, server or
    fresh install (tests/quick_check.py chooses them): under 2 minutes on 2 cores. CI and
    `python3 dev.py test` still run everything."""
    with tempfile.TemporaryDirectory(prefix="guide-check-") as site:
        built = subprocess.run([str(venv_bin("python")), "-m", "mkdocs", "build", "--strict", "-q", "-d", site],
                               cwd=ROOT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    if built.returncode != 0:
        return built.returncode  # the build's message (file, line, what to change) is the first thing to fix
    hand_over([str(venv_bin("python")), "-m", "pytest", "-q", "-p", "tests.quick_check", *extra])
    return 0  # not reached: hand_over does not return


def hand_over(args: list[str]) -> None:
    """Replace this process with the command: Ctrl-C, `kill <pid>` and exit codes reach it directly,
    and no child is left holding the port when this script is killed."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    os.chdir(ROOT)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(args[0], args, env)


def main(argv: list[str]) -> int:
    command, extra = (argv[0], argv[1:]) if argv else ("", [])
    if command not in {"serve", "test", "build", "check"}:
        print(__doc__)
        return 2
    engine = os.environ.get("GUIDE_ENGINE", "mkdocs")
    if engine not in ENGINES:
        print(f"error: GUIDE_ENGINE={engine!r}; use one of {', '.join(ENGINES)}", file=sys.stderr)
        return 2
    ensure_environment()
    # ProperDocs reads mkdocs.yml only when named (its own default is properdocs.yml)
    config = ["-f", str(ROOT / "mkdocs.yml")]
    if command == "serve":
        hand_over([str(venv_bin(engine)), "serve", *config, "--livereload", "-a", "127.0.0.1:8000", *extra])
    if command == "build":
        hand_over([str(venv_bin(engine)), "build", *config, "--strict", *extra])
    if command == "check":
        ensure_system_tools(["Java"])  # the HTML check is part of it
        return quick_check(extra)
    ensure_system_tools()
    hand_over([str(venv_bin("python")), "-m", "pytest", *extra])
    return 0  # not reached: hand_over does not return


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
