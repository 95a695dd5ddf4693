"""Where time expressions are: one regular expression per form, and the choice among matches.

Each `Rule` names a kind of expression ("md" for "June 28", "offset" for "two days ago", ...);
`dates.normalise` turns a match of that kind into a TIMEX3 value. A rule may carry an `accept`
test over the surrounding text, used where a word is ambiguous ("May" the month or the modal,
"1990" the year or a count). Spans follow TimeML: a leading preposition ("on", "since", "for")
stays outside, a determiner or modifier ("the", "last", "over", "early") is inside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from accord.nlp.extract.dates.lexicon import (
    DAY_PARTS, MONTHS, NUMBER_WORD, ORDINALS, SEASONS, SMALL_NUMBERS, UNIT_FORMS, VAGUE_AMOUNTS,
    WEEKDAYS,
    alternation,
)


# Patterns are lower case and run on the text with A-Z lowered (see `dates.scan`: case-insensitive
# matching is several times slower). Month and weekday names must be capitalised in the
# original text ("may" and "march" in lower case are never months): `dates.scan` checks the
# groups named in CAPITALISED.
CAPITALISED = ("month", "month2", "weekday", "days")


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
_FULL_DAYS = [d for d in WEEKDAYS if d.endswith("day")]
_ABBR_DAYS = [d for d in WEEKDAYS if not d.endswith("day")]

L = r"(?<![\w$£€#@/'])(?<!\d[.,:])"  # left edge: not inside a word, a number or an amount
R = r"(?!\w)(?!['’](?!s\b)\w)(?!-\w)(?![.,:/]\d)(?!\s*(?:%|percent\b|per\s+cent\b))"  # right edge


def month(name: str = "month") -> str:
    """A month name: "June", "JUNE", "Sept.", "Aug" before a day number."""
    full = alternation(_FULL_MONTHS)
    abbr = alternation(_ABBR_MONTHS)
    return rf"(?P<{name}>{full}(?![\w-])|{abbr}\.|{abbr}(?=\s+\d))"


def weekday(name: str = "weekday") -> str:
    return rf"(?P<{name}>{alternation(_FULL_DAYS)}|{alternation(_ABBR_DAYS)}\.)"


def day(name: str = "day") -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"


def year(name: str = "year") -> str:
    return rf"(?P<{name}>1[6-9]\d\d|20\d\d)(?![\d,.]\d)"


def year_or_short() -> str:
    """A year after a day and month: four digits, or two after an apostrophe ("7 March '24",
    "March '24"): left unread, the day was put in the year nearest the article's date (fa25)."""
    return rf"(?:{year()}|['’](?P<short_year>\d\d)(?!\d))"


SPOKEN_YEAR = (
    r"(?P<spoken>(?:nineteen|twenty)(?:\s+hundred)?(?:\s+(?:and\s+)?(?:oh\s+)?"
    + NUMBER_WORD + r")?|two\s+thousand(?:\s+and)?(?:\s+" + NUMBER_WORD + r")?)"
)
AMOUNT = (
    r"(?P<amount>\d+(?:\.\d+)?(?:\s+\d/\d)?|another|" + NUMBER_WORD + r"(?:\s+and\s+a\s+half)?"
    + r"|an?(?:\s+(?:few|couple(?:\s+of)?|dozen|hundred))?|half\s+an?|couple(?:\s+of)?|"
    + alternation(v for v in VAGUE_AMOUNTS if v not in ("a few", "a couple of", "a couple")) + ")"
)
UNIT = r"(?P<unit>" + alternation(UNIT_FORMS) + r")"
MOD = (
    r"(?:(?P<mod>more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|over|under|almost|"
    r"nearly|up\s+to|at\s+least|at\s+most|about|around|roughly|approximately|some|"
    r"upwards\s+of|an\s+estimated)\s+)?"
)
EDGE = r"(?:(?P<edge>early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|" \
       r"the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
# "[the early summer]": a determiner before "early", "late" or "mid" is inside, as in "[the
# late 1980s]".
EDGE_THE = r"(?:the\s+(?=(?:early|late|mid)[\s-]))?"
DAYPART = r"(?P<part>" + alternation(DAY_PARTS) + ")"
# A day of the month in words: "first" to "thirty-first".
DAY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
for _tens, _base in (("twenty", 20), ("thirty", 30)):
    for _word, _n in list(DAY_ORDINALS.items()):
        if _n < 10 and _base + _n <= 31:
            DAY_ORDINALS[f"{_tens}-{_word}"] = _base + _n
            DAY_ORDINALS[f"{_tens} {_word}"] = _base + _n
DAY_WORD = r"(?P<dayword>" + alternation(DAY_ORDINALS) + r")"
ORDINAL = r"(?P<ordinal>" + alternation(ORDINALS) + ")"
SEASON = r"(?P<season>" + alternation(SEASONS, plural=True) + ")"
# A time zone after a clock time is inside the TIMEX3 ("10:30 a.m. EST", "14:00 GMT").
ZONE = r"(?:\s+(?P<zone>\(?(?:[ecmp][sd]?t|gmt|utc|bst|cet|cest|local\s+time)(?!\w)\)?))?"
RANGE_SEP = r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*"

