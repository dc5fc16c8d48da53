"""python -m guide.tree [data/tree.yml] [--docs docs]: check the decision tree, print every problem."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from guide.errors import ContentError, ContentErrors
from guide.tree.model import steps
from guide.tree.validate import load_tree

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guide.tree", description=__doc__)
    parser.add_argument("file", nargs="?", default=str(ROOT / "data" / "tree.yml"))
    parser.add_argument("--docs", default=str(ROOT / "docs"),
                        help="docs folder whose pages and heading ids links must match")
    args = parser.parse_args(argv)
    try:
        tree = load_tree(args.file, args.docs)
    except ContentError as error:
        print(f"1 problem found:\n  {error}", file=sys.stderr)
        return 1
    except ContentErrors as errors:
        print(errors, file=sys.stderr)
        return 1
    paths = [s for s in steps(tree) if s.node in {o.id for o in tree.outcomes()}]
    print(f"{args.file}: OK, {len(tree.questions())} questions, {len(tree.outcomes())} outcomes, "
          f"{len(paths)} paths from the start to an outcome")
    return 0


if __name__ == "__main__":
    sys.exit(main())
