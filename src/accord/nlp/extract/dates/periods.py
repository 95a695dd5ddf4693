"""Handlers for quarters, halves, report periods, weeks, weekends and "this/last/next" units.

Financial news reports on quarters: "the quarter", "a year earlier" and "the year-ago period"
refer to the quarter the article named last, which `Context.last_quarter` keeps.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from accord.nlp.extract.dates.context import Context, Norm, edge_mod, sentence_start
from accord.nlp.extract.dates.lexicon import MONTHS, ORDINALS, alternation
from accord.nlp.extract.dates.normalise import century, decade_rel, season
from accord.nlp.extract.dates.resolve import (
    month_value, month_year, quarter_of, shift_months, valid_day, week_value, year_text,
)
from accord.nlp.extract.dates.tense import FUTURE, PAST


def quarter(ctx: Context, g: dict) -> Norm | None:
    """ "the third quarter", "third-quarter", "the first half of 2022": Y-Q3, Y-H1."""
    unit = g["unit"].lower()
    n = ORDINALS[g["ordinal"].lower()]
    if g.get("two"):  # "the first two quarters (of 1990)": a half; "the second two" is none
        if unit != "quarter" or n not in (1, 4):
            return None
        unit, n = "half", 1 if n == 1 else 2
    if unit == "half" and g["ordinal"].lower() in ("last", "final"):
        n = 2
    if g.get("ddec") or g.get("dshort") or g.get("decade"):
        return _decade_part(ctx, g, unit, n)
    if unit == "period" or n > (4 if unit == "quarter" else 2):
        return None
    letter = "Q" if unit == "quarter" else "H"
    y = _quarter_year(ctx, g, n if letter == "Q" else n * 2)
    if letter == "Q" and y is not None and _reported(ctx, y, n):
        ctx.last_quarter = (y, n)
    return Norm("DATE", f"{year_text(y)}-{letter}{n}")


def _reported(ctx: Context, y: int, q: int) -> bool:
    """Can the quarter be the one a report is about ("the quarter", "a year earlier" refer to
    it)? Not one that has not begun by the anchor: "through the third quarter of 1990" in a
    report of October 1989 is a forecast. (A quarter under way can be the reported one: a
    fiscal quarter may carry the calendar year after its end.)"""
    return ctx.anchor is None or date(y, 3 * q - 2, 1) <= ctx.anchor


def _decade_part(ctx: Context, g: dict, unit: str, n: int) -> Norm | None:
    """ "the second half of the decade", "the first half of the 1990s": the decade, with START
    for its first half and END for its second (TIMEX3 has no unit for a decade's half)."""
    if unit != "half" or n > 2:
        return None
    if g.get("decade"):
        if ctx.anchor is None:
            return Norm("DATE", "XXX", "START" if n == 1 else "END")
        dec = str(ctx.anchor.year // 10)
    elif g.get("dshort"):
        dec = "19" + g["dshort"]
    else:
        dec = g["dcent"] + g["ddec"]
    return Norm("DATE", dec, "START" if n == 1 else "END")


def _quarter_year(ctx: Context, g: dict, q: int) -> int | None:
    if g.get("year") or g.get("pyear"):
        return int(g.get("year") or g["pyear"])
    if ctx.anchor is None:
        return None
    if g.get("qrel"):  # "the first half of next year"
        return ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[g["qrel"].lower()]
    owner = " ".join(g.get("owner", "").lower().split())
    if owner.startswith(("last", "the year-")):
        return ctx.anchor.year - 1
    if owner.startswith("next"):
        return ctx.anchor.year + 1
    if owner.startswith("this"):
        return ctx.anchor.year
    if q > quarter_of(ctx.anchor) and ctx.tense() == PAST:
        return ctx.anchor.year - 1
    return ctx.anchor.year


def quarter_code(ctx: Context, g: dict) -> Norm | None:
    """ "Q3 2023", "Q3", "3Q 2023", "H1 2024": read as "the third quarter (of 2023)"."""
    code = g["code"].lower()
    n = int(code[1] if code[0] in "qh" else code[0])
    unit = "quarter" if "q" in code else "half"
    ordinal = ("1st", "2nd", "3rd", "4th")[n - 1]
    return quarter(ctx, {"ordinal": ordinal, "unit": unit, **({"year": g["year"]}
                                                             if g.get("year") else {})})


# The day a period ends, written right after it: "the quarter ended Sept. 30", "the last
# quarter, which ended December 30, 2006", "the period ending June 30".
_ENDED_ON = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?P<verb>ended|ending|ends|will\s+end)\s+(?:on\s+)?"
    r"(?P<month>" + alternation(MONTHS) + r")\.?\s+(?P<day>\d{1,2})\b"
    r"(?:\s*,?\s*(?P<year>\d{4})\b)?", re.I)
