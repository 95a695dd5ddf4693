"""Reading full calendar dates written the ways news metadata and datelines write them.

Only complete dates (day, month and year) are accepted, and numeric forms whose day and month could
be swapped ("04/11/2023") are refused: a publication date anchors every relative date in the
article, so a wrong one is worse than none.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_tz

MIN_YEAR, MAX_YEAR = 1900, 2100

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"

# The written forms of a full date, as regular expressions with named groups.
ISO_DATE = r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
SLASH_YMD = r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})"
DAY_MONTH_YEAR = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4})"
MONTH_DAY_YEAR = _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
WRITTEN_FORMS = (ISO_DATE, SLASH_YMD, DAY_MONTH_YEAR, MONTH_DAY_YEAR)

# One pattern (without groups) for a full date inside running text, for datelines.
FULL_DATE = _WEEKDAY + "?(?:" + "|".join(re.sub(r"\?P<\w+>", "?:", f) for f in WRITTEN_FORMS) + ")"

_WRITTEN = [re.compile(r"^\s*" + _WEEKDAY + "?" + form + r"(?!\d)", re.IGNORECASE) for form in WRITTEN_FORMS]


def make_iso(year: int, month: int, day: int) -> str | None:
    """`YYYY-MM-DD` when the three numbers make a real date in the accepted range, else None."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(value: object) -> str | None:
    """The ISO day (`YYYY-MM-DD`) a metadata value or header value names, or None.

    Accepts ISO 8601 dates and timestamps (the day as written, not shifted to UTC), `2023/04/11`,
    RFC 2822 (`Tue, 11 Apr 2023 08:00:00 +1200`, as feeds write it), `11 April 2023`,
    `April 11, 2023` (with an optional weekday, ordinal suffix and time after it).
    """
    if isinstance(value, (date, datetime)):
        return make_iso(value.year, value.month, value.day)
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        return None
    for pattern in _WRITTEN:
        found = pattern.match(value)
        if found:
            return _iso_from_match(found)
    parts = parsedate_tz(value.strip())
    if parts is not None:
        return make_iso(parts[0], parts[1], parts[2])
    return None


def _iso_from_match(found: re.Match) -> str | None:
    groups = found.groupdict()
    month = groups.get("m") or MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if month is None:
        return None
    return make_iso(int(groups["y"]), int(month), int(groups["d"]))
