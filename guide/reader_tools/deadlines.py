"""Court deadlines counted the way the law counts them, for the deadline tool of the decision tree.

The day a document is received is not counted: a period of N days ends on the Nth day after it
(CPL Art. 85, fact N2). A period of months ends on the corresponding day of the last month, or on
that month's last day if it has none (fact S2). A last day that is a day off moves to the next
working day (N2); weekends are days off unless the State Council made them working days, and the
public holidays come from data/holidays.yml (facts S1, S2). docs/assets/javascripts/deadline.js
counts the same way in the reader's browser; tests hold the two to the same answers.
"""
from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from guide.errors import ContentError, raise_if_any
from guide.yaml_source import line_of, load_yaml_document


@dataclass(frozen=True)
class Calendar:
    days_off: frozenset[dt.date]
    working_days: frozenset[dt.date]  # weekends worked instead (调休上班)
    known_from: dt.date               # the holidays are known for these dates only
    known_until: dt.date

    def is_day_off(self, day: dt.date) -> bool:
        if day in self.working_days:
            return False
        return day in self.days_off or day.weekday() >= 5

    def knows(self, day: dt.date) -> bool:
        return self.known_from <= day <= self.known_until


@dataclass(frozen=True)
class Deadline:
    nominal: dt.date   # the Nth day (or the corresponding day), before any move
    last_day: dt.date  # after moving past days off
    checked: bool      # every day it depends on lies where the holidays are known

    @property
    def moved(self) -> bool:
        return self.last_day != self.nominal


def add_months(day: dt.date, months: int) -> dt.date:
    """The corresponding day `months` later, or that month's last day if it has none."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return dt.date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def deadline(received: dt.date, calendar: Calendar, days: int = 0, months: int = 0) -> Deadline:
    """The last day of a period of `days` days or `months` months after `received`."""
    if (days > 0) == (months > 0):
        raise ValueError("give a number of days or a number of months")
    nominal = received + dt.timedelta(days=days) if days else add_months(received, months)
    last = nominal
    while calendar.is_day_off(last):
        last += dt.timedelta(days=1)
    return Deadline(nominal, last, calendar.knows(nominal) and calendar.knows(last))


def load_calendar(path: Path | str) -> Calendar:
    """data/holidays.yml, or a ContentError per problem (file, line, what to change)."""
    document = load_yaml_document(Path(path))
    data, lines = document.data, document.lines
    if not isinstance(data, dict):
        raise ContentError(path, "expected `known_from:`, `known_until:`, `days_off:` and `working_days:`", 1)
    errors: list[ContentError] = []

    def day_of(value, at: tuple, what: str) -> dt.date | None:
        if isinstance(value, dt.date):
            return value
        errors.append(ContentError(path, f"{what} {value!r} is not a date; write it as YYYY-MM-DD, "
                                         "e.g. 2026-10-01", line_of(lines, *at)))
        return None

    bounds = {key: day_of(data.get(key), (key,), f"`{key}:`") for key in ("known_from", "known_until")}
    lists: dict[str, list[dt.date]] = {}
    for key in ("days_off", "working_days"):
        raw = data.get(key) or []
        if not isinstance(raw, list):
            errors.append(ContentError(path, f"`{key}:` must be a list of dates", line_of(lines, key)))
            raw = []
        lists[key] = []
        for n, value in enumerate(raw):
            day = day_of(value, (key, n), f"`{key}` item {n + 1}")
            if day is None:
                continue
            where = line_of(lines, key, n)
            if day in lists[key]:
                errors.append(ContentError(path, f"{day} is listed twice under `{key}`; remove one", where))
            if None not in bounds.values() and not bounds["known_from"] <= day <= bounds["known_until"]:
                errors.append(ContentError(path, f"{day} lies outside known_from..known_until; widen them "
                                                 "when you add a year", where))
            if key == "working_days" and day.weekday() < 5:
                errors.append(ContentError(path, f"{day} is a weekday; `working_days` lists only weekends "
                                                 "that are worked (调休上班)", where))
            if key == "working_days" and day in lists["days_off"]:
                errors.append(ContentError(path, f"{day} is also listed under `days_off`; a day is one "
                                                 "or the other", where))
            lists[key].append(day)
    raise_if_any(errors)
    return Calendar(frozenset(lists["days_off"]), frozenset(lists["working_days"]),
                    bounds["known_from"], bounds["known_until"])
