"""Fill-in letters in Chromium at 360 x 740, both languages: each letter fills from its form and
copies (the clipboard gets the letter with the reader's details and no citation markers); "print"
prints that letter alone; without JavaScript the letter shows with its blanks and how to copy it.

Uses the session fixtures of tests/conftest.py (built_site, site_url, browser)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.reader_tools.letters import TEXTS, blank, load_letters

ROOT = Path(__file__).resolve().parent.parent
LETTERS = load_letters(ROOT / "data" / "letters.yml")
PAGE = {"zh": "letters/", "en": "en/letters/"}
PHONE = {"width": 360, "height": 740}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_letter_fills_and_copies(browser, site_url, lang):
    context = browser.new_context(viewport=PHONE, permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE[lang])
        for letter_id, letter in LETTERS.items():
            box = tab.locator(f"#letter-{letter_id}")
            values = {name: f"甲{n}乙" for n, name in enumerate(letter.fields)}
            for name, value in values.items():
                field = box.locator(f"#letter-{letter_id}-{name}")
                assert field.bounding_box()["height"] >= 44
                field.fill(value)
            shown = box.locator(".letter-text").inner_text()
            assert all(v in shown for v in values.values()) and "【" not in shown, (letter_id, shown)
            box.locator("[data-letter-copy]").click()
            box.locator(".letter-status").wait_for(state="visible")
            assert box.locator(".letter-status").inner_text() == TEXTS[lang]["copied"]
            copied = tab.evaluate("() => navigator.clipboard.readText()")
            assert all(v in copied for v in values.values()), (letter_id, copied)
            assert "【" not in copied and "[" not in copied and "见 " not in copied, (letter_id, copied)
            assert copied.splitlines()[0].strip() and "\n\n" in copied  # paragraphs kept
            # emptying a field brings its blank back
            name = next(iter(letter.fields))
            box.locator(f"#letter-{letter_id}-{name}").fill("")
            assert blank(letter, name) in box.locator(".letter-text").inner_text()
    finally:
        context.close()


def test_print_prints_that_letter_alone(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE["zh"])
        tab.evaluate("() => { window.print = () => { window.printed = true; }; }")
        tab.locator("#letter-complaint [data-letter-print]").click()
        assert tab.evaluate("() => window.printed === true")
        tab.emulate_media(media="print")
        visible = tab.evaluate("""() => [...document.querySelectorAll('article > *')]
            .filter(el => el.checkVisibility()).map(el => el.id || el.tagName)""")
        assert visible == ["letter-complaint"], visible
        letter = tab.locator("#letter-complaint")
        assert not letter.locator("form").is_visible() and not letter.locator("button").first.is_visible()
        assert all(not c.is_visible() for c in letter.locator("a.cite").all())
        # after printing, the page prints whole again
        tab.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
        assert tab.locator("article h1").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_javascript_the_letters_show_with_blanks(browser, site_url, lang):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGE[lang])
        for letter_id, letter in LETTERS.items():
            box = tab.locator(f"#letter-{letter_id}")
            text = box.locator(".letter-text").inner_text()
            assert all(blank(letter, name) in text for name in letter.fields), letter_id
            assert not box.locator("form").is_visible() and not box.locator("button").first.is_visible()
            assert box.locator(".letter-hint").is_visible()
    finally:
        context.close()
