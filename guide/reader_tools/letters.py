"""Fill-in letters (data/letters.yml): loaded and checked with the line of each problem, and
rendered where a page holds `<!-- letter: ID -->`.

A letter is written in Chinese, the language it is sent in, on both language pages; its fields'
labels are in the page's language. `{field}` marks a blank: without JavaScript it shows as
【label】 (the reader copies the letter and fills it in by hand); docs/assets/javascripts/letters.js
fills it from a form, copies the letter and prints it alone. A letter's legal statements cite fact
ids as pages do ("（见 A8）"): the page's citation markers link them, and the script leaves them
out of what it copies and prints.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from guide.errors import ContentError, close_match, raise_if_any
from guide.languages import LANGUAGES
from guide.yaml_source import line_of, load_yaml_document

MARKER = re.compile(r"<!-- letter: ([a-z0-9-]+) -->")
FIELD = re.compile(r"\{([a-z0-9_]+)\}")
KEYS = ("title", "fields", "text", "english")
TEXTS = {
    "zh": {"english": "",
           "fill": "填上你的信息", "copy": "复制这封信", "print": "打印这封信", "copied": "已复制。粘贴到对话框、短信或文档里，发送前再读一遍。",
           "not_copied": "没能自动复制：信的文字已经选中，长按选择“复制”。",
           "hint": "长按或拖动选中信的文字即可复制，把【】里的内容换成你自己的情况。",
           "private": "填写的内容只留在这一页，不会发送或保存；关掉页面就没有了。"},
    "en": {"english": "What the letter says in English",
           "fill": "Fill in your details", "copy": "Copy the letter", "print": "Print the letter",
           "copied": "Copied. Paste it into the chat, a text message or a document, and read it once more before you send it.",
           "not_copied": "Could not copy automatically: the letter's text is selected; long-press and choose Copy.",
           "hint": "Long-press or drag to select the letter's text and copy it; replace what is in 【】 with your own details.",
           "private": "What you type stays on this page; nothing is sent or stored, and it is gone when you close the page."},
}


@dataclass(frozen=True)
class Letter:
    id: str
    title: dict[str, str]
    fields: dict[str, dict[str, str]]  # field -> label per language
    text: str                          # Chinese, with {field} blanks
    english: str                       # what it says, for the English page
    line: int | None = None


def load_letters(path: Path) -> dict[str, Letter]:
    """data/letters.yml, or a ContentError per problem (file, line, letter id, what to change)."""
    document = load_yaml_document(path)
    data, lines = document.data, document.lines
    if not isinstance(data, dict):
        raise ContentError(path, "expected one entry per letter id, e.g. `negotiate:` with title, fields and text", 1)
    errors: list[ContentError] = []
    letters = {}
    for letter_id, entry in data.items():
        at = line_of(lines, letter_id)

        def error(message: str, *keys) -> None:
            errors.append(ContentError(path, message, line_of(lines, letter_id, *keys) if keys else at, str(letter_id)))

        if not isinstance(entry, dict):
            error("a letter needs `title:`, `fields:` and `text:`")
            continue
        for key in entry:
            if key not in KEYS:
                guess = close_match(str(key), KEYS)
                error(f"unknown key `{key}`; " + (f"did you mean `{guess}`? " if guess else "") +
                      f"the keys are {', '.join(KEYS)}", key)
        title = entry.get("title")
        if not _texts(title):
            error("`title:` needs a text for each language, e.g. {zh: 协商还款申请, en: Asking for a repayment plan}",
                  "title")
        fields = entry.get("fields")
        if not isinstance(fields, dict) or not fields:
            error("`fields:` lists each blank of the letter, e.g. `name: {zh: 姓名, en: Your full name}`", "fields")
            fields = {}
        for name, label in fields.items():
            if not _texts(label):
                error(f"field `{name}` needs a label for each language, e.g. {{zh: 姓名, en: Your full name}}",
                      "fields", name)
        text = entry.get("text")
        if not isinstance(text, str) or not text.strip():
            error("`text:` needs the letter in Chinese, with a {field} for each blank", "text")
            continue
        used = FIELD.findall(text)
        for name in dict.fromkeys(used):
            if name not in fields:
                guess = close_match(name, list(fields))
                error(f"the text has a blank {{{name}}} that `fields:` does not list; " +
                      (f"did you mean {{{guess}}}? " if guess else "") + "add it under `fields:`", "text")
        for name in fields:
            if name not in used:
                error(f"field `{name}` is never used in the text; add {{{name}}} where it goes, or remove it",
                      "fields", name)
        english = entry.get("english")
        if not isinstance(english, str) or not english.strip():
            error("`english:` needs what the letter says in English, for the English page, with [name] "
                  "for each blank", "english")
            english = ""
        letters[str(letter_id)] = Letter(str(letter_id), title or {}, fields, text.strip(), english.strip(), at)
    raise_if_any(errors)
    return letters


def _texts(value) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(lang), str) and value[lang].strip() for lang in LANGUAGES)


def blank(letter: Letter, name: str) -> str:
    """What a blank shows until it is filled: its Chinese label in 【】, without the examples in
    （） that the form's label gives."""
    return f"【{letter.fields[name]['zh'].split('（')[0]}】"


