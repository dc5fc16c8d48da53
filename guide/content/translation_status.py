"""Is each translation present and up to date with its source page?

The Chinese page is the source; a translation records which version of the source it was made
from as `source_hash: <first 12 hex digits of sha256 of the source's body>` in its front matter.
The body is everything after the front matter, so changing `reviewed:` or `sources:` on the
source does not mark its translations outdated; changing a word of the text does.

Why a hash and not git history: a hash works in any checkout (CI clones only the last commit,
where every file has the same commit time; a tarball has no history at all), it does not flag a
translation because of a rebase, a merge or a reformatting commit that touched the file, and it
records an explicit act (the translator checked the translation against *this* text) instead of
guessing from timestamps. Its cost: the translator updates one line, which
`python -m tools.translation_status --stamp <page>` does for them.
"""
from __future__ import annotations

import hashlib
import html
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from guide.errors import ContentError
from guide.content.frontmatter import body_of, read_page
from guide.languages import DEFAULT_LANGUAGE, LANGUAGES
from guide.content.translations import page_name

SOURCE_LANGUAGE = DEFAULT_LANGUAGE
HASH_FIELD = "source_hash"
HASH_LENGTH = 12

OK, OUTDATED, UNVERIFIED, MISSING = "ok", "outdated", "unverified", "missing"


@dataclass(frozen=True)
class TranslationStatus:
    name: str               # 'sms-only' for docs/sms-only.<lang>.md
    lang: str               # the translation's language
    state: str              # ok | outdated | unverified (no source_hash) | missing
    recorded: str | None    # the hash the translation records
    current: str | None     # the hash of the source body now

    @property
    def needs_notice(self) -> bool:
        return self.state in (OUTDATED, UNVERIFIED)


def body_hash(body: str) -> str:
    normalised = "\n".join(line.rstrip() for line in body.replace("\r\n", "\n").strip().split("\n"))
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def source_hash(docs_dir: Path, name: str) -> str:
    # The body only: cut the front matter without parsing its YAML (the page checks do that).
    text = (docs_dir / f"{name}.{SOURCE_LANGUAGE}.md").read_text(encoding="utf-8")
    return body_hash(body_of(text))


def translation_status(docs_dir: Path, name: str, lang: str, meta: dict | None = None) -> TranslationStatus:
    """`meta`: the translation's front matter if the caller has it parsed already."""
    current = source_hash(docs_dir, name)
    path = docs_dir / f"{name}.{lang}.md"
    if not path.exists():
        return TranslationStatus(name, lang, MISSING, None, current)
    recorded = (meta if meta is not None else read_page(path).meta).get(HASH_FIELD)
    if recorded is None:
        return TranslationStatus(name, lang, UNVERIFIED, None, current)
    recorded = str(recorded).strip().lower()
    return TranslationStatus(name, lang, OK if recorded == current else OUTDATED, recorded, current)


def all_statuses(docs_dir: Path) -> list[TranslationStatus]:
    """Every translation of every source page; a page without a source is reported as missing
    its source (state 'missing', lang = the source language)."""
    names: dict[str, set[str]] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        named = page_name(path.relative_to(docs_dir))
        if named:
            names.setdefault(named[0], set()).add(named[1])
    result = []
    for name, langs in sorted(names.items()):
        if SOURCE_LANGUAGE not in langs:
            result.append(TranslationStatus(name, SOURCE_LANGUAGE, MISSING, None, None))
            continue
        result += [translation_status(docs_dir, name, lang) for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
    return result


_FIELD_LINE = re.compile(rf"^{HASH_FIELD}\s*:.*$", re.MULTILINE)


def stamp(docs_dir: Path, name: str, lang: str) -> str:
    """Record the source's current hash in the translation's front matter; returns the hash."""
    path = docs_dir / f"{name}.{lang}.md"
    page = read_page(path)
    text = path.read_text(encoding="utf-8")
    current = source_hash(docs_dir, name)
    head_end = len(text) - len(page.body)
    head, body = text[:head_end], text[head_end:]
    line = f"{HASH_FIELD}: {current}"
    if _FIELD_LINE.search(head):
        head = _FIELD_LINE.sub(line, head, count=1)
    else:
        closing = head.rstrip("\n").rfind("\n")  # the line before the closing '---'
        head = head[: closing + 1] + line + "\n" + head[closing + 1:]
    path.write_text(head + body, encoding="utf-8")
    return current


def check_hash_field(path: Path, meta: dict) -> ContentError | None:
    value = meta.get(HASH_FIELD)
    if value is None or re.fullmatch(rf"[0-9a-f]{{{HASH_LENGTH}}}", str(value).strip().lower()):
        return None
    return ContentError(path, f"'{HASH_FIELD}' must be {HASH_LENGTH} hex digits; "
                              f"run: python -m tools.translation_status --stamp {path.name.split('.')[0]}")


# --------------------------------------------------------------------------- reader's notice

_NOTICE = {
    "en": {
        OUTDATED: ("This translation may be out of date",
                   "The Chinese page it was translated from has changed since. Where the two differ, the "
                   "Chinese page is the one that is current."),
        UNVERIFIED: ("This translation has not been checked against its source",
                     "Where it differs from the Chinese page, the Chinese page is the one that is current."),
        "link": "Read the Chinese page (中文原文)",
    },
    "zh": {
        OUTDATED: ("这个译本可能已经过时",
                   "它所依据的原文在翻译之后有过修改。两者不一致时，以原文为准。"),
        UNVERIFIED: ("这个译本还没有和原文核对过",
                     "与原文不一致时，以原文为准。"),
        "link": "阅读原文",
    },
}


def source_url(page_url: str, lang: str) -> str:
    """The source page's URL, relative to the translation at `page_url` ('en/sms-only/')."""
    prefix = f"{lang}/"
    target = page_url[len(prefix):] if page_url.startswith(prefix) else page_url
    start = posixpath.dirname(page_url) if not page_url.endswith("/") else page_url.rstrip("/")
    relative = posixpath.relpath(target or ".", start or ".")
    if target.endswith("/") or target == "":
        relative = relative.rstrip("/") + "/"
    return relative


def render_notice(status: TranslationStatus, reader_lang: str, link: str) -> str:
    if not status.needs_notice:
        return ""
    texts = _NOTICE.get(reader_lang, _NOTICE["en"])
    title, body = texts[status.state]
    # Kept out of the search index: the same words on every such page would match any search for them.
    return (f'<aside class="admonition warning translation-notice" role="note" data-state="{status.state}" '
            'data-search-exclude>'
            f'<p class="admonition-title">{html.escape(title)}</p>'
            f'<p>{html.escape(body)} <a href="{html.escape(link)}" hreflang="{SOURCE_LANGUAGE}">'
            f'{html.escape(texts["link"])}</a></p></aside>\n')
