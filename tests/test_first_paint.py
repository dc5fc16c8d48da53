"""The first screen in one round trip (issue 25): no stylesheet blocks a phone's first paint, the
rules it needs are inlined within a budget, and the home, a guide page and the tree paint their
whole first screen, styled, from the first 14 KB of gzip'd HTML with every stylesheet held back,
light and dark, with JavaScript on and off. Timings are the benchmark's (tools/benchmark.py
--only firstpaint); these check behaviour."""
from __future__ import annotations

import functools
import gzip
import re
import sys
import threading
import time
from http.server import ThreadingHTTPServer

import pytest

from conftest import CHROMIUM_ARGS, ROOT, _chromium_path

sys.path.insert(0, str(ROOT))
from guide.delivery.critical_css import critical_css, page_first_paint  # noqa: E402
from guide.delivery.first_paint import MARK, MARK_COMMENT, UNSEEN, WIDE_EM, deliver, importer  # noqa: E402
from tools import first_screen  # noqa: E402

# gzip bytes of the inlined rules: the largest page (the tree) needs about 5.3 KB; past this, the
# first screen no longer fits in the first round trip with the markup before it.
INLINE_BUDGET = 6 * 1024
PAGES = ["", "is-it-real/", "what-to-do/", "en/", "en/is-it-real/", "en/what-to-do/"]


def _page(body: str, head: str = "") -> str:
    return (f'<!doctype html><html lang="zh"><head><meta charset="utf-8">{head}</head>'
            f'<body data-md-color-scheme="default">{body}<!--{MARK}--><footer class="f">x</footer></body></html>')


def _critical(css: str, body: str, **options) -> str:
    return critical_css([css], page_first_paint(_page(body), MARK, options.pop("unseen", ())), **options)


# --- which rules are inlined ---------------------------------------------------------------

def test_rules_for_elements_before_the_mark_are_kept_and_others_dropped():
    css = ".a{color:red}.f{color:blue}.missing{color:green}p.a{margin:0}div>.a{top:0}ul .a{left:0}"
    assert _critical(css, '<div><p class="a">x</p></div>') == ".a{color:red}p.a{margin:0}div>.a{top:0}"


def test_only_the_matching_selectors_of_a_list_are_kept():
    assert _critical(".a,.b,.c{color:red}", '<p class="b">x</p>') == ".b{color:red}"


def test_structural_pseudo_classes_are_matched_exactly():
    body = "<ul><li>1</li><li>2</li></ul>"
    css = "li:first-child{a:1}li:last-child{b:2}li:nth-child(3){c:3}li:only-child{d:4}ul:empty{e:5}li+li{f:6}"
    assert _critical(css, body) == "li:first-child{a:1}li:last-child{b:2}li+li{f:6}"


def test_pointer_and_focus_states_are_left_to_the_full_stylesheet():
    css = "a:hover{a:1}a:focus-visible{b:2}a:not(:focus){c:3}a:is(:hover,.x){d:4}"
    assert _critical(css, '<a href="#">x</a>') == "a:not(:focus){c:3}"


def test_checked_is_as_served_and_target_may_match():
    css = "#t:checked~p{a:1}#u:checked~p{b:2}p:target{c:3}"
    assert _critical(css, '<input id="t" type="checkbox" checked><input id="u" type="checkbox"><p id="p">x</p>') \
        == "#t:checked~p{a:1}p:target{c:3}"


def test_both_palettes_are_inlined_so_a_stored_dark_choice_paints_dark():
    body = '<input class="md-option" data-md-color-scheme="slate"><p>x</p>'
    css = "[data-md-color-scheme=slate]{--bg:#000}[data-md-color-scheme=other]{--bg:red}p{background:var(--bg)}"
    assert _critical(css, body) == "[data-md-color-scheme=slate]{--bg:#000}p{background:var(--bg)}"


def test_custom_properties_no_kept_rule_uses_are_dropped_through_chains():
    css = ":root{--a:1px;--b:var(--a);--icon:url(\"data:image/svg+xml;x\");--c:2px}p{margin:var(--b)}"
    assert _critical(css, "<p>x</p>") == ":root{--a:1px;--b:var(--a)}p{margin:var(--b)}"


