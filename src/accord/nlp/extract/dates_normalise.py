"""From a matched expression to its TIMEX3 type and value, anchored on the article's date.

One handler per grammar kind (see dates_grammar). A handler gets the match's groups and a
`Context` (text, anchor, the tense cue, what the article mentioned last) and returns a `Norm`, or
None to drop the match ("June 31"). Calendar arithmetic lives in dates_resolve; the handlers for
times of day, frequencies and durations are in dates_normalise_more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from accord.nlp.extract.dates_lexicon import (
    DAY_PARTS, MODS, MONTHS, ORDINALS, SEASONS, SMALL_NUMBERS, TENS, WEEKDAYS, parse_number,
)
from accord.nlp.extract.dates_resolve import (
    day_value, duration_value, month_value, month_year, quarter_of, season_year, shift_months, valid_day,
    week_value, weekday_date, year_text,
)
from accord.nlp.extract.dates_tense import FUTURE, PAST, tense_near


@dataclass
class Norm:
    """What a handler found: TIMEX3 type and value, and the extras TimeExpression carries."""

    type: str
    value: str
    mod: str | None = None
    begin: str | None = None
    finish: str | None = None
    role: str | None = None
    end: int | None = None  # a shorter end than the match's ("two days" of "two days before")


_REMEMBERED = re.compile(r"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T|$)")


@dataclass
class Context:
    """What a handler may read: the text, the anchor and what the article mentioned so far."""

    text: str
    anchor: date | None
    start: int = 0
    end: int = 0
    last_day: date | None = None  # the last day the article named, and where
    last_day_at: int | None = None
    last_date: tuple[int, int | None, int | None] | None = None  # (year, month, day) at any precision
    last_quarter: tuple[int, int] | None = None

    def remember(self, value: str, at: int) -> None:
        """Keep a plain date the article named, for what refers back to it ("the following
        year", "later that day", "at 10 a.m.")."""
        m = _REMEMBERED.match(value)
        if not m:
            return
        y, mo, d = (int(x) if x else None for x in m.groups())
        self.last_date = (y, mo, d)
        if d is not None and valid_day(y, mo, d):
            self.last_day, self.last_day_at = date(y, mo, d), at

    def tense(self) -> str | None:
        return tense_near(self.text, self.start, self.end)

    def starts_with_the(self) -> bool:
        return self.text[self.start:self.start + 4].lower() == "the "


def edge_mod(groups: dict) -> str | None:
    edge = " ".join(groups.get("edge", "").lower().split())
    return MODS.get(edge) if edge not in ("earlier", "later") else None


def _month(groups: dict, key: str = "month") -> int:
    return MONTHS[groups[key].lower().rstrip(".")]


def _day_date(ctx: Context, y: int | None, m: int, d: int, mod: str | None = None) -> Norm | None:
    if not valid_day(y, m, d):
        return None
    return Norm("DATE", day_value(y, m, d), mod)


def _year_for(ctx: Context, groups: dict, m: int, d: int = 0) -> int | None:
    """The year written in the match, else the one the anchor and the tense give."""
    if groups.get("year"):
        return int(groups["year"])
    if ctx.anchor is None:
        return None
    return month_year(ctx.anchor, m, ctx.tense(), d)


def iso(ctx: Context, g: dict) -> Norm | None:
    y, m, d = map(int, g["iso"].split("-"))
    if not valid_day(y, m, d):
        return None
    if g.get("hh"):
        return Norm("TIME", f"{g['iso']}T{g['hh']}:{g['mm']}")
    return _day_date(ctx, y, m, d)


def slash(ctx: Context, g: dict) -> Norm | None:
    y = int(g["y"])
    if y < 100:
        y += 1900 if y > 30 else 2000
    return _day_date(ctx, y, int(g["m"]), int(g["d"]))


def md(ctx: Context, g: dict) -> Norm | None:
    m, d = _month(g), int(g["day"])
    y = _year_for(ctx, g, m, d)
    if g.get("weekday") and not g.get("year") and y is not None:
        y = _weekday_year(y, m, d, WEEKDAYS[g["weekday"].lower().rstrip(".")])
    return _day_date(ctx, y, m, d, edge_mod(g))


def _weekday_year(y: int, m: int, d: int, wd: int) -> int:
    """ "Saturday, April 25" without a year: the nearby year in which that day is a Saturday."""
    for candidate in (y, y + 1, y - 1):
        if valid_day(candidate, m, d) and date(candidate, m, d).isoweekday() == wd:
            return candidate
    return y


def md_range(ctx: Context, g: dict) -> Norm | None:
    m, d, d2 = _month(g), int(g["day"]), int(g["day2"])
    m2 = _month(g, "month2") if g.get("month2") else m
    if (m2, d2) <= (m, d):
        return None
    return _range(ctx, _year_for(ctx, g, m, d), (m, d), (m2, d2))


def dm_range(ctx: Context, g: dict) -> Norm | None:
    return md_range(ctx, g)


def _range(ctx: Context, y: int | None, first: tuple, last: tuple) -> Norm | None:
    if not (valid_day(y, *first) and valid_day(y, *last)):
        return None
    begin, finish = day_value(y, *first), day_value(y, *last)
    return Norm("DATE", begin, begin=begin, finish=finish, role="range")


def dm(ctx: Context, g: dict) -> Norm | None:
    return md(ctx, g)


def my(ctx: Context, g: dict) -> Norm | None:
    y = int(g["year"]) if g.get("year") else spoken_number(g["spoken"])
    if y is None:
        return None
    return Norm("DATE", month_value(y, _month(g)), edge_mod(g))


def month(ctx: Context, g: dict) -> Norm:
    m = _month(g)
    det = g.get("det", "").lower()
    if ctx.anchor is None:
        y = None
    elif det == "this":
        y = ctx.anchor.year
    elif det in ("last", "next"):
        y = month_year(ctx.anchor, m, PAST if det == "last" else FUTURE, strict=True)
    else:
        y = month_year(ctx.anchor, m, ctx.tense())
    return Norm("DATE", month_value(y, m), edge_mod(g))


def month_rel(ctx: Context, g: dict) -> Norm:
    shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    y = None if ctx.anchor is None else ctx.anchor.year + shift
    return Norm("DATE", month_value(y, _month(g)))


def year(ctx: Context, g: dict) -> Norm:
    return Norm("DATE", g["year"], edge_mod(g))


def year_range(ctx: Context, g: dict) -> Norm | None:
    first, second = g["year"], g["year2"]
    last = int(first[:2] + second) if len(second) == 2 else int(second)
    if last <= int(first) or last - int(first) > 20:
        return None
    return Norm("DATE", first, begin=first, finish=str(last), role="range")


def spoken_number(text: str) -> int | None:
    """ "nineteen ninety-six" 1996, "two thousand" 2000, "nineteen oh five" 1905."""
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(w for w in words[2:] if w != "and")) if words[2:] else 0
        return 2000 + int(rest or 0)
    century = SMALL_NUMBERS.get(words[0]) or TENS.get(words[0])
    rest = [w for w in words[1:] if w not in ("and", "oh")]
    if rest[:1] == ["hundred"]:
        rest = rest[1:]
    tail = parse_number(" ".join(rest)) if rest else 0
    if century is None or tail is None or tail >= 100:
        return None
    return century * 100 + int(tail)


