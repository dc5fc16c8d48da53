"""Give each language its own search index and point its pages at it.

static-i18n writes one index for all languages, so a Chinese reader would get English results
and vice versa. We split it by location prefix (`en/...`) into `<lang>/search/search_index.json`,
and rewrite each page's Material config so its search loads its own language's index.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
WORKER_WRAPPER = "search-segment.js"  # ships in docs/assets/javascripts/workers/
# A heading whose id is "<section id>" + this suffix titles a section shown by CSS :target (a
# decision-tree step). Material indexes headings, so its result would open the heading's id,
# where nothing shows; the index is rewritten to open the section itself.
SECTION_TITLE_SUFFIX = "--title"


def _open_section(location: str) -> str:
    return location[: -len(SECTION_TITLE_SUFFIX)] if "#" in location and location.endswith(SECTION_TITLE_SUFFIX) else location


def split_entries(index: dict, languages: list[str], default: str) -> dict[str, dict]:
    """{lang: index} with each language's entries; locations made relative to that language's root."""
    split = {lang: {**index, "docs": []} for lang in languages}
    for doc in index.get("docs", []):
        location = _open_section(doc.get("location", ""))
        doc = {**doc, "location": location}
        lang = next((l for l in languages if l != default and location.startswith(f"{l}/")), default)
        if lang != default:
            doc = {**doc, "location": location[len(lang) + 1:]}
        split[lang]["docs"].append(doc)
    return split


def write_language_indexes(site_dir: Path, languages: list[str], default: str) -> dict[str, int]:
    """Split site/search/search_index.json in place; returns the number of entries per language."""
    merged_path = site_dir / "search" / "search_index.json"
    if not merged_path.exists():
        return {}
    split = split_entries(json.loads(merged_path.read_text(encoding="utf-8")), languages, default)
    for lang, index in split.items():
        target = site_dir / ("" if lang == default else lang) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {lang: len(index["docs"]) for lang, index in split.items()}


def point_page_at_language_index(html: str, lang: str, default: str) -> str:
    """Rewrite Material's page config: the search base becomes the language's root, and the search
    worker becomes our wrapper (which loads Material's worker, named in its query string)."""
    match = _CONFIG.search(html)
    if not match:
        return html
    config = json.loads(match.group(2))
    if lang != default:
        config["base"] = config["base"].rstrip("/") + f"/{lang}/"
    worker_dir, _, worker_name = config["search"].rpartition("/")
    if worker_name != WORKER_WRAPPER and not worker_name.startswith(WORKER_WRAPPER + "?"):
        config["search"] = f"{worker_dir}/{WORKER_WRAPPER}?material={worker_name}"
    new_json = json.dumps(config, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return html[:match.start(2)] + new_json + html[match.end(2):]