# "the" is inside a duration that is a noun ("for [the nine months]", "[the four days] he
# considered"), outside one that modifies a noun ("the [14-day] waiting period", "the [two day]
# rally", "the [third-quarter] results"): the TIMEX3 is then the modifier alone.
NOUN_THE = (r"(?:the\s+(?=(?:[^\s-]+|[a-z]+-[a-z]+)\s+(?:(?:more|further|extra|additional)\s+)?"
            r"[a-z]+s(?![\w-])))?")

# "the next year or so", "a year or two", "two weeks or more": an approximate amount, inside
# the TIMEX3.
OR_SO = r"(?:\s+(?P<orso>or\s+(?:so|more|two|three))(?![\w-]))?"
# "12 to 18 months", "two or three years", "5-7 days": an amount between two, inside the TIMEX3
# (its value is vague: PXM).
AMOUNT2 = r"(?:(?:\s*[-–]\s*|\s+(?:to|or)\s+)(?P<amount2>\d+|" + NUMBER_WORD + r")(?=\s))?"

# "recent weeks and months", "for weeks or months": one vague duration (of the first unit).
MORE_UNITS = r"(?:\s+(?:and|or)\s+(?:days|weeks|months|years|decades))?"

# Words after which a bare month name or a bare year is a date ("in May", "since 2001").
DATE_PREPOSITIONS = frozenset(
    "in on since until till by from to through during of before after between and or "
    "last next this early late mid fiscal until around about circa".split()
)


@dataclass(frozen=True)
class Rule:
    kind: str
    regex: re.Pattern
    accept: Callable[[str, re.Match], bool] | None = None


@dataclass(frozen=True)
class Candidate:
    kind: str
    start: int
    end: int
    groups: dict


def previous_word(text: str, start: int) -> str:
    """The word just before `start`, lower case ("" at the start of the text)."""
    found = re.search(r"([\w'’.-]+)[\s,]*$", text[max(0, start - 40):start])
    return found.group(1).lower().rstrip(".") if found else ""


def next_word(text: str, end: int) -> str:
    found = re.match(r"[\s,]*([\w'’-]+)", text[end:end + 40])
    return found.group(1).lower() if found else ""


# Words after which a leading "over" is the mod MORE_THAN ("for [over 30 years]", "just
# [over an hour]", "has been [over a year]"); after anything else it is the preposition of a
# span of time and stays outside ("evolved over [several years]", "used over [three years]").
_OVER_AS_MOD = frozenset(
    "for last lasts lasted lasting just in within after spent spend spends spending took take "
    "takes taking been be is was are were than".split()
)


def without_preposition(text: str, cand: Candidate) -> Candidate:
    """The candidate without a leading "over" that is a preposition, not a mod (see
    _OVER_AS_MOD): TimeML leaves prepositions outside the TIMEX3."""
    mod = cand.groups.get("mod", "")
    if mod.lower() != "over" or not text[cand.start:cand.end].lower().startswith("over"):
        return cand
    if previous_word(text, cand.start) in _OVER_AS_MOD:
        return cand
    start = cand.start + len(mod)
    while start < cand.end and text[start].isspace():
        start += 1
    groups = {k: v for k, v in cand.groups.items() if k != "mod"}
    return Candidate(cand.kind, start, cand.end, groups)


def without_capital_day_word(text: str, cand: Candidate) -> Candidate:
    """ "10 a.m. today" is one time; in "... at 10 a.m. Today, they ..." the capital opens
    another sentence: the candidate ends before "Today" (it is always the match's last word),
    which stays a date of its own."""
    word = cand.groups.get("relday")
    if not word or not text[cand.end - len(word)].isupper():
        return cand
    end = cand.start + len(text[cand.start:cand.end - len(word)].rstrip())
    groups = {k: v for k, v in cand.groups.items() if k != "relday"}
    return Candidate(cand.kind, cand.start, end, groups)


def _bare_month_ok(text: str, m: re.Match) -> bool:
    """A lone month name: "May" and "March" only after a preposition ("in May"), since they are
    also a modal and a verb; the others unless they open a sentence as a name would."""
    name = m.group("month").lower().rstrip(".")
    if m.group("det") and re.match(r"\s+[0-3]?\d(?!\d)", text[m.end():m.end() + 4]):
        return False  # "last Oct. 23": the day is the date, "last" only its tense
    before = previous_word(text, m.start())
    if before in DATE_PREPOSITIONS or m.group("edge") or m.group("det"):
        return True
    if name in ("may", "march"):
        return False
    return not re.match(r"\s+(?:[A-Z][a-z]+)", text[m.end():m.end() + 20]) or before != ""