# The quarter words whose quarter is the one the written end day closes (not "the year-ago
# quarter ended Sept. 30", whose day is last year's).
_ENDED_RELS = frozenset(("", "latest", "recent", "previous", "prior", "this", "current"))


def _ended_quarter(ctx: Context) -> tuple[int, int] | None:
    """(year, quarter) of the calendar quarter holding the end day written after the match;
    None without one, or when its year is neither written nor knowable."""
    m = _ENDED_ON.match(ctx.text, ctx.end)
    if m is None:
        return None
    month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
    if m.group("year"):
        y = int(m.group("year"))
    elif ctx.anchor is None:
        return None
    elif m.group("verb").lower() == "ended":  # behind the article: the latest such day
        y = ctx.anchor.year if (month, day) <= (ctx.anchor.month, ctx.anchor.day) else \
            ctx.anchor.year - 1
    else:  # "ending" may be on either side, by its tense
        y = month_year(ctx.anchor, month, ctx.tense(), day)
    if not valid_day(y, month, day):
        return None
    return y, (month - 1) // 3 + 1


def quarter_ref(ctx: Context, g: dict) -> Norm | None:
    """ "the quarter", "this quarter", "the latest quarter", "the year-ago period": the quarter
    the article is about (the last one it named), else the one whose end day is written after
    it ("the quarter ended Sept. 30": Q3), else the last one completed before the anchor;
    "the current quarter" is the anchor's own."""
    rel = g.get("rel", "").lower()
    ended = _ended_quarter(ctx) if ctx.last_quarter is None and rel in _ENDED_RELS else None
    if ended is not None:
        ctx.last_quarter = ended
        return Norm("DATE", f"{ended[0]:04d}-Q{ended[1]}")
    if ctx.anchor is None and ctx.last_quarter is None:
        return Norm("DATE", "XXXX-QX")
    if rel == "current" and ctx.anchor is not None or rel == "this" and ctx.last_quarter is None:
        y, q = ctx.anchor.year, quarter_of(ctx.anchor)
    elif ctx.last_quarter is not None:
        y, q = ctx.last_quarter
    else:
        y, m = shift_months(ctx.anchor, -3)
        y, q = y, (m - 1) // 3 + 1
    if rel in ("year-ago", "year-earlier", "comparable", "same"):
        y -= 1
    elif rel in ("previous", "prior"):
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    else:
        ctx.last_quarter = (y, q)
    return Norm("DATE", f"{y:04d}-Q{q}")


def period(ctx: Context, g: dict) -> Norm | None:
    """ "the 1988 period", "the corresponding period last year", "last year's quarter": the
    quarter the report is about, in that year or the year before."""
    if ctx.last_quarter is None:
        if g.get("pyear"):
            return Norm("DATE", g["pyear"])
        if g.get("when") and ctx.anchor is not None:  # "the same period last year": that year
            return Norm("DATE", str(ctx.anchor.year - 1))
        return None
    y, q = ctx.last_quarter
    if g.get("pyear"):
        y = int(g["pyear"])
    elif g.get("when") or g.get("rel") in ("year-ago", "year-earlier"):
        y -= 1
    return Norm("DATE", f"{y:04d}-Q{q}")


