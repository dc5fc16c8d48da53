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


Entry = Removed | Changed | Marked


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
        for entry in group[:SHOWN_PER_RULE]:
            lines.append(f"    line {entry.line}: {_quote(entry.text)}")
        if len(group) > SHOWN_PER_RULE:
            lines.append(f"    ... and {len(group) - SHOWN_PER_RULE} more")
    changes = changes_counted(entries)
    lines.append(f"changed ({sum(changes.values())}):" if changes else "changed: nothing")
    order = {"spun word": 0, "punctuation": 1, "spacing": 2}
    for (rule, before, after), count in sorted(changes.items(), key=lambda item: order.get(item[0][0], 3)):
        lines.append(f"  {rule}: {before} -> {after} ({count})")
    marks = [e for e in entries if isinstance(e, Marked)]
    lines.append(f"gaps marked with TODO ({len(marks)}):" if marks else "gaps marked: none")
    for mark in marks:
        lines.append(f"  {mark.rule}: {_quote(mark.excerpt)}")
    lines.append(f"outline: {outline}")
    return "\n".join(lines)