_COUNT_BEFORE = frozenset(
    "about some nearly than over under almost approximately roughly total additional another "
    "only just least most no number No # $ the".split()
)
_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|men|women|children|troops|soldiers|shares|"
    r"tons|tonnes|feet|foot|meters|metres|miles|kilometers|km|acres|units|cars|jobs|workers|"
    r"employees|members|votes|rooms|pages|points|barrels|pounds|dollars|yen|marks|francs|"
    r"delegates|cases|deaths|homes|houses|megawatts|seats|copies|calories|times|hours|"
    r"days|years|-year|-day|-hour)\b"
)


def _year_ok(text: str, m: re.Match) -> bool:
    """A four-digit number is a year unless it counts something ("1,990" never gets here)."""
    before = previous_word(text, m.start())
    if before in _COUNT_BEFORE and not m.group("edge"):
        return before == "the" and not _COUNT_AFTER.match(text, m.end())
    return not _COUNT_AFTER.match(text, m.end())


_CLAUSE_OPENERS = frozenset(
    "the a an and or but when as after before until while this that these those it its they "
    "their he she his her we our i you there".split()
)


def _season_ok(text: str, m: re.Match) -> bool:
    """ "fall" and "spring" are verbs and nouns too: a season needs a determiner, a modifier, a
    year or a preposition in front."""
    if m.group("rel") or m.group("edge") or m.group("syear"):
        return True
    before = previous_word(text, m.start())
    if m.group("det"):
        return before in DATE_PREPOSITIONS or m.group("season").lower() not in ("fall", "spring")
    if before not in ("in", "during", "since", "until", "by", "this", "last", "next"):
        return False
    if m.group("season").lower() not in ("fall", "falls", "spring", "springs"):
        return True
    # "in spring" and "by fall" end a phrase or come before a clause; "in spring water" and "in
    # fall armyworm" are nouns
    after = re.match(r"\s*(?:([,.;:!?)]|$)|([A-Za-z]+))", text[m.end():m.end() + 20])
    return after is not None and (after.group(1) is not None or
                                  after.group(2).lower() in _CLAUSE_OPENERS)


def _not_age(text: str, m: re.Match) -> bool:
    return not re.match(r"[\s-]*old\b", text[m.end():m.end() + 8])


def _duration_ok(text: str, m: re.Match) -> bool:
    """Not an age; and in "a decade-long war" the "a" is the war's article, not an amount
    (the TIMEX3 is "decade-long", as it is "two-year" in "a two-year contract")."""
    if m.group("long") == "-long" and (m.group("amount") or "").lower() in ("a", "an"):
        return False
    return _not_age(text, m)


def _time_day(wd: str, comma_before_weekday: bool = True) -> str:
    """The day written after a clock time, inside its TIMEX3: "10 a.m. today", "noon tomorrow",
    "8 o'clock tonight", "7:15 p.m. on Tuesday", "5 p.m. EST, Nov. 6"."""
    comma = ",?" if comma_before_weekday else ""
    return (rf"(?:\s+(?P<relday>today|tomorrow|yesterday|tonight)(?![\w'’-])|"
            rf"(?:{comma}\s+(?:on\s+)?{wd})?(?:,?\s+(?:on\s+)?{month()}\s+{day()})?)")


def _compile(pattern: str) -> re.Pattern:
    """A rule's pattern between the word edges; lower case (see CAPITALISED)."""
    return re.compile(L + pattern + R)


