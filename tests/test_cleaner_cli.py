"""The real command line, run as a subprocess: output, report, and every error case."""
from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "cleaner" / "article.txt"


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "guide.cleaner", *args], cwd=ROOT, input=stdin,
                            capture_output=True, timeout=60)
    result.out = result.stdout.decode("utf-8")
    result.err = result.stderr.decode("utf-8")
    assert "Traceback" not in result.err, result.err
    return result


def assert_error(result, path, *words):
    assert result.returncode == 2
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}: "), result.err
    for word in words:
        assert word in lines[0]


def test_draft_to_stdout_and_report_to_stderr():
    result = cli(str(FIXTURE))
    assert result.returncode == 0
    assert result.out.startswith("---\ntitle: \"信用卡逾期后接到陌生电话怎么办\"\nstatus: draft\n")
    assert "# 信用卡逾期后接到陌生电话怎么办" in result.out
    for part in ("(UTF-8)", "removed (", "breadcrumb (1)", "line 1: 某某财经网 > 借贷知识 > 正文",
                 "comments (6)", "changed (", "spun word: 咱们 -> 我们 (1)", "punctuation: , -> ， (",
                 "gaps marked with TODO (2)", "outline: 1 H1, 4 H2"):
        assert part in result.err, part


def test_stdin_in_another_encoding(tmp_path):
    data = codecs.BOM_UTF16_LE + FIXTURE.read_text(encoding="utf-8").encode("utf-16-le")
    result = cli("-", stdin=data)
    assert result.returncode == 0 and 'source: "stdin"' in result.out
    assert result.out.replace('source: "stdin"', 'source: "article.txt"') == cli(str(FIXTURE)).out
    assert "UTF-16 LE with BOM" in result.err


def test_gbk_file(tmp_path):
    path = tmp_path / "gbk.txt"
    # GBK has no emoji, • or ©: those characters are dropped from this copy.
    path.write_bytes(FIXTURE.read_text(encoding="utf-8").encode("gbk", errors="ignore"))
    result = cli(str(path))
    assert result.returncode == 0 and "GB18030/GBK" in result.err
    assert "# 信用卡逾期后接到陌生电话怎么办" in result.out


def test_output_file_is_written(tmp_path):
    out = tmp_path / "draft.zh.md"
    result = cli(str(FIXTURE), "-o", str(out))
    assert result.returncode == 0 and result.out == ""
    assert out.read_text(encoding="utf-8").startswith("---\n") and f"-> {out}" in result.err


def test_existing_output_is_refused_without_force(tmp_path):
    out = tmp_path / "draft.zh.md"
    out.write_text("keep me", encoding="utf-8")
    assert_error(cli(str(FIXTURE), "-o", str(out)), out, "already exists", "--force")
    assert out.read_text(encoding="utf-8") == "keep me"


def test_force_overwrites(tmp_path):
    out = tmp_path / "draft.zh.md"
    out.write_text("old", encoding="utf-8")
    result = cli(str(FIXTURE), "-o", str(out), "--force")
    assert result.returncode == 0 and out.read_text(encoding="utf-8").startswith("---\ntitle:")


def test_output_over_the_input_is_refused_even_with_force(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(FIXTURE.read_bytes())
    assert_error(cli(str(path), "-o", str(path), "--force"), path, "is the input file")
    assert path.read_bytes() == FIXTURE.read_bytes()


def test_missing_output_folder(tmp_path):
    out = tmp_path / "no" / "draft.md"
    assert_error(cli(str(FIXTURE), "-o", str(out)), out, "does not exist")


def test_missing_path(tmp_path):
    path = tmp_path / "nope.txt"
    assert_error(cli(str(path)), path, "no such file")


@pytest.mark.parametrize("data", [b"", b"  \n\n"], ids=["empty", "blank"])
def test_empty_file(tmp_path, data):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    assert_error(cli(str(path)), path, "is empty")


def test_binary_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06")
    assert_error(cli(str(path)), path, "binary")


def test_undecodable_file(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("网贷逾期".encode("utf-8") + b"\xff\xfe\xfe\xff\xff")
    assert_error(cli(str(path)), path, "not valid UTF-8, UTF-16 or GB18030", "save it as UTF-8")


def test_empty_stdin():
    assert_error(cli("-", stdin=b""), "<stdin>", "is empty")


def test_folder_as_input(tmp_path):
    assert_error(cli(str(tmp_path)), tmp_path, "is a folder")


def test_article_without_title(tmp_path):
    path = tmp_path / "no-title.txt"
    path.write_text("收到催收短信以后，先核实对方的身份，再决定怎样回应。\n", encoding="utf-8")
    assert_error(cli(str(path)), path, "no title found", "--title")
    result = cli(str(path), "--title", "收到催收短信怎么办")
    assert result.returncode == 0 and "# 收到催收短信怎么办" in result.out


def test_broken_word_list(tmp_path):
    words = tmp_path / "words.yml"
    words.write_text("- spun: 咱们\n", encoding="utf-8")
    assert_error(cli(str(FIXTURE), "--words", str(words)), words, "entry 1 (咱们)")