# A part of a year longer than a quarter that "a year earlier" may compare with: "in the first
# nine months ... a year earlier" is the year before, not the quarter.
_LONGER_PERIOD = re.compile(r"\b(?:nine|six|9|6)[\s-]+months?\b|\b(?:first|second)\s+half\b|"
                            r"\b(?:the|fiscal)\s+year\b|\byear\s+to\s+date\b", re.I)
_A_QUARTER = re.compile(r"quarter|\bperiod\b", re.I)


def year_offset(ctx: Context, g: dict) -> Norm:
    """ "a year earlier", "a year ago", "year-earlier": in a report about a quarter, the same
    quarter a year before, or the year before when the sentence compares a longer part of the
    year ("in the first nine months ... a year earlier"); "a year earlier" after a date the
    article named, the year before that date's; else the year before the anchor."""
    if ctx.last_quarter is not None:
        y, q = ctx.last_quarter
        if _longer_period_before(ctx):
            return Norm("DATE", f"{y - 1:04d}")
        return Norm("DATE", f"{y - 1:04d}-Q{q}")
    word = " ".join(g["word"].lower().split())
    if word == "a year earlier" and ctx.last_date is not None:
        # "Lithuania adopted the euro in 2015. Latvia had joined a year earlier": the year before
        # the date the article named last, as "two years earlier" counts (normalise_more.offset)
        return Norm("DATE", f"{ctx.last_date[0] - 1:04d}")
    if ctx.anchor is None:
        return Norm("DATE", "XXXX")
    return Norm("DATE", str(ctx.anchor.year - 1))


def _longer_period_before(ctx: Context) -> bool:
    """Does the sentence, before the expression, name a part of the year longer than a quarter
    after its last quarter ("For the nine months, net rose 5% from a year earlier")?"""
    sentence = sentence_start(ctx.text, ctx.start)
    before = ctx.text[sentence:ctx.start]
    longer = [m.end() for m in _LONGER_PERIOD.finditer(before)]
    quarter = [m.end() for m in _A_QUARTER.finditer(before)]
    return bool(longer) and (not quarter or longer[-1] > quarter[-1])


def unit_rel(ctx: Context, g: dict) -> Norm | None:
    """ "this week", "last month", "next year", "the past year", "earlier this month"."""
    if g.get("season"):
        return season(ctx, g)
    rel, unit = " ".join(g["rel"].lower().split()), " ".join(g["unit"].lower().split())
    if rel == "this coming" and unit == "weekend" and ctx.anchor is not None and \
            ctx.anchor.isoweekday() < 6:
        rel = "this"  # "this coming weekend" said on a Friday is the next day's
    rel = {"this past": "last", "this coming": "next"}.get(rel, rel)  # "this past weekend"
    the = ctx.starts_with_the() and not g.get("edge")  # not "the end of last year"
    # "the past year" is the span up to the anchor; "the previous year" is a date, the year
    # before the one the article named last (or before the anchor's)
    if rel in ("past", "last") and the and unit in (
            "week", "month", "year", "fiscal year", "weekend"):
        return _past_span(ctx, unit)
    if unit in ("quarter", "period"):
        return quarter_ref(ctx, {"rel": {"last": "previous", "past": "previous"}.get(rel, rel)})
    shift = {"this": 0, "current": 0, "same": 0, "last": -1, "previous": -1, "past": -1,
             "latest": -1}.get(rel, 1)
    if rel in ("following", "previous", "same") and the and ctx.last_date:
        return _from_last_date(ctx, unit, shift)
    return _shifted(ctx, unit, shift, edge_mod(g))


