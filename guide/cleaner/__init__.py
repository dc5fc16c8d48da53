"""The article cleaner: turn one scraped loan article into a draft Markdown guide page.

Each step is a pure function over text that returns the new text and report entries, so the
steps can be tested one by one: decode -> (html: main content via trafilatura) -> junk ->
structure -> wording/punctuation/gaps -> draft. `survey` runs it over a folder and counts per rule.
Nothing here imports MkDocs.
"""
from guide.cleaner.pipeline import CleanResult, clean

__all__ = ["CleanResult", "clean"]
