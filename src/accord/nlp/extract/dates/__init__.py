"""Time expressions in plain text, normalised to TIMEX3 values anchored on the article's date.

    >>> [t.value for t in time_expressions("The summit will be held on July 11.", "2023-04-11")]
    ['2023-07-11']

A pure function over text, so it runs without spaCy (the TempEval evaluation needs only this).
The grammar (`dates.grammar`) finds the expressions, the handlers (`dates.normalise`,
`dates.normalise_more`) give their values, in text order, so an expression can lean on what the
article mentioned before it ("the quarter", "a year earlier", "at 10 a.m.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from accord.nlp.extract.dates import normalise as basic
from accord.nlp.extract.dates import normalise_more as more
from accord.nlp.extract.dates import periods as periods
from accord.nlp.extract.dates.grammar import Candidate, previous_word
from accord.nlp.extract.dates.scan import candidates, choose
from accord.nlp.extract.dates.context import Context, Norm, sentence_start
from accord.nlp.extract.dates.resolve import parse_anchor, precision_of

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class TimeExpression:
    """One time expression: character offsets into the text, TIMEX3 type and value.

    `value` is a TIMEX3 value: "2023-04-11", "2023-03", "2023-W14", "2023-Q3", "2023-SU",
    "P30Y", "PRESENT_REF", "XXXX-06-28" when the year is unknown. For a range ("June 28-30")
    it is the first day, and `begin`/`finish` hold both ends. `precision` is day, month or year
    when the value is a plain date, else None. `role` says how the date bounds an event:
    "start" ("since 2001"), "end" ("until 2024"), "range", "point", or None for durations,
    frequencies and vague references.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    precision: str | None
    mod: str | None = None
    role: str | None = None
    begin: str | None = None
    finish: str | None = None

    def to_data(self) -> dict:
        """The fields an Annotation's `data` holds."""
        return {"value": self.value, "precision": self.precision, "mod": self.mod,
                "role": self.role, "begin": self.begin, "finish": self.finish}


HANDLERS = {
    "iso": basic.iso, "slash": basic.slash, "md": basic.md, "md_range": basic.md_range,
    "md_word": basic.md_word, "dm": basic.dm, "dm_range": basic.dm_range, "my": basic.my,
    "month": basic.month, "month_that": basic.month_that, "month_rel": basic.month_rel, "md_rel": basic.md_rel, "month_part": basic.month_part,
    "year": basic.year, "year_range": basic.year_range,
    "spoken_year": basic.spoken_year, "decade": basic.decade, "decade_rel": basic.decade_rel,
    "decade_word": basic.decade_word, "quarter_code": periods.quarter_code,
    "century": basic.century, "weekday": basic.weekday, "day_word": basic.day_word,
    "ref": basic.ref, "unit_rel": periods.unit_rel, "season": basic.season,
    "recent_units": basic.recent_units, "quarter": periods.quarter,
    "quarter_ref": periods.quarter_ref, "year_offset": periods.year_offset,
    "weekend": periods.weekend, "span": more.span, "offset": more.offset,
    "duration": more.duration, "bare_units": more.bare_units, "long_unit": more.long_unit,
    "part_unit": more.part_unit, "adverb_set": more.adverb_set, "set": more.set_,
    "set_day": more.set_day, "set_part": more.set_part, "time": more.time, "noon": more.noon,
    "holiday": more.holiday, "year_word": more.year_word, "day_rel": more.day_rel,
    "edge_unit": periods.edge_unit, "period": periods.period, "vague_span": more.vague_span,
}

_START_WORDS = frozenset("since from starting beginning".split())
_END_WORDS = frozenset("until till through to by before".split())


def time_expressions(text: str, anchor: str | date | None) -> list[TimeExpression]:
    """Every time expression in `text`, in order, normalised against `anchor` (the
    publication date; an ISO string, a date, or None when unknown)."""
    pool = candidates(text)
    while True:
        found, refused = _normalise(text, parse_anchor(anchor), choose(pool))
        if refused is None:
            return _past_spans(text, _ordered_weekdays(_ordered_ranges(found), parse_anchor(anchor)),
                               parse_anchor(anchor))
        # A match its handler refuses ("11 and 11 April") gives way to the ones it hid.
        pool = [c for c in pool if c is not refused]


_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")


