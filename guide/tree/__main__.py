"""python -m guide.tree [data/tree.yml] [--docs docs] [--markdown LANG]: check the decision tree and
print every problem; with --markdown, print the whole tree in that language as one Markdown document
(for reading it through, e.g. when reviewing a translation)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from guide.errors import ContentError, ContentErrors
from guide.languages import LANGUAGES
from guide.tree.markdown import docs_href, tree_markdown
from guide.tree.model import steps
from guide.tree.validate import load_tree

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guide.tree", description=__doc__)
    parser.add_argument("file", nargs="?", default=str(ROOT / "data" / "tree.yml"))
    parser.add_argument("--docs", default=str(ROOT / "docs"),
                        help="docs folder whose pages and heading ids links must match")
    parser.add_argument("--markdown", metavar="LANG", choices=LANGUAGES,
                        help="print the tree in this language as Markdown (links to pages as page.md#anchor)")
    args = parser.parse_args(argv)
    try:
        tree = load_tree(args.file, args.docs)
    except ContentError as error:
        print(f"1 problem found:\n  {error}", file=sys.stderr)
        return 1
    except ContentErrors as errors:
        print(errors, file=sys.stderr)
        return 1
    if args.markdown:
        print(tree_markdown(tree, args.markdown, docs_href))
        return 0
    paths = [s for s in steps(tree) if s.node in {o.id for o in tree.outcomes()}]
    print(f"{args.file}: OK, {len(tree.questions())} questions, {len(tree.outcomes())} outcomes, "
          f"{len(paths)} paths from the start to an outcome")
    return 0


if __name__ == "__main__":
    sys.exit(main())
