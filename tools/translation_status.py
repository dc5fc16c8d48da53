#!/usr/bin/env python3
"""For every page: is its translation missing, or older than its (Chinese) source?

    python -m tools.translation_status              # table of every page; exit 1 if any is not ok
    python -m tools.translation_status --stamp sms-only [more pages]   # after checking a translation
    python -m tools.translation_status --stamp-all  # record the current source for every translation

A translation is 'ok' when its front matter's `source_hash` matches the source body's hash,
'outdated' when it does not, 'unverified' when it records none, 'missing' when the file is absent.
Readers of outdated and unverified translations see a notice linking to the source page.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from guide.errors import ContentError, ContentErrors  # noqa: E402
from guide.languages import LANGUAGES  # noqa: E402
from guide.content.translation_status import OK, SOURCE_LANGUAGE, all_statuses, stamp  # noqa: E402

DETAIL = {
    "ok": "up to date with the source",
    "outdated": "the source changed since (recorded {recorded}, source now {current})",
    "unverified": "records no source_hash: check it, then --stamp it",
    "missing": "file missing: docs/{name}.{lang}.md",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--stamp", nargs="+", metavar="PAGE", help="record the source's current hash in these pages' translations")
    parser.add_argument("--stamp-all", action="store_true", help="record it in every existing translation")
    args = parser.parse_args(argv)
    try:
        if args.stamp or args.stamp_all:
            names = args.stamp or sorted({s.name for s in all_statuses(args.docs) if s.state != "missing"})
            for name in names:
                for lang in LANGUAGES:
                    if lang != SOURCE_LANGUAGE and (args.docs / f"{name}.{lang}.md").exists():
                        print(f"docs/{name}.{lang}.md: source_hash {stamp(args.docs, name, lang)}")
            return 0
        statuses = all_statuses(args.docs)
    except (ContentError, ContentErrors) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    rows = [(s.name, f"{SOURCE_LANGUAGE} -> {s.lang}", s.state,
             DETAIL[s.state].format(name=s.name, lang=s.lang, recorded=s.recorded, current=s.current))
            for s in statuses]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(("page", "languages", "state", "detail"))]
    print("  ".join(h.ljust(w) for h, w in zip(("page", "languages", "state", "detail"), widths)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
    bad = [s for s in statuses if s.state != OK]
    print(f"\n{len(statuses) - len(bad)} of {len(statuses)} translations up to date.")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
