"""Errors about a contributor's input, written so they can act on them without a traceback."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ContentError(Exception):
    """One problem in one input file: where it is and what to change."""

    path: Path | str
    message: str
    line: int | None = None
    node: str | None = None

    def __str__(self) -> str:
        where = str(self.path) + (f":{self.line}" if self.line else "")
        node = f" [{self.node}]" if self.node else ""
        return f"{where}{node}: {self.message}"


class ContentErrors(Exception):
    """Several problems, reported together so a contributor can fix them in one pass."""

    def __init__(self, errors: list[ContentError]):
        self.errors = sorted(errors, key=lambda e: (str(e.path), e.line or 0))
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.errors)
        head = f"{count} problem{'s' if count != 1 else ''} found:"
        return "\n".join([head, *(f"  {e}" for e in self.errors)])


def raise_if_any(errors: list[ContentError]) -> None:
    if errors:
        raise ContentErrors(errors)


def close_match(word: object, choices) -> str | None:
    """The choice `word` was most likely meant to be (a typo such as 'reviwed'), or None."""
    found = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return found[0] if found else None
