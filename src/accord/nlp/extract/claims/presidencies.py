"""The EU's rotating presidency: "Sweden is the current president of the EU", "Sweden holds the
rotating presidency of the EU", "Spain took over the presidency of the Council of the EU on 1 July".

A state holds the presidency of the Council of the EU for six months, in an order fixed years
ahead (eu.yaml, `holds_presidency`), so the KB settles who held it on any day of 2017-2026.
Statement: `state:SWE – holds_presidency – org:EU`, dated by the clause's own time, else the
article's date. Checked (CHECKS): supported when the state held it on some day of the claim's
time, contradicted when the KB lists the holders of all that time and the state is not among them
(a state that is not an EU member, or another member). A denied one ("Hungary does not hold / no
longer holds the presidency") is checked by checking what it denies (_negation.FLIPPED):
contradicted when the state held it then, else `new`; "not ... until January" is a date, not read.
The subject may be "whose country" on a person (_whose_country). Not read: the presidency of
anything else ("the president of the European Commission", "the presidency of the G7"); "will
hold the presidency in 2026" is read as a plan and checked at its own date only when given.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accord.kb import temporal
from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._whose_country import whose_state
from accord.nlp.extract.claims.grammar import (Context, aux_words, clause_tokens, make, negated, not_until,
                                               own_times, qualifiers, subject_entities)

ORDER = 60
EU = "org:EU"
HOLD_VERBS = {"hold", "assume", "take", "chair", "have", "lead"}
COUNCIL_WORDS = {"council", "eu", "union", "european"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for tok in sent:
        verb = _claiming_verb(ctx, tok)
        if verb is None or not_until(verb):
            continue  # "Poland does not hold the presidency until January": a date, no denial
        states = subject_entities(ctx, verb, ("state:",)) or whose_state(ctx, verb)
        if len(states) != 1:
            continue
        times = _one(qualifiers(ctx, clause_tokens(verb))) or _half_year(ctx, verb)
        if not times and (verb.tag_ == "VBD" or aux_words(verb) & {"did", "had"}):
            continue  # "Hungary held / did not hold the presidency" (some past term): not of the article's day
        out.append(make(ctx, states[0], "holds_presidency", EU, [tok, verb], verb, negated(verb), times=times))
    return out


HALF_YEAR = re.compile(r"^(\d{4})-H([12])$")


def _half_year(ctx: Context, verb: Token) -> dict:
    """ "in the second half of 2024" (a TIMEX half year, which `qualifiers` does not keep): the
    presidency's own unit, as its first and last month."""
    for time in own_times(ctx, clause_tokens(verb)):
        found = HALF_YEAR.match(str(time.data.get("value") or ""))
        if found:
            year, first = found.group(1), 1 if found.group(2) == "1" else 7
            return {"start": TimeQualifier(f"{year}-{first:02d}", "month"),
                    "end": TimeQualifier(f"{year}-{first + 5:02d}", "month")}
    return {}


def _claiming_verb(ctx: Context, tok: Token) -> Token | None:
    """The verb of "X is the (current) president of the EU" (`tok` "president") or of "X holds /
    took over the (rotating) presidency of the EU" (`tok` "presidency"), when the office is the
    EU's (its "of" phrase or a modifier names the EU or the Council of the EU)."""
    word = tok.lower_
    if word == "president" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        return tok.head if _of_the_eu(ctx, tok) else None
    if word == "presidency" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in HOLD_VERBS:
        if tok.head.lemma_.lower() == "take" and not any(c.lower_ == "over" for c in tok.head.children):
            return None
        return tok.head if _of_the_eu(ctx, tok) else None
    return None


def _of_the_eu(ctx: Context, noun: Token) -> bool:
    """The noun's "of" phrase or its modifiers name the EU ("of the EU", "of the Council of the
    European Union", "the EU presidency") and nothing else."""
    words = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    words += [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    ents = {ctx.entity(t) for t in words} - {None}
    if ents and ents != {EU}:
        return False
    return EU in ents or ({t.lower_ for t in words} >= {"council", "european"})


def _one(times: dict) -> dict:
    """A date the clause gives, as one point in time (a span keeps its start and end)."""
    return times if ("start" in times and "end" in times) or "point_in_time" in times else {}


def check_presidency(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    facts = checker.kb.facts(property="holds_presidency", value=st.value)
    if not facts or st.polarity == "negated":
        return None
    lo = st.start or st.point_in_time or (on and _tq(on))
    hi = st.end or st.point_in_time or (on and _tq(on))
    if lo is None or hi is None:
        return None
    # a presidency's `end` is its successor's first day: the span is [start, end)
    first_day, last_day = temporal.lower(lo.value), temporal.upper(hi.value)
    during = [f for f in facts if first_day < f.end.value and last_day >= f.start.value]
    state = checker.name(st.subject)
    if any(f.subject == st.subject for f in during):
        mine = next(f for f in during if f.subject == st.subject)
        return Verdict("supported", f"{state} held the presidency of the Council of the EU from {mine.start.value} "
                       f"to {mine.end.value}.", [fact_evidence(mine)])
    first = min(f.start.value for f in facts)
    last = max(f.end.value for f in facts)
    if not during or temporal.lower(lo.value) < first or temporal.upper(hi.value) >= last:
        return None  # outside the years the KB lists
    holders = ", ".join(f"{checker.name(f.subject)} ({f.start.value} to {f.end.value})" for f in during)
    return Verdict("contradicted_by_kb", f"The claim gives {state} the presidency of the Council of the EU, but it "
                   f"was held by {holders}.", [fact_evidence(f) for f in during])


def _tq(on: str):
    from accord.model import TimeQualifier

    text = str(on)[:10]
    return TimeQualifier(text, {4: "year", 7: "month"}.get(len(text), "day"))


def _words(name, st: Statement) -> str:
    when = st.point_in_time or st.start
    return f"{name(st.subject)} holds the presidency of the Council of the EU" + (f" ({when.value})" if when else "")


CHECKS = {"holds_presidency": check_presidency}
WORDS = {"holds_presidency": _words}