def test_print_and_wide_screen_media_are_left_out_and_narrow_media_kept():
    css = ("@media print{p{a:1}}@media screen and (min-width:60em){p{b:2}}@media screen and (max-width:59.98em){p{c:3}}"
           "@media screen and (min-width:45em) and (max-width:59.98em){p{d:4}}@media (prefers-color-scheme:dark){p{e:5}}")
    assert _critical(css, "<p>x</p>", below_em=WIDE_EM) == (
        "@media screen and (max-width:59.98em){p{c:3}}@media screen and (min-width:45em) and (max-width:59.98em)"
        "{p{d:4}}@media (prefers-color-scheme:dark){p{e:5}}")


def test_a_selector_inside_is_does_not_share_answers_with_the_selector_around_it():
    """`table :is(th, td)` once reused the answer for `table` at step 0 as the answer for `th` at
    step 0 (one memo for both), and dropped the rule on every page with a table."""
    css = ".t table:not([class]) :is(th, td){padding:0}"
    assert _critical(css, '<div class="t"><table><tr><td>x</td></tr></table></div>') == css


def test_a_list_with_a_vendor_pseudo_class_and_an_unreadable_selector_are_kept_whole():
    css = "p,x::-moz-selection{a:1}p|q{b:2}p > > q{c:3}"
    assert _critical(css, "<p>x</p>") == "p,x::-moz-selection{a:1}p|q{b:2}p > > q{c:3}"


def test_what_is_inside_an_unseen_container_is_left_out_but_the_container_kept():
    body = '<div class="panel"><p class="inner">x</p></div>'
    css = ".panel{width:0;overflow:hidden}.inner{color:red}"
    assert _critical(css, body, unseen=("panel",)) == ".panel{width:0;overflow:hidden}"


# --- the page as delivered -----------------------------------------------------------------

def test_deliver_loads_the_stylesheets_after_the_content_as_one_and_inlines_their_rules():
    head = '<link rel="stylesheet" href="a.css"><link rel="stylesheet" href="p.css" media="print">'
    head = '<link rel="stylesheet" href="a.css">'
    after = '<link rel="stylesheet" href="p.css" media="print"><link rel="stylesheet" href="t.css">'
    html = _page('<p class="x">x</p>', head).replace(MARK_COMMENT, MARK_COMMENT + after)
    sheets = {"a.css": ".x{color:red}.f{color:blue}", "t.css": "p{margin:0}"}
    combined = []
    out = deliver(html, sheets.__getitem__, lambda hrefs: combined.append(hrefs) or "all.css")
    head_part, body_part = out.split("</head>")
    assert combined == [[("a.css", None), ("p.css", "print"), ("t.css", None)]]  # in cascade order
    assert "<style>.x{color:red}p{margin:0}</style>" in head_part
    for href in ("a.css", "t.css"):
        assert f'<link rel="stylesheet" href="{href}" media="(min-width: {WIDE_EM}em)">' in head_part
    assert '<link rel="stylesheet" href="p.css" media="print">' in head_part  # as it was, for offline copies
    assert body_part.index('<link rel="stylesheet" href="all.css">') < body_part.index("<footer")
    assert 'href="t.css">' not in body_part and 'href="a.css">' not in body_part and "p.css" not in body_part
    assert MARK not in out


def test_the_combined_stylesheet_imports_each_in_order():
    assert importer([("main.css", None), ("print.css", "print"), ("site.css", None)]).endswith(
        '@import url("main.css");\n@import url("print.css") print;\n@import url("site.css");\n')


def test_a_page_without_the_mark_keeps_its_stylesheets():
    html = '<html><head><link rel="stylesheet" href="a.css"></head><body><p>x</p></body></html>'
    assert deliver(html, lambda href: pytest.fail("read without a mark"), lambda hrefs: "x") == html


