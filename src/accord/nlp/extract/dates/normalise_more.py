"""Handlers for durations, offsets, frequencies, times of day and holidays (see `dates.normalise`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from accord.nlp.extract.dates.lexicon import (
    DAY_PARTS, MODS, MONTHS, SEASONS, UNIT_FORMS, WEEKDAYS, parse_number,
)
from accord.nlp.extract.dates.context import Context, Norm
from accord.nlp.extract.dates.resolve import (
    duration_value, easter, month_year, offset_value, shift_months, week_value, weekday_date,
)
from accord.nlp.extract.dates.grammar import previous_word
from accord.nlp.extract.dates.tense import FUTURE


def _amount(g: dict) -> float | None:
    """The amount of a unit; None when vague ("several", "a few") or between two ("12 to 18
    months", "a year or two")."""
    if g.get("amount2") or g.get("orso", "").lower().endswith(("two", "three")):
        return None
    text = " ".join(g.get("amount", "a").lower().split())
    if text.startswith(("a couple", "couple")):  # "the next couple of years": P2Y
        return 2
    if text == "a dozen":
        return 12
    if text.startswith(("a few", "a number")):
        return None
    if text == "another":
        return 1  # "for another year"
    return parse_number(text)


def _mod(g: dict) -> str | None:
    """The TIMEX3 mod from the word in front ("over", "about"), else APPROX for a trailing
    "or so" ("the next year or so")."""
    mod = MODS.get(" ".join(g.get("mod", "").lower().split()))
    tail = " ".join(g.get("orso", "").lower().split())
    return mod or {"or so": "APPROX", "or more": "EQUAL_OR_MORE"}.get(tail)


def _unit(g: dict, key: str = "unit") -> str:
    return UNIT_FORMS[g[key].lower()]


def duration(ctx: Context, g: dict) -> Norm | None:
    """ "two weeks", "for over 30 years" (P30Y, MORE_THAN), "10-year", "5 1/2 hours"."""
    unit = _unit(g)
    words = " ".join(g.get("amount", "").lower().split())
    if unit in ("quarter", "second") and words in ("a", "an", "one"):
        return None  # "a quarter of", "a second time"
    if unit == "weekend" or unit == "quarter" and _FRACTION_OF.match(ctx.text, ctx.end):
        return None  # "about three-quarters of its food", "three quarters of the vote"
    amount = _amount(g)
    if words == "one" and unit == "day" and _after_modal(ctx):
        return Norm("DATE", "FUTURE_REF")  # "Islam will one day be ..."
    text = ctx.text[ctx.start:ctx.end].lower()
    if amount is not None and text.endswith("and a half") and amount == int(amount):
        amount += 0.5
    return Norm("DURATION", duration_value(amount, unit), _mod(g))


def part_unit(ctx: Context, g: dict) -> Norm | None:
    """ "a half-hour" PT30M, "a half-century" P50Y, "a quarter-century" P25Y."""
    share = 0.5 if g["frac"].lower() == "half" else 0.25
    unit = g["unit"].lower()
    if share == 0.25 and unit != "century":  # "a quarter hour" is rare; "a quarter day" is none
        return None
    return Norm("DURATION", duration_value(share * {"decade": 10, "century": 100}.get(unit, 1),
                                           unit if unit in ("hour", "day") else "year"))


def long_unit(ctx: Context, g: dict) -> Norm:
    """ "year-long", "weeklong", "decade-long": one unit (P1Y, P1W, P10Y)."""
    return Norm("DURATION", duration_value(1, g["unit"].lower()))


_FRACTION_OF = re.compile(r"\s+of\s+(?:the|its|his|her|their|our|all|a|an|this|that|these|those)\b",
                          re.I)


def _after_modal(ctx: Context) -> bool:
    before = ctx.text[max(0, ctx.start - 12):ctx.start].lower().split()
    return bool(before) and before[-1] in ("will", "could", "might", "may", "would", "'ll")


def span(ctx: Context, g: dict) -> Norm | None:
    """ "the past two months", "the next two weeks", "the first nine months": durations; past
    ones end on the anchor."""
    unit = _unit(g)
    if unit == "weekend":
        return None
    amount = _amount(g)
    norm = Norm("DURATION", duration_value(amount, unit), _mod(g))
    if ctx.anchor is not None and amount and g["rel"].lower() in ("past", "last"):
        norm.begin, norm.finish = _back(ctx.anchor, amount, unit), ctx.anchor.isoformat()
    return norm


def _back(anchor: date, amount: float, unit: str) -> str | None:
    if unit in ("day", "week"):
        return (anchor - timedelta(days=round(amount * (7 if unit == "week" else 1)))).isoformat()
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit)
    if months is None:
        return None
    y, m = shift_months(anchor, -round(amount * months))
    return date(y, m, min(anchor.day, 28)).isoformat()


