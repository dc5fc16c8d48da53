"""pytest plugin for the contributor's quick check (`python3 dev.py check`): the tests that need
no browser, no server and no fresh install, so a contributor learns in under two minutes that a
link, a fact id or a data file is broken. CI and `python3 dev.py test` still run everything.

Loaded with `python -m pytest -p tests.quick_check` from the project folder. Left out: every test
that uses the `browser` fixture (directly or through another fixture such as `page`), tests marked
`slow`, the modules in SLOW_MODULES (servers, or several builds of the site) and the tests in
OWN_BUILDS (each builds another copy of the site). The one shared build, the content checks
(test_content.py), the HTML check and every unit test stay.
"""
from __future__ import annotations

# Modules whose tests take many seconds without a browser (measured: see the issue 30 note).
SLOW_MODULES = {"test_serve", "test_serve_errors", "test_robustness", "test_reproducible", "test_install",
                "test_site_address"}
OWN_BUILDS = {"test_delivery.py::test_any_character_in_front_matter_comes_through_whole",
              "test_drafts.py::test_strict_build_refuses_a_draft_first_then_lists_its_problems_with_lines"}


def quick(item) -> bool:
    module = getattr(getattr(item, "module", None), "__name__", "").rpartition(".")[2]
    test_id = item.nodeid.rpartition("/")[2].split("[")[0]
    return ("browser" not in getattr(item, "fixturenames", ()) and item.get_closest_marker("slow") is None
            and module not in SLOW_MODULES and test_id not in OWN_BUILDS)


def pytest_collection_modifyitems(config, items):
    kept = [item for item in items if quick(item)]
    left_out = [item for item in items if not quick(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


def pytest_report_header(config):
    return "quick check: browser, server and install tests left out (python3 dev.py test runs them)"
