"""Calendar arithmetic on the article's date and TIMEX3 value strings.

The anchor is the publication date, or None when it is unknown: then every value built from
it keeps its year unknown ("XXXX-06-28") instead of guessing one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from accord.nlp.extract.dates.lexicon import SEASON_START, TIME_UNITS, UNITS
from accord.nlp.extract.dates.tense import FUTURE, PAST

_PLAIN_DATE = re.compile(r"^(?:\d{4}|XXXX)(?:-(\d\d))?(?:-(\d\d))?$")


def year_text(y: int | None) -> str:
    return "XXXX" if y is None else f"{y:04d}"


def day_value(y: int | None, m: int, d: int) -> str:
    return f"{year_text(y)}-{m:02d}-{d:02d}"


def month_value(y: int | None, m: int) -> str:
    return f"{year_text(y)}-{m:02d}"


def week_value(d: date) -> str:
    """The ISO week of d: "2023-W15"."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def precision_of(value: str) -> str | None:
    """day | month | year for a plain date value ("XXXX-06-28" is day), None for the rest
    (weeks, quarters, seasons, references, durations): the precisions TimeQualifier knows."""
    m = _PLAIN_DATE.match(value)
    if not m or value == "XXXX":  # a year nobody knows is no precision at all
        return None
    return "day" if m.group(2) else "month" if m.group(1) else "year"


def valid_day(y: int | None, m: int, d: int) -> bool:
    """Is there such a day ("XXXX-02-29" is: some year has it)?"""
    if not 1 <= m <= 12 or d < 1 or y is not None and not 1 <= y <= 9999:
        return False
    return d <= calendar.monthrange(y if y is not None else 2000, m)[1]


def shift_months(d: date, n: int) -> tuple[int, int]:
    """(year, month) n months from d's month."""
    total = d.year * 12 + d.month - 1 + n
    return total // 12, total % 12 + 1


def weekday_date(anchor: date, weekday: int, tense: str | None, strict: bool = False) -> date:
    """The `weekday` (1 = Monday) nearest the anchor in the direction of the tense: the past
    one by default, since news mostly reports what happened; the anchor's own day when it is
    that weekday, unless `strict` ("last Friday" said on a Friday is a week before)."""
    delta = (weekday - anchor.isoweekday()) % 7
    if tense == FUTURE:
        return anchor + timedelta(days=delta or (7 if strict else 0))
    back = (anchor.isoweekday() - weekday) % 7
    return anchor - timedelta(days=back or (7 if strict else 0))


# How far ahead an unmarked date may lie and still be read as ahead of the article: "in June"
# said in April, "Nov. 16" said on Oct. 30 (even after a past verb: "was extended to Nov. 16").
NEAR_FUTURE_MONTHS = 2
NEAR_FUTURE_DAYS = 60


def month_year(anchor: date, month: int, tense: str | None, day: int = 0,
               strict: bool = False) -> int:
    """The year of a month (and day) named without one.

    Future tense takes the next occurrence; otherwise the latest one, since news mostly
    reports what happened, unless the next occurrence is near (NEAR_FUTURE_*) and the tense
    does not say past (for a day, even if it does). `strict` leaves out the anchor's own month
    ("last April" said in April)."""
    here = (anchor.month, anchor.day if day else 0)
    there = (month, day)
    ahead = anchor.year if there > here else anchor.year + 1
    behind = anchor.year if there < here else anchor.year - 1
    if there == here and not strict:
        return anchor.year
    if tense == FUTURE:
        return ahead
    if day and valid_day(ahead, month, day) and not strict and \
            (date(ahead, month, day) - anchor).days <= NEAR_FUTURE_DAYS:
        return ahead
    # (a day already had its window above: "Aug. 7" in an article of Aug. 13 is the past one)
    if tense is None and not strict and not day and (month - anchor.month) % 12 <= NEAR_FUTURE_MONTHS:
        return ahead
    return behind