def offset(ctx: Context, g: dict) -> Norm | None:
    """ "two days ago", "a week earlier", "three years later", "earlier that day"; with
    "before" or "after" the expression is the duration alone ("two days" before an event)."""
    direction = " ".join(g["dir"].lower().split())
    if g.get("what"):
        return _that_unit(ctx, g["what"].lower())
    unit, amount = _unit(g), _amount(g)
    if g.get("half") and amount is not None:  # "a year and a half ago"
        amount += 0.5
    # "two days before" the event, and "an hour later" (the clock time it counts from is not
    # known): the expression is the duration alone
    if direction in ("before", "after") or direction in ("later", "earlier") and unit in (
            "hour", "minute", "second"):
        cut = ctx.text.lower().rfind(direction, ctx.start, ctx.end)
        trimmed = ctx.text[ctx.start:cut].rstrip()
        if unit == "weekend":
            return None
        return Norm("DURATION", duration_value(amount, unit), _mod(g), end=ctx.start + len(trimmed))
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if unit == "year" and amount is not None and amount != int(amount):
        unit, amount = "month", amount * 12  # "two and a half years ago": a month
    reference = ctx.anchor
    if direction in ("earlier", "later"):
        reference = _counted_from(ctx, unit) or ctx.last_day
        if reference is None:
            # "Sweden applied on the same day as Finland but joined a year later": counted from an
            # event the article told without a date, not from the article's own day
            return Norm("DATE", UNKNOWN_OF.get(unit, "XXXX"), _mod(g))
    value = offset_value(reference, amount, unit, sign)
    return Norm("DATE", value, _mod(g))


_YEARS = ("year", "decade", "century", "millennium")
#: the value of a date counted from an event of unknown date, by the unit it is counted in
UNKNOWN_OF = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}


def _counted_from(ctx: Context, unit: str) -> date | None:
    """What "two years later" counts from when the date the article named last is a year or a
    month ("In 2019 ... two years later": 2021, not two years after the anchor): that year or
    month, when the unit is no finer than it. A day named last is `ctx.last_day` itself."""
    if ctx.last_date is None:
        return None
    y, m, d = ctx.last_date
    if d is None and (unit in _YEARS or unit == "month" and m is not None):
        return date(y, m or 1, 1)
    return None


def _that_unit(ctx: Context, what: str) -> Norm:
    """ "earlier that day", "later that year": the unit of the date the article named last."""
    unknown = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(what, "XXXX")
    if what == "year" and ctx.last_date is not None:
        return Norm("DATE", f"{ctx.last_date[0]:04d}")
    if what == "month" and ctx.last_date is not None and ctx.last_date[1]:
        return Norm("DATE", f"{ctx.last_date[0]:04d}-{ctx.last_date[1]:02d}")
    ref = ctx.last_day or ctx.anchor
    if ref is None:
        return Norm("DATE", unknown)
    value = {"day": ref.isoformat(), "week": week_value(ref), "month": ref.isoformat()[:7]}
    return Norm("DATE", value.get(what, str(ref.year)))


def day_rel(ctx: Context, g: dict) -> Norm:
    """ "the next day", "the following morning", "the previous night": a day from the one
    the article named last (else from the anchor)."""
    part = DAY_PARTS.get(g.get("part", "").lower())
    suffix, kind = (f"T{part}", "TIME") if part else ("", "DATE")
    ref = ctx.last_day or ctx.anchor
    if ref is None:
        return Norm(kind, "XXXX-XX-XX" + suffix)
    shift = 1 if g["rel"].lower() in ("next", "following") else -1
    return Norm(kind, (ref + timedelta(days=shift)).isoformat() + suffix)


def bare_units(ctx: Context, g: dict) -> Norm:
    return Norm("DURATION", duration_value(None, _unit(g)))


def vague_span(ctx: Context, g: dict) -> Norm:
    """ "for a while", "for some time": TimeBank's PXX, a duration of unknown unit and
    length."""
    return Norm("DURATION", "PXX")


_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
            "annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M",
            "biweekly": "P2W", "semiannually": "P6M"}


def adverb_set(ctx: Context, g: dict) -> Norm:
    return Norm("SET", _ADVERBS[g["word"].lower()])


