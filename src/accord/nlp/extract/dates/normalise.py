"""From a matched expression to its TIMEX3 type and value, anchored on the article's date.

One handler per grammar kind (see `dates.grammar`). A handler gets the match's groups and a
`Context` (text, anchor, the tense cue, what the article mentioned last) and returns a `Norm`, or
None to drop the match ("June 31"). This module has the calendar dates (days, months, years,
weekdays, seasons); `dates.periods` has quarters, weeks and "this/last/next" units;
`dates.normalise_more` has durations, offsets, frequencies and times of day. Calendar arithmetic
lives in `dates.resolve`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from accord.nlp.extract.dates.context import Context, Norm, edge_mod
from accord.nlp.extract.dates.grammar import DAY_ORDINALS, DECADE_WORDS
from accord.nlp.extract.dates.lexicon import (
    DAY_PARTS, MONTHS, PLURAL_DAY_PARTS, SEASONS, SMALL_NUMBERS, TENS, WEEKDAYS, parse_number,
)
from accord.nlp.extract.dates.resolve import (
    day_value, duration_value, month_value, month_year, season_year, valid_day, weekday_date,
)
from accord.nlp.extract.dates.tense import FUTURE, PAST


def _month(groups: dict, key: str = "month") -> int:
    return MONTHS[groups[key].lower().rstrip(".")]


def _day_date(ctx: Context, y: int | None, m: int, d: int, mod: str | None = None) -> Norm | None:
    if not valid_day(y, m, d):
        return None
    return Norm("DATE", day_value(y, m, d), mod)


def short_year(two: str) -> int:
    """A year written with two digits ("'24", "11/4/23"): up to 30 in the 2000s, above in the 1900s."""
    y = int(two)
    return y + (1900 if y > 30 else 2000)


def _year_for(ctx: Context, groups: dict, m: int, d: int = 0) -> int | None:
    """The year written in the match (four digits or "'24"), else the one the anchor and the
    tense give."""
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("short_year"):
        return short_year(groups["short_year"])
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
    y = int(g["y"]) if len(g["y"]) == 4 else short_year(g["y"])
    return _day_date(ctx, y, int(g["m"]), int(g["d"]))


_NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})")


def day_month_ambiguous(text: str) -> bool:
    """Is `text` a numeric date whose day and month could be swapped ("7/3/2024": 7 March in
    Europe, July 3 in the United States)? `slash` reads it month first, as TimeML corpora do;
    a claim is not dated by it (fa25). Not when one number exceeds 12 ("3/17/2024") or both
    are the same ("4/4/2023"): those read one way only."""
    m = _NUMERIC_DATE.fullmatch(text.strip())
    return bool(m) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 \
        and int(m.group(1)) != int(m.group(2))


def md(ctx: Context, g: dict) -> Norm | None:
    m, d = _month(g), int(g["day"])
    y = _year_for(ctx, g, m, d)
    if g.get("weekday") and not g.get("year") and y is not None:
        y = _weekday_year(y, m, d, WEEKDAYS[g["weekday"].lower().rstrip(".")])
    return _day_date(ctx, y, m, d, edge_mod(g))


def md_word(ctx: Context, g: dict) -> Norm | None:
    """ "March eighth", "the first of May, nineteen ninety-nine": as "March 8"."""
    g = dict(g, day=str(DAY_ORDINALS[" ".join(g["dayword"].lower().split())]))
    if g.get("spoken"):
        y = spoken_number(g["spoken"])
        if y is None or not 1000 <= y <= 2099:
            return None
        g["year"] = str(y)
    return md(ctx, g)


def _weekday_year(y: int, m: int, d: int, wd: int) -> int:
    """ "Saturday, April 25" without a year: the nearby year in which that day is a Saturday."""
    for candidate in (y, y + 1, y - 1):
        if valid_day(candidate, m, d) and date(candidate, m, d).isoweekday() == wd:
            return candidate
    return y


def md_range(ctx: Context, g: dict) -> Norm | None:
    """ "June 28-30", "3-5 March 2021", "April 28-May 3", "Dec. 30-Jan. 4, 2024": the first
    day, with both ends. A range whose second month comes before its first runs into the next
    year; a year written after it is the year of its last day."""
    m, d, d2 = _month(g), int(g["day"]), int(g["day2"])
    m2 = _month(g, "month2") if g.get("month2") else m
    wraps = m2 < m  # over the year's end: "Dec. 30-Jan. 4"
    if not wraps and (m2, d2) <= (m, d):
        return None
    if g.get("year") and wraps:
        y: int | None = int(g["year"]) - 1
    else:
        y = _year_for(ctx, g, m, d)
    a = ctx.anchor
    if not g.get("year") and a is not None and y is not None:
        # "will be held April 5-20" said on April 11: its start has passed but the range still
        # runs, so it is this year's, not next year's (and "Dec. 30-Jan. 4" said on Jan. 2 the
        # one that began last December)
        for held in (a.year - 1, a.year):
            if y > held and valid_day(held, m, d) and valid_day(held + wraps, m2, d2) and \
                    date(held, m, d) <= a <= date(held + wraps, m2, d2):
                y = held
    return _range(ctx, y, (m, d), (m2, d2), wraps)


def dm_range(ctx: Context, g: dict) -> Norm | None:
    return md_range(ctx, g)


def _range(ctx: Context, y: int | None, first: tuple, last: tuple, wraps: bool = False
           ) -> Norm | None:
    y2 = y + 1 if wraps and y is not None else y
    if not (valid_day(y, *first) and valid_day(y2, *last)):
        return None
    begin, finish = day_value(y, *first), day_value(y2, *last)
    return Norm("DATE", begin, begin=begin, finish=finish, role="range")


def dm(ctx: Context, g: dict) -> Norm | None:
    return md(ctx, g)


def my(ctx: Context, g: dict) -> Norm | None:
    y = int(g["year"]) if g.get("year") else short_year(g["short_year"]) if g.get("short_year") \
        else spoken_number(g["spoken"])
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


def month_that(ctx: Context, g: dict) -> Norm:
    """ "October of that year", "that December": the month in the year the article named last
    ("Solana became secretary general in 1995 ... that December": 1995-12); with none named
    before, the year is unknown (XXXX-12), never the anchor's."""
    y = ctx.last_date[0] if ctx.last_date is not None else None
    return Norm("DATE", month_value(y, _month(g)))


