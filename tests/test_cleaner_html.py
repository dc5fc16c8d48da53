"""Saved web pages as input (guide/cleaner/html.py, trafilatura): main content, structure, CLI."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from guide.cleaner.decode import decode
from guide.cleaner.html import looks_like_html, page_title
from guide.cleaner.pipeline import clean

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).parent / "fixtures" / "cleaner" / "corpus"
PAGE = CORPUS / "hefeilaws-1025117.html"
GB_PAGE = CORPUS / "53761-jianzhan-73992.gb18030.html"


def cleaned(path: Path):
    text, _ = decode(path.read_bytes())
    return clean(text, path.name, html=True)


def test_page_title_headings_lists_kept_chrome_gone():
    result = cleaned(PAGE)
    assert result.outline[:4] == [(1, "网贷第一期逾期了怎么办？别慌，看完这篇你就明白了！"), (2, "为什么会第一期就逾期？"),
                                  (2, "逾期之后会发生什么？"), (2, "面对逾期我们该怎么做？")]
    assert (3, "保留沟通记录") in result.outline
    assert [b.kind for b in result.blocks].count("ordered") == 4 and [b.kind for b in result.blocks].count("bullet") == 4
    for chrome in ("当前位置", "关于我们", "相关文章", "上一篇", "ICP", "合肥律师网", "搜索"):
        assert chrome not in result.draft


def test_bold_step_lines_become_headings_and_the_repeated_title_goes():
    result = cleaned(GB_PAGE)  # GB18030 bytes, declared gb2312
    assert result.outline[0] == (1, "网贷逾期怎么联系平台催收")
    assert [text for level, text in result.outline if level == 2][:2] == ["第一步，及时与平台联系", "第二步，了解催收方式"]
    assert "**" not in result.draft and result.draft.count("网贷逾期怎么联系平台催收") == 2  # front matter + H1


def test_table_in_a_page_stays_a_table():
    html = ("<html><head><title>网贷逾期费用怎么算</title></head><body><nav>首页 | 关于我们 | 联系我们</nav><article>"
            "<h1>网贷逾期费用怎么算</h1><p>逾期以后，平台会收取罚息和违约金，具体以合同为准。下面是一个例子。</p>"
            "<h2>常见费用</h2><table><tr><th>费用</th><th>说明</th></tr><tr><td>罚息</td><td>按日计算</td></tr>"
            "<tr><td>违约金</td><td>按合同约定</td></tr></table><p>如果费用超过法律保护的上限，可以提出异议。合同是关键。</p>"
            "<h2>怎么核对</h2><p>登录官方 App 查看账单明细，逐项核对。发现问题要保留截图。</p></article></body></html>")
    result = clean(html, "page.html", html=True)
    rows = [b.text for b in result.blocks if b.kind == "table"]
    assert rows and "罚息" in "".join(rows) and "关于我们" not in result.draft


@pytest.mark.parametrize("text,expected", [
    ("<!DOCTYPE html><html><body>x</body></html>", True),
    ("  <html lang='zh'>", True),
    ("<!-- saved from url -->\n<html>", True),
    ("网贷逾期怎么办\n<p>正文</p>", False),
])
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "guide.cleaner", *args], cwd=ROOT, input=stdin,
                            capture_output=True, timeout=60)
    assert b"Traceback" not in result.stderr, result.stderr
    return result


def test_cli_reads_a_saved_page_and_says_so():
    result = cli(str(GB_PAGE))
    assert result.returncode == 0
    assert "(GB18030/GBK, web page)" in result.stderr.decode("utf-8")
    assert "# 网贷逾期怎么联系平台催收" in result.stdout.decode("utf-8")


def test_cli_reads_a_page_from_standard_input_with_html(tmp_path):
    result = cli("-", "--html", stdin=PAGE.read_bytes())
    assert result.returncode == 0 and "## 为什么会第一期就逾期？" in result.stdout.decode("utf-8")


def test_cli_page_without_article_text_is_a_one_line_error(tmp_path):
    page = tmp_path / "empty.htm"
    page.write_text("<html><body><nav>首页 | 关于我们</nav></body></html>", encoding="utf-8")
    result = cli(str(page))
    err = result.stderr.decode("utf-8").strip().splitlines()
    assert result.returncode == 2 and len(err) == 1 and err[0].startswith(f"error: {page}: no article text")


@pytest.mark.parametrize("title,expected", [
    ("网贷逾期后,诉讼流程究竟怎么走?一文看懂全流程!_普法网", "网贷逾期后,诉讼流程究竟怎么走?一文看懂全流程!"),
    ("网贷逾期怎么办 - 天气网", "网贷逾期怎么办"),
    ("首页 | 网贷逾期了会被起诉吗", "网贷逾期了会被起诉吗"),
    ("网贷逾期协商还款", "网贷逾期协商还款"),
    ("", None),
])
def test_page_title_drops_the_site_name(title, expected):
    assert page_title(title) == expected


def test_h1_inside_the_content_is_the_title_not_the_head_title():
    html = ("<html><head><title>逾期短信是真的吗 - 某某天气网</title></head><body><div>一键查天气</div><article>"
            "<h1>逾期短信是真的吗？教你三步辨别</h1><p>收到逾期短信先别慌，先核实发送号码和内容。正规机构会写明平台名称。</p>"
            "<h2>看号码</h2><p>官方短信一般来自固定的服务号码。陌生手机号要多留心。</p>"
            "<h2>看内容</h2><p>真实的提醒会写明借款金额和逾期天数。只说你欠款的多半是群发。</p></article></body></html>")
    result = clean(html, "p.html", html=True)
    assert result.outline == [(1, "逾期短信是真的吗？教你三步辨别"), (2, "看号码"), (2, "看内容")]
