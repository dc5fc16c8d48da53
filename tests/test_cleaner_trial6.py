"""The failure kinds of the sixth blind trial (issue 26), one fixture each in
tests/fixtures/cleaner/trial6/ (README.md there says where each came from). Each test fails on the
code before its rule; none of the rules names a site or an article's words."""
from __future__ import annotations

from pathlib import Path

from guide.cleaner.decode import decode
from guide.cleaner.pipeline import clean
from guide.cleaner.report import Finding, Removed
from test_cleaner_junk import PARA, PARA2, run_with_reviews as run

TRIAL6 = Path(__file__).parent / "fixtures" / "cleaner" / "trial6"


def cleaned(name: str, title: str | None = None):
    text, _ = decode((TRIAL6 / name).read_bytes())
    return clean(text, name, title=title)


def removed(result, rule_start: str) -> list[str]:
    return [e.text for e in result.entries if isinstance(e, Removed) and e.rule.startswith(rule_start)]


def checked(result) -> list[str]:
    return [e.text for e in result.entries if isinstance(e, Finding) and e.section == "check"]


def test_php_warnings_above_the_article_are_chrome_and_do_not_hide_the_title():
    # Refused before: the warnings were taken for the article's first sentence, so the title was below it.
    result = cleaned("tsxingyuan-94591.txt")
    assert result.blocks[0].text.startswith("網貸逾期")
    errors = removed(result, "server error message")
    assert len(errors) == 2 and all(e.startswith("Warning:") for e in errors)


def test_server_error_shapes():
    lines = ["Deprecated: Function ereg() is deprecated in /var/www/html/inc/common.php on line 12",
             "Notice: Undefined index: id in /home/site/public_html/show.php on line 5",
             "PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /www/db.php:8",
             "Stack trace:", "#0 /www/index.php(3): require()"]
    title, kept, gone, _ = run("\n".join([*lines, "网贷逾期后收到催收短信怎么办", PARA, PARA2]) + "\n")
    assert title == "网贷逾期后收到催收短信怎么办" and kept == [PARA, PARA2]
    assert gone == {"server error message (Warning: … on line 12)": lines}


def test_a_sentence_about_a_warning_stays():
    line = "Warning: 这类短信常常冒充法院，收到后请先核实，不要点击其中的链接。"
    _, kept, _, _ = run("\n".join(["网贷逾期后收到催收短信怎么办", PARA, line, PARA2]) + "\n")
    assert line in kept


def test_a_label_and_the_title_above_it_is_the_title_again():
    result = cleaned("tsxingyuan-94591.txt")
    assert removed(result, "repeated title (after a label") == ["正在閱讀:網貸逾期,騷擾“噩夢”開啟:通訊錄被爆、定位遭泄露、催收人冒充公檢法打電話"]
