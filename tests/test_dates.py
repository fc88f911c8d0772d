"""Date expressions resolved against the publication date."""

from __future__ import annotations

import doctest
from datetime import date

import pytest

from kg.extract import dates
from kg.extract.dates import parse_day, resolve

MONDAY = date(2025, 7, 14)


def test_doctests():
    assert doctest.testmod(dates).failed == 0


@pytest.mark.parametrize("text,future,start,precision", [
    ("on Sunday", False, date(2025, 7, 13), "day"),
    ("Monday", False, date(2025, 7, 14), "day"),
    ("on Thursday night", False, date(2025, 7, 10), "day"),
    ("on Thursday", True, date(2025, 7, 17), "day"),
    ("yesterday", False, date(2025, 7, 13), "day"),
    ("July 3", False, date(2025, 7, 3), "day"),
    ("on May 16", False, date(2025, 5, 16), "day"),
    ("3 December", False, date(2024, 12, 3), "day"),      # a past event after publication: last year
    ("this week", True, date(2025, 7, 14), "week"),
    ("next week", True, date(2025, 7, 21), "week"),
    ("last month", False, date(2025, 6, 1), "month"),
    ("in February 2022", False, date(2022, 2, 1), "month"),
    ("early August 2024", False, date(2024, 8, 1), "month"),
    ("2023", False, date(2023, 1, 1), "year"),
])
def test_resolve(text, future, start, precision):
    value = resolve(text, MONDAY, future=future)
    assert value is not None and (value.start, value.precision) == (start, precision)


def test_relative_dates_need_a_publication_date():
    assert resolve("on Sunday", None) is None
    assert resolve("March 2, 2022", None).start == date(2022, 3, 2)


def test_durations_are_not_dates():
    assert resolve("three and a half years", MONDAY) is None
    assert resolve("24-48 hours", MONDAY) is None


# --------------------------------------------------------------------------- ISO date strings
@pytest.mark.parametrize("text,start,end", [
    ("2025-07-14", date(2025, 7, 14), date(2025, 7, 14)),
    ("2025-07-14T08:00:00Z", date(2025, 7, 14), date(2025, 7, 14)),
    ("2025-07-14T08:00:00.000+0000", date(2025, 7, 14), date(2025, 7, 14)),
    ("2025-07-14 08:00:00 +0000", date(2025, 7, 14), date(2025, 7, 14)),
    ("2025-07-14+02:00", date(2025, 7, 14), date(2025, 7, 14)),
    (" 2025-07-14 ", date(2025, 7, 14), date(2025, 7, 14)),
    ("2025-07", date(2025, 7, 1), date(2025, 7, 31)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2025-12", date(2025, 12, 1), date(2025, 12, 31)),
    ("2025", date(2025, 1, 1), date(2025, 12, 31)),
])
def test_parse_day(text, start, end):
    assert parse_day(text) == start
    assert parse_day(text, end=True) == end


@pytest.mark.parametrize("text", [None, "", "yesterday", "2025-02-30", "2025-13", "2025-00", "2025-7-14",
                                  "14/07/2025", "2025-07-14xyz", "20250714"])
def test_parse_day_refuses_what_is_not_an_iso_date(text):
    assert parse_day(text) is None and parse_day(text, end=True) is None


def test_parse_day_whole_day_wants_a_day():
    assert parse_day("2025-07-14T08:00:00Z", whole_day=True) == date(2025, 7, 14)
    assert parse_day("2025-07", whole_day=True) is None
    assert parse_day("2025", whole_day=True) is None
