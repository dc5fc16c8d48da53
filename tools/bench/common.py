"""What the benchmarks share: the project and plain-Material configurations and builds, a server that
sends files as a static host does, the system Chromium, and the table printer.
"""
from __future__ import annotations

import functools
import gzip
import io
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

from guide.languages import DEFAULT_LANGUAGE
from guide.content.translations import page_name
from guide.tree.markdown import docs_href, tree_markdown
from guide.tree.render import MARKER
from guide.tree.validate import load_tree


ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class _EnvTag(str):
    """Keeps `!ENV [NAME, default]` through a load/dump round trip."""


def _load_config(path: Path) -> dict:
    loader = type("Loader", (yaml.SafeLoader,), {})
    # `!ENV [NAME, default]` keeps the default; `!ENV NAME` (site_url) is set by project_config anyway.
    loader.add_constructor("!ENV", lambda ld, node: ld.construct_sequence(node)[-1]
                           if isinstance(node, yaml.SequenceNode) else None)
    # Python-name tags used by some Markdown extensions are kept as plain strings.
    loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda ld, suffix, node: ld.construct_scalar(node))
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def write_config(config: dict, path: Path) -> Path:
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def project_config(root: Path, docs_dir: Path, hooks: bool = True) -> dict:
    """The project's mkdocs.yml with absolute paths; without hooks if hooks=False."""
    config = _load_config(ROOT / "mkdocs.yml")
    config["docs_dir"] = str(docs_dir)
    config["site_url"] = "http://127.0.0.1:8000/"
    config["theme"]["custom_dir"] = str(ROOT / config["theme"].get("custom_dir", "overrides"))
    config["hooks"] = [str(ROOT / h) for h in config.get("hooks", [])] if hooks else []
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "search" in plugin and plugin["search"].get("jieba_dict_user"):
            plugin["search"]["jieba_dict_user"] = str(ROOT / plugin["search"]["jieba_dict_user"])
    return config


def plain_docs(docs: Path, tree_file: Path, dest: Path) -> Path:
    """A copy of `docs` for plain Material: the decision-tree marker replaced by the same tree
    written as plain Markdown (a section per question and outcome), so both builds hold the same
    content and the comparison measures what the project adds, not the tree's text."""
    shutil.copytree(docs, dest)
    tree = load_tree(tree_file, docs) if tree_file.exists() else None
    for page in dest.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        if tree is not None and MARKER in text:
            lang = (page_name(page.relative_to(dest)) or (None, DEFAULT_LANGUAGE))[1]
            page.write_text(text.replace(MARKER, tree_markdown(tree, lang, docs_href)), encoding="utf-8")
    return dest


def baseline_config(docs_dir: Path) -> dict:
    """Plain Material on the same docs: no custom_dir, no hooks, no project CSS or JS."""
    config = project_config(ROOT, docs_dir, hooks=False)
    config["theme"].pop("custom_dir", None)
    config.pop("extra_css", None)
    config.pop("extra_javascript", None)
    return config


def run_build(config_path: Path, site_dir: Path, cwd: Path) -> tuple[int, float, float, str]:
    """(exit code, wall seconds, peak RSS in MB, output) of one `mkdocs build` (not strict)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config_path), "-d", str(site_dir)],
                            cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, wall, usage.ru_maxrss / 1024, output


def print_table(title: str, header: list[str], rows: list[list], notes: list[str] = ()) -> None:
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    print(f"\n## {title}\n")
    print("| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells[1:]:
        print("| " + " | ".join(c.rjust(w) if re.match(r"^[\d.,x%+-]+$", c) else c.ljust(w)
                                for c, w in zip(row, widths)) + " |")
    for note in notes:
        print(f"\n{note}")
    sys.stdout.flush()


def kb(n: float) -> str:
    return f"{n / 1024:.1f}"


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# Types a static host compresses (GitHub Pages sends these gzip'd).
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".webmanifest"}


class _LikeAStaticHost(_Quiet):
    """Serves as the published site is served: HTTP/1.1 keep-alive, text files gzip'd (level 6)
    when the browser accepts it. Lighthouse's simulated throttling charges the bytes and
    connections it observed: an uncompressed HTTP/1.0 server would measure a host nobody uses."""
    protocol_version = "HTTP/1.1"
    _cache: dict[str, bytes] = {}

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSIBLE and path.is_file()) or not self.path.split("?")[0].endswith(
                ("/", path.suffix)):
            return super().send_head()  # redirects, 404s, binary files: as before
        key = str(path)
        if key not in self._cache:
            self._cache[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        body = self._cache[key]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # a browser that closes a connection early (a page left before its last request ends) is
        # not an error worth a traceback in the middle of the tables
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def serve(directory: Path, compress: bool = True) -> tuple[ThreadingHTTPServer, str]:
    handler = _LikeAStaticHost if compress else _Quiet
    server = _Server(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def site_pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("index.html")):
        rel = path.relative_to(site).as_posix()
        if not rel.startswith(("assets/", "search/")):
            pages.append(rel[: -len("index.html")])
    return pages


def build_project(work: Path) -> Path:
    """The project site, built once per run into `work` (the hooks read data/ next to the config
    file: it builds from its own mkdocs.yml)."""
    site = work / "project-site"
    if not site.exists():
        code, _, _, output = run_build(ROOT / "mkdocs.yml", site, ROOT)
        if code != 0:
            sys.exit(f"the project build failed:\n{output}")
    return site


def build_both(work: Path) -> tuple[Path, Path]:
    """The project site and the plain-Material baseline, built once per run into `work`."""
    baseline_site = work / "baseline-site"
    if not baseline_site.exists():
        config = write_config(baseline_config(plain_docs(ROOT / "docs", ROOT / "data" / "tree.yml",
                                                         work / "baseline-docs")), work / "baseline.yml")
        code, _, _, output = run_build(config, baseline_site, ROOT)
        if code != 0:
            sys.exit(f"the baseline build failed:\n{output}")
    return build_project(work), baseline_site


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM") or next(
        (p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None)


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
