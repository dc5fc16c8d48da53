"""Court deadlines (guide/reader_tools/deadlines.py): the day of receipt is not counted, months end on the
corresponding day or the month's last day, a last day off moves to the next working day, using
the days off and worked weekends of data/holidays.yml; and a broken holidays file stops with the
line and what to change."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # import guide/ however pytest is started

from guide.reader_tools.deadlines import Calendar, add_months, deadline, load_calendar
from guide.errors import ContentError, ContentErrors

ROOT = Path(__file__).resolve().parent.parent
HOLIDAYS = load_calendar(ROOT / "data" / "holidays.yml")
D = dt.date


@pytest.mark.parametrize("start, months, expected", [
    (D(2026, 3, 15), 3, D(2026, 6, 15)),
    (D(2026, 1, 31), 1, D(2026, 2, 28)),    # February has no 31st: its last day
    (D(2028, 1, 31), 1, D(2028, 2, 29)),    # leap year
    (D(2026, 8, 31), 3, D(2026, 11, 30)),
    (D(2026, 11, 30), 3, D(2027, 2, 28)),   # across the year
    (D(2026, 12, 31), 12, D(2027, 12, 31)),
])
def test_add_months_takes_the_corresponding_day_or_the_months_last(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize("received, days, months, nominal, last", [
    # a Tuesday + 15 days is a Wednesday: nothing moves
    (D(2026, 12, 1), 15, 0, D(2026, 12, 16), D(2026, 12, 16)),
    # a Saturday moves to Monday
    (D(2026, 12, 4), 15, 0, D(2026, 12, 19), D(2026, 12, 21)),
    # inside the Spring Festival break (15-23 February): the first working day after it
    (D(2026, 2, 1), 15, 0, D(2026, 2, 16), D(2026, 2, 24)),
    # National Day (1-7 October) on the 15th day
    (D(2026, 9, 20), 15, 0, D(2026, 10, 5), D(2026, 10, 8)),
    # a weekend that is worked (调休上班) is a working day: nothing moves
    (D(2026, 1, 31), 0, 1, D(2026, 2, 28), D(2026, 2, 28)),
    (D(2026, 9, 10), 10, 0, D(2026, 9, 20), D(2026, 9, 20)),
    # New Year's Day (a Thursday) moves past the break to the Sunday that is worked
    (D(2025, 12, 17), 15, 0, D(2026, 1, 1), D(2026, 1, 4)),
    # months: 3 months from 30 November is 28 February 2027, a Sunday
    (D(2026, 11, 30), 0, 3, D(2027, 2, 28), D(2027, 3, 1)),
])
def test_deadline_counts_from_the_next_day_and_moves_past_days_off(received, days, months, nominal, last):
    found = deadline(received, HOLIDAYS, days, months)
    assert (found.nominal, found.last_day) == (nominal, last)
    assert found.moved == (nominal != last)


def test_a_deadline_is_checked_only_where_the_holidays_are_known():
    assert deadline(D(2026, 12, 1), HOLIDAYS, days=15).checked
    assert not deadline(D(2026, 12, 20), HOLIDAYS, days=15).checked       # ends in 2027
    assert not deadline(D(2026, 11, 30), HOLIDAYS, months=3).checked
    assert deadline(D(2025, 12, 20), HOLIDAYS, days=15).checked           # only the end matters


def test_without_holidays_only_weekends_move():
    weekends = Calendar(frozenset(), frozenset(), D.min, D.min)
    assert deadline(D(2026, 9, 20), weekends, days=15).last_day == D(2026, 10, 5)
    assert deadline(D(2026, 12, 4), weekends, days=15).last_day == D(2026, 12, 21)


@pytest.mark.parametrize("days, months", [(0, 0), (15, 1)])
def test_deadline_needs_days_or_months(days, months):
    with pytest.raises(ValueError):
        deadline(D(2026, 12, 1), HOLIDAYS, days, months)


def test_the_holidays_file_covers_every_listed_day():
    assert HOLIDAYS.known_from <= min(HOLIDAYS.days_off) and max(HOLIDAYS.days_off) <= HOLIDAYS.known_until
    assert all(day.weekday() >= 5 for day in HOLIDAYS.working_days)
    assert not HOLIDAYS.days_off & HOLIDAYS.working_days


def _errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "holidays.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises((ContentError, ContentErrors)) as caught:
        load_calendar(path)
    error = caught.value
    return [str(e) for e in (error.errors if isinstance(error, ContentErrors) else [error])]


def test_a_broken_holidays_file_names_each_line_and_the_fix(tmp_path):
    problems = _errors(tmp_path, "\n".join([
        "known_from: 2026-01-01",
        "known_until: 2026-12-31",
        "days_off:",
        "  - 2026-10-01",
        "  - 2026-10-01",
        "  - 1 October",
        "  - 2027-01-01",
        "working_days:",
        "  - 2026-10-12",
        "  - 2026-10-01",
        "",
    ]))
    assert len(problems) == 6, problems  # line 10 is a weekday too
    assert any(":5:" in p and "listed twice" in p for p in problems), problems
    assert any(":6:" in p and "not a date" in p and "YYYY-MM-DD" in p for p in problems), problems
    assert any(":7:" in p and "outside known_from..known_until" in p for p in problems), problems
    assert any(":9:" in p and "is a weekday" in p for p in problems), problems
    assert any(":10:" in p and "also listed under `days_off`" in p for p in problems), problems
    assert all("holidays.yml" in p for p in problems)


def test_an_impossible_date_names_its_line(tmp_path):
    problems = _errors(tmp_path, "known_from: 2026-01-01\nknown_until: 2026-12-31\ndays_off:\n  - 2026-13-01\n")
    assert len(problems) == 1 and ":4:" in problems[0] and "YYYY-MM-DD" in problems[0], problems


def test_a_holidays_file_without_its_keys_says_what_it_expects(tmp_path):
    problems = _errors(tmp_path, "- 2026-10-01\n")
    assert "known_from" in problems[0] and "days_off" in problems[0]
    problems = _errors(tmp_path, "known_from: soon\nknown_until: 2026-12-31\ndays_off: 2026-10-01\n")
    assert any(":1:" in p and "not a date" in p for p in problems), problems
    assert any(":3:" in p and "must be a list" in p for p in problems), problems
