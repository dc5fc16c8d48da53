"""The first screen in one round trip, measured in Chromium (tools/benchmark.py --only firstpaint,
tests/test_first_paint.py).

A server answers in its first round trip with about 14 KB (TCP's initial window: 10 segments of
1,460 bytes); a stylesheet that blocks the first paint costs at least one more. For a page at
360x740 this finds where the markup of its first screen ends (the first element after the last
one a reader sees, JavaScript off, so the DOM is the HTML as sent), how many bytes of the gzip'd
HTML as a static host sends it (level 6) hold it, and which stylesheets block the paint; and it
shows what a reader sees when only the first 14 KB have arrived (HeldBackHandler).
"""
from __future__ import annotations

import base64
import gzip
import io
import time
import zlib
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

from guide.delivery.critical_css import parse_html

ROUND_TRIP_BYTES = 14 * 1024
VIEWPORT = {"width": 360, "height": 740}

# The index (in document order) of the last element that has a visible box on the screen, and
# every element's tag, so the index can be found in the HTML source.
LAST_VISIBLE = """() => {
  const all = [...document.getElementsByTagName('*')];
  let last = -1;
  all.forEach((el, i) => {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth
        && el.checkVisibility({opacityProperty: true, visibilityProperty: true})) last = i;
  });
  return {last, tags: all.map(e => e.localName.toLowerCase())};
}"""

# head stylesheets that apply at this width (and so hold the first paint)
HEAD_BLOCKING = """() => [...document.querySelectorAll('head link[rel=stylesheet]')]
  .filter(l => !l.disabled && matchMedia(l.media || 'all').matches).map(l => l.getAttribute('href'))"""


def gzip_body(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


def compressed_bytes_for(data: bytes, end: int, step: int = 64) -> int:
    """How many bytes of `data` gzip'd (level 6, as sent) a browser needs to decode its first
    `end` bytes (to `step` bytes)."""
    body = gzip_body(data)
    inflate = zlib.decompressobj(31)
    produced = 0
    for at in range(0, len(body), step):
        produced += len(inflate.decompress(body[at:at + step]))
        if produced >= end:
            return min(at + step, len(body))
    return len(body)


def first_screen_end(html: str, last: int, tags: list[str]) -> int:
    """Offset in `html` where the first screen's markup ends: the start of the element after the
    last visible one (`last`, an index into the browser's elements `tags`)."""
    elements, _ = parse_html(html)
    mine = [e.tag for e in elements]
    if mine != tags:
        at = next((i for i, (a, b) in enumerate(zip(mine, tags)) if a != b), min(len(mine), len(tags)))
        raise ValueError(f"the browser's elements differ from the HTML's at #{at}: "
                         f"{tags[at - 2:at + 3]} vs {mine[at - 2:at + 3]}")
    return elements[last + 1].start if last + 1 < len(elements) else len(html)


def measure(browser, url: str, html_file: Path, site: Path) -> dict:
    """First-screen figures of one page: end offset, gzip bytes of HTML to it, blocking
    stylesheets (head ones that apply at 360 px, and any in <body> before the end) and their
    gzip bytes, and the bytes of <style> in <head>."""
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=False, service_workers="block")
    page = context.new_page()
    page.goto(url, wait_until="load")
    found = page.evaluate(LAST_VISIBLE)
    head = page.evaluate(HEAD_BLOCKING)
    context.close()
    raw = html_file.read_bytes()
    html = raw.decode("utf-8")
    end = first_screen_end(html, found["last"], found["tags"])
    elements, _ = parse_html(html)
    head_end = html.find("</head>")
    body_blocking = [e.attrs.get("href", "") for e in elements
                     if e.tag == "link" and "stylesheet" in e.attrs.get("rel", "").split() and head_end < e.start < end
                     and e.attrs.get("media", "all") != "print"]
    blocking = head + body_blocking
    css = sum(len(gzip_body(_linked(site, html_file, href).read_bytes())) for href in blocking)
    inline = sum(len(gzip_body(html[e.start:html.find("</style>", e.start)].encode()))
                 for e in elements if e.tag == "style" and e.start < head_end)
    end_bytes = len(html[:end].encode("utf-8"))
    return {"end": end_bytes, "html_gzip": compressed_bytes_for(raw, end_bytes), "blocking": blocking,
            "css_gzip": css, "inline_gzip": inline, "total_gzip": len(gzip_body(raw))}


