"""The quick check's choice of tests (tests/quick_check.py): browser, slow, server and extra-build
tests are left out, everything else stays."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from quick_check import quick


def item(nodeid: str, fixtures=(), slow=False):
    module = nodeid.split("::")[0].rpartition("/")[2].removesuffix(".py")
    return SimpleNamespace(nodeid=nodeid, fixturenames=list(fixtures), module=SimpleNamespace(__name__=module),
                           get_closest_marker=lambda name: object() if slow and name == "slow" else None)


@pytest.mark.parametrize("test, kept", [
    (item("tests/test_content.py::test_no_spun_words_or_junk[docs/help.zh.md]", ["path"]), True),
    (item("tests/test_html_valid.py::test_every_built_page_is_valid_html", ["built_site", "checker"]), True),
    (item("tests/test_phone_ux.py::test_x", ["page", "browser", "site_url"]), False),   # a browser test
    (item("tests/test_install.py::test_fresh", slow=True), False),                       # marked slow
    (item("tests/test_serve_errors.py::test_serve_shows_errors_in_the_browser_and_previews_drafts"), False),
    (item("tests/test_drafts.py::test_strict_build_refuses_a_draft_first_then_lists_its_problems_with_lines"), False),
    (item("tests/test_drafts.py::test_refusal_says_draft_and_how_to_publish"), True),
])
def test_quick_check_keeps_only_fast_tests(test, kept):
    assert quick(test) is kept
