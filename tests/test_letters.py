"""Fill-in letters (guide/reader_tools/letters.py, data/letters.yml): every blank has a label in both languages
and every field is used; a broken letters file names the line and what to change; a page marker
for a letter that does not exist stops the build; the rendered letter works without JavaScript
(the text with its blanks, how to copy it) and carries the form and buttons letters.js shows."""
from __future__ import annotations

import re
import sys
from html import escape
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.content.citations import CITATION
from guide.errors import ContentError, ContentErrors
from guide.reader_tools.letters import FIELD, MARKER, TEXTS, blank, load_letters, plain_text, render_letter, render_markers

ROOT = Path(__file__).resolve().parent.parent
LETTERS = load_letters(ROOT / "data" / "letters.yml")
REQUIRED = {"negotiate", "object-payment-order", "complaint", "stop-contacting-family", "credit-dispute"}


def test_the_five_letters_are_there_and_on_the_letters_page():
    assert REQUIRED <= set(LETTERS)
    for lang in ("zh", "en"):
        page = (ROOT / "docs" / f"letters.{lang}.md").read_text(encoding="utf-8")
        assert REQUIRED <= set(MARKER.findall(page))
        for letter_id in REQUIRED:  # each letter has its own section, and says what it cannot do
            section = page.split("{#" + letter_id + "}", 1)[1].split("\n## ", 1)[0]
            assert ("做不到" if lang == "zh" else "cannot") in section, (lang, letter_id)


def test_the_payment_order_objection_says_that_cant_pay_is_not_an_objection():
    for lang in ("zh", "en"):
        page = (ROOT / "docs" / f"letters.{lang}.md").read_text(encoding="utf-8")
        section = page.split("{#object-payment-order}", 1)[1].split("\n## ", 1)[0]
        assert "F1" in section and "F2" in section


@pytest.mark.parametrize("letter_id", sorted(REQUIRED))
def test_a_letter_copied_without_javascript_has_blanks_and_no_markers(letter_id):
    letter = LETTERS[letter_id]
    text = plain_text(letter)
    assert not FIELD.search(text) and not CITATION.search(text)
    for name in letter.fields:
        assert blank(letter, name) in text
    assert letter.english and "[" in letter.english


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_rendered_letter_has_its_blanks_form_and_buttons(lang):
    letter = LETTERS["complaint"]
    html = render_letter(letter, lang)
    assert '<form class="letter-form" hidden>' in html and '<p class="letter-actions" hidden>' in html
    assert html.count('class="letter-blank"') == len(FIELD.findall(letter.text))
    for name, label in letter.fields.items():
        assert f'id="letter-complaint-{name}"' in html and label[lang] in html
    assert escape(TEXTS[lang]["hint"]) in html and escape(TEXTS[lang]["private"]) in html
    assert ('class="letter-english"' in html) == (lang == "en")
    assert 'lang="zh-Hans"' in html  # the letter is Chinese on the English page too


def test_a_broken_letters_file_names_each_line_and_the_fix():
    path = ROOT / "tests" / "fixtures" / "letters" / "bad.yml"
    with pytest.raises((ContentError, ContentErrors)) as caught:
        load_letters(path)
    problems = [str(e) for e in getattr(caught.value, "errors", [caught.value])]
    expected = [
        (":9 [broken]", "unknown key `colour`"),
        (":7 [broken]", "a blank {nam} that `fields:` does not list; did you mean {name}?"),
        (":6 [broken]", "field `spare` is never used"),
        (":5 [broken]", "field `name` is never used"),
        (":2 [broken]", "`english:` needs what the letter says in English"),
    ]
    for where, words in expected:
        assert any(where in p and words in p for p in problems), (where, words, problems)


def test_a_marker_naming_no_letter_stops_with_a_suggestion():
    with pytest.raises(ContentError, match=r"names no letter in data/letters.yml; did you mean `complaint`\?"):
        render_markers("<p>x</p>\n<!-- letter: complant -->", LETTERS, "zh", "docs/x.zh.md")
    html = render_markers("<!-- letter: complaint -->", LETTERS, "en", "docs/x.en.md")
    assert 'id="letter-complaint"' in html and not re.search(r"<!-- letter", html)