def _linked(site: Path, html_file: Path, href: str) -> Path:
    href = href.split("?")[0].split("#")[0]
    if href.startswith("/"):
        return site / href.lstrip("/")
    return (html_file.parent / href).resolve()


class HeldBackHandler(SimpleHTTPRequestHandler):
    """Serves a site as if only the first round trip had arrived: an HTML page's first `limit`
    bytes of gzip, then nothing for `hold` seconds; a stylesheet nothing for `hold` seconds.
    Subclass with the two attributes set (held_back_handler)."""
    protocol_version = "HTTP/1.1"
    limit = ROUND_TRIP_BYTES
    hold = 6.0

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in (".html", ".css") or not path.is_file() or not self.path.split("?")[0].endswith(("/", path.suffix)):
            return super().send_head()
        body = gzip_body(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if path.suffix == ".css":
            time.sleep(self.hold)
            return io.BytesIO(body)
        self.wfile.write(body[:self.limit])
        self.wfile.flush()
        time.sleep(self.hold)
        return io.BytesIO(body[self.limit:])


def held_back_handler(limit: int = ROUND_TRIP_BYTES, hold: float = 6.0) -> type:
    return type("Held", (HeldBackHandler,), {"limit": limit, "hold": hold})


def slow_file_handler(name: str, delay: float) -> type:
    """Serves a site at once, except files named `name`, which wait `delay` seconds: one
    stylesheet arriving after the others."""
    class Slow(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send_head(self):
            if Path(self.path.split("?")[0]).name == name:
                time.sleep(delay)
            return super().send_head()
    return Slow


# Layout shifts of the page so far (PerformanceObserver, buffered): [{value, sources: [class names]}]
LAYOUT_SHIFTS_INIT = """window.__shifts = [];
new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shifts.push(
  {value: e.value, sources: e.sources.map(s => s.node && s.node.className ? String(s.node.className) : '')}); })
  .observe({type: 'layout-shift', buffered: true});"""


def screenshot(browser, url: str, *, dark: bool = False, javascript: bool = True, wait_ms: int = 0,
               partial: bool = False) -> bytes:
    """A 360x740 screenshot: after load (partial=False), or `wait_ms` after the response began
    (partial=True, for a held-back server, while the rest has not arrived)."""
    context = browser.new_context(viewport=VIEWPORT, color_scheme="dark" if dark else "light",
                                  java_script_enabled=javascript, service_workers="block")
    page = context.new_page()
    if partial:
        page.goto(url, wait_until="commit")
        page.wait_for_timeout(wait_ms)
    else:
        page.goto(url, wait_until="load")
        page.wait_for_timeout(wait_ms)
    shot = page.screenshot(animations="disabled", caret="hide", timeout=10_000)
    context.close()
    return shot


def painted(browser, url: str, wait_ms: int) -> bool:
    """Whether the page has had a first contentful paint `wait_ms` after the request began."""
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    page = context.new_page()
    page.goto(url, wait_until="commit")
    page.wait_for_timeout(wait_ms)
    found = page.evaluate("() => performance.getEntriesByName('first-contentful-paint').length > 0")
    context.close()
    return found


_DIFF = """async ([a, b]) => {
  const load = src => new Promise(done => { const i = new Image(); i.onload = () => done(i); i.src = src; });
  const [x, y] = await Promise.all([load(a), load(b)]);
  const w = Math.max(x.width, y.width), h = Math.max(x.height, y.height);
  const data = img => { const c = new OffscreenCanvas(w, h), g = c.getContext('2d'); g.drawImage(img, 0, 0);
                        return g.getImageData(0, 0, w, h).data; };
  const p = data(x), q = data(y);
  let differ = 0;
  for (let i = 0; i < p.length; i += 4)
    if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 24) differ++;
  return differ / (w * h);
}"""


def difference(browser, first: bytes, second: bytes) -> float:
    """The share of pixels that differ between two PNG screenshots (0: the same picture)."""
    context = browser.new_context()
    page = context.new_page()
    urls = ["data:image/png;base64," + base64.b64encode(s).decode() for s in (first, second)]
    share = page.evaluate(_DIFF, urls)
    context.close()
    return share