def _ordered_ranges(found: list[TimeExpression]) -> list[TimeExpression]:
    """ "from April 5 to April 20", neither with its year: each day's year is guessed on its own
    (from the tense), which can put the start a year after its end (said on April 11, "will be
    held from April 5" is next April's, "to April 20" this one's). A range runs forwards, so the
    start takes the end's year when that orders the two (the range then holds the anchor day, as
    "April 5-20" does, or lies before it in the past tense)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.role == "start" and b.role == "end" and a.precision == b.precision == "day"):
            continue
        if a.value <= b.value or _WRITTEN_YEAR.search(a.text) or _WRITTEN_YEAR.search(b.text):
            continue
        moved = b.value[:4] + a.value[4:]
        if moved <= b.value:
            out[i] = replace(a, value=moved)
    return out


_SPAN_JOIN = re.compile(r"^\s*(?:until|till|to|through)\s*$", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"\d{4}")


def _past_spans(text: str, found: list[TimeExpression], anchor: date | None) -> list[TimeExpression]:
    """ "Estonia's prime minister from 2021 until July", written in December 2024: a span that
    starts in an earlier year and ends in a month written without its year ends in the last such
    month, not the next ("until" alone reads ahead: "will stay until July"). Only for "from
    YEAR until / to MONTH" written together."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if anchor is None or a.role != "start" or b.role != "end" or b.precision != "month" or \
                not _YEAR_ONLY.fullmatch(a.value) or _WRITTEN_YEAR.search(b.text) or \
                previous_word(text, a.start) != "from" or not _SPAN_JOIN.match(text[a.end:b.start]):
            continue
        if int(a.value) < anchor.year and b.value > anchor.isoformat()[:7]:
            earlier = f"{int(b.value[:4]) - 1}{b.value[4:]}"
            if earlier[:4] >= a.value:
                out[i + 1] = replace(b, value=earlier)
    return out


_BARE_WEEKDAY = re.compile(r"(?:(?:early|late)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
                           re.I)


