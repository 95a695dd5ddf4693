"""How many days a summit lasted, told by its noun: "the two-day NATO summit in Vilnius", "a
three-day summit meeting". Not a claim family: `summits` reads it on a noun it has linked to a KB
event and makes `lasted_days` (event -> "2").

Check: the KB's `took_place_on` of the event, both ends dated to the day (a single day when it
has no end): the days from the first to the last, counted inclusively. A summit that opens with
a leaders' dinner is written one day shorter as often as not (NATO's Madrid summit, 28-30 June
2022, is "the two-day summit" of most reports), so N agrees from the KB's count less one up to the
count; outside that it is contradicted.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from accord.model import Statement
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod
from accord.nlp.extract.claims.grammar import Context, make, negated
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

SHORTER = 1  # days a report may leave out (an opening dinner)


def days_long(noun: Token) -> tuple[int, Token] | None:
    """"two-day" / "2-day" before the noun (or before the noun it is a compound of): (N, "day")."""
    heads = [noun, *[c for c in noun.children if c.dep_ == "compound"]]
    for head in heads:
        for c in head.lefts:
            day = next((t for t in c.subtree if t.lemma_.lower() == "day" and t.i < noun.i), None)
            if day is None or day.tag_ in ("NNS", "NNPS"):
                continue
            num = nummod(day)
            hyphen = num is not None and day.i >= 2 and day.doc[day.i - 1].text in ("-", "‐")
            value = cardinal(num) if num is not None and not approximate(num) else None
            if value and hyphen and 0 < value < 10:
                return value, day
    return None


def lasted(ctx: Context, noun: Token, event: str, verb: Token, confidence: dict) -> list[Statement]:
    found = days_long(noun)
    if found is None:
        return []
    value, day = found
    return [make(ctx, event, "lasted_days", str(value), [day, noun], verb, negated(verb),
                 confidence=confidence, modality="fact")]


def _day(t) -> date | None:
    if t is None or timecmp.bounds(t.value) is None:
        return None
    lo, hi = timecmp.bounds(t.value)
    return lo if lo == hi else None


def check_lasted(checker, st: Statement, on: str | None) -> Verdict | None:
    facts = checker.kb.facts(subject=st.subject, property="took_place_on")
    if len(facts) != 1 or not st.value.isdecimal() or st.polarity != "affirmed":
        return None
    fact = facts[0]
    first = _day(fact.start or fact.point_in_time)
    last = _day(fact.end) if fact.end is not None else first
    if first is None or last is None:
        return None
    days, said = (last - first).days + 1, int(st.value)
    name = checker.name(st.subject)
    span = f"{first.isoformat()} to {last.isoformat()}" if days > 1 else first.isoformat()
    if days - SHORTER <= said <= days:
        return Verdict("supported", f"{name} took place {span}: {days} day{'s' if days > 1 else ''}.",
                       [fact_evidence(fact)])
    return Verdict("contradicted_by_kb", f"{name} took place {span}: {days} day{'s' if days > 1 else ''}, "
                   f"not {said}.", [fact_evidence(fact)])


def words(name, st) -> str:
    return f"{name(st.subject)} lasted {st.value} day{'s' if st.value != '1' else ''}"
