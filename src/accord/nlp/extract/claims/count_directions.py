"""The direction of a change of an organisation's size (neg25): "NATO grew to 32 members",
"the EU's membership fell to 27 when Britain left", "the bloc shrank to 27 members", "NATO
expanded to 31 allies in April 2023".

Read: a verb of growing (grow, rise, expand, increase, climb, swell) or of shrinking (shrink,
fall, drop, decrease, decline, contract, dwindle) with a "to" phrase whose number the counts
family reads as the organisation's whole membership (counts.py `member_count`). Statement:
`member_count_change`, the organisation -> "N:up" / "N:down", with the count's own times; the
count itself stays the counts family's. Not read: a change "by N" (no size given), a number
that is not the membership ("fell to 27 percent"), any verb other than these.

Checked (`check`): the days the size became N (its size the day before another) from the KB's
members (member_of), those inside the claim's own time when it is dated, else every one up to
the article's day (undated, "the EU grew to 27 members" may tell 2007 in an article of 2021,
after it shrank to 27 in 2020); a direction all of them share is supported, the other direction
contradicted, only where the KB's list of members is complete from the day before the first of
them to the last (_membership.complete). No arrival at N: no verdict (the count's own check
judges the number). Sizes only ever grown to ("NATO fell to 32") make the commonest reversal
checkable; the EU's 27 (reached growing in 2007, shrinking in 2020) is judged only when dated.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.kb import temporal
from accord.model import Statement
from accord.nlp.extract.claims import counts
from accord.nlp.extract.claims._membership import complete
from accord.nlp.extract.claims._numbers import cardinal
from accord.nlp.extract.claims.grammar import Context, negated
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 26
PROPERTY = "member_count_change"
UP = frozenset({"grow", "rise", "expand", "increase", "climb", "swell"})
DOWN = frozenset({"shrink", "fall", "drop", "decrease", "decline", "contract", "dwindle"})


def extract(ctx: Context, sent: Span) -> list[Statement]:
    changes = {n: way for verb in sent if (way := _direction(verb)) for n in _to_numbers(verb)}
    if not changes:
        return []
    out: list[Statement] = []
    for st in counts.extract(ctx, sent):
        if st.property != "member_count" or not st.value.isdecimal():
            continue
        found = changes.get(int(st.value))
        if found is not None:
            way, verb = found
            denied = negated(verb) != (st.polarity == "negated")
            out.append(replace(st, property=PROPERTY, value=f"{st.value}:{way}",
                               polarity="negated" if denied else "affirmed"))
    return out


def _direction(verb: Token) -> tuple[str, Token] | None:
    """("up" | "down", the verb) of a verb of growing or shrinking."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in UP | DOWN:
        return None
    return ("up" if lemma in UP else "down"), verb


def _to_numbers(verb: Token) -> list[int]:
    """The numbers of the verb's own "to" phrase: "to 32", "to 32 members"."""
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            nums = [obj] if obj.like_num else [c for c in obj.children if c.dep_ == "nummod" and c.like_num]
            found += [n for n in (cardinal(t) for t in nums) if n is not None]
    return found


def _size(facts, day: str) -> int:
    """How many members the organisation had on `day`."""
    return len({f.subject for f in facts if temporal.active(f.start, f.end, f.point_in_time, day)})


def arrivals(facts, number: int) -> list[tuple[str, str]]:
    """(day, "up" | "down") of every day the size became `number`, oldest first."""
    days = sorted({temporal.lower(t.value) for f in facts for t in (f.start, f.end) if t is not None})
    out = []
    for day in days:
        before = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
        was, now = _size(facts, before), _size(facts, day)
        if now == number and was != number:
            out.append((day, "up" if was < number else "down"))
    return out


def check(checker, st: Statement, on: str | None) -> Verdict | None:
    """The stated direction against the way the KB's size reached the number (module docstring)."""
    number, _, way = st.value.partition(":")
    facts = checker.kb.facts(property="member_of", value=st.subject)
    when = st.point_in_time or st.start
    if not facts or not number.isdecimal() or (when is None and not on):
        return None
    found = arrivals(facts, int(number))
    if when is not None:
        lo, hi = temporal.lower(when.value), temporal.upper(when.value)
        found = [a for a in found if lo <= a[0] <= hi]
    else:
        found = [a for a in found if a[0] <= temporal.upper(on)]  # undated: any time up to the article's day
    if not found or len({w for _, w in found}) != 1:
        return None
    first = (date.fromisoformat(found[0][0]) - timedelta(days=1)).isoformat()
    if not complete(checker.kb, st.subject, "member_of", first, found[-1][0]):
        return None
    day, real = found[-1]
    name = checker.name(st.subject)
    words = {"up": "grew", "down": "shrank"}
    evidence = [fact_evidence(f) for f in facts for t in (f.start, f.end)
                if t is not None and temporal.lower(t.value) == day][:3]
    agrees = (real == way) == (st.polarity == "affirmed")
    if agrees:
        return Verdict("supported", f"{name} {words[real]} to {number} members on {day}.", evidence)
    if st.modality != "fact":
        return None
    return Verdict("contradicted_by_kb", f"{name} {words[real]} to {number} members on {day}, but the claim "
                   f"says it {words[way]}" + (" (denied)" if st.polarity == "negated" else "") + ".", evidence)


def describe(name, st: Statement) -> str:
    """ "NATO grew to 32 members"."""
    number, _, way = st.value.partition(":")
    verb = "grew" if way == "up" else "shrank"
    return f"{name(st.subject)} {'did not ' + verb if st.polarity == 'negated' else verb} to {number} members"


CHECKS = {PROPERTY: check}
WORDS = {PROPERTY: describe}
