"""The words time expressions are made of: months, weekdays, numbers, units, seasons.

Plain tables and two small parsers (numbers, regex alternations), shared by the grammar
(`dates.grammar`) and the normaliser (`dates.resolve`). Keys are lower case.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Abbreviations that are also ordinary words ("Mar" no, "Jan" a name, "Sun" a newspaper):
# only read as months with a period or a day number, see `dates.grammar`.
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# The month a season starts in (northern hemisphere, as TIMEX3 assumes), to order it in a year.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "nights": "NI",
             "mornings": "MO", "afternoons": "AF", "evenings": "EV"}
# A weekday before one of these is a frequency: "Tuesday nights", "on Sunday mornings".
PLURAL_DAY_PARTS = frozenset(("mornings", "afternoons", "evenings", "nights"))

# TIMEX3 duration letters; time units go after the "T" of "PT".
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "millennium": "ML", "weekend": "WE",
}
TIME_UNITS = {"second", "minute", "hour"}
UNIT_FORMS = {
    "seconds": "second", "minutes": "minute", "mins": "minute", "min": "minute",
    "hours": "hour", "hrs": "hour", "days": "day", "weeks": "week", "fortnights": "fortnight",
    "months": "month", "quarters": "quarter", "years": "year", "yrs": "year",
    "decades": "decade", "centuries": "century", "millennia": "millennium",
    "weekends": "weekend",
}
for _unit in UNITS:
    UNIT_FORMS.setdefault(_unit, _unit)

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "final": 4,
    "last": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Quantities with no number: TIMEX3 writes their amount as "X" ("several years" -> PXY).
VAGUE_AMOUNTS = ("a few", "few", "several", "some", "many", "a couple of", "a couple",
                 "a number of", "numerous", "countless")

# Words that shift a duration into a TIMEX3 mod.
MODS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "almost": "LESS_THAN", "nearly": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "an estimated": "APPROX", "or so": "APPROX",
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    "the middle of": "MID", "the beginning of": "START", "the start of": "START",
    "the end of": "END",
}


def alternation(words, plural: bool = False) -> str:
    """A regex alternation of `words`, longest first, spaces matching any run of spaces. Words of
    one length in alphabetical order: the same pattern in every process (not in the set's order,
    which moves with string hashing), so its compiled form can be kept (accord/regex_cache.py);
    two words of one length never match at one place, so the order among them changes no match."""
    forms = sorted(set(words), key=lambda w: (-len(w), w))
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in forms]
    return "(?:" + "|".join(parts) + ")" + ("s?" if plural else "")


NUMBER_WORD = (
    "(?:" + alternation(TENS) + r"(?:[-\s]" + alternation(k for k in SMALL_NUMBERS if k != "zero")
    + ")?|" + alternation(SMALL_NUMBERS) + ")"
)


def parse_number(text: str) -> float | None:
    """The amount a phrase names: "30" 30, "two" 2, "twenty-five" 25, "a" 1, "5 1/2" 5.5,
    "a hundred" 100, "one and a half" 1.5; None when vague ("several") or not a number."""
    text = re.sub(r"\b(?:an? half|half an?)\b", "half", text.lower())
    words = text.replace(",", "").replace("-", " ").split()
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word == "and":
            continue
        if word == "half":
            current, seen = current + 0.5, True
            continue
        value = _word_value(word)
        if value is None:
            return None
        if word in ("hundred", "thousand"):
            current = (current or 1) * value
            if word == "thousand":
                total, current = total + current, 0.0
        else:
            current += value
        seen = True
    return total + current if seen else None


def _word_value(word: str) -> float | None:
    if word in ("a", "an"):
        return 1
    if word == "dozen":
        return 12
    if word == "hundred":
        return 100
    if word == "thousand":
        return 1000
    if word in SMALL_NUMBERS:
        return SMALL_NUMBERS[word]
    if word in TENS:
        return TENS[word]
    if re.fullmatch(r"\d+/\d+", word):
        num, den = word.split("/")
        return int(num) / int(den) if int(den) else None
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return None
