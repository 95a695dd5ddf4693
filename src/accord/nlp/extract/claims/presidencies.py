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
The subject may be "whose country" on a person (_whose_country). "will hold the presidency in
2026" is read as a plan and checked at its own date only when given.

The G7's and the G20's presidencies (presidencies.yaml) are read the same way ("Japan holds the
G7 presidency", "India, which chairs the G20 this year"), and so is a presidency named as a noun
with its state (`_named_presidency`: "under the Swedish presidency of the Council of the EU",
"Poland's EU presidency wants ...", "the current Italian G7 presidency"), dated by its clause's
own time, else the article's date when the clause is in the present (or the presidency is the
"current" one); a past or future clause without a date, a presidency "incoming", "outgoing",
"next" or "former", and a noun that is not the subject nor under "under" / "during" are not
read ("ahead of Poland's presidency", "Poland's presidency starts in January"). Not read: the
presidency of anything else ("the president of the European Commission", a state's presidency as
its head of state's office: "the Polish presidency" with no grouping named).
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
ROTATING = {EU, "org:G7", "org:G20"}  # the groupings whose presidencies the KB lists (eu.yaml, presidencies.yaml)
HOLD_VERBS = {"hold", "assume", "take", "chair", "have", "lead"}
COUNCIL_WORDS = {"council", "eu", "union", "european"}
# a presidency that is not the one of the day: "the incoming Polish presidency", "the former Swedish presidency"
OTHER_TERM = {"incoming", "outgoing", "next", "former", "previous", "past", "upcoming", "future", "forthcoming",
              "last", "new", "coming", "then", "prior", "first", "second", "earlier", "later", "succeeding",
              "preceding"}
NOW_WORDS = {"current", "present", "ongoing", "sitting"}
# the verbs of a presidency's own start or end: "Poland's presidency starts in January" (a day to come)
BOUNDARY_VERBS = {"begin", "start", "end", "open", "close", "conclude", "finish", "launch", "kick", "run", "last",
                  "follow", "precede", "expire", "take", "hand", "pass", "succeed", "come", "wrap", "draw"}
NOUN_PREPS = {"under", "during"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for tok in sent:
        found = _claiming_verb(ctx, tok)
        if found is None:
            out += _named_presidency(ctx, tok)
            continue
        verb, org = found
        if not_until(verb):
            continue  # "Poland does not hold the presidency until January": a date, no denial
        states = subject_entities(ctx, verb, ("state:",)) or whose_state(ctx, verb)
        if len(states) != 1:
            continue
        times = _one(qualifiers(ctx, clause_tokens(verb))) or _half_year(ctx, verb)
        if not times and (verb.tag_ == "VBD" or aux_words(verb) & {"did", "had"}):
            continue  # "Hungary held / did not hold the presidency" (some past term): not of the article's day
        out.append(make(ctx, states[0], "holds_presidency", org, [tok, verb], verb, negated(verb), times=times))
    return out


def _named_presidency(ctx: Context, noun: Token) -> list[Statement]:
    """ "under the Swedish presidency of the Council of the EU", "Poland's EU presidency said on
    Tuesday", "the current Japanese G7 presidency": the state that held the presidency then (the
    module's docstring says when the time is the clause's or the article's)."""
    if noun.lemma_.lower() != "presidency" or noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ in ("NNS", "NNPS"):
        return []
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "advmod", "nummod")}
    if mods & OTHER_TERM:
        return []
    states = [e for c in noun.children if c.dep_ in ("poss", "amod", "compound")
              for e in [ctx.entity(c)] if e and e.startswith("state:")]
    org = _org_named(ctx, noun, skip_states=True)
    if len(set(states)) != 1 or org is None:
        return []
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in NOUN_PREPS and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
    else:
        return []
    if verb.lemma_.lower() in BOUNDARY_VERBS or not_until(verb):
        return []
    times = _one(qualifiers(ctx, clause_tokens(verb))) or _half_year(ctx, verb)
    if not times and not (mods & NOW_WORDS or _present(verb)):
        return []  # "under the Czech presidency, ministers agreed" (some past term), "will meet": not of the day
    return [make(ctx, states[0], "holds_presidency", org, [noun], verb, False, times=times)]


