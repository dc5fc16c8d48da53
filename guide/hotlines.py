"""The only phone numbers the site may publish (the C entries of data/sources.yml), each with the
fact id that says what it is for. Content checks and tap-to-call links both read this one table."""
from __future__ import annotations

HOTLINE_SOURCES = {"12378": "C1", "12363": "C2", "12315": "C3", "12348": "C4", "110": "C5",
                   "96110": "C6", "12356": "C7", "12368": "C8"}
# Longest first, so a pattern built from them matches 96110 before 110.
HOTLINES = tuple(sorted(HOTLINE_SOURCES, key=len, reverse=True))
