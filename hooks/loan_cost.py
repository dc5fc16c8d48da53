"""MkDocs glue for the loan-cost calculator: the page that holds the marker (loan-legal) gets the
calculator's HTML after Markdown has run. The logic lives in guide/reader_tools/loan_cost.py."""
from __future__ import annotations

from hooks.build_errors import fail_build

from guide.errors import ContentError
from guide.reader_tools.loan_cost import MARKER, render_calculator
from guide.delivery.page import page_name

CALCULATOR_PAGE = "loan-legal"


def on_page_content(html, page, config, files):
    if MARKER in html:
        return html.replace(MARKER, render_calculator(config.theme["language"]), 1)
    if page_name(page.file.src_uri) == CALCULATOR_PAGE:
        fail_build(ContentError(page.file.abs_src_path or page.file.src_uri,
                                f"the {CALCULATOR_PAGE} page must contain the line {MARKER} where the "
                                "loan-cost calculator goes (in the #real-cost section)"))
    return html