def set_(ctx: Context, g: dict) -> Norm:
    """ "every day" P1D, "each month" P1M, "every other week" P2W, "every two years" P2Y."""
    words = g.get("amount", "").lower()
    amount = None if words in ("few", "several") else parse_number(words) if words else 1
    if g.get("other"):
        amount = 2
    if _unit(g) == "weekend":  # "every weekend"
        return Norm("SET", "XXXX-WXX-WE")
    return Norm("SET", duration_value(amount, _unit(g)))


def set_part(ctx: Context, g: dict) -> Norm:
    """ "every summer" XXXX-SU, "each morning" XXXX-XX-XXTMO, "on weekends" XXXX-WXX-WE."""
    if g.get("weekends"):
        return Norm("SET", "XXXX-WXX-WE")
    if g.get("season"):
        return Norm("SET", "XXXX-" + SEASONS[g["season"].lower().rstrip("s")])
    return Norm("SET", "XXXX-XX-XXT" + DAY_PARTS[g["part"].lower()])


def set_day(ctx: Context, g: dict) -> Norm:
    """ "every Monday" XXXX-WXX-1, "Tuesday nights" XXXX-WXX-2TNI, "each July" XXXX-07."""
    if g.get("month"):
        return Norm("SET", f"XXXX-{MONTHS[g['month'].lower().rstrip('.')]:02d}")
    name = (g.get("weekday") or g.get("days")).lower().rstrip(".")
    part = DAY_PARTS.get(g.get("part", "").lower())
    return Norm("SET", f"XXXX-WXX-{WEEKDAYS[name]}" + (f"T{part}" if part else ""))


_TIME_MODS = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
              "roughly": "APPROX", "shortly before": "BEFORE", "just before": "BEFORE",
              "shortly after": "AFTER", "just after": "AFTER"}


def time(ctx: Context, g: dict) -> Norm | None:
    """ "10:35 a.m.", "7:15 p.m. EST", "4 in the morning", "at 10:30": on the day the sentence
    is about (the last day mentioned), else on the anchor."""
    hh, mm = int(g["hh"]), int(g.get("mm") or 0)
    ampm = g.get("ampm", "").lower().replace(".", "").replace(" ", "")
    if g.get("part") in ("afternoon", "evening") or ampm == "pm" or \
            not ampm and g.get("relday", "").lower() == "tonight":  # "8 o'clock tonight"
        hh = hh + 12 if hh < 12 else hh
    elif ampm == "am" and hh == 12:
        hh = 0
    if hh > 24 or (ampm and not 1 <= int(g["hh"]) <= 12):
        return None
    day = _day_of_time(ctx, g)
    clock = f"T{hh:02d}:{mm:02d}"
    mod = _TIME_MODS.get(" ".join(g.get("mod", "").lower().split()))
    return Norm("TIME", (day.isoformat() if day else "XXXX-XX-XX") + clock, mod)


_RELDAY = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def _day_of_time(ctx: Context, g: dict) -> date | None:
    if g.get("relday"):  # "noon tomorrow"
        shift = _RELDAY[g["relday"].lower()]
        return None if ctx.anchor is None else ctx.anchor + timedelta(days=shift)
    named = _named_day(ctx, g)
    if named is not None:
        return named
    if g.get("weekday") and ctx.anchor is not None:
        wd = WEEKDAYS[g["weekday"].lower().rstrip(".")]
        return weekday_date(ctx.anchor, wd, ctx.tense())
    if ctx.last_day is not None and ctx.start - (ctx.last_day_at or 0) < 300:
        return ctx.last_day
    return ctx.anchor


def _named_day(ctx: Context, g: dict) -> date | None:
    """The day written after the clock ("5 p.m. EST, Nov. 6"), placed in a year as a bare
    "Nov. 6" would be; None when the expression names no day or there is no anchor."""
    if not (g.get("month") and g.get("day")) or ctx.anchor is None:
        return None
    m = MONTHS[g["month"].lower().rstrip(".")]
    d = int(g["day"])
    y = month_year(ctx.anchor, m, ctx.tense(), d)
    try:
        return date(y, m, d)
    except ValueError:
        return None


_NOON = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00", "midafternoon": "TAF",
         "mid-afternoon": "TAF", "midmorning": "TMO", "mid-morning": "TMO"}


