"""The publishing workflow passes actionlint."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_workflows_pass_actionlint():
    binary = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert binary, "actionlint is missing: it is pinned in requirements.txt (python3 dev.py test installs it)"
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows, "no workflow found in .github/workflows"
    result = subprocess.run([binary, "-shellcheck=", "-pyflakes=", *map(str, workflows)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _jobs() -> dict:
    import yaml
    return yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))["jobs"]


def test_publish_build_installs_only_the_site():
    steps = _jobs()["build"]["steps"]
    commands = "\n".join(step.get("run", "") for step in steps)
    assert "--require-hashes --no-deps -r requirements-site.lock.txt" in commands, commands
    assert "mkdocs build --strict" in commands, commands
    for tool in ("dev.py", "[test", "requirements-test", "playwright", "pytest", "actionlint"):
        assert tool not in commands, f"the publish build runs {tool!r}: it installs only the site's packages"


def test_only_main_reaches_the_deploy():
    jobs = _jobs()
    for name in ("build", "deploy"):
        condition = jobs[name].get("if", "")
        assert "github.ref == 'refs/heads/main'" in condition, f"job {name} runs on any branch: {condition!r}"


def test_every_action_is_pinned_by_commit_sha_with_its_version():
    """A tag can be moved to other code; a commit SHA cannot. The comment names the version."""
    text = (ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)(.*)", text)
    assert uses
    for action, rest in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), f"{action}: pin it by its 40-digit commit SHA"
        assert re.search(r"#\s*v\d+\.\d+\.\d+", rest), f"{action}: say its version in a comment (# vX.Y.Z)"
