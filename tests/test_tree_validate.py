"""The decision-tree validator: one bad-input fixture per error class, and the message it must give
(file, line, node id, what to change); all problems at once; the CLI prints them without a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.errors import ContentError, ContentErrors
from guide.tree.validate import load_tree

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "tree"
DOCS = FIXTURES / "docs"


def problems(name: str) -> list[str]:
    path = FIXTURES / name
    with pytest.raises((ContentError, ContentErrors)) as caught:
        load_tree(path, DOCS)
    error = caught.value
    return [str(e) for e in (error.errors if isinstance(error, ContentErrors) else [error])]


def test_valid_fixture_loads():
    tree = load_tree(FIXTURES / "valid.yml", DOCS)
    assert tree.start == "q-one"
    assert [n.id for n in tree.questions()] == ["q-one"]
    assert [n.id for n in tree.outcomes()] == ["o-yes", "o-no"]
    assert tree.nodes["o-yes"].urgency == "deadline"
    assert tree.nodes["o-yes"].links[0].anchor == "steps"
    assert tree.nodes["o-yes"].search_terms == {}
    assert tree.nodes["o-no"].search_terms == {"zh": ["不是结果一", "第二种情况"],
                                               "en": ["not the first result", "the other case"]}


# fixture -> (line, node id or None, words of the message that say what is wrong and what to change)
CASES = {
    # The brace is opened on line 6; PyYAML notices on line 7. The message points at line 6.
    "bad-yaml.yml": (6, None, "this is not valid YAML", "opened on this line is never closed"),
    "bad-duplicate-id.yml": (23, "o-yes", "node id `o-yes` appears twice (first on line 12)", "rename one of the nodes"),
    "bad-schema.yml": (15, "o-yes", "unknown key `colour` in an outcome", "allowed keys: answer, deadlines, links"),
    "bad-missing-language.yml": (10, "q-one", "answer 2 `label` has no `en` text", "add `en: ...` under `label`"),
    "bad-unquoted-yes.yml": (8, "q-one", "was read as true, not text", "put the text in quotes"),
    "bad-next.yml": (11, "q-one", "answer 2 goes to `o-maybe`, which is not a node", "fix the id or add that node"),
    "bad-cycle.yml": (11, "q-one", "answer 2 leads back to `q-one`, making a loop (q-one → q-one)",
                      "point it at a new question or an outcome"),
    "bad-unreachable.yml": (23, "o-spare", "no path from `q-one` reaches this node", "point an answer's `next:` at it, or delete it"),
    "bad-one-answer.yml": (7, "q-one", "a question needs at least two answers (it has 1)", "make this node an outcome"),
    "bad-page.yml": (20, "o-yes", "link 1 goes to page `nowhere`, but nowhere.zh.md and nowhere.en.md do not exist",
                     "fix the page name"),
    "bad-anchor.yml": (20, "o-yes", "guide.zh.md has no heading with {#missing}", "use one of: page, steps"),
    "bad-revealing-id.yml": (23, "o-debt", "node id `o-debt` contains `debt`", "use a neutral word"),
    "bad-phone.yml": (16, "o-yes", "contains the number '400-123-4567'", "only the official numbers 110, 12315"),
    "bad-search-terms.yml": (29, "o-no", "`search_terms` has phrasings for `zh` but no `en` list",
                             "add `en: [...]` with what those readers type"),
    "bad-answer-link.yml": (10, "q-one", "answer 1 has a `link:` but no `note:`",
                            "the note is the line that goes before the link"),
    "bad-then.yml": (25, "o-no", "`then: {step: o-yes}` is an outcome", "name the question the reader goes on with"),
    "bad-deadlines.yml": (20, "o-yes", "deadline 1 needs one whole number of `days:` or of `months:` (not both)",
                          "e.g. `- {days: 15"),
    "bad-moved.yml": (4, None, "`moved: q-old` points at `o-gone`, which is not a node", "did you mean `q-one`?"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_fixture_gives_its_message(name):
    line, node, what, change = CASES[name]
    prefix = f"{FIXTURES / name}:{line}" + (f" [{node}]" if node else "") + ": "
    found = [p for p in problems(name) if p.startswith(prefix) and what in p and change in p]
    assert found, f"expected a problem starting {prefix!r} with {what!r} and {change!r}; got:\n" + "\n".join(problems(name))


def test_every_bad_fixture_is_covered():
    assert {p.name for p in FIXTURES.glob("bad-*.yml")} == set(CASES)


def test_a_deadline_needs_an_urgent_outcome():
    assert any(p.startswith(f"{FIXTURES / 'bad-deadlines.yml'}:27 [o-no]: ") and "needs `urgency: deadline`" in p
               for p in problems("bad-deadlines.yml")), problems("bad-deadlines.yml")


def test_schema_errors_are_all_reported_at_once():
    found = problems("bad-schema.yml")
    assert any("`urgency:` must be one of danger, deadline, info" in p for p in found)
    assert any("unknown key `colour`" in p for p in found)
    assert any(":28 [o-no]: `steps:` must be a list" in p for p in found)


def test_duplicate_keys_inside_a_node_are_caught(tmp_path):
    text = (FIXTURES / "valid.yml").read_text(encoding="utf-8").replace(
        "    urgency: deadline\n", "    urgency: deadline\n    urgency: info\n")
    bad = tmp_path / "tree.yml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_tree(bad, DOCS)
    assert any("key `urgency` appears twice" in str(e) and "remove or merge one of them" in str(e)
               for e in caught.value.errors)


def test_many_problems_in_one_file_are_reported_together(tmp_path):
    text = (FIXTURES / "valid.yml").read_text(encoding="utf-8")
    text = text.replace("next: o-no", "next: o-maybe").replace("anchor: steps", "anchor: missing").replace(
        'label: {zh: 是, en: "Yes"}', "label: {zh: 是}")
    bad = tmp_path / "tree.yml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_tree(bad, DOCS)
    messages = "\n".join(str(e) for e in caught.value.errors)
    for expected in ("has no `en` text", "`o-maybe`, which is not a node", "{#missing}", "no path from `q-one`"):
        assert expected in messages


# An outcome's search_terms, written in place of the valid fixture's (line 29 is `search_terms:`).
VALID_TERMS = "    search_terms:\n      zh: [不是结果一, 第二种情况]\n      en: [not the first result, the other case]\n"


@pytest.mark.parametrize("terms, line, what, change", [
    ("    search_terms: [没钱还, can't pay]\n", 29, "`search_terms:` must hold one list of phrasings per language, not a list",
     "write it as `search_terms: {zh: ["),
    ("    search_terms:\n      en: [can't pay]\n", 29, "has phrasings for `en` but no `zh` list", "or remove `search_terms`"),
    ("    search_terms:\n      zh: 没钱还\n      en: [can't pay]\n", 30, "`search_terms` `zh` must be a non-empty list of phrasings, not a str",
     "`zh: [phrase one, phrase two]`"),
    ("    search_terms:\n      zh: []\n      en: [can't pay]\n", 30, "`zh` must be a non-empty list of phrasings, not empty", "one item per phrasing"),
    ("    search_terms:\n      zh: [没钱还, '']\n      en: [can't pay]\n", 30, "`zh` item 2 must be non-empty text", "remove it or write the phrase"),
    ("    search_terms:\n      zh:\n        - 没钱还\n        - yes\n      en: [can't pay]\n", 32,
     "`zh` item 2 was read as true, not text", "put it in quotes"),
    ("    search_terms:\n      zh: [没钱还, 12378]\n      en: [can't pay]\n", 30, "item 2 was read as 12378", "put it in quotes"),
    ("    search_terms:\n      zh: [没钱还]\n      en: [can't pay, \"can't pay \"]\n", 31, "`en` item 2 repeats \"can't pay\" (item 1)",
     "remove one of them"),
    ("    search_terms:\n      zh: [打 400-123-4567 问]\n      en: [can't pay]\n", 30, "item 1 contains the number '400-123-4567'",
     "only the official numbers"),
    ("    search_terms:\n      zh: [没钱还]\n      en: [can't pay]\n      fr: [pas d'argent]\n", 32,
     "unknown language `fr`", "the site's languages are zh, en"),
])
def test_outcome_search_terms_mistakes_name_the_line_node_and_fix(tmp_path, terms, line, what, change):
    text = (FIXTURES / "valid.yml").read_text(encoding="utf-8")
    assert VALID_TERMS in text
    bad = tmp_path / "tree.yml"
    bad.write_text(text.replace(VALID_TERMS, terms), encoding="utf-8")
    with pytest.raises((ContentError, ContentErrors)) as caught:
        load_tree(bad, DOCS)
    error = caught.value
    found = [str(e) for e in (error.errors if isinstance(error, ContentErrors) else [error])]
    prefix = f"{bad}:{line} [o-no]: "
    assert any(p.startswith(prefix) and what in p and change in p for p in found), found


def test_missing_file():
    with pytest.raises(ContentError, match="file not found"):
        load_tree(FIXTURES / "nope.yml", DOCS)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "guide.tree", *args], cwd=ROOT, capture_output=True, text=True)


def test_cli_prints_every_problem_without_traceback():
    result = _cli(str(FIXTURES / "bad-next.yml"), "--docs", str(DOCS))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("2 problems found:")
    assert "bad-next.yml:11 [q-one]: answer 2 goes to `o-maybe`" in result.stderr


def test_cli_accepts_the_real_tree():
    result = _cli("data/tree.yml")
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout


def test_cli_prints_the_tree_as_markdown():
    result = _cli(str(FIXTURES / "valid.yml"), "--docs", str(DOCS), "--markdown", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("## ")
    assert "](#o-yes)" in result.stdout and "{#o-yes}" in result.stdout
