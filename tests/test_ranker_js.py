"""The search ranker's rules, unit-tested under Node (tests/js/ranker.test.js, node --test): a
change to a weight or a rule shows in seconds which rule moved."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from conftest import ROOT


def test_ranker_rules_under_node():
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI"):
            pytest.fail("Node.js is missing: python3 dev.py test installs Debian's nodejs")
        pytest.skip("Node.js is missing: apt-get install nodejs (python3 dev.py test installs it)")
    result = subprocess.run([node, "--test", str(ROOT / "tests" / "js" / "ranker.test.js")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