def month_part(ctx: Context, g: dict) -> Norm | None:
    """ "the first week of April", "the second half of May": the month, with START for its first
    part and END for its last; "the first day of June" and "the last day of June" the day."""
    m = _month(g)
    y = _year_for(ctx, g, m)
    ordinal, part = g["ord"].lower(), " ".join(g["part"].lower().split())
    last = ordinal in ("last", "final") or ordinal == "second" and part == "half"
    if part == "day" and ordinal in ("first", "last", "final"):
        if y is None and m == 2 and ordinal != "first":  # 28 or 29: the year is not known
            return Norm("DATE", month_value(None, m), "END")
        d = 1 if ordinal == "first" else calendar.monthrange(y if y is not None else 2001, m)[1]
        return _day_date(ctx, y, m, d)
    if part == "half" and ordinal not in ("first", "second", "last", "final"):
        return None
    mod = "END" if last else "START" if ordinal == "first" else None
    return Norm("DATE", month_value(y, m), mod)


def month_rel(ctx: Context, g: dict) -> Norm:
    shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    y = None if ctx.anchor is None else ctx.anchor.year + shift
    return Norm("DATE", month_value(y, _month(g)))


def md_rel(ctx: Context, g: dict) -> Norm | None:
    """ "July 12 last year", "4 April this year": the day in the year `rel` counts from the
    article's year."""
    if ctx.anchor is None:
        return None
    shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    return _day_date(ctx, ctx.anchor.year + shift, _month(g), int(g["day"]), None)


def year(ctx: Context, g: dict) -> Norm:
    return Norm("DATE", g["year"], edge_mod(g))


