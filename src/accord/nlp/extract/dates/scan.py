"""Running the grammar fast: each rule only near the words it needs, then the choice among matches.

Python's regex engine tries a pattern at every position of the text, so 50 rules over a whole
article cost far more than the spaCy pipeline around them. But every rule needs some word of
its own ("June", "Tuesday", a digit, "year", "now"...): one pass over the words finds them, and
each rule runs only in windows around its trigger words. Matching is on the text with A-Z
lowered (the same length, so offsets hold); case matters only for month and weekday names,
checked here on the original text.
"""

from __future__ import annotations

import re

from accord.nlp.extract.dates.grammar import (
    CAPITALISED, DECADE_WORDS, RULES, Candidate, Rule, without_capital_day_word,
    without_preposition,
)
from accord.nlp.extract.dates.lexicon import DAY_PARTS, MONTHS, SEASONS, UNIT_FORMS, WEEKDAYS

_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORD = re.compile(r"[a-z]+|\d+")
# How far a match may reach before and after its trigger word ("no more than twenty-five
# years", "10:35 a.m. on Friday, Nov. 6").
BEFORE, AFTER = 50, 50

_CLASSES: dict[str, tuple[str, ...]] = {
    "month": tuple(MONTHS),
    "weekday": tuple(WEEKDAYS) + tuple(d + "s" for d in WEEKDAYS if d.endswith("day")),
    "unit": tuple(UNIT_FORMS) + ("half", "period", "halves", "periods", "yearlong", "monthlong",
                                 "weeklong", "daylong", "hourlong", "decadelong", "centurylong",
                                 "midyear"),
    "season": tuple(SEASONS) + tuple(s + "s" for s in SEASONS),
    "day": tuple(DAY_PARTS) + ("today", "yesterday", "tomorrow", "tonight", "noon", "midnight",
                               "midday", "midafternoon", "midmorning"),
    "ref": ("now", "current", "currently", "recently", "lately", "nowadays", "presently",
            "present", "future", "past", "term", "run", "being", "days"),
    "spoken": ("nineteen", "twenty", "thousand"),
    "adverb": ("daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly",
               "biweekly", "semiannually", "quarterly"),
    "vague": ("while", "time"),
    "decade": tuple(DECADE_WORDS),
    "holiday": ("christmas", "new", "thanksgiving", "independence", "valentine", "halloween",
                "boxing", "anzac", "waitangi", "easter", "labor", "labour", "memorial", "veterans",
                "martin", "presidents", "columbus", "mother", "father", "bastille", "armistice",
                "remembrance"),
}
TRIGGER_CLASSES: dict[str, set[str]] = {}
for _name, _words in _CLASSES.items():
    for _word in _words:
        TRIGGER_CLASSES.setdefault(_word, set()).add(_name)

# The trigger classes of each rule kind: a match of the kind always contains such a word.
RULE_TRIGGERS = {
    "iso": ("digit",), "slash": ("digit",), "year": ("digit",), "year_range": ("digit",),
    "decade": ("digit",), "time": ("digit",), "age": ("digit",),
    "md": ("month",), "md_range": ("month",), "md_word": ("month",), "dm": ("month",), "dm_range": ("month",),
    "my": ("month",), "month": ("month",), "month_that": ("month",), "month_rel": ("month",), "md_rel": ("month",), "month_part": ("month",),
    "spoken_year": ("spoken",), "weekday": ("weekday",), "set_day": ("weekday", "month"),
    "day_word": ("day",), "day_rel": ("day", "unit"), "noon": ("day",), "ref": ("ref",),
    "season": ("season",), "unit_rel": ("unit", "season"), "decade_word": ("decade",),
    "quarter_code": ("digit",), "adverb_set": ("adverb",),
    "holiday": ("holiday", "weekday", "month"),  # "Good Friday", "May Day"
    "vague_span": ("vague",),
    "set_part": ("season", "day", "unit"),
}
for _rule in RULES:
    RULE_TRIGGERS.setdefault(_rule.kind, ("unit",))


def lowered(text: str) -> str:
    """text with A-Z lowered and nothing else changed, so offsets are the same."""
    return text.translate(_LOWER)


def windows(low: str) -> dict[str, list[tuple[int, int]]]:
    """{trigger class: merged (start, end) windows around its words}."""
    spans: dict[str, list[list[int]]] = {}
    for m in _WORD.finditer(low):
        word = m.group()
        classes = ("digit",) if word[0].isdecimal() else TRIGGER_CLASSES.get(word, ())
        for name in classes:
            start, end = max(0, m.start() - BEFORE), min(len(low), m.end() + AFTER)
            merged = spans.setdefault(name, [])
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
    return {name: [(a, b) for a, b in found] for name, found in spans.items()}


def candidates(text: str) -> list[Candidate]:
    """Every accepted match of every rule near its triggers, overlapping ones included."""
    low = lowered(text)
    around = windows(low)
    found: dict[tuple, Candidate] = {}
    for rule in RULES:
        for start, end in _rule_windows(rule, around):
            for m in rule.regex.finditer(low, start, end):
                key = (rule.kind, m.start(), m.end())
                if key not in found and _acceptable(rule, text, m):
                    found[key] = without_capital_day_word(text, without_preposition(
                        text, Candidate(rule.kind, m.start(), m.end(), _groups(m))))
    return list(found.values())


def _rule_windows(rule: Rule, around: dict) -> list[tuple[int, int]]:
    names = RULE_TRIGGERS[rule.kind]
    if len(names) == 1:
        return around.get(names[0], [])
    return sorted(w for name in names for w in around.get(name, []))


def _acceptable(rule: Rule, text: str, m: re.Match) -> bool:
    if m.end() <= m.start():
        return False
    for name in CAPITALISED:
        at = m.start(name) if name in rule.regex.groupindex else -1
        if at >= 0 and not text[at].isupper():
            return False
    return rule.accept is None or rule.accept(text, m)


def _groups(m: re.Match) -> dict:
    return {k: v for k, v in m.groupdict().items() if v is not None}


_ORDER = {rule.kind: i for i, rule in enumerate(RULES)}


def choose(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first (then leftmost, then rule order). An "age"
    match ("30-year-old") only blocks the shorter durations inside it."""
    ranked = sorted(found, key=lambda c: (-(c.end - c.start), c.start, _ORDER[c.kind]))
    taken: list[Candidate] = []
    for cand in ranked:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted((c for c in taken if c.kind != "age"), key=lambda c: c.start)