def spoken_year(ctx: Context, g: dict) -> Norm | None:
    y = spoken_number(g["spoken"])
    return Norm("DATE", str(y)) if y and 1000 <= y <= 2099 else None


def decade(ctx: Context, g: dict) -> Norm:
    if g.get("short"):
        return Norm("DATE", "19" + g["short"], edge_mod(g))
    return Norm("DATE", g["cent"] + g["dec"], edge_mod(g))


def decade_rel(ctx: Context, g: dict) -> Norm:
    rel = g["rel"].lower()
    if rel in ("past", "last") and ctx.starts_with_the() and rel == "past":
        return Norm("DURATION", "P10Y")
    if ctx.anchor is None:
        return Norm("DATE", "XXX")
    shift = {"this": 0, "next": 10, "coming": 10}.get(rel, -10)
    return Norm("DATE", str((ctx.anchor.year + shift) // 10))


_CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18,
                  "seventeenth": 17, "sixteenth": 16, "eleventh": 11, "twelfth": 12}


def century(ctx: Context, g: dict) -> Norm | None:
    if g.get("rel"):
        if ctx.anchor is None:
            return Norm("DATE", "XX")
        shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        return Norm("DATE", f"{ctx.anchor.year // 100 + shift:02d}")
    n = int(g["num"]) if g.get("num") else _CENTURY_WORDS[g["word"].lower()]
    return Norm("DATE", f"{n - 1:02d}") if 1 <= n <= 21 else None


def weekday(ctx: Context, g: dict) -> Norm:
    wd = WEEKDAYS[g["weekday"].lower().rstrip(".")]
    part = DAY_PARTS.get(g.get("part", "").lower())
    suffix = f"T{part}" if part else ""
    kind = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return Norm(kind, f"XXXX-WXX-{wd}{suffix}")
    rel = " ".join(g.get("rel", "").lower().split())
    if rel.startswith("the ") and ctx.last_day is not None:  # "the previous Friday"
        back = rel == "the previous"
        found = weekday_date(ctx.last_day, wd, PAST if back else FUTURE, strict=True)
        return Norm(kind, found.isoformat() + suffix)
    tense = {"last": PAST, "next": FUTURE, "this": FUTURE, "the previous": PAST}.get(rel) or \
        ctx.tense()
    found = weekday_date(ctx.anchor, wd, tense, strict=rel in ("last", "next", "the previous"))
    return Norm(kind, found.isoformat() + suffix)


_DAY_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1,
              "the day before yesterday": -2, "the day after tomorrow": 2}


