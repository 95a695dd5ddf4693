"""Numbers: every number of an article's body changed by one, in the form it is written in.

Cardinals in digits and in words ("30" -> "31", "thirty" -> "thirty-one", "seventy-five" ->
"seventy-six"), ordinals ("31st" -> "32nd", "second" -> "third", "thirty second" -> "thirty
third"), "N-member" and "N out of M", percentages ("2%", "2 percent", "2 per cent", "4.6 %"),
counts of years ("by a year" -> "by two years", "for 75 years", "206-year history"), money and
votes. A count is moved up by one, except that a count of one which reads as "a"/"an" in "by a
year" becomes two.

Left to the dates kind (`bench/sweeps/dates.py`): numbers inside dates and times, that is years
(four digits from 1000 to 2099, and the short second year of a range such as "2005-13"), days of
the month (a number beside a month's name, "June 14", "14 June", "11-12 July", "June 28-30",
"4/7/2024", "04.12.2019") and clock times ("7:36", "2348 GMT"). Names that hold a number are left
too: "Group of Seven", "World War Two", "Pillar One", "G7", "F35".

Each edit's `note` says what is changed (members, ordinal, anniversary, years, percent, money,
votes, count) and, for money and votes, that the KB cannot settle the claim: those edits are
expected to stay unflagged; a rough number ("over 70 years", "more than two-thirds") moved up by
one may stay true, and its note says so.
"""

from __future__ import annotations

import re

from sweeps import Edit, body_start

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_UNITS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
              "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
              "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_ORD_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
             "eightieth", "ninetieth"]

_CARD = {w: i for i, w in enumerate(_UNITS)} | {w: 10 * i for i, w in enumerate(_TENS) if w}
_ORD = {w: i for i, w in enumerate(_ORD_UNITS)} | {w: 10 * i for i, w in enumerate(_ORD_TENS) if w}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_TENS_RE = "|".join(w for w in _TENS if w)
_ONE_RE = "|".join(_UNITS[1:10])
_ORD_ONE_RE = "|".join(_ORD_UNITS[1:10])
#: a number in words: "seventy-five", "thirty second", "twelve", "first"
_WORDS = re.compile(
    rf"\b(?:(?P<tens>{_TENS_RE})(?:(?P<sep>[- ])(?P<unit>{_ONE_RE}|{_ORD_ONE_RE}))?"
    rf"|(?P<otens>{'|'.join(w for w in _ORD_TENS if w)})"
    rf"|(?P<single>{'|'.join(_UNITS[1:])}|{'|'.join(_ORD_UNITS[1:])}))\b", re.I)
#: a number in digits, with an ordinal suffix or a decimal part: "29", "1,400", "3.57", "31st"
_DIGITS = re.compile(r"(?<![\w.,:/#-])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
                     r"(?P<suf>st|nd|rd|th)?\b(?![.,:/]\d)")
_A_YEAR = re.compile(r"\b(?P<prep>by|for|after|within|in|over)\s+(?P<a>an?)\s+(?P<unit>year|decade)\b", re.I)

#: names that hold a number: never a count
_NAMED = re.compile(r"\b(?:Group\s+of\s+(?:Seven|Eight|Twenty)|World\s+War\s+(?:One|Two|I|II)|"
                    r"Pillar\s+(?:One|Two|I|II)|[A-Z]+-?\d+\w*|No\.\s*\d+|Article\s+\d+\b|"
                    r"\d+\s+Downing|one\s+another|one\s+or\s+two|no\s+one|any\s*one|some\s*one|every\s*one)", re.I)


def _is_date(text: str, start: int, end: int, value: int, digits: bool) -> bool:
    """A year, a day of the month or a clock time (the dates kind moves those)."""
    before, after = text[max(0, start - 16):start], text[end:end + 16]
    if digits and 1000 <= value <= 2099 and end - start == 4:
        return True
    if re.search(rf"\b{_MONTH}\s*$", before) or re.match(rf"\s*(?:(?:-|–|to)\s*\d+\s*)?(?:of\s+)?{_MONTH}", after):
        return True
    if re.search(rf"\b{_MONTH}\s+\d+\s*(?:-|–)\s*$", before):     # "June 28-30"
        return True
    if re.search(r"\b(?:1[89]|20)\d\d\s*(?:-|–)\s*$", before):    # "2005-13", "1910-45"
        return True
    if re.match(r"\s*(?:a\.?m\b|p\.?m\b|GMT|ET\b|HKT|CET|UTC|hrs\b)", after, re.I):
        return True
    if re.match(r"\s*,\s*(?:1[89]|20)\d\d\b", after):           # "14, 2021"
        return True
    return bool(re.search(r"\d\s*[:/]\s*$|\d[.]$", before) or re.match(r"\s*[:/]\s*\d", after))


