"""Report entries: what the cleaner removed, changed and marked, so the editor can check its work."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

SHOWN_PER_RULE = 3  # removed lines quoted per rule; enough to spot a wrong rule, short enough to read
QUOTE_WIDTH = 40


@dataclass(frozen=True)
class Removed:
    rule: str
    text: str
    line: int  # 1-based line in the decoded input


@dataclass(frozen=True)
class Changed:
    rule: str
    before: str
    after: str
    count: int = 1


@dataclass(frozen=True)
class Marked:
    rule: str
    excerpt: str


@dataclass(frozen=True)
class Review:
    """A line the cleaner kept although a rule was unsure about it; `line` is the input's."""
    rule: str
    text: str
    line: int


@dataclass(frozen=True)
class Finding:
    """Something in the draft a reviewer must look at; `line` is the draft's line (1-based)."""
    section: str  # one of SECTIONS
    what: str
    text: str
    line: int


Entry = Removed | Changed | Marked | Review | Finding

# Removed lines listed in full, each with its input line: a reviewer checks every one.
LISTED_IN_FULL = ("ad or call to action", "disclaimer")
SECTIONS = {
    "check": "kept, but check these draft lines (a rule was unsure; nothing was deleted)",
    "words": "words the content checks reject (data/content_rules.yml): rewrite them",
    "garbled": "text that looks garbled: compare with the source, do not guess",
    "claims": "legal rules, deadlines, amounts and percentages with no fact id: each needs an id of "
              "data/sources.yml, or goes",
}


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_WIDTH else text[: QUOTE_WIDTH - 1] + "…"


def removed_by_rule(entries: list[Entry]) -> dict[str, list[Removed]]:
    groups: dict[str, list[Removed]] = {}
    for entry in entries:
        if isinstance(entry, Removed):
            groups.setdefault(entry.rule, []).append(entry)
    return groups


def changes_counted(entries: list[Entry]) -> Counter:
    """(rule, before, after) -> total count."""
    counts: Counter = Counter()
    for entry in entries:
        if isinstance(entry, Changed):
            counts[(entry.rule, entry.before, entry.after)] += entry.count
    return counts


def format_report(entries: list[Entry], header: list[str], outline: str) -> str:
    lines = list(header)
    removed = removed_by_rule(entries)
    total = sum(len(group) for group in removed.values())
    lines.append(f"removed ({total}):" if removed else "removed: nothing")
    for rule, group in removed.items():
        lines.append(f"  {rule} ({len(group)})")
        shown = len(group) if rule in LISTED_IN_FULL else SHOWN_PER_RULE
        for entry in group[:shown]:
            lines.append(f"    line {entry.line}: {_quote(entry.text)}")
        if len(group) > shown:
            lines.append(f"    ... and {len(group) - shown} more")
    changes = changes_counted(entries)
    lines.append(f"changed ({sum(changes.values())}):" if changes else "changed: nothing")
    order = {"spun word": 0, "punctuation": 1, "spacing": 2}
    for (rule, before, after), count in sorted(changes.items(), key=lambda item: order.get(item[0][0], 3)):
        lines.append(f"  {rule}: {before} -> {after} ({count})")
    marks = [e for e in entries if isinstance(e, Marked)]
    lines.append(f"gaps marked with TODO ({len(marks)}):" if marks else "gaps marked: none")
    for mark in marks:
        lines.append(f"  {mark.rule}: {_quote(mark.excerpt)}")
    for section, title in SECTIONS.items():
        found = [e for e in entries if isinstance(e, Finding) and e.section == section]
        lines.append(f"{title} ({len(found)}):" if found else f"{title.split(':')[0].split(' (')[0]}: none")
        for finding in sorted(found, key=lambda f: f.line):
            lines.append(f"  draft line {finding.line}: {finding.what}: {_quote(finding.text)}")
    lines.append(f"outline: {outline}")
    return "\n".join(lines)
