"""The publication date: from metadata, else a header line, else a dateline in the text.

Every relative date in an article ("on Tuesday", "last week") is resolved against this date, so
the text is searched conservatively: only the first few lines, and only a date standing alone on
its line ("Published 11 April 2023") or opening a dateline ("VILNIUS, July 11, 2023 -"). A date
in a sentence ("the summit on July 11, 2023") is an event date, not the publication date.
"""

from __future__ import annotations

import re

from accord.ingest.dates import FULL_DATE, parse_date

LINES_SEARCHED = 3  # non-blank lines from the top
MAX_DATE_LINE = 120  # characters

_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
_LABEL = r"(?:(?:First\s+)?(?:Published|Posted|Date|Dated)(?:\s+on)?:?\s+)"
_DASH = r"\s*[—–-]{1,2}\s"
_PLACE = r"(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}|[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,3})"
DATE_LINE_PATTERNS = (
    # "Published: Tuesday, 11 April 2023, 5:00 pm NZST" or a date alone on its line.
    re.compile(rf"^{_LABEL}?(?P<date>{FULL_DATE}){_TIME}\.?$", re.IGNORECASE),
    # "By Jane Roe | 11 April 2023"
    re.compile(rf"^By\s+[^|•·\n]{{1,60}}\s[|•·]\s*(?P<date>{FULL_DATE}){_TIME}$", re.IGNORECASE),
    # "WELLINGTON, April 11, 2023 (Wire) - ...": a place in capitals or title case, a comma, the date.
    re.compile(
        rf"^{_PLACE}(?:, {_PLACE})?,\s+(?i:(?P<date>{FULL_DATE}))(?:\s*\([^)\n]{{1,30}}\))?{_DASH}"
    ),
)


def date_from_text(text: str) -> str | None:
    """The publication day a dateline near the top of `text` states, or None."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:LINES_SEARCHED]
    for line in lines:
        for number, pattern in enumerate(DATE_LINE_PATTERNS):
            if number < 2 and len(line) > MAX_DATE_LINE:
                continue
            found = pattern.match(line)
            if found:
                return parse_date(found["date"])
    return None


def choose_published(metadata: str | None, metadata_how: str, header: str | None,
                     text: str) -> tuple[str | None, str]:
    """(ISO day or None, how it was found): metadata > header > text > "unknown"."""
    from_metadata = parse_date(metadata)
    if from_metadata:
        return from_metadata, metadata_how if metadata_how not in ("unknown", "") else "metadata"
    from_header = parse_date(header)
    if from_header:
        return from_header, "header"
    from_text = date_from_text(text)
    if from_text:
        return from_text, "text"
    return None, "unknown"
