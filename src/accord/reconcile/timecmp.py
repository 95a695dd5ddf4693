"""Comparing dates that carry a precision.

A value is a TIMEX3-style date: "2012-06-04" (day), "2012-06" (month), "2012" (year), with "XXXX"
for an unknown year ("XXXX-06-28", an article with no publication date). Two dates are compared
only at the precision both have: "2021" (year) contradicts "2012-06-04"; "2012" agrees with it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from accord.model import TimeQualifier

_DATE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?$")

Parts = tuple[int | None, int | None, int | None]


def parts(value: str | TimeQualifier | None) -> Parts | None:
    """(year, month, day), None where unknown or not given; None when not a date at all."""
    if value is None:
        return None
    text = value.value if isinstance(value, TimeQualifier) else value
    match = _DATE.match(text.strip())
    if not match:
        return None
    year, month, day = match.groups()
    return (
        None if year == "XXXX" else int(year),
        int(month) if month else None,
        int(day) if day else None,
    )


def same_time(stated, known) -> bool | None:
    """Do two dates agree at the precision both give? None when either is not a date."""
    a, b = parts(stated), parts(known)
    if a is None or b is None:
        return None
    return all(x == y for x, y in zip(a, b) if x is not None and y is not None)


_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")


_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA)$")
# Seasons read generously (they overlap): a summit is outside one only when it is clearly so.
# Winter, which straddles two years ("winter 2022"), is not read.
SEASONS = {"SP": ((3, 1), (6, 20)), "SU": ((6, 1), (9, 22)), "FA": ((9, 1), (12, 20))}


def week_bounds(value) -> tuple[date, date] | None:
    """An ISO week ("2019-W26": Monday to Sunday) or its weekend ("2019-W26-WE": Saturday and
    Sunday), as the time expressions "last week", "this week", "at the weekend" give them; a
    season of a year ("2022-SU", generously: `SEASONS`); None for anything else."""
    text = value.value if isinstance(value, TimeQualifier) else value
    season = _SEASON.match(str(text or "").strip())
    if season:
        (m1, d1), (m2, d2) = SEASONS[season.group(2)]
        year = int(season.group(1))
        return date(year, m1, d1), date(year, m2, d2)
    match = _WEEK.match(str(text or "").strip())
    if not match:
        return None
    try:
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        return None
    return (monday + timedelta(days=5), monday + timedelta(days=6)) if match.group(3) else (monday, monday + timedelta(days=6))


def bounds(value) -> tuple[date, date] | None:
    """The first and last day a date can mean ("2012" -> 2012-01-01..2012-12-31, "2019-W26" its
    Monday to Sunday); None if the year is unknown."""
    week = week_bounds(value)
    if week is not None:
        return week
    p = parts(value)
    if p is None or p[0] is None:
        return None
    year, month, day = p
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day), date(year, month, day)


def overlaps(stated, start, end) -> bool | None:
    """Can the stated date fall within [start, end]? An open end runs to today.

    With an unknown year, month and day are matched against every year of the span.
    """
    p = parts(stated)
    week = week_bounds(stated)
    if p is None and week is None:
        return None
    lo = bounds(start)[0] if start is not None and bounds(start) else date.min
    hi = bounds(end)[1] if end is not None and bounds(end) else date.max
    if week is not None:
        return week[0] <= hi and lo <= week[1]
    if p[0] is not None:
        s_lo, s_hi = bounds(stated)
        return s_lo <= hi and lo <= s_hi
    return _month_day_within(p[1], p[2], lo, hi)


def _month_day_within(month, day, lo: date, hi: date) -> bool:
    first = max(lo.year, 1)
    last = min(hi.year, date.today().year + 10)
    for year in range(first, last + 1):
        try:
            d_lo = date(year, month or 1, day or 1)
            d_hi = date(year, month or 12, day or calendar.monthrange(year, month or 12)[1])
        except ValueError:
            continue
        if d_lo <= hi and lo <= d_hi:
            return True
    return False


def active_on(start, end, on, point=None) -> bool | None:
    """Was a fact with this start and end (or only this point in time) in force at `on`? None
    when `on` is unknown.

    The KB's one rule for ends (as accord.kb.temporal.active): an `end` given to the day is the
    first day the fact no longer holds (the successor's first day); an end at month or year
    precision is read generously, to its last day. A start is read generously too.
    """
    if on is None or parts(on) is None:
        return None
    if start is None and end is None and point is not None:
        return overlaps(on, point, point)
    lo = bounds(start)[0] if start is not None and bounds(start) else date.min
    hi = last_day(end) if end is not None and bounds(end) else date.max
    p = parts(on)
    if p[0] is not None:
        s_lo, s_hi = bounds(on)
        return s_lo <= hi and lo <= s_hi
    return _month_day_within(p[1], p[2], lo, hi)


def last_day(end) -> date:
    """The last day a fact ending at `end` holds: the day before a day-precision end, the last
    day of a month or year."""
    first, last = bounds(end)
    return first - timedelta(days=1) if parts(end)[2] is not None else last


# The parts of a month ("early June", "mid-March", "late January", "the end of May"): first and
# last day; END runs to the month's last day. A KB day outside a part by at most MONTH_PART_MARGIN
# days is too close to call.
MONTH_PARTS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
MONTH_PART_MARGIN = 3


def part_bounds(value) -> tuple[date, date] | None:
    """The first and last day of a month part ("2023-06" START -> 1..10 June); None when the
    value carries no part, or no year and month."""
    part = getattr(value, "part", None)
    p = parts(value)
    if part not in MONTH_PARTS or p is None or p[0] is None or p[1] is None or p[2] is not None:
        return None
    last = calendar.monthrange(p[0], p[1])[1]
    first_day, last_day_ = MONTH_PARTS[part]
    return date(p[0], p[1], first_day), date(p[0], p[1], min(last_day_, last))


def part_applies(stated, *known) -> bool:
    """Is `stated` a part of a month ("late June") and every known date given to the day, so
    that `part_fit` decides (else the whole month is compared, as before)?"""
    return part_bounds(stated) is not None and bool(known) and all(
        k is not None and parts(k) is not None and parts(k)[0] is not None and parts(k)[2] is not None for k in known)


def part_fit(stated, start, end=None) -> bool | None:
    """Does a known day (or span `start`..`end`) fall in the stated part of a month? True when
    some day of it does, False when every day lies more than MONTH_PART_MARGIN days outside the
    part, None when too close to call, when the stated date has no part, or when the known date
    is not given to the day."""
    span = part_bounds(stated)
    end = end if end is not None else start
    if span is None or start is None or parts(start) is None or parts(end) is None \
            or parts(start)[2] is None or parts(end)[2] is None or bounds(start) is None or bounds(end) is None:
        return None
    lo, hi = bounds(start)[0], bounds(end)[1]
    if lo <= span[1] and span[0] <= hi:
        return True
    margin = timedelta(days=MONTH_PART_MARGIN)
    if hi < span[0] - margin or lo > span[1] + margin:
        return False
    return None


def label(value) -> str:
    """A date as people read it, with its precision: "2012-06-04", "2021 (year only)"."""
    p = parts(value)
    text = value.value if isinstance(value, TimeQualifier) else value
    if p is None:
        bounds_ = week_bounds(text)
        return f"{text} ({bounds_[0].isoformat()} to {bounds_[1].isoformat()})" if bounds_ else str(text)
    if p[2] is not None:
        return text
    span = part_bounds(value)
    if span is not None:
        return f"{text} ({span[0].isoformat()} to {span[1].isoformat()})"
    return f"{text} ({'month' if p[1] is not None else 'year'} only)"