def year_range(ctx: Context, g: dict) -> Norm | None:
    first, second = g["year"], g["year2"]
    last = int(first[:2] + second) if len(second) == 2 else int(second)
    # "1994-95" within 20 years; "2019-2045" with both years written, within a century
    if last <= int(first) or last - int(first) > (20 if len(second) == 2 else 100):
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
    """ "the 1990s", "the late '80s", "the end of the 1980s" (mod END)."""
    edge = g.get("edge2") or ("the " + g["edge"] if g.get("edge") else "")
    mod = edge_mod({"edge": edge})
    if g.get("short"):
        return Norm("DATE", "19" + g["short"], mod)
    return Norm("DATE", g["cent"] + g["dec"], mod)


def decade_word(ctx: Context, g: dict) -> Norm:
    """ "the nineties": the decade of the century written ("the nineteen-nineties"), else of the
    anchor's century when it has begun by the anchor, else of the century before ("the
    twenties" said in 2023 are the 2020s, "the nineties" the 1990s)."""
    tens = DECADE_WORDS[g["word"].lower()]
    if g.get("cent"):
        cent = {"eighteen": 18, "nineteen": 19, "twenty": 20}[g["cent"].lower()]
    elif ctx.anchor is None:
        cent = 19
    else:
        cent = ctx.anchor.year // 100
        if cent * 100 + tens * 10 > ctx.anchor.year:
            cent -= 1
    return Norm("DATE", f"{cent}{tens}", edge_mod(g))


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
    if g.get("rel", "").lower() == "past":  # "the past century": the span, as "the past decade"
        return Norm("DURATION", "P100Y")
    if g.get("rel"):
        if ctx.anchor is None:
            return Norm("DATE", "XX")
        shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        return Norm("DATE", f"{ctx.anchor.year // 100 + shift:02d}")
    n = int(g["num"]) if g.get("num") else _CENTURY_WORDS[g["word"].lower()]
    return Norm("DATE", f"{n - 1:02d}", edge_mod(g)) if 1 <= n <= 21 else None


def weekday(ctx: Context, g: dict) -> Norm:
    wd = WEEKDAYS[g["weekday"].lower().rstrip(".")]
    rel = " ".join(g.get("rel", "").lower().split())
    plural = _plural_part(ctx, g) if not rel else None
    if plural is not None:  # "Tuesday nights", "Monday and Tuesday nights": every such night
        return Norm("SET", f"XXXX-WXX-{wd}T{DAY_PARTS[plural]}")
    part = DAY_PARTS.get(g.get("part", "").lower())
    suffix = f"T{part}" if part else ""
    kind = "TIME" if part else "DATE"
    if ctx.anchor is None:
        return Norm(kind, f"XXXX-WXX-{wd}{suffix}")
    if rel.startswith("the ") and ctx.last_day is not None:  # "the previous Friday"
        back = rel == "the previous"
        found = weekday_date(ctx.last_day, wd, PAST if back else FUTURE, strict=True)
        return Norm(kind, found.isoformat() + suffix)
    tense = {"last": PAST, "next": FUTURE, "this": FUTURE, "the previous": PAST,
             "this coming": FUTURE, "this past": PAST}.get(rel) or ctx.tense()
    after = _paired_weekday(ctx) if not rel else None
    if after is not None and tense != PAST:
        # "next Thursday and Friday": the Friday after that Thursday, not the anchor's Friday
        return Norm(kind, weekday_date(after, wd, FUTURE, strict=True).isoformat() + suffix)
    found = weekday_date(ctx.anchor, wd, tense,
                         strict=rel in ("last", "next", "the previous", "this coming", "this past"))
    return Norm(kind, found.isoformat() + suffix)


_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_LIST_SEP = r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)"
# The weekdays listed after one up to a plural part of the day: " and Tuesday nights",
# ", Wednesday and Friday evenings".
_LISTED_BEFORE_PLURAL = re.compile(
    rf"{_LIST_SEP}(?:{_WEEKDAY_WORD}{_LIST_SEP})*{_WEEKDAY_WORD}\s+"
    r"(?P<part>mornings|afternoons|evenings|nights)\b", re.I)


def _plural_part(ctx: Context, g: dict) -> str | None:
    """The plural part of the day that makes a weekday a frequency: its own ("Sunday
    mornings") or that of the last weekday of the list it opens ("Monday and Tuesday
    nights"); None for a single day ("Tuesday night", "Monday and Tuesday")."""
    own = g.get("part", "").lower()
    if own:
        return own if own in PLURAL_DAY_PARTS else None
    m = _LISTED_BEFORE_PLURAL.match(ctx.text, ctx.end)
    return m.group("part").lower() if m else None


