"""python -m tools.cleaner_measure [DIR ...]: the share of real articles that give a clean draft.

A draft is clean when (1) the cleaner made one (a refusal of an article whose title is in the text
counts against it), and for an article whose copy has no title line (`given:`) it refused without
--title (any title it found there is a line of the text or chrome), (2) its title is the article's
title, (3) no line listed as chrome in the folder's expected.yml is left in the draft (as the title,
a heading, a paragraph or an item) and no `chrome_parts` fragment (chrome glued to a line of text,
"A+ A-") either, no heading is a fragment of a line (starts with closing punctuation, ends with an
opening bracket, one character long), no four headings follow one another with no text between
them (lines of a sentence or links made headings), and (4) no content line was lost: every other
line of the file (less pinyin annotations) is found in the draft (by its character 3-grams after the
spun-word list's replacements, so the cleaner's punctuation, spacing and word changes do not count
as a loss; see `_survives`).

Default folder: tests/fixtures/cleaner/real (README.md there says where each article came from).
To compare with an older cleaner, run this with PYTHONPATH pointing at a copy of its guide/.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from guide.cleaner.chinese import comparable
from guide.cleaner.decode import decode
from guide.cleaner.errors import CleanerError
from guide.cleaner.pipeline import clean
from guide.cleaner.wording import load_spun_words, replace_spun_words

try:
    from guide.cleaner.junk import PINYIN
except ImportError:  # an older cleaner, measured for comparison
    from guide.cleaner.junk import _PINYIN as PINYIN

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "cleaner" / "real"
RUN = 4  # headings in a row with nothing between them: not an outline (a broken sentence, a link list)
SURVIVES = 0.8  # share of a line's 3-grams that must be in the draft
_MARKER = re.compile(r"<!--.*?-->")
_OPENING = "《（(“‘「『【["
_CLOSING = "》）)”’」』】],，、.。;；:：!！?？"


@dataclass
class Verdict:
    file: str
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems


def _grams(text: str) -> set[str]:
    key = comparable(text)
    return {key[i:i + 3] for i in range(len(key) - 2)} if len(key) >= 3 else {key} if key else set()


def _survives(line: str, draft_key: str) -> bool:
    grams = _grams(line)
    if not grams:
        return True
    return sum(g in draft_key for g in grams) >= SURVIVES * len(grams)


def _unspun(line: str) -> str:
    return replace_spun_words(line, _words())[0]


_WORD_LIST: list = []


def _words() -> list:
    if not _WORD_LIST:
        _WORD_LIST.extend(load_spun_words())
    return _WORD_LIST


def _headings(draft: str) -> list[str]:
    body = draft.split("\n---\n", 1)[1]
    return [line.lstrip("#").strip() for line in body.splitlines() if line.startswith("#")]


def judge(folder: Path, entry: dict) -> Verdict:
    verdict = Verdict(entry["file"])
    raw = (folder / entry["file"]).read_bytes()
    text, _ = decode(raw)
    html = entry["file"].endswith((".html", ".htm"))
    if entry.get("given"):
        # The stored copy has no title line: a title the cleaner finds in it is not the article's.
        try:
            found = clean(text, entry["file"], html=html)
            verdict.problems.append(f"took {found.blocks[0].text!r} as the title of a text that has none (refuse, ask for --title)")
        except CleanerError:
            pass
    try:
        result = clean(text, entry["file"], title=entry.get("given"), html=html)
    except CleanerError as error:
        verdict.problems.append(f"refused: {error.message}")
        return verdict
    headings = _headings(result.draft)
    title = result.blocks[0].text
    if entry.get("title") and comparable(title) != comparable(entry["title"]):
        verdict.problems.append(f"title is {title!r}, not {entry['title']!r}")
    chrome = {comparable(PINYIN.sub("", c)) for c in entry.get("chrome", [])}
    right_title = bool(entry.get("title")) and comparable(title) == comparable(entry["title"])
    if right_title:
        headings = headings[1:]  # the right title; a copy of it may be listed as chrome
    for heading in headings:
        key = comparable(heading)
        if key and key in chrome:
            verdict.problems.append(f"chrome as a heading or the title: {heading!r}")
        elif len(key) <= 1 or heading[:1] in _CLOSING or heading[-1:] in _OPENING:
            verdict.problems.append(f"a fragment as a heading: {heading!r}")
    for block in result.blocks[1:]:
        shown = comparable(_MARKER.sub("", block.text))  # our TODO markers are not the article's
        if block.kind != "heading" and shown and shown in chrome:
            verdict.problems.append(f"chrome kept as {'a paragraph' if block.kind == 'paragraph' else 'an item'}: {block.text!r}")
    body = result.draft.split("\n---\n", 1)[1]
    for part in entry.get("chrome_parts", []):
        if part in body:
            verdict.problems.append(f"chrome left inside a line: {part!r}")
    run = 0
    for block in result.blocks[1:]:
        run = run + 1 if block.kind == "heading" else 0
        if run == RUN:
            verdict.problems.append(f"{RUN} headings in a row with no text between them: {block.text!r}")
    draft_key = comparable(_MARKER.sub("", result.draft))  # our TODO markers are not the article's
    # Pinyin after a character ("網(wǎng)") is the converter's, not the article's: the cleaner
    # removes and reports it. Spun words are put back as the cleaner does ("起因" -> "原因").
    for line in PINYIN.sub("", text).splitlines():
        for part in entry.get("chrome_parts", []):  # chrome glued to a line is not the line's content
            line = line.replace(part, "")
        if line.strip() and comparable(line) not in chrome and not _survives(_unspun(line), draft_key):
            verdict.problems.append(f"content lost: {line.strip()[:40]!r}")
    return verdict


def measure(folders: list[Path]) -> list[Verdict]:
    verdicts = []
    for folder in folders:
        for entry in yaml.safe_load((folder / "expected.yml").read_text(encoding="utf-8")):
            verdicts.append(judge(folder, entry))
    return verdicts


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    parser = argparse.ArgumentParser(prog="python -m tools.cleaner_measure", description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[DEFAULT], metavar="DIR",
                        help="folders with articles and an expected.yml (default: tests/fixtures/cleaner/real)")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not (folder / "expected.yml").is_file():
            print(f"error: {folder}: no expected.yml in this folder (see {DEFAULT / 'expected.yml'})", file=sys.stderr)
            return 2
    verdicts = measure(args.folders)
    for verdict in verdicts:
        print(f"{'clean' if verdict.clean else 'NOT CLEAN'}  {verdict.file}")
        for problem in verdict.problems:
            print(f"    {problem}")
    good = sum(v.clean for v in verdicts)
    print(f"clean drafts: {good}/{len(verdicts)} ({100 * good / len(verdicts):.0f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