def plain_text(letter: Letter) -> str:
    """The letter as a reader copies it without JavaScript: blanks as 【label】, no citation marks."""
    from guide.content.citations import CITATION
    return CITATION.sub("", FIELD.sub(lambda m: blank(letter, m.group(1)), letter.text))


def render_letter(letter: Letter, lang: str) -> str:
    """The letter's HTML: the text with its blanks (what the reader will send, first), a form to
    fill them and the copy and print buttons (shown by letters.js) and, for everyone, how to copy
    it by hand."""
    ui, key = TEXTS[lang], letter.id

    def label(name: str) -> str:  # on the English page, with the blank's Chinese word
        text = letter.fields[name][lang]
        return text if lang == "zh" else f"{text} ({blank(letter, name)[1:-1]})"

    inputs = "".join(
        f'<p><label for="letter-{key}-{name}">{escape(label(name))}</label>'
        f'<input id="letter-{key}-{name}" type="text" data-field="{name}" autocomplete="off"></p>'
        for name in letter.fields)

    def paragraph(block: str) -> str:
        # FIELD.split alternates text and field names
        parts = FIELD.split(escape(block, quote=False))
        out = "".join(f'<span class="letter-blank" data-field="{p}">{escape(blank(letter, p))}</span>' if n % 2 else p
                      for n, p in enumerate(parts))
        return "<p>" + out.replace("\n", "<br>") + "</p>"

    body = "".join(paragraph(block) for block in re.split(r"\n\s*\n", letter.text))
    return "".join([
        f'<div class="letter" id="letter-{key}" data-letter data-copied="{escape(ui["copied"])}" '
        f'data-not-copied="{escape(ui["not_copied"])}">',
        f'<div class="letter-text" lang="zh-Hans">{body}</div>',
        f'<form class="letter-form" hidden><fieldset><legend>{escape(ui["fill"])}</legend>{inputs}</fieldset>'
        f'<p class="letter-private">{escape(ui["private"])}</p></form>',
        f'<p class="letter-actions" hidden><button type="button" data-letter-copy>{escape(ui["copy"])}</button> '
        f'<button type="button" data-letter-print>{escape(ui["print"])}</button></p>',
        '<p class="letter-status" aria-live="polite"></p>',
        f'<p class="letter-hint">{escape(ui["hint"])}</p>',
        (f'<details class="letter-english"><summary>{escape(ui["english"])}</summary><p>{escape(letter.english)}</p></details>'
         if lang == "en" else ""),
        "</div>",
    ])


def render_markers(html: str, letters: dict[str, Letter], lang: str, where: str) -> str:
    """Each `<!-- letter: ID -->` in a page's HTML replaced by that letter; an unknown id stops the
    build naming the page and the ids there are."""
    def one(match: re.Match) -> str:
        letter = letters.get(match.group(1))
        if letter is None:
            guess = close_match(match.group(1), list(letters))
            raise ContentError(where, f"`<!-- letter: {match.group(1)} -->` names no letter in data/letters.yml; "
                                      + (f"did you mean `{guess}`? " if guess else "")
                                      + f"the letters are {', '.join(letters)}")
        return render_letter(letter, lang)
    return MARKER.sub(one, html)