def noon(ctx: Context, g: dict) -> Norm:
    day = _day_of_time(ctx, g)
    mod = _TIME_MODS.get(" ".join(g.get("mod", "").lower().split()))
    return Norm("TIME", (day.isoformat() if day else "XXXX-XX-XX") + _NOON[g["word"].lower()],
                mod)


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
             "independence day": (7, 4), "valentine's day": (2, 14), "halloween": (10, 31),
             "boxing day": (12, 26), "anzac day": (4, 25), "waitangi day": (2, 6),
             "veterans day": (11, 11), "bastille day": (7, 14), "armistice day": (11, 11),
             "remembrance day": (11, 11), "may day": (5, 1)}
# Holidays on the n-th weekday of a month (Monday 0; n -1 the last): (month, weekday, n)
_NTH_WEEKDAY = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
                "labor day": (9, 0, 1), "labour day": (9, 0, 1), "memorial day": (5, 0, -1),
                "martin luther king day": (1, 0, 3), "martin luther king jr day": (1, 0, 3),
                "martin luther king jr. day": (1, 0, 3), "presidents day": (2, 0, 3),
                "columbus day": (10, 0, 2), "mother's day": (5, 6, 2), "father's day": (6, 6, 3)}


def holiday(ctx: Context, g: dict) -> Norm | None:
    """Fixed-date holidays, those on the n-th weekday of a month (Thanksgiving the fourth
    Thursday of November, Labor Day the first Monday of September, Memorial Day the last Monday
    of May, ...) and the days of Easter."""
    name = " ".join(g["word"].lower().replace("’", "'").split()).replace("s' ", "s ")
    name = name.replace("veterans' ", "veterans ")
    if name in _EASTER:
        return _easter_day(ctx, g, _EASTER[name])
    if name in _NTH_WEEKDAY:
        m, wd, n = _NTH_WEEKDAY[name]
        d = 0
    else:
        (m, d), wd, n = _HOLIDAYS[name], 0, 0
    if g.get("year"):
        y = int(g["year"])
    elif ctx.anchor is None:
        return Norm("DATE", f"XXXX-{m:02d}-{d:02d}" if d else f"XXXX-{m:02d}-XX")
    else:  # the year the tense gives to that day in the anchor's year
        y = month_year(ctx.anchor, m, ctx.tense(), d or _nth_weekday(ctx.anchor.year, m, wd, n))
    if not d:
        d = _nth_weekday(y, m, wd, n)
    return Norm("DATE", f"{y:04d}-{m:02d}-{d:02d}")


def _nth_weekday(y: int, m: int, wd: int, n: int) -> int:
    """The day of the month of its n-th weekday (Monday 0), or of the last one for n = -1."""
    if n > 0:
        return 1 + (wd - date(y, m, 1).weekday()) % 7 + 7 * (n - 1)
    last = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    return last.day - (last.weekday() - wd) % 7


_EASTER = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
           "easter week": 0}


def _easter_day(ctx: Context, g: dict, shift: int) -> Norm:
    """ "Easter", "Good Friday", "Easter Monday": the year written, else the one the tense
    points to, as for a day named without a year. "Easter week" is the ISO week that ends on
    Easter Sunday."""
    if g.get("year"):
        y = int(g["year"])
    elif ctx.anchor is None:
        return Norm("DATE", "XXXX-WXX" if g["word"].lower().endswith("week") else "XXXX-XX-XX")
    else:
        near = easter(ctx.anchor.year) + timedelta(days=shift)
        y = month_year(ctx.anchor, near.month, ctx.tense(), near.day)
    day = easter(y) + timedelta(days=shift)
    if g["word"].lower().split()[-1] == "week":
        return Norm("DATE", week_value(day))
    return Norm("DATE", day.isoformat())


def year_word(ctx: Context, g: dict) -> Norm:
    """ "year-end", "the full year", "the fiscal year", "the new year"."""
    word = " ".join(g["word"].lower().split())
    a = ctx.anchor
    y = "XXXX" if a is None else str(a.year)
    if word in ("the fiscal year", "the year"):
        return Norm("DURATION", "P1Y")
    if word in ("midyear", "mid-year"):  # "by midyear": the middle of the anchor's year
        return Norm("DATE", y, "MID")
    if word == "the new year":
        tense = ctx.tense()
        return Norm("DATE", y if a is None or tense != FUTURE and a.month < 3 else str(a.year + 1))
    if "end" in word:
        if a is not None and previous_word(ctx.text, ctx.start) == "since":
            y = str(a.year - 1)  # "since year-end": the last one before the article
        return Norm("DATE", f"{y}-12-31")
    return Norm("DATE", y)
