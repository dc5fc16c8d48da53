"""No page may make the browser fetch anything from another host (readers' networks block CDNs)."""
from __future__ import annotations

from guide.delivery.external_urls import css_urls, html_loaded_urls, is_external, js_code_urls

OWN_HOSTS = {"127.0.0.1", "localhost"}

# URLs that stay in the theme's JavaScript but are only fetched under a condition this site never
# meets; each entry names the condition, and test_conditional_loads_never_trigger checks it.
CONDITIONAL = {
    "https://unpkg.com/mermaid@": "Mermaid diagrams: fetched only when a page has a .mermaid block",
    "https://api.github.com/": "repository facts: fetched only when repo_url is set",
    "https://${e}/api/v4/": "GitLab repository facts: fetched only when repo_url is set",
    "https://bit.ly/": "text of a console warning in the search worker, never fetched",
}


def offending(built_site):
    found = []
    for path in sorted(built_site.rglob("*")):
        if path.suffix == ".html":
            urls = html_loaded_urls(path.read_text(encoding="utf-8"))
        elif path.suffix == ".css":
            urls = css_urls(path.read_text(encoding="utf-8"))
        elif path.suffix == ".js":
            urls = [u for u in js_code_urls(path.read_text(encoding="utf-8"))
                    if not u.startswith(tuple(CONDITIONAL))]
        else:
            continue
        found += [f"{path.relative_to(built_site)}: {u}" for u in urls if is_external(u, OWN_HOSTS)]
    return found


def test_no_page_loads_from_another_host(built_site):
    assert offending(built_site) == []


def test_conditional_loads_never_trigger(built_site):
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert 'class="mermaid"' not in html, f"{page} has a Mermaid diagram, which loads from unpkg"
        assert "md-source" not in html, f"{page} shows repository facts, which load from a code host"


def test_scanner_catches_each_kind():
    html = ('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
            '<script src="https://cdn.jsdelivr.net/x.js"></script><img srcset="https://e.com/a.png 2x">'
            '<div style="background:url(//e.com/b.png)"></div><a href="https://gov.cn/">ok</a>')
    urls = [u for u in html_loaded_urls(html) if is_external(u, OWN_HOSTS)]
    assert urls == ["https://fonts.googleapis.com/css?family=Roboto", "https://cdn.jsdelivr.net/x.js",
                    "https://e.com/a.png", "//e.com/b.png"]
    assert css_urls("@import 'https://e.com/c.css'; a{background:url(\"https://e.com/d.png\")}") == [
        "https://e.com/c.css", "https://e.com/d.png"]
    assert js_code_urls('/* see https://licence.org */ load("https://unpkg.com/x") // https://doc') == [
        "https://unpkg.com/x"]
    assert not is_external("/assets/x.js", OWN_HOSTS) and not is_external("data:image/png;base64,AA", OWN_HOSTS)
