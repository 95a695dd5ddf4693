"""A weekday written with its date: "on Tuesday, July 12", "Wednesday 11 July 2018"; two weekdays
with the first and last days of a span: "on Tuesday and Wednesday, 11-12 July", "from Tuesday to
Thursday, June 28-30" (each weekday its own day: the first the span's first, the second its last).

A writer who gives both says the day fell on that weekday, and the calendar settles it: real
articles get it wrong ("Tuesday, July 12" in a report of 2023-07-12, a Wednesday). The date's
year is the one written ("2023", or "last year" counted from the article's year), else the one
that puts the date nearest the article's (the date reader may have moved the year to fit the
weekday; the writer meant the nearest). Statement:
`date:2023-07-12 – falls_on – weekday:tuesday`, checked by the calendar (CHECKS): supported when
the weekday is the date's, contradicted when not. A year the text does not give, for a date more
than GUESS_DAYS from the article's, is a guess (`date` 0.45): a clash is then `unverifiable`.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make

ORDER = 90
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
GUESS_DAYS = 60
# A span of days written with its first and last weekdays is at most a week long ("Monday to
# Sunday, 3-9 June"); a longer one, or one that runs backwards, is not read.
SPAN_DAYS = 6
GUESSED = 0.45
CALENDAR = "https://en.wikipedia.org/wiki/Gregorian_calendar"

_WEEKDAY = r"(?P<weekday>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|\.)?"
# a month's name or its abbreviation, not any word that starts like one ("Tuesday marked 25 years",
# "Wednesday decided 5 ...": num20)
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)|,?\s+(?P<rel>this|last|next)\s+year\b)?"
# "Tuesday, July 12(, 2023)", "Wednesday 11 July 2018", "Tue., Jul. 12": weekday, then the date.
# A day that opens a span ("Thursday, June 28-30", "June 28 to 30") is no weekday's date.
PATTERNS = (re.compile(rf"\b{_WEEKDAY},?\s+{_MONTH}\s+{_DAY}\b(?!\s*(?:[-–]|to|and|through)\s*\d){_YEAR}", re.I),
            re.compile(rf"\b{_WEEKDAY},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}", re.I))
# "Tuesday and Wednesday, 11-12 July (2023)", "Tuesday through Thursday, June 28-30": two weekdays
# joined by "and" / "to" / "through" / "-", then a span of days of one month.
_LAST_WEEKDAY = _WEEKDAY.replace("?P<weekday>", "?P<weekday2>")
_LAST_DAY = _DAY.replace("?P<day>", "?P<day2>")
_TWO = rf"{_WEEKDAY}\s*(?:and|to|through|thru|until|-|–)\s*{_LAST_WEEKDAY},?\s+"
SPANS = (re.compile(rf"\b{_TWO}{_MONTH}\s+{_DAY}\s*(?:-|–|to|and)\s*{_LAST_DAY}\b{_YEAR}", re.I),
         re.compile(rf"\b{_TWO}(?:the\s+)?{_DAY}\s*(?:-|–|to|and)\s*{_LAST_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}", re.I))


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    today = _day(ctx.doc._.document_date)
    found = []
    for pattern in PATTERNS:
        found += [(m, _stated(m, today)) for m in pattern.finditer(sent.text)]
    for pattern in SPANS:
        for m in pattern.finditer(sent.text):
            first = _stated(m, today)
            last = _stated(m, today, "2")
            if first is not None and last is not None and 0 < (last[0] - first[0]).days <= SPAN_DAYS:
                found += [(m, first), (m, last)]
    for m, stated in found:
        if stated is None:
            continue
        day, weekday, guessed = stated
        span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        tokens = list(span)
        sure = {"date": GUESSED} if guessed else None
        out.append(make(ctx, f"date:{day.isoformat()}", "falls_on", f"weekday:{weekday}", tokens, span.root,
                        confidence=sure, modality="fact"))
    return out


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _stated(m: re.Match, today: date | None, which: str = "") -> tuple[date, str, bool] | None:
    """(the date meant, the weekday written, whether its year is a guess far from the article);
    `which` "2" reads a span's last weekday and day."""
    weekday = next(w for w in WEEKDAYS if w.startswith(m.group("weekday" + which).lower()[:3]))
    month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(m.group("month").lower()[:3]))
    day = int(m.group("day" + which))
    if m.group("year"):
        try:
            return date(int(m.group("year")), month, day), weekday, False
        except ValueError:
            return None
    if today is None:
        return None
    if m.group("rel"):  # "Tuesday, July 11 last year": the year the words count from the article's
        year = today.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        try:
            return date(year, month, day), weekday, False
        except ValueError:
            return None
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    meant = min(options, key=lambda d: abs((d - today).days))
    return meant, weekday, abs((meant - today).days) > GUESS_DAYS


def check_weekday(checker, st: Statement, on: str | None):
    """The calendar's weekday of the date against the one written."""
    from accord.reconcile.kbcheck import Verdict

    day = _day(st.subject.split(":", 1)[1])
    if day is None:
        return None
    actual = WEEKDAYS[day.weekday()]
    written = st.value.split(":", 1)[1]
    evidence = [{"type": "calendar", "date": day.isoformat(), "weekday": actual.title(), "source": CALENDAR}]
    if actual == written:
        return Verdict("supported", f"{day.isoformat()} was a {actual.title()}.", evidence)
    return Verdict("contradicted_by_kb", f"The text gives {day.isoformat()} as a {written.title()}, but it was a "
                   f"{actual.title()}.", evidence)


def _words(name, st: Statement) -> str:
    return f"{st.subject.split(':', 1)[1]} fell on a {st.value.split(':', 1)[1].title()}"


CHECKS = {"falls_on": check_weekday}
WORDS = {"falls_on": _words}
