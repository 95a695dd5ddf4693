"""Numbers as journalists write them, read off the parse: digits ("32", "31st"), words ("thirty-two",
"thirty second", "Eighteen") and their hyphenated forms ("thirty-two-member").

Not a claim family (it has no `extract`): the helpers `counts` reads member counts and ranks with.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19}
ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                "seventieth": 70, "eightieth": 80, "ninetieth": 90}
APPROXIMATE = {"more", "than", "over", "about", "nearly", "almost", "some", "around", "roughly", "approximately",
               "least", "fewer", "under", "up", "most", "dozens", "several"}
HYPHENS = ("-", "‐", "–")
DIGIT_ORDINAL = re.compile(r"^(\d{1,3})(st|nd|rd|th)$", re.I)


def words_value(words: list[str], ordinal: bool) -> int | None:
    """"thirty", "two" -> 32; with `ordinal` the last word is an ordinal ("thirty", "first" -> 31).
    None unless the words make one number below 100."""
    words = [w.lower() for w in words if w not in HYPHENS]
    if not words or len(words) > 2:
        return None
    last = words[-1]
    if ordinal:
        m = DIGIT_ORDINAL.match(last)
        unit = int(m.group(1)) if m and len(words) == 1 else ORDINAL_UNITS.get(last, ORDINAL_TENS.get(last))
    else:
        unit = int(last) if last.isdecimal() and len(words) == 1 else UNITS.get(last, TENS.get(last))
    if unit is None:
        return None
    if len(words) == 1:
        return unit
    tens = TENS.get(words[0])
    return tens + unit if tens is not None and 0 < unit < 10 else None


def cardinal(tok: Token) -> int | None:
    """The value of a number token with the number words before it ("thirty" "-" "two")."""
    words = [t.text for t in tok.subtree if t.i <= tok.i and (t.like_num or t.text in HYPHENS)]
    return words_value(words, ordinal=False) or words_value([tok.text], ordinal=False)


def ordinal(tok: Token) -> int | None:
    """The value of an ordinal modifier ("31st", "thirty-first", "thirty second")."""
    words = [t.text for t in tok.lefts if t.like_num or t.text in HYPHENS] + [tok.text]
    return words_value(words, ordinal=True) or words_value([tok.text], ordinal=True)


def nummod(noun: Token) -> Token | None:
    """The cardinal number that counts `noun` ("the 32 allies", "thirty-two members"). A year is
    no count: in a list's line "1949 (founding members): Belgium, Canada, ..." the parser hangs
    the year on the noun, but nothing these claims count runs to four digits."""
    return next((c for c in noun.children if c.dep_ == "nummod" and c.like_num and c.i < noun.i
                 and not calendar_year(c)), None)


def calendar_year(tok: Token) -> bool:
    """A year written in digits, 1800 to 2099, with no thousands separator ("1949", not "1,949")."""
    return len(tok.text) == 4 and tok.text.isdecimal() and 1800 <= int(tok.text) <= 2099


def approximate(num: Token) -> bool:
    """"more than 30 members", "nearly 30 allies", "some 30 nations": not an exact count."""
    return any(c.lower_ in APPROXIMATE for c in num.subtree if c.i < num.i) or (
        num.i > 0 and num.nbor(-1).lower_ in APPROXIMATE)
