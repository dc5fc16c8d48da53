"""The one error the cleaner reports: a sentence the contributor can act on, never a traceback."""
from __future__ import annotations


class CleanerError(Exception):
    """A problem with an input, an output or the word list.

    `path` is filled in by whoever knows which file was being handled (often the command line).
    """

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message