def _from_last_date(ctx: Context, unit: str, shift: int) -> Norm | None:
    """ "the following year" after "In 1995": 1996; "the previous month" after "June 1998"."""
    y, m, _ = ctx.last_date
    if unit in ("year", "fiscal year"):
        return Norm("DATE", f"{y + shift:04d}")
    if unit == "month" and m:
        return Norm("DATE", month_value(*shift_months(date(y, m, 1), shift)))
    if unit == "week" and ctx.last_day is not None:
        return Norm("DATE", week_value(ctx.last_day + timedelta(weeks=shift)))
    return _shifted(ctx, unit, shift, None)


def edge_unit(ctx: Context, g: dict) -> Norm | None:
    """ "the end of the month", "earlier in the year": the unit, with START, MID or END."""
    unit, rel = g["unit"].lower(), g["rel"].lower()
    edge = " ".join(g["edge"].lower().split())
    mod = {"the end of": "END", "late in": "END", "later in": "END", "the middle of": "MID",
           "the rest of": None}.get(edge, "START")
    if unit in ("decade", "century"):  # "the end of the decade": the decade, with END
        handler = decade_rel if unit == "decade" else century
        found = handler(ctx, {"rel": "this" if rel == "the" else rel})
        return None if found is None else replace(found, mod=mod)
    if unit == "quarter":
        return quarter_ref(ctx, {"rel": "this" if rel in ("the", "this") else "previous"})
    shift = {"the": 0, "this": 0, "last": -1, "next": 1}[rel]
    return _shifted(ctx, unit, shift, mod)


def _shifted(ctx: Context, unit: str, shift: int, mod: str | None) -> Norm | None:
    a = ctx.anchor
    if unit in ("year", "fiscal year"):
        return Norm("DATE", "XXXX" if a is None else str(a.year + shift), mod)
    if unit == "month":
        return Norm("DATE", "XXXX-XX" if a is None else month_value(*shift_months(a, shift)), mod)
    if unit in ("week", "weekend"):
        suffix = "-WE" if unit == "weekend" else ""
        if a is None:
            return Norm("DATE", "XXXX-WXX" + suffix, mod)
        return Norm("DATE", week_value(a + timedelta(weeks=shift)) + suffix, mod)
    if unit == "half":
        if a is None:
            return Norm("DATE", "XXXX-HX", mod)
        y, m = shift_months(a, 6 * shift)
        return Norm("DATE", f"{y:04d}-H{1 if m <= 6 else 2}", mod)
    return None


def _past_span(ctx: Context, unit: str) -> Norm:
    """ "the past year": a duration that ends on the anchor."""
    letter = {"week": "W", "month": "M", "weekend": "WE"}.get(unit, "Y")
    norm = Norm("DURATION", f"P1{letter}")
    if ctx.anchor is not None and letter != "WE":
        days = {"W": 7}.get(letter)
        if days:
            begin = ctx.anchor - timedelta(days=days)
        else:
            y, m = shift_months(ctx.anchor, -1 if letter == "M" else -12)
            begin = date(y, m, min(ctx.anchor.day, 28))
        norm.begin, norm.finish = begin.isoformat(), ctx.anchor.isoformat()
    return norm


def weekend(ctx: Context, g: dict) -> Norm:
    rel = g["rel"].lower()
    a = ctx.anchor
    if a is None:
        return Norm("DATE", "XXXX-WXX-WE")
    if rel in ("the", "that"):
        tense = ctx.tense()
        if tense == FUTURE:
            shift = 1 if a.isoweekday() == 7 else 0
        else:
            shift = 0 if a.isoweekday() >= 6 else -1
    else:
        shift = {"this": 0, "last": -1, "next": 1}[rel]
        if rel == "last" and a.isoweekday() >= 6:
            shift = 0 if a.isoweekday() == 7 else -1
    return Norm("DATE", week_value(a + timedelta(weeks=shift)) + "-WE")