def _ordered_weekdays(found: list[TimeExpression], anchor: date | None
                      ) -> list[TimeExpression]:
    """ "from Monday through Thursday", "from Friday until Tuesday": each weekday is placed on
    its own (the nearest in the tense's direction), which can put the start after the end
    (said on a Wednesday, "lasted from Monday through Thursday" gave this Monday and last
    Thursday) or a week or more before it ("until" reads ahead). A range of two weekdays runs
    forwards and lasts under a week: when it does not, the end moves to the first such weekday
    after the start if the start is not after the anchor (the range is the article's past), else
    the start to the last such weekday before the end."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.role == "start" and b.role == "end" and a.precision == b.precision == "day"
                and anchor is not None
                and _BARE_WEEKDAY.fullmatch(a.text) and _BARE_WEEKDAY.fullmatch(b.text)):
            continue
        start, end = date.fromisoformat(a.value), date.fromisoformat(b.value)
        if 0 <= (end - start).days < 7:
            continue
        gap = (end.isoweekday() - start.isoweekday()) % 7
        if start <= anchor and start + timedelta(days=gap) <= anchor:
            out[i + 1] = replace(b, value=(start + timedelta(days=gap)).isoformat())
        else:
            out[i] = replace(a, value=(end - timedelta(days=gap)).isoformat())
    return out


def _normalise(text: str, anchor: date | None, chosen: list[Candidate]
               ) -> tuple[list[TimeExpression], Candidate | None]:
    """The expressions of the chosen matches, or the first match a handler refused."""
    ctx = Context(text, anchor)
    found: list[TimeExpression] = []
    for cand in chosen:
        ctx.start, ctx.end = cand.start, cand.end
        norm = HANDLERS[cand.kind](ctx, cand.groups)
        if norm is None:
            return found, cand
        norm = _in_the_sentence_year(text, cand, norm, found)
        norm = _in_the_named_month(text, cand, norm, found)
        ctx.remember(norm.value, cand.start)
        found.append(_expression(text, cand, norm, found))
    return found, None


# Matches whose year is not written: a bare month ("in June"), a day with its month ("on July 14").
_YEARLESS = frozenset({"month", "md", "dm", "md_word"})
_YEAR_VALUE = re.compile(r"\d{4}")


def _in_the_sentence_year(text: str, cand: Candidate, norm: Norm, before: list[TimeExpression]) -> Norm:
    """A month or day without its year, after a year the same sentence opens with or gives a
    noun ("In 2019, the summit was held in June", "Last year, the summit opened on July 11",
    "Last year's summit was held in June"): that year's, not the one nearest the article's date.
    Only a year that is a plain point of time, the sentence's first time expression, and not
    "this year" (the anchor's anyway); a weekday written with the day fixes its own year."""
    if cand.kind not in _YEARLESS or cand.groups.get("year") or cand.groups.get("det") or \
            cand.groups.get("weekday") or norm.type != "DATE" or not _YEAR_VALUE.match(norm.value):
        return norm
    start = sentence_start(text, cand.start)
    earlier = [t for t in before if t.start >= start]
    if len(earlier) != 1:
        return norm
    year = earlier[0]
    if year.precision != "year" or year.role != "point" or not _YEAR_VALUE.fullmatch(year.value) or \
            year.mod is not None or not _opens_or_owns(text, start, year):
        return norm
    return replace(norm, value=year.value + norm.value[4:])


_DAY_KINDS = frozenset({"md", "dm", "md_word"})
_MONTH_YEAR = re.compile(r"\d{4}-\d\d")


def _in_the_named_month(text: str, cand: Candidate, norm: Norm, before: list[TimeExpression]) -> Norm:
    """A day without its year right after the article named its month with a year, in the same
    sentence or the one before ("The central chapter covers March 1999. On 12 March the three
    joined"): a day of that month, not the one nearest the article's date. Only a month written
    with its year as the last expression before the day, and no weekday on the day."""
    if cand.kind not in _DAY_KINDS or cand.groups.get("year") or cand.groups.get("weekday") or \
            norm.type != "DATE" or not before or not _YEAR_VALUE.match(norm.value):
        return norm
    month = before[-1]
    if month.precision != "month" or not _MONTH_YEAR.fullmatch(month.value) or \
            month.value[5:7] != norm.value[5:7] or month.value[:4] == norm.value[:4] or \
            not re.search(month.value[:4], month.text) or month.mod is not None:
        return norm
    this_sentence = sentence_start(text, cand.start)
    if month.start < this_sentence and month.start < sentence_start(text, max(0, this_sentence - 1)):
        return norm  # two sentences back or more
    return replace(norm, value=month.value[:4] + norm.value[4:])


_OPENERS = frozenset("in during by".split())


def _opens_or_owns(text: str, start: int, year: TimeExpression) -> bool:
    """Does the year open the sentence ("In 2019,", "Last year,", "During 2023") or own a noun
    ("Last year's summit")?"""
    lead = text[start:year.start].strip().lower()
    if text[year.end:year.end + 2] in ("'s", "’s"):
        return not lead or lead in _OPENERS or lead in ("the", "at", "at the", "in", "during")
    return not lead or lead in _OPENERS


def _expression(text: str, cand: Candidate, norm: Norm, before: list[TimeExpression]
                ) -> TimeExpression:
    end = norm.end if norm.end is not None else cand.end
    return TimeExpression(
        start=cand.start, end=end, text=text[cand.start:end], type=norm.type, value=norm.value,
        precision=precision_of(norm.value) if norm.type in ("DATE", "TIME") else None,
        mod=norm.mod, role=norm.role or _role(text, cand, norm, before),
        begin=norm.begin, finish=norm.finish,
    )


def _role(text: str, cand: Candidate, norm: Norm, before: list[TimeExpression]) -> str | None:
    """How a date bounds its event, from the word in front: "since 2001" start, "until 2024"
    end, "from 2001 to 2005" start then end, "between ... and ..." the same."""
    if norm.type not in ("DATE", "TIME") or norm.value.endswith("_REF"):
        return None
    word = previous_word(text, cand.start)
    if word in _START_WORDS:
        return "start"
    if word == "to" and not _after_start(text, cand, before):
        return "point"
    if word in _END_WORDS:
        return "end"
    if word == "and" and _after_start(text, cand, before, "between"):
        return "end"
    if word == "between":
        return "start"
    return "point"


def _after_start(text: str, cand: Candidate, before: list[TimeExpression],
                 opener: str | None = None) -> bool:
    """Does the expression just before this one open a "from ..." (or "between ...") pair?"""
    if not before or cand.start - before[-1].end > 20:
        return False
    if opener is not None:
        return previous_word(text, before[-1].start) == opener
    return before[-1].role == "start"
