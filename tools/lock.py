#!/usr/bin/env python3
"""Write the hash locks from the exact pins (requirements*.txt), after a pin changed.

    python3 -m pip install pip-tools   # once, into any environment (it is not a project package)
    python3 tools/lock.py              # rewrites requirements-site.lock.txt and requirements-dev.lock.txt

The pins stay in requirements*.txt (one place, read by pyproject.toml); the locks add the SHA-256
of every file PyPI has for each pinned version, so `pip install --require-hashes` refuses a
package whose file changed on the index or a mirror. tests/test_locks.py fails when a pin and
its lock disagree.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# lock file: the pin files it covers. The published build installs only the site's lock.
LOCKS = {
    "requirements-site.lock.txt": ["requirements.txt", "requirements-build.txt"],
    "requirements-dev.lock.txt": ["requirements.txt", "requirements-build.txt",
                                  "requirements-test.txt", "requirements-tools.txt"],
}


def compile_lock(lock: str, sources: list[str]) -> None:
    subprocess.run([sys.executable, "-m", "piptools", "compile", "--quiet", "--generate-hashes",
                    "--allow-unsafe", "--no-emit-index-url", "--no-emit-find-links", "--strip-extras",
                    "--no-header", "--output-file", lock, *sources], cwd=ROOT, check=True)
    path = ROOT / lock
    path.write_text(f"# Written by tools/lock.py from {', '.join(sources)}: do not edit by hand; change a pin\n"
                    f"# there and run python3 tools/lock.py. Installed with pip install --require-hashes.\n"
                    + path.read_text(encoding="utf-8"), encoding="utf-8")


def main() -> int:
    try:
        import piptools  # noqa: F401
    except ImportError:
        print("tools/lock.py needs pip-tools: python3 -m pip install pip-tools (then run it with that python)",
              file=sys.stderr)
        return 2
    for lock, sources in LOCKS.items():
        compile_lock(lock, sources)
        print(f"wrote {lock} from {', '.join(sources)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
