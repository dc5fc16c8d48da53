"""The draft page: front matter, the structure check, and a round trip through markdown-it-py."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt

from guide.cleaner import clean
from guide.cleaner.draft import front_matter, make_draft, verify
from guide.cleaner.errors import CleanerError
from guide.cleaner.gaps import MARKER
from guide.cleaner.report import Changed, Marked, Removed
from guide.cleaner.structure import Block

FIXTURE = Path(__file__).parent / "fixtures" / "cleaner" / "article.txt"
EXPECTED_OUTLINE = [
    (1, "信用卡逾期后接到陌生电话怎么办"),
    (2, "信用卡逾期后接到陌生电话？先别慌"),
    (2, "一、先确认来电的身份"),
    (2, "二、可以采取哪些应对措施"),
    (2, "如何避免再次逾期"),
]


@pytest.fixture(scope="module")
def result():
    return clean(FIXTURE.read_text(encoding="utf-8"), "article.txt")


def split(draft: str) -> tuple[dict, str]:
    _, meta, body = draft.split("---\n", 2)
    return yaml.safe_load(meta), body


def test_front_matter_has_the_fields_a_guide_page_needs(result):
    meta, _ = split(result.draft)
    assert meta == {"title": "信用卡逾期后接到陌生电话怎么办", "status": "draft", "source": "article.txt",
                    "description": "", "reviewed": "", "sources": []}


def test_front_matter_tells_the_editor_what_to_fill(result):
    head = result.draft.split("---\n")[1]
    for key in ("description", "reviewed", "sources"):
        line = next(line for line in head.splitlines() if line.startswith(key + ":"))
        assert "# TODO:" in line


def test_front_matter_quotes_awkward_titles():
    meta = yaml.safe_load(front_matter('逾期: "真的"会上门吗? #1', "a b.txt").split("---\n")[1])
    assert meta["title"] == '逾期: "真的"会上门吗? #1' and meta["source"] == "a b.txt"


def test_round_trip_outline_with_markdown_it(result):
    _, body = split(result.draft)
    tokens = MarkdownIt("commonmark").parse(body)
    outline = [(int(t.tag[1]), tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert outline == EXPECTED_OUTLINE == result.outline
    kinds = [t.type for t in tokens]
    assert kinds.count("ordered_list_open") == 1 and kinds.count("bullet_list_open") == 1
    assert kinds.count("list_item_open") == 6


def test_fixture_junk_is_gone_and_facts_stay(result):
    _, body = split(result.draft)
    for junk in ("理财小站", "字体", "纠错", "责任编辑", "阅读下一篇", "Copyright", "ICP", "网友评论", "律师",
                 "😀", "信用卡逾期多久会上征信", "---"):
        assert junk not in body, junk
    assert body.count("信用卡逾期后接到陌生电话怎么办") == 1
    assert "拨打银行卡背面的官方客服电话核实" in body and "保存通话录音" in body


def test_fixture_wording_punctuation_and_gaps(result):
    _, body = split(result.draft)
    for spun in ("咱们", "起因", "之一步", "常常情况下", "疑惑", "选用", "倘使", "假若", "非法表现"):
        assert spun not in body, spun
    assert "," not in body and "?" not in body.replace("<!--", "")
    assert f"应当坚决{MARKER}并保留证据，比如、等{MARKER}。" in body


def test_report_entries_cover_every_step(result):
    rules = {e.rule for e in result.entries if isinstance(e, Removed)}
    assert {"breadcrumb", "date", "source line", "font size (字体)", "comments", "correction link (纠错)",
            "next/previous article (阅读下一篇)", "copyright", "ICP licence", "repeated title",
            "related articles", "emoji", "separator (---), made a section break"} <= rules
    assert any(isinstance(e, Changed) and e.rule == "spun word" for e in result.entries)
    assert sum(isinstance(e, Marked) for e in result.entries) == 2


def test_verify_refuses_two_h1():
    draft = front_matter("标题", "a.txt") + "\n# 标题\n\n# 另一个\n"
    with pytest.raises(CleanerError, match="2 H1 headings"):
        verify(draft, [(1, "标题"), (1, "另一个")])


def test_verify_refuses_a_skipped_level():
    draft = front_matter("标题", "a.txt") + "\n# 标题\n\n### 小节\n"
    with pytest.raises(CleanerError, match="H3 right after H1"):
        verify(draft, [(1, "标题"), (3, "小节")])


def test_verify_refuses_an_accidental_heading():
    draft = front_matter("标题", "a.txt") + "\n# 标题\n\n一段文字\n---\n"  # setext H2 made by accident
    with pytest.raises(CleanerError, match="differs from the intended"):
        verify(draft, [(1, "标题")])


def test_make_draft_escapes_paragraphs_instead_of_failing():
    blocks = [Block("heading", "标题", level=1), Block("paragraph", "1. 这一行在原文里是普通段落，不是列表。"),
              Block("paragraph", "# 也不是标题")]
    meta, body = split(make_draft(blocks, "a.txt"))
    assert "1\\. 这一行" in body and "\\# 也不是标题" in body
