"""Dates: ISO date strings to days (parse_day), and date expressions in text resolved against the
article's publication date (resolve).

    >>> parse_day("2025-07-14T08:00:00Z")
    datetime.date(2025, 7, 14)
    >>> parse_day("2025-02"), parse_day("2025-02", end=True)
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    >>> parse_day("2025", whole_day=True) is None
    True
    >>> from datetime import date
    >>> resolve("on Sunday", date(2025, 7, 14)).start       # published on a Monday
    datetime.date(2025, 7, 13)
    >>> resolve("July 3", date(2025, 7, 14)).start
    datetime.date(2025, 7, 3)
    >>> d = resolve("last week", date(2025, 7, 14)); (d.start, d.end, d.precision)
    (datetime.date(2025, 7, 7), datetime.date(2025, 7, 13), 'week')
    >>> resolve("in February 2022", None).precision
    'month'
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..records import DateValue

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_RE = "|".join(MONTHS + [m[:3] for m in MONTHS] + ["sept"])


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    for i, m in enumerate(MONTHS, 1):
        if word == m or word == m[:3] or (word == "sept" and i == 9):
            return i
    raise ValueError(word)


_ISO_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}.*|Z|[+-]\d{2}:\d{2})?)?)?")


def parse_day(value: str | None, *, end: bool = False, whole_day: bool = False) -> date | None:
    """The day an ISO 8601 date string names, or None when it names none (or is empty).

    A day (2025-07-14) is that day, a date-time (2025-07-14T08:00:00Z, 2025-07-14 08:00) the day
    it falls on; a month (2025-07) or a year (2025) is its first day, or its last with `end` (the
    end of an `until` range). `whole_day` accepts a full day only (a publication date)."""
    m = _ISO_DAY.fullmatch(str(value or "").strip())
    if not m or (whole_day and not m.group(3)):
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or (12 if end else 1)), m.group(3)
    if not 1 <= month <= 12:
        return None
    try:
        if day:
            return date(year, month, int(day))
        if end:
            return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date(year, month, 1)
    except ValueError:
        return None


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def resolve(text: str, published: date | None, future: bool = False) -> DateValue | None:
    """A DateValue for a date expression, or None if it cannot be pinned down.

    `future` says the event is planned, so a bare weekday means the next one, not the last."""
    t = " ".join(text.lower().replace(",", " ").split())
    # absolute: "16 May 2025", "May 16, 2025", "May 16", "16 May"
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})\.?(?: (\d{{4}}))?\b", t) or \
        re.search(rf"\b({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?: (\d{{4}}))?\b", t)
    if m:
        a, b, year = m.groups()
        day_s, month_s = (a, b) if a.isdigit() else (b, a)
        return _day(int(year) if year else None, _month(month_s), int(day_s), published, future)
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        try:
            return DateValue(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return None
    # month and year: "February 2022", "early August 2024"
    m = re.search(rf"\b({_MONTH_RE})\.? (\d{{4}})\b", t)
    if m:
        return DateValue(date(int(m.group(2)), _month(m.group(1)), 1), precision="month")
    if published is None:
        m = re.fullmatch(r"(?:in )?(\d{4})", t)
        return DateValue(date(int(m.group(1)), 1, 1), precision="year") if m else None
    # relative to publication
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", t):
        return DateValue(published)
    if "yesterday" in t:
        return DateValue(published - timedelta(days=1))
    if "tomorrow" in t:
        return DateValue(published + timedelta(days=1))
    for word, offset in (("last", -7), ("past", -7), ("this", 0), ("next", 7), ("coming", 7)):
        if re.search(rf"\b{word} week\b", t):
            start = _week_start(published) + timedelta(days=offset)
            return DateValue(start, precision="week", end=start + timedelta(days=6))
    if re.search(r"\bthis month\b", t):
        return DateValue(published.replace(day=1), precision="month")
    if re.search(r"\blast month\b", t):
        first = published.replace(day=1) - timedelta(days=1)
        return DateValue(first.replace(day=1), precision="month")
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", t):
            return DateValue(_weekday(published, i, future or bool(re.search(r"\bnext\b", t))))
    m = re.search(rf"\b(?:in|since|by) ({_MONTH_RE})\b", t) or re.fullmatch(rf"({_MONTH_RE})", t)
    if m:
        month = _month(m.group(1))
        year = published.year - (1 if month > published.month and not future else 0)
        return DateValue(date(year, month, 1), precision="month")
    m = re.search(r"\b(?:in |since )?(\d{4})\b", t)
    if m and 1900 < int(m.group(1)) < 2100:
        return DateValue(date(int(m.group(1)), 1, 1), precision="year")
    return None


def _day(year: int | None, month: int, day: int, published: date | None, future: bool) -> DateValue | None:
    try:
        if year is not None:
            return DateValue(date(year, month, day))
        if published is None:
            return None
        candidate = date(published.year, month, day)
        # a past event dated after publication belongs to the year before, a planned one before it to the next
        if not future and candidate > published + timedelta(days=7):
            candidate = date(published.year - 1, month, day)
        elif future and candidate < published - timedelta(days=7):
            candidate = date(published.year + 1, month, day)
        return DateValue(candidate)
    except ValueError:
        return None


def _weekday(published: date, weekday: int, future: bool) -> date:
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)
