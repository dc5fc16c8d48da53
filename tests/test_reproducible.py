"""Two builds of the same tree give the same files, and so does ProperDocs, the maintained fork of
MkDocs 1.x: the build engine is a choice this test proves on every change (README, "Build engine").

The one difference that can occur: MkDocs dates the sitemap by the build day (<lastmod>, and the
mtime in sitemap.xml.gz's gzip header), so two builds either side of midnight differ there. Only
that is normalised: <lastmod> values are dropped and the .gz files are compared decompressed.
Everything else (HTML, search indexes, CSS, JS) must be byte-identical.
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

from conftest import build_site

LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def normalised(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    if "sitemap" in path.name:
        data = LASTMOD.sub(b"<lastmod/>", data)
    return data


def files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*"))
            if p.is_file() and p.name != ".build-log.txt"}


def test_two_builds_are_identical(built_site, site_address, tmp_path):
    result = build_site(tmp_path / "again", site_url=site_address)
    assert result.returncode == 0, result.stdout + result.stderr
    first, second = files(built_site), files(tmp_path / "again")
    assert sorted(first) == sorted(second)
    different = [name for name in first if normalised(first[name]) != normalised(second[name])]
    assert not different, f"these files differ between two builds of the same tree: {different}"


def test_properdocs_builds_the_same_site(built_site, site_address, tmp_path):
    """ProperDocs runs the same plugins, theme and hooks (it answers their `mkdocs` imports), so
    the site it builds must be the same files, byte for byte, as MkDocs's."""
    result = build_site(tmp_path / "properdocs", site_url=site_address, engine="properdocs")
    assert result.returncode == 0, result.stdout + result.stderr
    first, second = files(built_site), files(tmp_path / "properdocs")
    assert sorted(first) == sorted(second), "MkDocs and ProperDocs built different files"
    different = [name for name in first if normalised(first[name]) != normalised(second[name])]
    assert not different, f"these files differ between the MkDocs and the ProperDocs build: {different}"