def _rules() -> list[Rule]:
    wd, mo = weekday(), month()
    det = r"(?:(?P<det>the)\s+)?"
    rel = r"(?:(?P<rel>this|last|next|past|coming|previous|current|same)\s+)?"
    return [
        Rule("iso", _compile(r"(?P<iso>\d{4}-[01]\d-[0-3]\d)(?:t(?P<hh>[0-2]\d):(?P<mm>[0-5]\d)"
                             r"(?::[0-5]\d)?)?")),
        Rule("slash", _compile(r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})")),
        # "around Nov. 1": TimeML puts the mod APPROX inside, like "early" and "late" ("about"
        # stays out: more often the preposition, "concern about Dec. 3 votes")
        Rule("md", _compile(rf"(?:{wd},?\s+)?(?:(?P<edge>early|late|mid|around|roughly|"
                            rf"approximately)[\s-]+)?{mo}\s+{day()}(?:\s*,?\s*{year_or_short()})?")),
        # "March eighth", "Sunday, March twenty-first, nineteen ninety-eight", "the eighth of
        # March": days in words, as spoken news writes them
        Rule("md_word", _compile(rf"(?:{wd},?\s+)?{mo}\s+(?:the\s+)?{DAY_WORD}"
                                 rf"(?:\s*,?\s*(?:{year()}|{SPOKEN_YEAR}))?"), _day_word_ok),
        Rule("md_word", _compile(rf"(?:{wd},?\s+)?the\s+{DAY_WORD}\s+of\s+{mo}"
                                 rf"(?:\s*,?\s*(?:{year()}|{SPOKEN_YEAR}))?")),
        Rule("md_range", _compile(rf"{mo}\s+{day()}{RANGE_SEP}{day('day2')}"
                                  rf"(?:\s*,?\s*{year()})?")),
        # "April 28-May 3", "Dec. 30-Jan. 4, 2024": a range over a month's end, each day with
        # its month (a dash only: "April 28 and May 3" are two days, "from April 28 to May 3"
        # a start and an end)
        Rule("md_range", _compile(rf"{mo}\s+{day()}\s*[-–—]\s*{month('month2')}\s+{day('day2')}"
                                  rf"(?:\s*,?\s*{year()})?")),
        Rule("dm", _compile(rf"(?:{wd},?\s+)?(?:the\s+)?{day()}(?:\s+of)?\s+{mo}"
                            rf"(?:\s*,?\s*{year_or_short()})?")),
        Rule("dm_range", _compile(rf"{day()}{RANGE_SEP}{day('day2')}\s+{mo}(?:\s*,?\s*{year()})?")),
        Rule("my", _compile(rf"{EDGE}{mo}(?:\s*,\s*|\s+of\s+|\s+){year_or_short()}")),
        Rule("my", _compile(rf"{EDGE}{mo}(?:\s+|\s+of\s+){SPOKEN_YEAR}")),
        # "October of that year", "in March of the same year", "that December": the month of the
        # year the article named last, not the one nearest the article's date
        Rule("month_that", _compile(rf"{mo}\s+of\s+(?:that|the\s+same)\s+year")),
        Rule("month_that", _compile(rf"that\s+{mo}(?!\s+[0-3]?\d(?!\d))")),
        Rule("month", _compile(rf"{EDGE}(?:(?P<det>this|last|next)\s+)?{mo}"), _bare_month_ok),
        Rule("month_rel", _compile(rf"{mo}\s+(?P<rel>this|last|next)\s+year")),
        # "on July 12 last year", "on 4 April last year", "March 12 next year": the day in the year
        # the words name, not the nearest one to the article's date
        Rule("md_rel", _compile(rf"(?:{wd},?\s+)?{mo}\s+{day()}\s*,?\s+(?P<rel>this|last|next)\s+year")),
        Rule("md_rel", _compile(rf"(?:{wd},?\s+)?(?:the\s+)?{day()}(?:\s+of)?\s+{mo}\s*,?\s+(?P<rel>this|last|next)\s+year")),
        # "the first week of April", "the second half of May", "the last day of June"
        Rule("month_part", _compile(r"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+"
                                    r"(?P<part>half|week|weeks|days|day|ten\s+days)\s+of\s+"
                                    rf"{mo}(?:\s*,?\s*{year()})?")),
        Rule("year", _compile(rf"{EDGE}(?:(?P<fiscal>fiscal(?:\s+year)?|fy)\s*)?{year()}"),
             _year_ok),
        Rule("year_range", _compile(rf"{year()}\s*[-–/]\s*(?P<year2>\d{{2}}|\d{{4}})")),
        Rule("spoken_year", _compile(rf"(?:the\s+year\s+)?{SPOKEN_YEAR}"), _spoken_year_ok),
        Rule("decade", _compile(r"(?:the\s+(?=(?:end|beginning|start|middle)\s+of\s))?"
                                r"(?:(?P<edge>(?:end|beginning|start|middle)\s+of)\s+)?"
                                r"(?:the\s+)?(?:(?P<edge2>early|late|mid)[\s-]+)?"
                                r"(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0|'(?P<short>\d)0)'?s")),
        # "the nineties", "the late eighties", "the nineteen-nineties": a decade in words
        Rule("decade_word", _compile(r"the\s+(?:(?P<edge>early|late|mid)[\s-]+)?(?:(?P<cent>"
                                     r"eighteen|nineteen|twenty)[\s-]+)?(?P<word>"
                                     + alternation(DECADE_WORDS) + ")"), _decade_word_ok),
        # "Q3 2023", "Q3", "3Q", "H1 2024", "1H FY2024": a quarter or half in its short form
        Rule("quarter_code", _compile(r"(?P<code>q[1-4]|[1-4]q|h[12]|[12]h)(?:\s*,?\s*(?:of\s+)?"
                                      r"(?:fy\s*|fiscal\s+(?:year\s+)?)?" + year() + ")?"),
             _quarter_code_ok),
        Rule("decade_rel", _compile(r"(?:the\s+)?(?P<rel>last|past|previous|this|next|coming)"
                                    r"\s+decade")),
        Rule("century", _compile(r"(?:the\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?"
                                 r"(?:(?P<rel>this|last|next|past)|(?P<num>\d{1,2})"
                                 r"(?:st|nd|rd|th)|(?P<word>" + alternation(
                                     ["nineteenth", "twentieth", "twenty-first", "eighteenth",
                                      "seventeenth", "sixteenth", "eleventh", "twelfth"])
                                 + r"))[\s-]+century")),
        Rule("weekday", _compile(rf"(?:(?P<rel>this\s+coming|this\s+past|last|next|this|early|"
                                 rf"late|earlier|later|the\s+"
                                 rf"previous|the\s+following|the\s+next)\s+)?{wd}"
                                 rf"(?:\s+{DAYPART})?")),
        Rule("day_word", _compile(r"(?:(?P<edge>early|late|earlier|later)\s+)?(?P<word>today|"
                                  r"yesterday|tomorrow|tonight)(?:\s+" + DAYPART + ")?"),
             _not_a_programme),
        Rule("day_word", _compile(r"(?:(?P<edge>earlier|later|early|late)\s+)?(?P<word>this|last)"
                                  r"\s+" + DAYPART)),
        Rule("day_rel", _compile(r"the\s+(?P<rel>next|following|previous|preceding)\s+"
                                 r"(?:(?P<day>day)|" + DAYPART + ")")),
        Rule("day_word", _compile(r"(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after"
                                  r"\s+tomorrow)")),
        Rule("ref", _compile(r"(?P<ref>(?:right\s+)?now|currently|current|recently|lately|"
                             r"nowadays|presently|at\s+present|these\s+days|"
                             r"the\s+(?:near\s+|distant\s+)?future|the\s+past|the\s+time\s+being|the\s+(?:near|short|long)"
                             r"\s+term)"), _ref_ok),  # not "in the long run", an idiom
        Rule("unit_rel", _compile(rf"{EDGE}(?:the\s+)?(?P<rel>this\s+past|this\s+coming|this|last|"
                                  r"next|past|coming|previous|current|latest|following|same)\s+"
                                  r"(?P<unit>week|month|year|quarter|weekend|half|period|"
                                  r"fiscal\s+year)(?:\s+or\s+so(?![\w-]))?"), _not_a_programme),
        Rule("unit_rel", _compile(rf"{EDGE}(?:the\s+)?(?P<rel>this|last|next|past|coming|"
                                  r"following|previous)\s+"
                                  + SEASON + "(?P<syear>)(?P<det>)"), _season_ok),
        Rule("season", _compile(rf"{EDGE_THE}{EDGE}{det}{SEASON}(?:\s+(?:of\s+)?"
                                rf"{year('syear')})?(?P<rel>)"), _season_ok),
        Rule("season", _compile(rf"{EDGE_THE}{EDGE}{det}{SEASON}\s+of\s+{SPOKEN_YEAR}"
                                r"(?P<rel>)(?P<syear>)"), _spoken_year_ok),
        Rule("edge_unit", _compile(r"(?P<edge>the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+"
                                   r"of|the\s+middle\s+of|the\s+rest\s+of|earlier\s+in|later\s+"
                                   r"in|early\s+in|late\s+in)\s+(?P<rel>the|this|next|last)\s+"
                                   r"(?P<unit>week|month|year|quarter|decade|century)")),
        Rule("recent_units", _compile(r"(?P<rel>recent|coming|past|last|next|previous|future)\s+"
                                      r"(?P<unit>days|weeks|months|quarters|years|decades)"
                                      + MORE_UNITS)),
        Rule("span", _compile(rf"(?:the\s+)?(?P<rel>past|last|next|coming|previous|first|"
                              rf"final|following|latest)\s+{MOD}{AMOUNT}{AMOUNT2}\s+{UNIT}"
                              + OR_SO), _span_ok),
        Rule("quarter", _compile(r"(?:(?P<owner>this\s+year's|last\s+year's|next\s+year's|"
                                 r"the\s+year-(?:ago|earlier)|the(?!\s+(?:fiscal\s+)?[a-z]+-))"
                                 r"\s+)?(?:fiscal[\s-]+)?(?:(?P<pyear>1[6-9]\d\d|"
                                 r"20\d\d)\s+)?" + ORDINAL + r"(?:\s+(?P<two>two|2))?"
                                 + r"[\s-]+(?P<unit>quarter|half|period)s?"
                                 r"(?:\s+(?:of\s+)?(?:fiscal\s+)?" + year() + r"|\s+of\s+"
                                 r"(?P<qrel>this|last|next)\s+(?:fiscal\s+)?year"
                                 # "the second half of the decade", "the last half of the '80s"
                                 r"|\s+of\s+(?:the\s+)?(?:(?P<dcent>1[5-9]|20)(?P<ddec>\d)0|"
                                 r"'(?P<dshort>\d)0)'?s|\s+of\s+the\s+(?P<decade>decade))?")),
        Rule("period", _compile(r"the\s+(?:(?P<pyear>1[6-9]\d\d|20\d\d)|(?:(?:comparable|"
                                r"corresponding|same)\s+)?(?P<rel>same|"
                                r"corresponding|comparable|year-ago|year-earlier))\s+"
                                r"(?P<unit>period|quarter)(?:\s+(?P<when>last\s+year|a\s+year\s+"
                                r"(?:ago|earlier)))?")),
        Rule("period", _compile(r"(?P<when>last\s+year's)\s+(?P<unit>period|quarter)(?P<rel>)")),
        Rule("quarter_ref", _compile(r"(?:the|that)\s+(?:(?P<rel>latest|current|same|recent|"
                                     r"year-ago|year-earlier|comparable|previous|"
                                     r"prior|first|second)\s+)?(?:year's\s+)?"
                                     r"(?P<unit>quarter|period)"), _quarter_ref_ok),
        Rule("year_offset", _compile(r"(?P<word>year-earlier|year-ago|a\s+year\s+earlier|"
                                     r"a\s+year\s+ago)")),
        Rule("offset", _compile(rf"{MOD}{AMOUNT}[\s-]+{UNIT}(?P<half>\s+and\s+a\s+half)?"
                                r"(?:\s+or\s+so)?\s+"
                                r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence)")),
        Rule("offset", _compile(r"(?P<dir>earlier|later)\s+(?P<unit>that|this)\s+"
                                r"(?P<what>day|week|month|year)")),
        Rule("set", _compile(r"(?P<q>every|each|per|a|an)\s+(?:(?P<other>other)\s+)?"
                             r"(?:(?P<amount>\d+|few|several|" + NUMBER_WORD + r")\s+)?" + UNIT),
             _set_ok),
        # "every summer" XXXX-SU, "each morning" XXXX-XX-XXTMO, "on weekends" XXXX-WXX-WE
        Rule("set_part", _compile(r"(?:every|each)\s+(?:" + SEASON + "|" + DAYPART + ")")),
        Rule("set_part", _compile(r"(?P<weekends>weekends)"), _weekends_ok),
        # "two more years", "a further year", "an extra year", "another year": an added span
        Rule("duration", _compile(rf"{MOD}{NOUN_THE}{AMOUNT}{AMOUNT2}"
                                  rf"(?:\s+(?:more|further|extra|additional|straight|consecutive|"
                                  rf"successive))?[\s-]+{UNIT}"
                                  r"(?P<long>-long|\s+long)?(?:\s+and\s+a\s+half)?" + OR_SO),
             _duration_ok),
        # "a half-hour" PT30M, "a half-century" P50Y, "a quarter-century" P25Y (with its
        # article: "its quarter-century low" is a modifier)
        Rule("part_unit", _compile(r"an?\s+(?P<frac>half|quarter)[\s-](?P<unit>hour|day|year|"
                                   r"decade|century)")),
        # "a three-year period", "its one-year term", "the 90-day period": the period noun and
        # its article are inside (TimeML, as TimeBank and HeidelTime draw them)
        Rule("duration", _compile(r"(?:(?:an?|the)\s+)?(?P<amount>\d+|" + NUMBER_WORD + r")[\s-]+"
                                  + UNIT + r"\s+(?:period|term)"), _not_age),
        # "a year-long inquiry", "the weeklong strike", "a decade-long war": one unit
        Rule("long_unit", _compile(r"(?P<unit>year|month|week|day|hour|decade|century)-?long")),
        Rule("bare_units", _compile(r"(?:the\s+(?![a-z]+-long))?"
                                    r"(?P<unit>decades|years|months|weeks|centuries|"
                                    r"days|hours|minutes)" + MORE_UNITS
                                    + r"(?:(?P<long>-long)|\s+(?P<ahead>ahead|"
                                    r"to\s+come))?"), _bare_units_ok),
        Rule("vague_span", _compile(r"(?P<word>a\s+while|(?:quite\s+)?some\s+time)"),
             _vague_span_ok),
        Rule("adverb_set", _compile(r"(?P<word>daily|weekly|monthly|yearly|annually|hourly|"
                                    r"nightly|biweekly|semiannually|quarterly)"),
             _adverb_set_ok),
        Rule("set_day", _compile(rf"(?:(?P<q>every|each)\s+{wd}|{weekday('days')}s)"
                                 rf"(?:\s+{DAYPART})?")),
        Rule("set_day", _compile(rf"(?P<q>every|each)\s+{mo}")),
        Rule("time", _compile(r"(?:(?P<mod>about|around|approximately|roughly|shortly\s+"
                              r"(?:before|after)|just\s+(?:before|after))\s+)?(?P<hh>[012]?\d)"
                              r"(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)" + ZONE +
                              _time_day(wd))),
        Rule("time", _compile(r"(?P<hh>[012]?\d):(?P<mm>[0-5]\d)(?P<ampm>)" + ZONE + _time_day(wd)),
             _clock_ok),
        Rule("time", _compile(r"(?P<hh>[012]?\d)\s+(?:o'clock|in\s+the\s+(?P<part>morning|"
                              r"afternoon|evening))(?P<ampm>)" + _time_day(wd))),
        Rule("noon", _compile(r"(?:(?P<mod>about|around|shortly\s+(?:before|after))\s+)?"
                              r"(?P<word>noon|midnight|midday|mid-?afternoon|mid-?morning)"
                              + _time_day(wd, comma_before_weekday=False))),
        Rule("weekend", _compile(r"(?:(?P<rel>this|last|next|the|that)\s+)weekend")),
        Rule("holiday", _compile(r"(?P<word>christmas(?:\s+day|\s+eve)?|new\s+year's(?:\s+day|"
                                 r"\s+eve)?|thanksgiving(?:\s+day)?|independence\s+day|"
                                 r"valentine's\s+day|halloween|boxing\s+day|anzac\s+day|"
                                 r"waitangi\s+day|good\s+friday|"
                                 r"easter(?:\s+sunday|\s+monday|\s+week)?)"
                                 r"(?:\s+(?P<year>\d{4}))?")),
        # named in capitals only ("a memorial day for the victims" is none)
        Rule("holiday", _compile(r"(?P<word>labou?r\s+day|memorial\s+day|veterans['’]?\s+day|"
                                 r"martin\s+luther\s+king(?:\s+jr\.?)?\s+day|"
                                 r"presidents['’]?\s+day|columbus\s+day|mother['’]s\s+day|"
                                 r"father['’]s\s+day|bastille\s+day|armistice\s+day|"
                                 r"remembrance\s+day|may\s+day)(?:\s+(?P<year>\d{4}))?"),
             _capitalised_name),
        Rule("year_word", _compile(r"(?P<word>year-end|year\s+end|the\s+year-end|mid-?year|"
                                   r"the\s+end\s+of\s+the\s+year|the\s+full\s+year|"
                                   r"the\s+fiscal\s+year|the\s+year|the\s+new\s+year|"
                                   r"the\s+century|the\s+weekend|the\s+week|"
                                   r"the\s+day|the\s+month)(?P<rel>)"), _year_word_ok),
        Rule("age", _compile(r"\d+[\s-]+(?:year|month|week|day)s?[\s-]+old")),
    ]


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def _decade_word_ok(text: str, m: re.Match) -> bool:
    """ "the nineties" is a decade; "in the nineties" of a thermometer is not."""
    if next_word(text, m.end()) in ("degrees", "degree", "percent"):
        return False
    return not re.search(r"temperature|degrees|fahrenheit|\bheat\b|\bscored?\b|\bpoll",
                         text[max(0, m.start() - 60):m.start()].lower())


def _quarter_code_ok(text: str, m: re.Match) -> bool:
    """ "Q3" and "1H" are written in capitals ("q3" or "h1" in lower case are codes of
    something else); "3Q" alone needs a year after it."""
    code = text[m.start("code"):m.end("code")]
    if not all(c.isdecimal() or c.isupper() for c in code):
        return False
    return code[0].isalpha() or m.group("year") is not None


def _not_a_programme(text: str, m: re.Match) -> bool:
    """ "VOA Today", "NBC's Today show", ABC's "This Week": a capitalised "Today" or "This Week"
    after a broadcaster's name in capitals, a possessive or an opening quote is a programme."""
    written = text[m.start():m.end()]
    if not written[:1].isupper() or " " in written and not written.split()[-1][:1].isupper():
        return True
    before = text[max(0, m.start() - 12):m.start()]
    if re.search(r"(?:\b[A-Z]{2,}(?:-[A-Z]{2,})?|['’]s?)\s*$", before):
        return False
    # after an opening quote only a title in capitals ("This Week"): a quotation may open
    # with "Today, ..."
    return not (" " in written and re.search(r"[\"“`]+$", before))


def _day_word_ok(text: str, m: re.Match) -> bool:
    """ "March first" is a day; "May second" only with a weekday or a year, or after a
    preposition ("on May second"): otherwise "may" is a modal ("they May second the motion")."""
    if m.group("month").lower() not in ("may", "march") or m.group("weekday") or \
            m.group("year") or m.group("spoken"):
        return True
    return previous_word(text, m.start()) in DATE_PREPOSITIONS


def _spoken_year_ok(text: str, m: re.Match) -> bool:
    """ "nineteen ninety-six" is a year; "nineteen" alone or "twenty" people are numbers."""
    words = m.group("spoken").lower().replace("-", " ").split()
    if m.group(0).lower().startswith("the year"):
        return True
    if len(words) < 2 or words[0] == "two" and words[1] != "thousand":
        return False
    return words[1] in ("hundred", "oh", "thousand") or words[1] not in SMALL_NUMBERS


def _ref_ok(text: str, m: re.Match) -> bool:
    """ "now", "current", "once" and "recent" are often not about time ("current account",
    "once again", "recent arrivals" stays: TimeML marks it)."""
    ref = m.group("ref").lower()
    after = next_word(text, m.end())
    if ref == "current":  # "the current quarter", "his current wife"; not "current account"
        return after not in ("account", "accounts", "affairs", "events", "assets",
                             "liabilities") and previous_word(text, m.start()) not in (
            "electric", "electrical", "alternating", "direct", "ocean", "strong")
    if ref == "now":
        return after != "that" and previous_word(text, m.start()) != "even"
    return True


_BEFORE_A_VERB = frozenset(
    "to will would may might could can should must shall 'll did does do not cannot".split()
)


def _span_ok(text: str, m: re.Match) -> bool:
    """ "the last three months" is a span; "may last [three months]" and "likely to last
    [over a week]" are the verb "last" before a duration."""
    return not (m.group("rel").lower() == "last" and not m.group(0).lower().startswith("the")
                and previous_word(text, m.start()) in _BEFORE_A_VERB)


def _quarter_ref_ok(text: str, m: re.Match) -> bool:
    return m.group("unit").lower() == "quarter" or m.group("rel") is not None


def _bare_units_ok(text: str, m: re.Match) -> bool:
    """ "for years", "in decades", "centuries": a vague duration; "days after" is left out."""
    if m.group("long") or m.group("ahead"):
        return True
    before = previous_word(text, m.start())
    if before not in ("for", "over", "in", "within", "took", "take", "takes", "lasted"):
        return False
    pair = bool(re.search(r"\s(?:and|or)\s", m.group(0)))  # "within weeks or months of"
    return pair or next_word(text, m.end()) not in ("of", "ago", "after", "before", "later",
                                                    "earlier")


def _vague_span_ok(text: str, m: re.Match) -> bool:
    """ "for a while", "for some time": a duration of unknown length only after "for" ("some
    time next year" is another thing; "for a long time" TimeBank leaves out)."""
    return previous_word(text, m.start()) == "for" and next_word(text, m.end()) not in (
        "ago", "now", "before", "after", "to", "later", "earlier")


_BEFORE_A_NOUN = frozenset(
    "a an the its their his her our your my first second third fourth latest regular "
    "special usual".split()
)


def _adverb_set_ok(text: str, m: re.Match) -> bool:
    word = m.group("word").lower()
    if word == "quarterly":  # "paid quarterly", not "its quarterly dividend" (a report's name)
        return previous_word(text, m.start()) not in _BEFORE_A_NOUN and not \
            re.match(r"[ \t]+(?!(?:and|or|but|in|on|at|to|for|from|since|by|with|until|as|than|"
                     r"the|a|an|instead|rather)\b)[a-z]", text[m.end():m.end() + 12])
    return not (word == "daily" and text[m.start()].isupper() and previous_word(text, m.start()))


def _capitalised_name(text: str, m: re.Match) -> bool:
    return all(w[0].isupper() for w in text[m.start("word"):m.end("word")].split()
               if w[0].isalpha())


def _weekends_ok(text: str, m: re.Match) -> bool:
    """ "on weekends", "at weekends": a frequency; "three weekends" counts them."""
    return previous_word(text, m.start()) in ("on", "at", "during", "over")


def _set_ok(text: str, m: re.Match) -> bool:
    """ "a year" is a frequency after a count ("$5 a day", "twice a year"), not after "for" or
    "in"; "a quarter" of something is a share, not a period."""
    q, unit = m.group("q").lower(), m.group("unit").lower()
    if unit.startswith("quarter") and q in ("a", "an"):
        return False
    if q in ("a", "an", "per"):
        before = previous_word(text, m.start())
        if q != "per" and (not before or before in _NOT_FREQUENCY or before.isalpha() and
                           before not in _FREQUENCY_WORDS and not _plural_noun(before)):
            return False
        return not m.group("amount") and unit in ("day", "week", "month", "year", "hour",
                                                  "night", "minute", "quarter")
    return True


_NOT_FREQUENCY = frozenset(
    "for in within about over than only just after before of nearly almost around half "
    "least most took take takes lasted spent spend last past next first second".split()
)
# "twice a year", and an amount of money or things per unit: "$500 million a year"
_FREQUENCY_WORDS = frozenset("once twice thrice times hundred thousand million billion trillion "
                             "dozen".split())


def _plural_noun(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _clock_ok(text: str, m: re.Match) -> bool:
    """ "at 10:30" is a time of day; "3:1" or "7:15" as a score is not."""
    return previous_word(text, m.start()) in ("at", "by", "until", "from", "around", "about",
                                              "before", "after", "till", "to")


def _year_word_ok(text: str, m: re.Match) -> bool:
    word = " ".join(m.group("word").lower().split())
    if word == "the year":
        return next_word(text, m.end()) in ("ended", "ending", "to")
    if word in ("midyear", "mid-year"):  # "by midyear", not "midyear results" (a report's name)
        return previous_word(text, m.start()) in ("by", "until", "at", "around", "before", "after",
                                                  "since", "in", "through")
    return word in ("year-end", "year end", "the year-end", "the full year", "the fiscal year",
                    "the new year")


RULES = _rules()