def test_a_stylesheet_that_cannot_be_parsed_fails_with_its_name():
    html = _page("<p>x</p>", '<link rel="stylesheet" href="broken.css">')
    with pytest.raises(ValueError, match=r"broken\.css: cannot read this stylesheet.*fix its syntax"):
        deliver(html, lambda href: "p{color:red}}", lambda hrefs: "all.css")


# --- the built site ------------------------------------------------------------------------

def _inline_css(html: str) -> str:
    head = html.split("</head>")[0]
    return "".join(re.findall(r"<style>(.*?)</style>", head, re.S))


@pytest.mark.parametrize("page", PAGES)
def test_built_pages_block_no_narrow_screen_and_inline_within_budget(built_site, page):
    html = (built_site / page / "index.html").read_text(encoding="utf-8")
    head, body = html.split("</head>", 1)
    links = re.findall(r"<link\b[^>]*rel=\"stylesheet\"[^>]*>", head)
    assert links, "the wide screens' stylesheets are missing from <head>"
    assert all(f'media="(min-width: {WIDE_EM}em)"' in link or 'media="print"' in link for link in links), links
    inline = _inline_css(html)
    assert ".md-header" in inline and "[data-md-color-scheme=slate]" in inline
    assert len(gzip.compress(inline.encode(), 6)) <= INLINE_BUDGET
    assert MARK not in html
    content_end = body.index("</article>")
    full = re.findall(r'<link rel="stylesheet" href="([^"]+)">', body)
    assert len(full) == 1 and body.index(full[0]) > content_end, full  # one, after the content
    imports = re.findall(r'@import url\("([^"]+)"\)', (built_site / page / full[0]).resolve().read_text(encoding="utf-8"))
    linked = [re.search(r'href="([^"]+)"', link).group(1).rsplit("/", 1)[-1] for link in links]
    assert sorted(imports) == sorted(linked), "the combined stylesheet imports other files than <head> links"
    # the cascade order of old: Material's, site.css, print.css, then the page's own
    own = 1 if page.endswith("what-to-do/") else 0  # tree.css
    assert imports.index("site.css") < imports.index("print.css") == len(imports) - 1 - own


def test_the_inlined_rules_leave_out_what_a_phone_does_not_show(built_site):
    inline = _inline_css((built_site / "is-it-real" / "index.html").read_text(encoding="utf-8"))
    assert ".md-search-result" not in inline and ".md-search__input" not in inline  # inside UNSEEN
    assert "md-search__inner" in UNSEEN and ".md-search__inner{" in inline
    assert "@media print" not in inline and "--md-admonition-icon--bug" not in inline


# seconds the held-back server waits before it sends the rest of a page or any stylesheet
HOLD = 5.0


