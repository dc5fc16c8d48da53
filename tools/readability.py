"""Plain-language measure of a built site (issue 33), a benchmark row, not a test:

    NO_MKDOCS_2_WARNING=1 .venv/bin/python -m mkdocs build --strict -q -d /tmp/site
    .venv/bin/python -m tools.readability --site /tmp/site

1. A row per page and language, from the built pages' article text (what is counted and how:
   guide/content/readability.py): English Flesch-Kincaid grade (textstat 0.7.4, pyphen syllables, no
   download), sentences over 25 words and the longest; Chinese sentences over 40 and over 45
   characters and the longest. Then the budget (DESIGN.md) with pass or fail per line: the long
   sentence shares over all pages, and again page by page (the worst page and how many are over;
   a page under 50 sentences may have one long sentence).
2. Per page, each glossary term (data/glossary.yml) used with neither a link nor an explanation at
   its first use (guide/content/term_use.py).

--longest prints each page's longest sentence; --json writes the numbers for comparisons.
Exit status 0 whatever the numbers (a measure, not a gate); 2 when the site or data is missing.
"""
from __future__ import annotations

import argparse
import importlib.resources
import json
import sys
import types
from dataclasses import asdict
from pathlib import Path

from guide.errors import ContentError, ContentErrors
from guide.content.glossary import load_glossary
from guide.languages import DEFAULT_LANGUAGE, LANGUAGES
from guide.content.readability import article_blocks, budget, measure_en, measure_zh
from guide.content.term_use import unexplained_terms

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY_PAGE = "glossary"


def _grade_function():
    """textstat's Flesch-Kincaid grade. textstat 0.7.4 (the last 0.7.x that counts syllables with
    pyphen alone: 0.7.5-0.7.8 add the CMU dictionary and install a top-level `tests` package that
    shadows ours, 0.7.9 on download NLTK data at run time) imports pkg_resources, which setuptools
    no longer ships; it uses it only to read its word lists, so a stand-in reading them with
    importlib.resources is enough."""
    if "pkg_resources" not in sys.modules:
        try:
            import pkg_resources  # noqa: F401
        except ImportError:
            shim = types.ModuleType("pkg_resources")
            shim.resource_stream = lambda package, name: importlib.resources.files(package).joinpath(name).open("rb")
            sys.modules["pkg_resources"] = shim
    try:
        import textstat
    except ImportError:
        sys.exit("textstat is not installed: .venv/bin/python -m pip install -r requirements-tools.txt")
    return textstat.flesch_kincaid_grade


def built_pages(site: Path) -> list[tuple[str, str, Path]]:
    """(page name, language, index.html) of every built page; the 404 page and search left out."""
    pages = []
    for lang in LANGUAGES:
        base = site if lang == DEFAULT_LANGUAGE else site / lang
        for html in sorted(base.glob("**/index.html")):
            relative = html.parent.relative_to(base)
            if relative.parts and (relative.parts[0] in LANGUAGES or relative.parts[0] in {"search", "assets"}):
                continue
            pages.append((relative.as_posix() if relative.parts else "index", lang, html))
    return pages


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, required=True, help="a built site (mkdocs build -d DIR)")
    parser.add_argument("--glossary", type=Path, default=ROOT / "data" / "glossary.yml")
    parser.add_argument("--longest", action="store_true", help="print each page's longest sentence")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: no built site here (no index.html); build one with "
              f"`mkdocs build --strict -d {args.site}`", file=sys.stderr)
        return 2
    try:
        terms = load_glossary(args.glossary)
    except (ContentError, ContentErrors) as error:
        print(error, file=sys.stderr)
        return 2
    grade_of = _grade_function()

    measures, missing_terms = [], []
    for name, lang, html_path in built_pages(args.site):
        html = html_path.read_text(encoding="utf-8")
        blocks = article_blocks(html)
        measures.append(measure_en(name, blocks, grade_of) if lang == "en" else measure_zh(name, blocks))
        if name != GLOSSARY_PAGE:
            missing_terms += [(name, lang, u) for u in unexplained_terms(html, terms, lang)]

    en = [m for m in measures if m.lang == "en"]
    zh = [m for m in measures if m.lang == "zh"]
    print("English pages (sentences as guide/content/readability.py counts them)\n")
    print(_table([[m.page, m.sentences, "" if m.grade is None else f"{m.grade:.1f}",
                   f"{m.long} ({m.long_share:.0%})", m.longest] for m in en],
                 ["page", "sentences", "FK grade", "over 25 words", "longest (words)"]))
    print("\nChinese pages\n")
    print(_table([[m.page, m.sentences, f"{m.long} ({m.long_share:.0%})", m.very_long, m.longest] for m in zh],
                 ["page", "sentences", "over 40 chars", "over 45", "longest (chars)"]))
    print("\nBudget (DESIGN.md, issue 33)\n")
    print(_table([[b.name, b.measured, b.limit, "pass" if b.passed else "FAIL"] for b in budget(measures)],
                 ["measure", "measured", "budget", "result"]))
    if args.longest:
        print("\nLongest sentence per page\n")
        for m in measures:
            print(f"{m.lang} {m.page} ({m.longest}): {m.longest_sentence}")
    print(f"\nGlossary terms used with neither a link nor an explanation at their first use "
          f"({len(missing_terms)}; data/glossary.yml, guide/content/term_use.py)\n")
    if missing_terms:
        print(_table([[page, lang, u.term, u.context] for page, lang, u in missing_terms],
                     ["page", "lang", "term", "first use"]))
    else:
        print("none")
    if args.json:
        args.json.write_text(json.dumps({
            "pages": [asdict(m) for m in measures],
            "budget": [asdict(b) for b in budget(measures)],
            "unexplained_terms": [{"page": p, "lang": l, **asdict(u)} for p, l, u in missing_terms],
        }, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
