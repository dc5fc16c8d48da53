"""Content checks over every guide page in docs/ (zh default + en).

Runs on a fresh clone: reads only files inside the repository. Front matter is checked with
guide/page_meta.py, the same code the build uses.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide import content_checks as cc
from guide.errors import ContentError, ContentErrors
from guide.frontmatter import read_page
from guide.page_meta import check_page_meta
from guide.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
ZH = sorted(DOCS.glob("*.zh.md"))
EN = sorted(DOCS.glob("*.en.md"))
PAGES = ZH + EN
RULES = yaml.safe_load((ROOT / "data" / "content_rules.yml").read_text(encoding="utf-8"))


def _twin(path: Path, lang: str) -> Path:
    return path.with_name(cc.page_key(path)[:-3] + f".{lang}.md")


def _body(path: Path) -> str:
    return cc.body_of(path.read_text(encoding="utf-8"))


PAIRS = [(zh, _twin(zh, "en")) for zh in ZH if _twin(zh, "en").exists()]
ids = lambda items: [cc.page_key(i[0] if isinstance(i, tuple) else i) + ("" if isinstance(i, tuple) else f" ({i.suffixes[0][1:]})") for i in items]


def test_there_are_pages():
    assert ZH and EN


@pytest.mark.parametrize("path", ZH, ids=ids(ZH))
def test_zh_page_has_en_page(path):
    assert _twin(path, "en").exists(), f"{path.name} has no English page {_twin(path, 'en').name}"


@pytest.mark.parametrize("path", EN, ids=ids(EN))
def test_en_page_has_zh_page(path):
    assert _twin(path, "zh").exists(), f"{path.name} has no Chinese page {_twin(path, 'zh').name}"


@pytest.mark.parametrize("zh,en", PAIRS, ids=ids(PAIRS))
def test_pair_has_same_heading_ids(zh, en):
    assert cc.heading_ids(_body(zh)) == cc.heading_ids(_body(en))


@pytest.mark.parametrize("zh,en", PAIRS, ids=ids(PAIRS))
def test_pair_has_same_number_of_steps(zh, en):
    assert cc.ordered_list_items(_body(zh)) == cc.ordered_list_items(_body(en))


@pytest.mark.parametrize("zh,en", PAIRS, ids=ids(PAIRS))
def test_pair_has_same_internal_links(zh, en):
    key = cc.page_key(zh)
    assert cc.internal_links(_body(zh), key) == cc.internal_links(_body(en), key)


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_every_heading_has_an_explicit_unique_id(path):
    found = cc.headings(_body(path))
    missing = [text for _, heading_id, text in found if heading_id is None]
    assert not missing, f"headings without {{#id}}: {missing}"
    heading_ids = [heading_id for _, heading_id, _ in found]
    assert len(heading_ids) == len(set(heading_ids)), f"duplicate heading ids: {heading_ids}"
    assert [level for level, _, _ in found].count(1) == 1, "a page needs exactly one H1"


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_internal_links_point_at_existing_pages_and_anchors(path):
    broken = []
    for link in cc.internal_links(_body(path), cc.page_key(path)):
        target = DOCS / link.page.replace(".md", f".{path.suffixes[0][1:]}.md")
        if not target.exists():
            broken.append(f"{link.page} (no {target.name})")
        elif link.anchor and link.anchor not in cc.heading_ids(_body(target)):
            broken.append(f"{link.page}#{link.anchor} (no such heading id)")
    assert not broken, f"broken internal links: {broken}"


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_only_allowed_phone_numbers(path):
    numbers = cc.phone_like(_body(path))
    assert set(numbers) <= cc.ALLOWED_PHONE_NUMBERS, f"numbers not in the allowed list: {sorted(set(numbers) - cc.ALLOWED_PHONE_NUMBERS)}"


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_no_spun_words_or_junk(path):
    text = path.read_text(encoding="utf-8")
    spun = cc.words_found(text, RULES["banned_words"])
    assert not spun, "spun wording from the source articles: " + "; ".join(f"{w} ({RULES['banned_words'][w]})" for w in spun)
    junk = cc.words_found(text, RULES["junk_markers"])
    assert not junk, f"scraped junk from the source articles: {junk}"


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_summary_box_comes_first(path):
    assert cc.has_summary_before_first_h2(_body(path)), "put a '!!! summary' box before the first '## ' heading"


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_front_matter_is_valid(path):
    sources = load_sources(ROOT / "data" / "sources.yml")
    page = read_page(path)
    assert list(page.meta)[:4] == ["title", "description", "reviewed", "sources"], "front matter keys, in order: title, description, reviewed, sources"
    try:
        check_page_meta(page, sources, today=dt.date.today())
    except (ContentError, ContentErrors) as error:
        pytest.fail(str(error))


def test_every_cited_source_has_an_entry_and_every_entry_is_cited():
    sources = load_sources(ROOT / "data" / "sources.yml")
    cited = {i for p in PAGES for i in (read_page(p).meta.get("sources") or [])}
    assert cited <= set(sources), f"unknown ids: {sorted(cited - set(sources))}"
    assert set(sources) <= cited, f"entries no page cites: {sorted(set(sources) - cited)}"


@pytest.mark.parametrize("zh,en", PAIRS, ids=ids(PAIRS))
def test_pair_cites_the_same_sources(zh, en):
    assert read_page(zh).meta.get("sources") == read_page(en).meta.get("sources")


# --- the checks themselves catch breaches -------------------------------------------------

def test_checks_catch_breaches():
    body = "# T {#t}\n\n## A\n\n1. x\n2. y\n\n[l](sms-only.zh.md#why) 电话 400-123-4567 或 110。"
    assert cc.heading_ids(body) == ["t", None]
    assert cc.ordered_list_items(body) == 2
    assert cc.internal_links(body, "x.md") == [cc.Link("sms-only.md", "why")]
    assert set(cc.phone_like(body)) - cc.ALLOWED_PHONE_NUMBERS == {"400-123-4567"}
    assert set(cc.words_found("咱们先看看起因", RULES["banned_words"])) == {"咱们", "起因"}
    assert not cc.has_summary_before_first_h2(body)
    assert cc.has_summary_before_first_h2("# T {#t}\n\n!!! summary \"短\"\n    x\n\n## A {#a}\n")