def _present(verb: Token) -> bool:
    """A clause in the present, not a plan: "wants", "is pushing", "is expected"."""
    aux = aux_words(verb)
    if aux & {"will", "would", "could", "might", "should", "shall", "may", "must", "can", "did", "had", "was",
              "were", "has", "have", "'ve", "'s", "to", "going"}:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ in ("VBG", "VBN") and bool(aux & {"is", "are", "am"})


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


def _claiming_verb(ctx: Context, tok: Token) -> tuple[Token, str] | None:
    """The verb and the grouping of "X is the (current) president of the EU" (`tok` "president"),
    of "X holds / took over the (rotating) presidency of the EU" (`tok` "presidency"), when the
    office is one of a grouping in ROTATING (its "of" phrase or a modifier names it, or the
    Council of the EU), or of "Japan chairs the G7" (`tok` the grouping)."""
    word = tok.lower_
    org = None
    if word == "president" and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        org = _org_named(ctx, tok)
    elif word == "presidency" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in HOLD_VERBS:
        if tok.head.lemma_.lower() == "take" and not any(c.lower_ == "over" for c in tok.head.children):
            return None
        org = _org_named(ctx, tok)
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() == "chair" and ctx.entity(tok) in ROTATING - {EU}:
        org = ctx.entity(tok)  # "Italy chairs the G7 this year" (the EU's is chaired by "the presidency")
    return (tok.head, org) if org is not None else None


def _org_named(ctx: Context, noun: Token, skip_states: bool = False) -> str | None:
    """The grouping of ROTATING the noun's "of" phrase or its modifiers name ("of the EU", "of the
    Council of the European Union", "the EU presidency", "the G7's presidency") and nothing else
    (the state whose presidency it is aside, when `skip_states`)."""
    deps = ("compound", "amod", "nmod", "poss") if skip_states else ("compound", "amod", "nmod")
    words = [t for c in noun.children if c.dep_ in deps for t in c.subtree]
    words += [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    ents = {ctx.entity(t) for t in words} - {None}
    if skip_states:
        ents = {e for e in ents if not e.startswith("state:")}
    if len(ents) == 1 and ents <= ROTATING:
        return next(iter(ents))
    if not ents and {t.lower_ for t in words} >= {"council", "european"}:
        return EU
    return None


def _one(times: dict) -> dict:
    """A date the clause gives, as one point in time (a span keeps its start and end)."""
    return times if ("start" in times and "end" in times) or "point_in_time" in times else {}


def check_presidency(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    facts = checker.kb.facts(property="holds_presidency", value=st.value)
    office = _office(checker, st.value)
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
        return Verdict("supported", f"{state} held {office} from {mine.start.value} "
                       f"to {mine.end.value}.", [fact_evidence(mine)])
    first = min(f.start.value for f in facts)
    last = max(f.end.value for f in facts)
    if not during or temporal.lower(lo.value) < first or temporal.upper(hi.value) >= last:
        return None  # outside the years the KB lists
    holders = ", ".join(f"{checker.name(f.subject)} ({f.start.value} to {f.end.value})" for f in during)
    return Verdict("contradicted_by_kb", f"The claim gives {state} {office}, but it "
                   f"was held by {holders}.", [fact_evidence(f) for f in during])


def _office(checker, org: str) -> str:
    return "the presidency of the Council of the EU" if org == EU else f"the presidency of the {checker.name(org)}"


def _tq(on: str):
    from accord.model import TimeQualifier

    text = str(on)[:10]
    return TimeQualifier(text, {4: "year", 7: "month"}.get(len(text), "day"))


def _words(name, st: Statement) -> str:
    when = st.point_in_time or st.start
    office = "the Council of the EU" if st.value == EU else name(st.value)
    return f"{name(st.subject)} holds the presidency of {office}" + (f" ({when.value})" if when else "")


CHECKS = {"holds_presidency": check_presidency}
WORDS = {"holds_presidency": _words}