@pytest.fixture(scope="module")
def held_back(built_site):
    """The site served as if only the first round trip had arrived (tools/first_screen.py)."""
    handler = functools.partial(first_screen.held_back_handler(hold=HOLD), directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("page", PAGES)
def test_the_first_screen_fits_in_the_first_round_trip(browser, site_url, built_site, page):
    found = first_screen.measure(browser, site_url + page, built_site / page / "index.html", built_site)
    assert found["blocking"] == [], found
    assert found["html_gzip"] <= first_screen.ROUND_TRIP_BYTES, (
        f"/{page}: the first screen's markup ends after {found['html_gzip']} bytes of gzip "
        f"(inlined CSS {found['inline_gzip']}), more than one round trip ({first_screen.ROUND_TRIP_BYTES})")


# Below Material's header: with JavaScript, its bundle (which runs once the stylesheets are in, as
# before) adds the palette and search buttons to the header row, in plain Material too.
BELOW_HEADER = {"x": 0, "y": 60, "width": 360, "height": 680}


@pytest.mark.parametrize("page", ["", "is-it-real/", "what-to-do/"])
@pytest.mark.parametrize("dark, javascript", [(False, False), (True, True), (False, True)])
def test_the_first_14_kb_paint_the_first_screen_as_the_whole_page_does(browser, site_url, held_back, page, dark,
                                                                       javascript):
    """The loaded page is shot once it has settled (two equal pictures in a row); the held-back page
    is shot until it looks the same, while the rest of the page is still held back: on a busy
    machine the first paint can take longer than a fixed wait."""
    clip = BELOW_HEADER if javascript else None
    wanted = "slate" if dark else "default"

    def open_tab(url, partial):
        context = own.new_context(viewport=first_screen.VIEWPORT, color_scheme="dark" if dark else "light",
                                      java_script_enabled=javascript, service_workers="block")
        tab = context.new_page()
        tab.goto(url, wait_until="commit" if partial else "load")
        return context, tab

    def shoot(tab):
        return tab.screenshot(animations="disabled", caret="hide", clip=clip)

    def palette(tab):
        return tab.evaluate("() => document.body.dataset.mdColorScheme") if javascript else wanted

    def loaded():
        context, tab = open_tab(site_url + page, partial=False)
        whole = shoot(tab)
        for _ in range(20):
            tab.wait_for_timeout(250)
            whole, before = shoot(tab), whole
            if whole == before:
                break
        scheme = palette(tab)
        context.close()
        return whole, scheme

    def first_14_kb(whole):
        started = time.monotonic()
        context, tab = open_tab(held_back + page, partial=True)
        tab.wait_for_timeout(1000)
        differences = []
        while True:
            picture = shoot(tab)  # waits for a frame: none comes until the first screen's markup has arrived
            assert time.monotonic() - started < HOLD, f"/{page}: nothing painted before the rest of the page arrived"
            differences.append(first_screen.difference(browser, whole, picture))
            if differences[-1] <= 0.001 or time.monotonic() - started > HOLD - 1.5:
                break
            tab.wait_for_timeout(500)
        scheme = palette(tab)
        context.close()
        return differences, scheme

    # Under load, Chromium has given a new context's first page the colour scheme of the context
    # before it (fresh CI machines, about one run in three): the page then shows, correctly for
    # what it was told, the other palette. Such a tab is opened again; a page that picks the wrong
    # palette itself still fails, three times over.
    # and each comparison runs in a browser of its own, so no context inherits another's settings
    own = browser.browser_type.launch(executable_path=_chromium_path(), args=CHROMIUM_ARGS)
    try:
        for _ in range(3):
            whole, whole_scheme = loaded()
            differences, first_scheme = first_14_kb(whole)
            if whole_scheme == first_scheme == wanted:
                break
    finally:
        own.close()
    # a few pixels of leeway for anti-aliasing noise; a missing line or an unstyled block is 1 % or more
    assert (whole_scheme, first_scheme) == (wanted, wanted), f"/{page}: palettes {whole_scheme}, {first_scheme}"
    assert differences[-1] <= 0.001, (
        f"/{page}: what the first 14 KB paint (stylesheets held back) differs from the loaded page: {differences}")


@pytest.mark.parametrize("slow", ["site.css", "main", "tree.css"])
def test_a_stylesheet_arriving_late_moves_nothing(browser, built_site, slow):
    """Material's stylesheet arriving before site.css once showed Material's rules over site.css's
    inlined copies (the content jumped 22 px): the full stylesheets apply together or not at all."""
    main = next(p.name for p in (built_site / "assets" / "stylesheets").glob("main.*.min.css"))
    name = main if slow == "main" else slow
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(
        first_screen.slow_file_handler(name, 1.5), directory=str(built_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for page in ("is-it-real/", "what-to-do/"):
            context = browser.new_context(viewport={"width": 412, "height": 823}, device_scale_factor=1.75,
                                          is_mobile=True, has_touch=True, service_workers="block")
            context.add_init_script(first_screen.LAYOUT_SHIFTS_INIT)
            tab = context.new_page()
            tab.goto(f"http://127.0.0.1:{server.server_address[1]}/{page}", wait_until="load")
            tab.wait_for_timeout(500)
            shifts = tab.evaluate("window.__shifts")
            context.close()
            # Material's bundle moves the language button by a pixel when it adds its own (0.0008)
            assert sum(s["value"] for s in shifts) < 0.01, f"/{page} with {name} late: {shifts}"
    finally:
        server.shutdown()
