"""MkDocs glue for how pages are delivered (logic in guide/delivery/page.py and guide/delivery/offline.py):
per-page and print assets, absolute hreflang links, the inlined page loader (lazy search, offline
worker registration), the first paint's CSS inlined and the stylesheets moved after the content
(guide/delivery/first_paint.py), no referrer on external links, the Content-Security-Policy, and the
offline service worker written after the last language's build.
Template side: overrides/delivery.html."""
from __future__ import annotations

import hashlib
import posixpath
from pathlib import Path
from urllib.parse import urlsplit

import rjsmin
from mkdocs.plugins import event_priority

from hooks.build_errors import fail_build

from guide.delivery.csp import with_policy
from guide.delivery.first_paint import deliver, importer, without_mark
from guide.languages import DEFAULT_LANGUAGE, LANGUAGES
from guide.delivery.offline import RETIRING_WORKER, WORKER_FILE, service_worker
from guide.delivery.page import (LOADER_SOURCE, PRINT_STYLESHEETS, QUICK_EXIT_SOURCE, hreflang_links,
                                 page_name, page_scripts, page_stylesheets)
from guide.delivery.referrer import external_links_without_referrer

_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def _inline_script(source: Path) -> str:
    text = source.read_text(encoding="utf-8")
    return (text if _serving else rjsmin.jsmin(text)).replace("</", "<\\/")


def _common(context: dict) -> dict:
    context["print_stylesheets"] = PRINT_STYLESHEETS
    context["page_loader"] = _inline_script(LOADER_SOURCE)
    context["quick_exit_script"] = _inline_script(QUICK_EXIT_SOURCE)
    context["service_worker"] = None if _serving else WORKER_FILE
    return context


def on_page_context(context, page, config, nav):
    name = page_name(page.file.src_uri)
    try:
        context["page_stylesheets"] = page_stylesheets(name, Path(config["docs_dir"]))
    except ValueError as error:
        fail_build(error)
    context["page_scripts"] = page_scripts(name)
    alternates = {lang: f.url for lang, f in (getattr(page.file, "alternates", None) or {}).items()}
    context["hreflang_links"] = hreflang_links(config["site_url"] or "", alternates)
    return _common(context)


def on_template_context(context, template_name, config):
    return _common(context)  # 404.html and other theme templates


def _site_path(config, page_url: str, href: str) -> str:
    """The path under site_dir of what `href` (as the page at `page_url` links it) names."""
    root = urlsplit(config["site_url"] or "").path or "/"
    path = urlsplit(href).path
    if path.startswith("/"):
        return path[len(root):] if path.startswith(root) else path.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname("/" + page_url), path)).lstrip("/")


def _stylesheet_reader(config, page_url: str):
    """href -> the text of the built file. The site's files are copied before its pages are built;
    Material's are pruned later (hooks/minify_assets.py), which drops only rules that match no
    page, so none that this page's first paint needs."""
    site = Path(config["site_dir"])

    def read(href: str) -> str:
        path = site / _site_path(config, page_url, href)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise ValueError(f"{path}: a stylesheet the page /{page_url} links (href=\"{href}\") "
                             f"cannot be read ({error.strerror}); fix the link or the file") from error
    return read


def _combiner(config, page_url: str):
    """[(href, media)] -> the href of a stylesheet, written beside the first, that imports them
    all (guide/delivery/first_paint.py importer); named by its content, so pages with the same list share it."""
    site = Path(config["site_dir"])

    def combine(sheets: list[tuple[str, str | None]]) -> str:
        paths = [_site_path(config, page_url, href) for href, _ in sheets]
        folder = posixpath.dirname(paths[0])
        text = importer([(posixpath.relpath(p, folder or "."), media) for p, (_, media) in zip(paths, sheets)])
        name = f"all.{hashlib.sha256(text.encode()).hexdigest()[:8]}.css"
        target = site / folder / name
        if not target.exists():
            target.write_text(text, encoding="utf-8")
        first = sheets[0][0]
        return first.rsplit("/", 1)[0] + "/" + name if "/" in first else name
    return combine


def _finish(html: str, config, page_url: str) -> str:
    html = external_links_without_referrer(html)
    # Under `mkdocs serve` the stylesheets stay in <head> (what a contributor changes shows as it
    # is) and the live-reload script is injected after this hook: no policy there.
    if _serving:
        return without_mark(html)
    try:
        html = deliver(html, _stylesheet_reader(config, page_url), _combiner(config, page_url))
    except ValueError as error:
        fail_build(error)
    return with_policy(html)


def on_post_page(output, page, config):
    return _finish(output, config, page.url)  # "" for the home page, "en/help/" ...


def on_post_template(output_content, template_name, config):
    return _finish(output_content, config, template_name) if template_name.endswith(".html") else output_content


# Last of all post-build steps: after static-i18n's (-100, which builds the other languages and
# runs this hook once inside) and the search index split (-150). The outer call, which runs last,
# writes the final file (config.theme there still names the last language built, so no test).
@event_priority(-200)
def on_post_build(config):
    site = Path(config["site_dir"])
    if _serving:
        (site / WORKER_FILE).write_text(RETIRING_WORKER, encoding="utf-8")
        return
    try:
        text = service_worker(site, list(LANGUAGES), DEFAULT_LANGUAGE)
    except ValueError as error:
        fail_build(error)
    (site / WORKER_FILE).write_text(text, encoding="utf-8")
