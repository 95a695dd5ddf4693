"""Dates with a precision, as the KB's queries use them.

A fact holds from its start to the day before its end (a successor takes office on the day the
predecessor's term ends). Dates given at month or year precision are read generously: a term
that started "in 2012" may be active on any day of 2012; one that ended "in 2023" may be active
until the last day of 2023. A fact known only at a point in time ("deputy spokesperson, 2022")
holds on that point, at its precision, and nowhere else.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from accord.model import TimeQualifier

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_PRECISIONS = {1: "year", 2: "month", 3: "day"}


def precision_of(value: str) -> str:
    """"2012-06-04" -> day, "2012-06" -> month, "2012" -> year; ValueError if not a real date."""
    match = _DATE.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as err:  # 2023-02-30
        raise ValueError(f"{value!r} is not a real date: {err}") from None
    return _PRECISIONS[sum(1 for part in (year, month, day) if part)]


def qualifier(value: str | None) -> TimeQualifier | None:
    return TimeQualifier(value, precision_of(value)) if value else None


def as_day(on: date | str | None) -> str:
    """The query date as YYYY-MM-DD; today when None. Raises ValueError on a bad date."""
    if on is None:
        return date.today().isoformat()
    if isinstance(on, date):
        return on.isoformat()
    precision = precision_of(on.strip())
    if precision != "day":
        raise ValueError(f"{on!r}: give a full date (YYYY-MM-DD)")
    return on.strip()


def lower(value: str) -> str:
    """The first day a date can mean: "2012" -> "2012-01-01"."""
    parts = value.split("-")
    return f"{parts[0]}-{parts[1] if len(parts) > 1 else '01'}-{parts[2] if len(parts) > 2 else '01'}"


def upper(value: str) -> str:
    """The last day a date can mean: "2012-02" -> "2012-02-29"."""
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    day = int(parts[2]) if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def active(start: TimeQualifier | None, end: TimeQualifier | None, point: TimeQualifier | None, on: str) -> bool:
    """Does a fact with these qualifiers hold on the day `on` (YYYY-MM-DD)?"""
    if start is None and end is None and point is not None:
        return lower(point.value) <= on <= upper(point.value)
    if start is not None and on < lower(start.value):
        return False
    if end is not None:
        last = on < end.value if end.precision == "day" else on <= upper(end.value)
        if not last:
            return False
    return True


def definitely_overlap(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Do two terms (start, end) share a day for certain, whatever their imprecise dates mean?

    Used by validation: a single-holder office must not have two holders on one day. Terms that
    touch (one ends the day the next starts) do not overlap.
    """
    (a_start, a_end), (b_start, b_end) = a, b
    a_first = upper(a_start) if a_start else "0000-01-01"
    b_first = upper(b_start) if b_start else "0000-01-01"
    a_stop = lower(a_end) if a_end else "9999-12-31"
    b_stop = lower(b_end) if b_end else "9999-12-31"
    return max(a_first, b_first) < min(a_stop, b_stop)