_SEASON_INDEX = {3: 0, 6: 1, 9: 2, 12: 3}


def season_year(anchor: date, season: str, tense: str | None, strict: bool = False) -> int:
    """The year of a season named without one. Seasons are counted in order (winter belongs to
    the year it starts in); past tense takes the latest one not after the anchor's season,
    future the next one not before it, no tense the anchor's year."""
    if tense not in (PAST, FUTURE):
        return anchor.year
    m = anchor.month
    current = (anchor.year - (m < 3)) * 4 + (3 if m in (12, 1, 2) else (m - 3) // 3)
    wanted = _SEASON_INDEX[SEASON_START[season]]
    k = current
    step = -1 if tense == PAST else 1
    if strict:
        k += step
    while k % 4 != wanted:
        k += step
    return k // 4


_IN_YEARS = {"decade": 10, "century": 100, "millennium": 1000}


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: (2, "week") P2W, (5.5, "hour") PT5H30M, (None, "year") PXY."""
    letter = UNITS[unit]
    if unit == "fortnight":
        amount = None if amount is None else amount * 2
    if unit in _IN_YEARS:  # ISO 8601 has no decades or centuries: "two decades" is P20Y
        amount = None if amount is None else amount * _IN_YEARS[unit]
        unit, letter = "year", "Y"
    prefix = "PT" if unit in TIME_UNITS else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    if amount == int(amount):
        return f"{prefix}{int(amount)}{letter}"
    return _fractional(amount, unit, prefix, letter)


_SMALLER = {"hour": (60, "M"), "minute": (60, "S"), "day": (24, "H"), "year": (12, "M"),
            "week": (7, "D"), "month": (None, None)}


def _fractional(amount: float, unit: str, prefix: str, letter: str) -> str:
    whole = int(amount)
    factor, small = _SMALLER.get(unit, (None, None))
    if factor is None:
        return f"{prefix}{amount:g}{letter}"
    part = round((amount - whole) * factor)
    if unit == "year":
        return f"P{whole}Y{part}M" if whole else f"P{part}M"
    if unit == "day":
        return f"P{whole}DT{part}H" if whole else f"PT{part}H"
    if unit == "week":
        return f"P{whole * 7 + part}D"
    return f"{prefix}{whole}{letter}{part}{small}" if whole else f"{prefix}{part}{small}"


def offset_value(anchor: date | None, amount: float | None, unit: str, sign: int) -> str:
    """The date `amount` units before (sign -1) or after (+1) the anchor, at the unit's
    precision: "two days ago" a day, "six weeks ago" a week, "three years ago" a year."""
    if amount is None:
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if anchor is None:
        return _unknown_offset(unit)
    n = amount * sign
    if unit in ("day", "hour", "minute", "second"):
        days = n if unit == "day" else n / 24 if unit == "hour" else 0
        return (anchor + timedelta(days=round(days))).isoformat()
    if unit in ("week", "fortnight"):
        return week_value(anchor + timedelta(weeks=round(n) * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return month_value(*shift_months(anchor, round(n)))
    if unit == "quarter":
        y, m = shift_months(anchor, round(n) * 3)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    years = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit, 1)
    return year_text(anchor.year + round(n * years))


def _unknown_offset(unit: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"
            }.get(unit, "XXXX")


def parse_anchor(anchor) -> date | None:
    """A date from a date, a datetime or an ISO string ("2023-04-11", "2023-04-11T10:00");
    None when absent or unreadable."""
    if anchor is None or isinstance(anchor, date):
        return anchor if not hasattr(anchor, "date") else anchor.date()
    m = re.match(r"\s*(\d{4})-(\d\d)-(\d\d)", str(anchor))
    if not m:
        return None
    y, mo, d = map(int, m.groups())
    return date(y, mo, d) if valid_day(y, mo, d) else None


def easter(y: int) -> date:
    """Easter Sunday of year `y` in the Gregorian calendar (the anonymous Gregorian
    algorithm, also known as Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(y, month, day + 1)
