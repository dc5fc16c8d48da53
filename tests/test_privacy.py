"""Privacy on a shared phone (issue 32): what other sites learn from a reader's click, and what
may run in a page. The "remove this site from this phone" control is tested in the browser in
tests/test_delivery.py."""
from __future__ import annotations

import base64
import hashlib
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.delivery.referrer import external_links_without_referrer

_HEAD = re.compile(r"<head>(.*?)</head>", re.S)
_EXTERNAL = re.compile(r'<a\b[^>]*\bhref="(?:https?:)?//[^"]*"[^>]*>')


def test_every_page_sends_no_referrer_to_other_sites(built_site):
    pages = [p for p in built_site.rglob("*.html") if "assets" not in p.parts]
    problems = []
    external = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        head = _HEAD.search(html)
        if not head or '<meta name="referrer" content="same-origin">' not in head.group(1):
            problems.append(f"{page.relative_to(built_site)}: no referrer policy in <head>")
        for tag in _EXTERNAL.findall(html):
            external += 1
            if not re.search(r'\brel="[^"]*\bnoreferrer\b', tag):
                problems.append(f"{page.relative_to(built_site)}: {tag}")
    assert len(pages) > 40 and external > 100
    assert not problems, "\n".join(problems[:20])


def test_noreferrer_is_added_once_and_merged_with_rel():
    html = ('<a href="https://a.org/x">a</a><a rel="noopener" href="//b.org">b</a>'
            '<a href="https://c.org" rel="noreferrer">c</a><a href="../help/">d</a><a href="tel:110">110</a>')
    assert external_links_without_referrer(html) == (
        '<a rel="noreferrer" href="https://a.org/x">a</a><a rel="noopener noreferrer" href="//b.org">b</a>'
        '<a href="https://c.org" rel="noreferrer">c</a><a href="../help/">d</a><a href="tel:110">110</a>')
    assert external_links_without_referrer(external_links_without_referrer(html)) == external_links_without_referrer(html)


# --- what may run: the Content-Security-Policy -------------------------------------------------

class _Head(HTMLParser):
    """The policy, where it stands among the head's elements, and the inline scripts that run."""
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.policy, self.policy_at, self.first_script_at, self.count = None, None, None, 0
        self.scripts, self._in_script = [], False

    def handle_starttag(self, tag, attrs):
        self.count += 1
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "content-security-policy":
            self.policy, self.policy_at = attrs.get("content"), self.count
        if tag == "script":
            if self.first_script_at is None:
                self.first_script_at = self.count
            runs = "src" not in attrs and (attrs.get("type") or "text/javascript") in ("text/javascript", "module")
            self._in_script = runs
            if runs:
                self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def test_every_page_allows_only_its_own_scripts(built_site):
    problems = []
    pages = [p for p in built_site.rglob("*.html") if "assets" not in p.parts]
    for page in pages:
        parsed = _Head()
        parsed.feed(page.read_text(encoding="utf-8"))
        name = page.relative_to(built_site)
        if not parsed.policy:
            problems.append(f"{name}: no Content-Security-Policy")
            continue
        directives = dict((d.split()[0], d.split()[1:]) for d in parsed.policy.split(";") if d.strip())
        script_src = directives.get("script-src", [])
        if "'unsafe-inline'" in script_src or "'unsafe-eval'" in script_src or "*" in script_src:
            problems.append(f"{name}: script-src {' '.join(script_src)}")
        for body in parsed.scripts:
            digest = "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
            if digest not in script_src:
                problems.append(f"{name}: an inline script without its hash: {body[:60]!r}")
        if parsed.first_script_at is not None and parsed.policy_at > parsed.first_script_at:
            problems.append(f"{name}: the policy comes after a script")
        for directive in ("connect-src", "worker-src", "img-src", "default-src"):
            if directives.get(directive, [None])[0] != "'self'":
                problems.append(f"{name}: {directive} is not limited to the site")
    assert len(pages) > 40
    assert not problems, "\n".join(problems[:20])


VIOLATIONS = ("window.__csp = []; document.addEventListener('securitypolicyviolation', "
              "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')))")


def test_no_page_reports_a_violation_and_everything_still_works(browser, site_url, exit_url, stub_exit):
    """Pages with each kind of script, used as a reader would: the tree, search (its worker), the
    letters, the loan-cost and deadline tools, the quick exit keys. No violation anywhere; and a
    script slipped into a page does not run."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    context.add_init_script(VIOLATIONS)
    stub_exit(context)
    tab = context.new_page()
    seen = {}
    try:
        for path in ("", "en/", "help/", "letters/", "en/loan-legal/", "404.html"):
            tab.goto(site_url + path)
            tab.wait_for_load_state("networkidle")
            seen[path] = tab.evaluate("window.__csp")
        tab.goto(site_url + "what-to-do/")
        tab.locator(".tree-step--start a.tree-answer").first.click()
        tab.wait_for_url("**/what-to-do/#*")  # the tree moved on
        tab.wait_for_timeout(500)  # and moved the focus to the new step
        tab.locator(".md-header__button[for=__search]").click()
        tab.keyboard.type("催收")
        tab.locator(".md-search-result__item").first.wait_for(timeout=10000)  # the search worker ran
        seen["what-to-do/ + search"] = tab.evaluate("window.__csp")
        try:
            tab.add_script_tag(content="window.__injected = true")
        except Exception:
            pass  # Playwright may report the blocked script
        assert tab.evaluate("window.__injected") is None, "an injected inline script ran"
        assert any("script-src" in v for v in tab.evaluate("window.__csp"))
        tab.keyboard.press("Escape")
        for _ in range(3):
            tab.keyboard.press("Shift")
        tab.wait_for_url(exit_url + "**")  # the exit keys still work
    finally:
        context.close()
    assert all(v == [] for v in seen.values()), seen
