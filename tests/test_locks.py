"""The hash locks agree with the exact pins: every package pinned in requirements*.txt is in its
lock at the same version with at least one SHA-256, the locks hold nothing else, and the site's
lock (what the published build installs) holds no test or contributor tool."""
from __future__ import annotations

import re
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))
from tools.lock import LOCKS  # noqa: E402

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.M)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(text: str) -> dict[str, str]:
    return {canonical(name): version for name, version in PIN.findall(text)}


def locked(text: str) -> dict[str, tuple[str, int]]:
    """{package: (version, number of hashes)} of a lock written by pip-compile --generate-hashes."""
    entries = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = PIN.match(block)
        if match:
            entries[canonical(match.group(1))] = (match.group(2), len(re.findall(r"--hash=sha256:[0-9a-f]{64}", block)))
    return entries


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_lock_matches_the_pins_and_hashes_every_package(lock):
    wanted: dict[str, str] = {}
    for source in LOCKS[lock]:
        wanted.update(pins((ROOT / source).read_text(encoding="utf-8")))
    have = locked((ROOT / lock).read_text(encoding="utf-8"))
    fix = f"run python3 tools/lock.py to rewrite {lock}"
    assert {name: version for name, (version, _) in have.items()} == wanted, fix
    unhashed = [name for name, (_, hashes) in have.items() if hashes == 0]
    assert not unhashed, f"{lock}: no hash for {unhashed}; {fix}"


def test_the_site_lock_installs_no_test_or_contributor_tool():
    site = locked((ROOT / "requirements-site.lock.txt").read_text(encoding="utf-8"))
    tools = pins((ROOT / "requirements-test.txt").read_text(encoding="utf-8")) | \
        pins((ROOT / "requirements-tools.txt").read_text(encoding="utf-8"))
    site_pins = pins((ROOT / "requirements.txt").read_text(encoding="utf-8"))
    assert not (set(site) & (set(tools) - set(site_pins)))