def day_word(ctx: Context, g: dict) -> Norm:
    word = " ".join(g["word"].lower().split())
    part = DAY_PARTS.get(g.get("part", "").lower())
    if word == "tonight":
        part = "NI"
    if word == "last" and part is None:
        part = "NI"
    suffix, kind = (f"T{part}", "TIME") if part else ("", "DATE")
    if ctx.anchor is None:
        return Norm(kind, "PRESENT_REF" if word == "today" and not part else f"XXXX-XX-XX{suffix}")
    found = ctx.anchor + timedelta(days=_DAY_SHIFT[word])
    return Norm(kind, found.isoformat() + suffix)


_REFS = {"PRESENT_REF": ("now", "currently", "current", "nowadays", "presently", "at present",
                         "these days", "the time being"),
         "PAST_REF": ("recently", "recent", "lately", "previously", "formerly", "the past"),
         "FUTURE_REF": ("the future", "the near future", "the distant future", "the near term",
                        "the short term", "the long term", "the near run", "the short run",
                        "the long run")}


def ref(ctx: Context, g: dict) -> Norm | None:
    word = " ".join(g["ref"].lower().split())
    for value, words in _REFS.items():
        if word in words:
            return Norm("DATE", value)
    return None


def season(ctx: Context, g: dict) -> Norm:
    code = SEASONS[g["season"].lower().rstrip("s")]
    if g.get("syear"):
        return Norm("DATE", f"{g['syear']}-{code}", edge_mod(g))
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{code}", edge_mod(g))
    rel = g.get("rel", "").lower()
    if rel == "this":
        y = ctx.anchor.year
    elif rel in ("last", "past", "next", "coming"):
        y = season_year(ctx.anchor, code, PAST if rel in ("last", "past") else FUTURE, True)
    else:
        y = season_year(ctx.anchor, code, ctx.tense())
    return Norm("DATE", f"{y}-{code}", edge_mod(g))


def recent_units(ctx: Context, g: dict) -> Norm:
    """ "recent years", "the coming months": a vague duration (TimeBank's PXY, PXM)."""
    unit = g["unit"].lower().rstrip("s")
    return Norm("DURATION", duration_value(None, "day" if unit == "days" else unit))


def quarter(ctx: Context, g: dict) -> Norm | None:
    """ "the third quarter", "third-quarter", "the first half of 2022": Y-Q3, Y-H1."""
    unit = g["unit"].lower()
    n = ORDINALS[g["ordinal"].lower()]
    if unit == "half" and g["ordinal"].lower() in ("last", "final"):
        n = 2
    if unit == "period" or n > (4 if unit == "quarter" else 2):
        return None
    letter = "Q" if unit == "quarter" else "H"
    y = _quarter_year(ctx, g, n if letter == "Q" else n * 2)
    if letter == "Q" and y is not None:
        ctx.last_quarter = (y, n)
    return Norm("DATE", f"{year_text(y)}-{letter}{n}")


def _quarter_year(ctx: Context, g: dict, q: int) -> int | None:
    if g.get("year") or g.get("pyear"):
        return int(g.get("year") or g["pyear"])
    if ctx.anchor is None:
        return None
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


def quarter_ref(ctx: Context, g: dict) -> Norm | None:
    """ "the quarter", "this quarter", "the latest quarter", "the year-ago period": the quarter
    the article is about (the last one it named), else the last one completed before the
    anchor; "the current quarter" is the anchor's own."""
    rel = g.get("rel", "").lower()
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
        return Norm("DATE", g["pyear"]) if g.get("pyear") else None
    y, q = ctx.last_quarter
    if g.get("pyear"):
        y = int(g["pyear"])
    elif g.get("when") or g.get("rel") in ("year-ago", "year-earlier"):
        y -= 1
    return Norm("DATE", f"{y:04d}-Q{q}")


def year_offset(ctx: Context, g: dict) -> Norm:
    """ "a year earlier", "a year ago", "year-earlier": in a report about a quarter, the same
    quarter a year before; else the year before."""
    if ctx.last_quarter is not None:
        y, q = ctx.last_quarter
        return Norm("DATE", f"{y - 1:04d}-Q{q}")
    if ctx.anchor is None:
        return Norm("DATE", "XXXX")
    return Norm("DATE", str(ctx.anchor.year - 1))


def unit_rel(ctx: Context, g: dict) -> Norm | None:
    """ "this week", "last month", "next year", "the past year", "earlier this month"."""
    if g.get("season"):
        return season(ctx, g)
    rel, unit = g["rel"].lower(), " ".join(g["unit"].lower().split())
    if rel in ("past", "last", "previous") and ctx.starts_with_the() and unit in (
            "week", "month", "year", "fiscal year", "weekend"):
        return _past_span(ctx, unit)
    if unit in ("quarter", "period"):
        return quarter_ref(ctx, {"rel": {"last": "previous", "past": "previous"}.get(rel, rel)})
    shift = {"this": 0, "current": 0, "same": 0, "last": -1, "previous": -1, "past": -1,
             "latest": -1}.get(rel, 1)
    if rel in ("following", "previous", "same") and ctx.starts_with_the() and ctx.last_date:
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
    if unit in ("decade", "century"):
        return decade_rel(ctx, {"rel": "this" if rel == "the" else rel}) if unit == "decade" else century(
            ctx, {"rel": "this" if rel == "the" else rel})
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
