"""Every article of the development corpus (tests/fixtures/cleaner/corpus, issue 15) comes out clean.

The corpus holds real scraped articles from many sites, as found (SOURCES.yml says where each came
from and what was rebuilt). No rule here names a site: these checks hold for any article. Run with
`-s` (or `python -m guide.cleaner.survey tests/fixtures/cleaner/corpus`) to see the per-rule
counts; a rule that removes real paragraphs shows up there.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from guide.cleaner.chinese import is_sentence
from guide.cleaner.gaps import MARKER
from guide.cleaner.report import Marked, Removed, format_report
from guide.cleaner.survey import clean_file, format_survey, rule_counts
from guide.cleaner.wording import load_spun_words, replace_spun_words

CORPUS = Path(__file__).parent / "fixtures" / "cleaner" / "corpus"
SOURCES = yaml.safe_load((CORPUS / "SOURCES.yml").read_text(encoding="utf-8"))
ENTRIES = {entry["file"]: entry for entry in SOURCES}
WORDS = load_spun_words()

# Lines that are chrome whatever the site: none may survive into a draft.
BOILERPLATE = re.compile(
    r"^[^|\n]{1,16}(?:\s*[|｜丨]\s*[^|\n]{1,16}){2,}$"        # link bar
    r"|^(?:举报)?评论\s*\d+$|^(?:点赞|浏览|阅读|收藏)\s*[:：]?\s*\d+"  # counters
    r"|\d+\s*(?:秒|分钟|小时)前"                              # time stamps
    r"|^更多\s*[>»]|^(?:标签|关键词)\s*[:：]|当前位置|您的位置"
    r"|ICP\s*[备证]|版权所有|Copyright|^[上下]一篇|^(?:相关|推荐|热门)(?:文章|阅读|图文)",
    re.I | re.M)
CENSOR = re.compile(r"\*{2,}|×{2,}|口{2,}(?!声)")


@pytest.fixture(scope="module")
def cleaned():
    return {name: clean_file(CORPUS / name, entry.get("title")) for name, entry in ENTRIES.items()}


def body_of(draft: str) -> str:
    return draft.split("\n---\n", 1)[1]


def test_corpus_size_and_variety():
    files = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))
    assert files == sorted(ENTRIES), "every corpus file has an entry in SOURCES.yml and the other way round"
    assert len(files) >= 20 and len({e["site"] for e in SOURCES}) >= 8
    assert any(name.endswith(".html") for name in files)
    gb = [name for name in files if (CORPUS / name).read_bytes().decode("utf-8", errors="replace").count("\ufffd")]
    assert gb, "at least one article is stored in GB18030"
    for entry in SOURCES:
        assert {"file", "url", "site", "fetched", "form"} <= set(entry), entry
        if entry["form"].startswith("rebuilt"):
            assert entry.get("rebuilt"), f"{entry['file']}: say what was rebuilt"


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_article_comes_out_clean(cleaned, name):
    item, entry = cleaned[name], ENTRIES[name]
    assert item.result is not None, item.error
    result = item.result
    levels = [level for level, _ in result.outline]
    assert levels.count(1) == 1
    if entry.get("sections", True):
        assert levels.count(2) >= entry.get("min_h2", 2), result.outline
    else:
        assert sum(b.kind == "ordered" for b in result.blocks) >= 2
    body = body_of(result.draft)
    assert not BOILERPLATE.search(body), BOILERPLATE.search(body).group(0)
    assert not re.search(r"^#+\s+#|^#+\s+[,，、.。:：;；]", body, re.M), "doubled heading marks or stray punctuation"
    assert replace_spun_words(body, WORDS)[1] == [], "a spun word from data/spun_words.yml is left"
    source_marks = len(CENSOR.findall((CORPUS / name).read_bytes().decode("utf-8", errors="ignore")))
    if source_marks:  # (the GB18030 files have none; they are checked through the UTF-8 ones)
        assert not CENSOR.search(body)
        assert sum(isinstance(e, Marked) and e.rule == "censor mark" for e in result.entries) == source_marks
        assert body.count(MARKER) >= source_marks


@pytest.mark.parametrize("name", sorted(n for n, e in ENTRIES.items() if e.get("removed")))
def test_report_lists_the_chrome_that_was_removed(cleaned, name):
    result = cleaned[name].result
    removed = [e.text for e in result.entries if isinstance(e, Removed)]
    report = format_report(result.entries, [], result.outline_summary())
    rules = {e.text: e.rule for e in result.entries if isinstance(e, Removed)}
    for line in ENTRIES[name]["removed"]:
        assert line in removed
        count = sum(isinstance(e, Removed) and e.rule == rules[line] for e in result.entries)
        assert f"  {rules[line]} ({count})" in report  # the rule, its count, and its first lines
        assert line not in body_of(result.draft)


def test_no_rule_removed_a_sentence(cleaned):
    # Paragraphs are sentences; chrome is not. A rule that took a sentence is a false positive
    # (repeated titles and comment sections are the exceptions: they may be sentences).
    taken = [(name, e.rule, e.text) for name, item in cleaned.items() for e in item.result.entries
             if isinstance(e, Removed) and is_sentence(e.text) and not e.rule.startswith(("repeated title", "comments"))]
    assert taken == []


def test_per_rule_counts_over_the_corpus(cleaned, capsys):
    items = list(cleaned.values())
    removed, changed, marked = rule_counts(items)
    with capsys.disabled():
        print("\n" + format_survey(items))
    assert marked["censor mark"] >= 3 and changed["punctuation"] > 0
    # Each removal rule stays small on real articles: many lines from one rule means it eats text.
    lines = sum(len(item.result.blocks) for item in items)
    assert all(count < lines * 0.05 for rule, count in removed.items() if rule != "pinyin annotation"), removed


def test_survey_command_lists_a_rule_s_lines_and_names_a_missing_path():
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[1]
    run = subprocess.run([sys.executable, "-m", "guide.cleaner.survey", str(CORPUS), "--show", "time stamp"],
                         cwd=root, capture_output=True, timeout=120)
    out = run.stdout.decode("utf-8")
    assert run.returncode == 0 and "removed lines per rule:" in out
    assert "523it-97647.txt:3 [time stamp (34秒前)] 普法百科34秒前1" in out
    missing = subprocess.run([sys.executable, "-m", "guide.cleaner.survey", "no-such-folder"], cwd=root,
                             capture_output=True, timeout=60)
    assert missing.returncode == 2 and missing.stderr.decode("utf-8").strip() == "error: no-such-folder: no such file or folder"
