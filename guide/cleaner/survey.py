"""python -m guide.cleaner.survey DIR|FILE...: clean many articles and count what each rule did.

For checking the rules on a corpus (tests/fixtures/cleaner/corpus): a rule that removes real
paragraphs shows up as a count that is too high, and `--show RULE` lists every line it removed.
A SOURCES.yml beside the files may give a `title:` (an expected.yml a `given:`) for articles whose
copy has no title line.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from guide.cleaner.decode import decode
from guide.cleaner.errors import CleanerError
from guide.cleaner.html import looks_like_html
from guide.cleaner.pipeline import CleanResult, clean
from guide.cleaner.report import Changed, Marked, Removed

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class Cleaned:
    path: Path
    result: CleanResult | None
    error: str | None = None


def article_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            files.append(path)
    return files


def titles_beside(files: list[Path]) -> dict[Path, str]:
    """Titles to pass as --title: SOURCES.yml's `title:` or expected.yml's `given:` (tools/cleaner_measure.py)."""
    titles: dict[Path, str] = {}
    for folder in {f.parent for f in files}:
        for name, key in (("SOURCES.yml", "title"), ("expected.yml", "given")):
            listing = folder / name
            if listing.is_file():
                for entry in yaml.safe_load(listing.read_text(encoding="utf-8")) or []:
                    if isinstance(entry, dict) and entry.get(key):
                        titles[folder / entry["file"]] = entry[key]
    return titles


def clean_file(path: Path, title: str | None = None) -> Cleaned:
    try:
        text, _ = decode(path.read_bytes())
        html = path.suffix.lower() in (".html", ".htm") or looks_like_html(text)
        return Cleaned(path, clean(text, path.name, title=title, html=html))
    except CleanerError as error:
        return Cleaned(path, None, error.message)


def clean_all(paths: list[Path]) -> list[Cleaned]:
    files = article_files(paths)
    titles = titles_beside(files)
    return [clean_file(f, titles.get(f)) for f in files]


def rule_counts(cleaned: list[Cleaned]) -> tuple[Counter, Counter, Counter]:
    """(removed lines per rule, changes per rule and word, gap marks per rule) over all articles."""
    removed, changed, marked = Counter(), Counter(), Counter()
    for item in cleaned:
        for entry in item.result.entries if item.result else []:
            if isinstance(entry, Removed):
                removed[entry.rule] += 1
            elif isinstance(entry, Changed):
                key = entry.rule if entry.rule in ("punctuation", "spacing") else f"{entry.rule}: {entry.before} -> {entry.after}"
                changed[key] += entry.count
            elif isinstance(entry, Marked):
                marked[entry.rule] += 1
    return removed, changed, marked


def format_survey(cleaned: list[Cleaned], show: str | None = None) -> str:
    out = [f"{len(cleaned)} articles"]
    for item in cleaned:
        out.append(f"  {item.path.name}: " + (item.result.outline_summary() if item.result else f"ERROR {item.error}"))
    removed, changed, marked = rule_counts(cleaned)
    for name, counts in (("removed lines per rule", removed), ("changes per rule", changed), ("gaps marked per rule", marked)):
        out.append(f"{name}:")
        out += [f"  {count:5d}  {rule}" for rule, count in counts.most_common()] or ["      -"]
    if show is not None:
        out.append(f"lines removed by rules matching {show!r}:")
        for item in cleaned:
            for entry in item.result.entries if item.result else []:
                if isinstance(entry, Removed) and show in entry.rule:
                    out.append(f"  {item.path.name}:{entry.line} [{entry.rule}] {entry.text}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    parser = argparse.ArgumentParser(prog="python -m guide.cleaner.survey", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, metavar="DIR|FILE")
    parser.add_argument("--show", metavar="RULE", help="list every line removed by rules whose name contains RULE ('' for all)")
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"error: {missing[0]}: no such file or folder", file=sys.stderr)
        return 2
    print(format_survey(clean_all(args.paths), args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
