"""Put back the plain words that article spinners replaced, from the reviewable data/spun_words.yml.

A replacement is made only where it is certain: either always (之一步 is never a word), in the
contexts the data file lists (疑惑 means 问题 in 逾期疑惑, not in 让人疑惑), or everywhere except
the contexts it lists under `unless` (熟悉 means 了解 in 不熟悉还款日期, not in 很熟悉).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from guide.cleaner.errors import CleanerError
from guide.cleaner.report import Changed, Entry

DEFAULT_WORDS = Path(__file__).resolve().parents[2] / "data" / "spun_words.yml"
_KEYS = {"spun", "plain", "context", "unless", "banned_in_guide", "why"}


@dataclass(frozen=True)
class SpunWord:
    spun: str
    plain: str
    banned_in_guide: bool
    why: str
    pattern: re.Pattern
    branches: int  # how many context alternatives the pattern has (0: no context)
    unless: tuple[tuple[re.Pattern | None, re.Pattern | None], ...] = ()  # (before, after) where it stays


def _side(value, where: str) -> str:
    """A context side as a regular expression: a list of words, or a regex string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(w, str) and w for w in value):
        return "(?:" + "|".join(re.escape(w) for w in sorted(value, key=len, reverse=True)) + ")"
    raise ValueError(f"'{where}' must be a regular expression or a list of words")


def _alternatives(context, key: str) -> list[dict]:
    if not isinstance(context, list) or not context:
        raise ValueError(f"'{key}' must be a list of alternatives, each with 'before' and/or 'after'")
    for alternative in context:
        if not isinstance(alternative, dict) or not alternative or set(alternative) - {"before", "after"}:
            raise ValueError(f"each '{key}' alternative needs only 'before' and/or 'after'")
    return context


def _compile_unless(unless) -> tuple[tuple[re.Pattern | None, re.Pattern | None], ...]:
    """Contexts where the word stays: `before` must end right at the word, `after` start right after it."""
    if unless is None:
        return ()
    return tuple((re.compile(f"(?:{_side(a['before'], 'before')})$") if a.get("before") is not None else None,
                  re.compile(_side(a["after"], "after")) if a.get("after") is not None else None)
                 for a in _alternatives(unless, "unless"))


def _compile(spun: str, context) -> tuple[re.Pattern, int]:
    if context is None:
        return re.compile(re.escape(spun)), 0
    branches = []
    for i, alternative in enumerate(_alternatives(context, "context")):
        before = _side(alternative.get("before"), "before")
        after = _side(alternative.get("after"), "after")
        # `before` is consumed in a named group (Python look-behinds must be fixed width) and put
        # back by the replacement; `after` is a look-ahead.
        branches.append(f"(?P<b{i}>{before}){re.escape(spun)}" + (f"(?={after})" if after else ""))
    return re.compile("|".join(branches)), len(branches)


def load_spun_words(path: Path = DEFAULT_WORDS) -> list[SpunWord]:
    """Read and check the word list; a mistake in it is reported with the entry to fix."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CleanerError("word list not found; restore data/spun_words.yml or pass --words", str(path)) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise CleanerError(f"cannot read the word list: {' '.join(str(error).split())}", str(path)) from None
    if not isinstance(data, list):
        raise CleanerError("the word list must be a YAML list of entries (- spun: ...)", str(path))
    words = []
    for index, entry in enumerate(data, start=1):
        label = f"entry {index}" + (f" ({entry.get('spun')})" if isinstance(entry, dict) and entry.get("spun") else "")
        try:
            if not isinstance(entry, dict):
                raise ValueError("must be a mapping with spun, plain, banned_in_guide, why")
            unknown = set(entry) - _KEYS
            if unknown:
                raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(_KEYS))}")
            for key in ("spun", "plain", "why"):
                if not isinstance(entry.get(key), str) or not entry[key].strip():
                    raise ValueError(f"needs '{key}' as non-empty text")
            if not isinstance(entry.get("banned_in_guide"), bool):
                raise ValueError("needs 'banned_in_guide: true' or 'banned_in_guide: false'")
            pattern, branches = _compile(entry["spun"], entry.get("context"))
            unless = _compile_unless(entry.get("unless"))
        except (ValueError, re.error) as error:
            raise CleanerError(f"{label}: {error}", str(path)) from None
        words.append(SpunWord(entry["spun"], entry["plain"], entry["banned_in_guide"], entry["why"].strip(),
                              pattern, branches, unless))
    return words


def replace_spun_words(text: str, words: list[SpunWord]) -> tuple[str, list[Entry]]:
    entries: list[Entry] = []
    for word in words:
        count = 0

        def put_back(match: re.Match, word=word, source=text) -> str:
            nonlocal count
            before = next((match.group(f"b{i}") for i in range(word.branches)
                           if match.group(f"b{i}") is not None), "")
            start = match.start() + len(before)
            end = start + len(word.spun)
            if any((b is None or b.search(source[:start])) and (a is None or a.match(source, end))
                   for b, a in word.unless):
                return match.group(0)  # a context where the word is used in its own sense
            count += 1
            return before + word.plain

        text = word.pattern.sub(put_back, text)
        if count:
            entries.append(Changed("spun word", word.spun, word.plain, count))
    return text, entries
