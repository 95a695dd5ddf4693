"""Dates: every date expression in an article's body moved by one edit.

- a weekday name three days on ("Monday" -> "Thursday", "Wednesday's" -> "Saturday's");
- a month name moved, the day kept ("June 23" -> "August 23", "11-12 July" -> "11-12 September",
  "last May" -> "last July"); the shift is +2 months, or -2 where that keeps a day the month has
  and +2 does not (no "April 31");
- a day of the month moved by a week ("June 23" -> "June 30", "23 June" -> "30 June", "11-12 July"
  -> "18-19 July"), back a week when a week on would pass the month's last day (28 for February);
- a year moved back two ("in 2016" -> "in 2014", "since 2012" -> "since 2010", "from 2010 to 2023"
  gives one edit per year, "September 24, 2021" -> "September 24, 2019"). Back, so that the edit
  stays in the past of the article.

Relative words ("yesterday", "last week", "next year") are left alone: moving them cleanly needs
the article's date and tense, and "last year" -> "two years ago" changes the phrase's grammar.
An edit can leave a claim true (a weekday the article never anchors, a year in a quantity such as
"2014 troops", an edit in a sentence the KB knows nothing about): `note` says which kind of edit it
is, and "(may be a number)" on a bare year not led by a word of time.
"""

from __future__ import annotations

import calendar
import re

from sweeps import Edit, body_start

_DAYS = list(calendar.day_name)  # Monday ... Sunday
_MONTHS = list(calendar.month_name)[1:]  # January ... December
_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_WEEKDAY = re.compile(r"\b(" + "|".join(_DAYS) + r")\b")
# "Sept." and the other short forms are read as the full name's month
_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
         "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_MONTH_WORD = r"(?P<month>" + "|".join(_MONTHS) + r"|(?:" + "|".join(_ABBR) + r")\.)"
_DAY = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?"
# "June 23", "June 28-30", "23 June", "11-12 July", "May" alone (not the modal verb: see _month_ok)
_MONTH_DAY = re.compile(r"\b" + _MONTH_WORD + r"\s+" + _DAY + r"\b(?!\s*%)")
_DAY_MONTH = re.compile(r"\b" + _DAY + r"\s+" + _MONTH_WORD)
_MONTH = re.compile(r"\b" + _MONTH_WORD.replace(r"\.)", r"\.(?!\w))") + r"(?!\w)")
_YEAR = re.compile(r"(?<![\d.,$€£])\b(?P<year>(?:19|20)\d\d)\b(?![.,]\d|\s*(?:%|percent|per cent))")
_TIME_WORD = re.compile(
    r"(?:\b(?:in|since|from|to|until|till|by|of|before|after|between|and|during|early|late|mid|"
    r"spring|summer|autumn|fall|winter|year|" + "|".join(_MONTHS) + r")|[,\-–]|\b\d\d?)\s*$", re.I)


def _month_number(word: str) -> int:
    word = word.rstrip(".")
    if word in _MONTHS:
        return _MONTHS.index(word) + 1
    return _ABBR[word]


def _month_ok(text: str, start: int, end: int, word: str) -> bool:
    """`May` is a month only before a day or a year or after a word of time ("last May", "in May",
    "May 18", "May 2022"); "Sweden may join" and "May" heading a sentence are not."""
    if word != "May":
        return True
    after = text[end:end + 8]
    before = text[max(0, start - 12):start]
    return bool(re.match(r"\s+\d", after) or re.search(r"\b(?:last|next|this|in|early|late|mid|"
                                                       r"since|until|by|of|from|to)\s+$", before, re.I)
                or re.search(r"\d\s*$", before))


def _moved_month(month: int, days: list[int]) -> int:
    """+2 months, or -2 when +2 has no such day (the day kept)."""
    top = max(days) if days else 1
    ahead = (month + 1) % 12 + 1
    if top <= _MONTH_DAYS[ahead - 1]:
        return ahead
    return (month - 3) % 12 + 1


def _same_form(old: str, month: int) -> str:
    """The new month written as the old one was: full, or the short form with its stop."""
    if old.rstrip(".") in _MONTHS:
        return _MONTHS[month - 1]
    return {1: "Jan.", 2: "Feb.", 3: "Mar.", 4: "Apr.", 5: "May", 6: "Jun.", 7: "Jul.", 8: "Aug.",
            9: "Sept." if old == "Sept." else "Sep.", 10: "Oct.", 11: "Nov.", 12: "Dec."}[month]


def _week_moved(day: int, month: int) -> int:
    """A week on, or a week back where a week on would pass the month's last day."""
    return day + 7 if day + 7 <= _MONTH_DAYS[month - 1] - (month == 2) else day - 7


def edits(text, kb):
    begin = body_start(text)
    seen: set[tuple[int, int]] = set()

    for m in _WEEKDAY.finditer(text, begin):
        moved = _DAYS[(_DAYS.index(m.group(1)) + 3) % 7]
        yield Edit(m.start(), m.end(), moved, "weekday moved three days on")

    # a day of the month, and its month, where the two are written together
    dated_months: set[int] = set()
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(text, begin):
            d1, d2 = int(m.group("d1")), int(m.group("d2") or 0)
            if not 1 <= d1 <= 31 or (d2 and not d1 < d2 <= 31):
                continue
            word = m.group("month")
            dated_months.add(m.start("month"))
            days = [d for d in (d1, d2) if d]
            moved = _moved_month(_month_number(word), days)
            if (m.start("month"), m.end("month")) not in seen:
                seen.add((m.start("month"), m.end("month")))
                yield Edit(m.start("month"), m.end("month"), _same_form(word, moved),
                           "month moved, the day kept")
            span = (m.start("d1"), m.end("d2") if d2 else m.end("d1"))
            if span in seen:
                continue
            seen.add(span)
            if d2:
                shift = 7 if _week_moved(d2, _month_number(word)) > d2 else -7
                if d1 + shift < 1:
                    continue
                old = text[span[0]:span[1]]
                new = re.sub(r"\d+", lambda n: str(int(n.group()) + shift), old, count=2)
                yield Edit(span[0], span[1], new, "days of the month moved by a week")
            else:
                yield Edit(m.start("d1"), m.end("d1"), str(_week_moved(d1, _month_number(word))),
                           "day of the month moved by a week")

    # a month written alone ("last May", "in June 2022", "late January")
    for m in _MONTH.finditer(text, begin):
        if m.start("month") in dated_months or (m.start(), m.end()) in seen:
            continue
        word = m.group("month")
        if not _month_ok(text, m.start(), m.end(), word):
            continue
        seen.add((m.start(), m.end()))
        moved = _moved_month(_month_number(word), [])
        yield Edit(m.start(), m.end(), _same_form(word, moved), "month moved")

    for m in _YEAR.finditer(text, begin):
        year = int(m.group("year"))
        led = _TIME_WORD.search(text[max(0, m.start() - 12):m.start()])
        note = "year moved back two" + ("" if led else " (may be a number)")
        yield Edit(m.start(), m.end(), str(year - 2), note)