def _kind(text: str, start: int, end: int, ordinal: bool) -> str:
    """What the number counts, from its neighbours; money and votes are marked unsettleable."""
    before, after = text[max(0, start - 40):start].lower(), text[end:end + 40].lower()
    if re.search(r"[$€£¥]\s*$|\b(?:us\s*)?dollars?\s*$", before) or re.match(
            r"\s*(?:(?:million|billion|trillion|bn|m)\b\s*)?(?:dollars|euros?|pounds|usd|eur)\b", after):
        return "money (the KB cannot settle it)"
    if re.match(r"\s*(?:votes?|ayes|nays|in favou?r|against|abstentions?)\b", after):
        return "votes (the KB cannot settle them)"
    if re.match(r"\s*(?:%|percent|per\s*cent|percentage)", after):
        return "percent"
    if re.match(r"\s*[- ]?(?:th\s+)?(?:anniversary|birthday)", after):
        return "anniversary"
    if re.match(r"\s*[- ]?(?:years?|decades?)\b", after):
        return "years"
    if re.match(r"\s*[- ](?:member|nation|country|state)", after) or re.match(
            r"\s*(?:[\w’'-]+\s+){0,3}(?:members?|allies|ally|member\s+states|nations|countries)\b", after):
        return "ordinal of membership" if ordinal else "members"
    if re.search(r"\bout\s+of\s*$", before) or re.match(r"\s*out\s+of\b", after):
        return "N out of M"
    return "ordinal" if ordinal else "count"


def _cardinal_words(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


def _ordinal_words(n: int, sep: str = "-") -> str:
    if n < 20:
        return _ORD_UNITS[n]
    tens, unit = divmod(n, 10)
    return _ORD_TENS[tens] if not unit else f"{_TENS[tens]}{sep}{_ORD_UNITS[unit]}"


def _suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_ROUGH = re.compile(r"\b(?:over|more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|some|roughly|"
                    r"approximately|at\s+least|at\s+most|up\s+to|under|above|below|than)\s+[$€£]?\s*$", re.I)


def _noted(text: str, start: int, note: str) -> str:
    """A rough number ("over 70 years", "more than two-thirds") moved by one may stay true: say so."""
    if _ROUGH.search(text[max(0, start - 24):start]):
        return f"{note} (rough: the edit may leave the claim true)"
    return note


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if like[:1].isupper() else word


def _masked(text: str, start: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _NAMED.finditer(text, start)]


def edits(text, kb):
    start = body_start(text)
    masked = _masked(text, start)
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in masked + taken)

    for m in _A_YEAR.finditer(text, start):
        if free(m.start("a"), m.end()):
            taken.append((m.start("a"), m.end()))
            yield Edit(m.start("a"), m.end(), f"two {m['unit']}s", "years: one -> two")

    for m in _DIGITS.finditer(text, start):
        raw, dec, suf = m["num"], m["dec"] or "", m["suf"] or ""
        value = int(raw.replace(",", ""))
        a, b = m.start(), m.end()
        if not free(a, b) or _is_date(text, a, m.end("num") if not suf else b, value, digits=True):
            continue
        new = value + 1
        shown = f"{new:,}" if "," in raw else str(new)
        taken.append((a, b))
        kind = _kind(text, a, b, ordinal=bool(suf))
        yield Edit(a, b, shown + dec + (_suffix(new) if suf else ""), _noted(text, a, f"{kind}: {value} -> {new}"))

    for m in _WORDS.finditer(text, start):
        a, b = m.start(), m.end()
        if not free(a, b):
            continue
        word = m.group(0)
        low = word.lower()
        if m["single"] and low == "one":
            before = text[max(0, a - 12):a].lower()
            after = text[b:b + 12].lower()
            # "one of the ...", "a memorable one", "the one who": a pronoun, not a count
            if re.match(r"\s+of\b|\s+(?:who|which|that)\b", after) or re.search(
                    r"\b(?:a|an|the|this|that|each|which|every|no|any)\s+(?:[\w-]+\s+)?$", before):
                continue
        if _is_date(text, a, b, 0, digits=False):
            continue
        if m["tens"]:
            tens = _CARD[m["tens"].lower()]
            unit = (m["unit"] or "").lower()
            ordinal = unit in _ORD
            value = tens + (_ORD.get(unit) if ordinal else _CARD.get(unit, 0))
            new = value + 1
            if ordinal:
                repl = _ordinal_words(new, m["sep"] or "-")
            else:
                repl = _cardinal_words(new)
                if m["sep"] == " ":
                    repl = repl.replace("-", " ")
        elif m["otens"]:
            ordinal, value = True, _ORD[low]
            new = value + 1
            repl = _ordinal_words(new)
        else:
            ordinal = low in _ORD
            value = _ORD[low] if ordinal else _CARD[low]
            new = value + 1
            repl = _ordinal_words(new) if ordinal else _cardinal_words(new)
        taken.append((a, b))
        kind = _kind(text, a, b, ordinal)
        fraction = re.match(r"[- ](halves|thirds|quarters|fifths)\b", text[b:])
        if fraction and value > 1:
            # "two-thirds" -> "three-quarters", "three-quarters" -> "two-thirds": another share
            whole = text[a:b + fraction.end()]
            repl = "three-quarters" if fraction[1] != "quarters" else "two-thirds"
            yield Edit(a, b + fraction.end(), _cased(repl, whole), _noted(text, a, f"share: {whole} -> {repl}"))
            continue
        plural = re.match(r"[ -](year|decade|day|month|week)\b", text[b:]) if value == 1 and not ordinal else None
        if plural and text[b] == " ":
            b = b + plural.end()
            repl = f"{repl} {plural[1]}s"
        yield Edit(a, b, _cased(repl, word), _noted(text, a, f"{kind}: {value} -> {new}"))