_PAIRED = re.compile(r"(?:(?:next|this|coming)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                     r"\s*(?:,|and|or|to|through|until|till|-|–)\s*", re.I)


def _paired_weekday(ctx: Context) -> date | None:
    """The day of a weekday named just before this one and joined to it ("Thursday and
    Friday", "Monday through Wednesday") when it is not before the anchor: the days of a
    future list run forwards from it."""
    if ctx.last_day is None or ctx.last_day_at is None or ctx.anchor is None or \
            ctx.last_day < ctx.anchor:
        return None
    if not _PAIRED.fullmatch(ctx.text, ctx.last_day_at, ctx.start):
        return None
    return ctx.last_day


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
    mod = edge_mod(g)  # "early this morning" START, "late last night" END
    if ctx.anchor is None:
        return Norm(kind, "PRESENT_REF" if word == "today" and not part else f"XXXX-XX-XX{suffix}",
                    mod)
    found = ctx.anchor + timedelta(days=_DAY_SHIFT[word])
    return Norm(kind, found.isoformat() + suffix, mod)


_REFS = {"PRESENT_REF": ("now", "right now", "currently", "current", "nowadays", "presently",
                         "at present", "these days", "the time being"),
         "PAST_REF": ("recently", "recent", "lately", "previously", "formerly", "the past"),
         "FUTURE_REF": ("the future", "the near future", "the distant future", "the near term",
                        "the short term", "the long term")}


def ref(ctx: Context, g: dict) -> Norm | None:
    word = " ".join(g["ref"].lower().split())
    for value, words in _REFS.items():
        if word in words:
            return Norm("DATE", value)
    return None


def season(ctx: Context, g: dict) -> Norm:
    code = SEASONS[g["season"].lower().rstrip("s")]
    if g.get("spoken"):  # "the winter of nineteen ninety-four"
        y = spoken_number(g["spoken"])
        return Norm("DATE", f"{y}-{code}", edge_mod(g)) if y and 1000 <= y <= 2099 else None
    if g.get("syear"):
        return Norm("DATE", f"{g['syear']}-{code}", edge_mod(g))
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{code}", edge_mod(g))
    rel = g.get("rel", "").lower()
    if rel in ("following", "previous") and ctx.last_date is not None:
        y = _season_after_date(ctx.last_date, code, rel == "following")
    elif rel == "this":
        y = _this_season_year(ctx.anchor, code, ctx.tense())
    elif rel in ("last", "past", "next", "coming", "following", "previous"):
        back = rel in ("last", "past", "previous")
        y = season_year(ctx.anchor, code, PAST if back else FUTURE, True)
    else:
        y = season_year(ctx.anchor, code, ctx.tense())
    return Norm("DATE", f"{y}-{code}", edge_mod(g))


def _season_after_date(last: tuple[int, int | None, int | None], code: str, after: bool) -> int:
    """The year of "the following spring" / "the previous winter" after the article named
    `last` (year, month, day): with a month, the next (or last) such season strictly after (or
    before) the season that month is in; with a year alone, the year after (or before) it."""
    y, m, d = last
    if m is None:
        return y + 1 if after else y - 1
    return season_year(date(y, m, d or 15), code, FUTURE if after else PAST, strict=True)


def _this_season_year(anchor: date, code: str, tense: str | None) -> int:
    """ "this winter": the season under way when the anchor falls in one (a winter belongs to the
    year it starts in, so in January 2024 it is 2023-WI); another one by the tense ("will ...
    this spring" said in December is next spring, "held ... this spring" the last one); without
    a tense, the one of the anchor's year."""
    if tense in (PAST, FUTURE):
        return season_year(anchor, code, tense)
    if code == "WI" and anchor.month in (1, 2):
        return anchor.year - 1
    return anchor.year


def recent_units(ctx: Context, g: dict) -> Norm:
    """ "recent years", "the coming months": a vague duration (TimeBank's PXY, PXM)."""
    unit = g["unit"].lower().rstrip("s")
    return Norm("DURATION", duration_value(None, "day" if unit == "days" else unit))
