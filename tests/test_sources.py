"""data/sources.yml is the fact sheet: every id carries its fact (English) and confidence."""
from __future__ import annotations

from pathlib import Path

import pytest

from guide.errors import ContentErrors
from guide.content.sources import CONFIDENCE_LEVELS, load_sources

ROOT = Path(__file__).resolve().parents[1]
ENTRY = ("A1:\n  title: {zh: 甲, en: A}\n  reference: {zh: 乙, en: B}\n"
         "  fact: >-\n    Limitation period is 3 years.\n  confidence: H\n")


def test_every_real_source_has_its_fact_and_confidence():
    sources = load_sources(ROOT / "data" / "sources.yml")
    assert len(sources) >= 30
    for source in sources.values():
        assert source.fact and len(source.fact) > 20, source.id
        assert source.confidence in CONFIDENCE_LEVELS, source.id


def test_good_entry_keeps_fact_and_confidence(tmp_path):
    path = tmp_path / "sources.yml"
    path.write_text(ENTRY, encoding="utf-8")
    source = load_sources(path)["A1"]
    assert (source.fact, source.confidence) == ("Limitation period is 3 years.", "H")


@pytest.mark.parametrize("change, expected", [
    (("  fact: >-\n    Limitation period is 3 years.\n", ""), "{path}:1 [A1]: 'fact' needs the fact this id stands for"),
    (("confidence: H", "confidence: high"), "{path}:6 [A1]: 'confidence' must be one of H, M-H, M"),
    (("confidence: H", "confidence: M–H"), "'confidence' must be one of H, M-H, M (H high, M-H medium-high, M medium), not 'M–H'"),
    (("reference: {zh: 乙, en: B}", "reference: {zh: 乙（见 A2）, en: B (see A2)}"),
     "{path}:3 [A1]: 'reference' cites another source (zh, en); name the id without 见/see"),
    (("  confidence: H\n", "  confidance: H\n"), "{path}:6 [A1]: unknown field 'confidance'; did you mean 'confidence'?"),
])
def test_fact_and_confidence_errors_name_line_and_fix(tmp_path, change, expected):
    path = tmp_path / "sources.yml"
    path.write_text(ENTRY.replace(*change), encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_sources(path)
    assert expected.format(path=path) in str(caught.value), str(caught.value)
