"""Returns to an office: "X returned to power in December 2023", "X returned as prime minister on
D", "X, who came back to power in 2023,", "X swept back to office in October 2023".

A return says two things: X took the office up on the day written (`took_office`, checked as
every start is: one of X's own terms begins then, else a contradiction where the KB's list of
the office's holders is complete that day; not read when one of X's terms in the KB runs through
the whole written time: "returned as prime minister in May 2022" of a holder re-elected in office
is a new mandate, not a new term) and X had held it before (`held_office` with `end`
that day: a term of X's over by then). The second is read unsure (`date` 0.4, never flagged):
the KB's lists of holders start in 2014 for most offices, and an earlier term may be older than
the list ("Tusk returned to power in December 2023" after his 2007-2014 term).

The office: the title written ("as T", "to the post of T") with its state or organisation (as
terms.office_of finds it); "to power", "to the premiership", "to the presidency", "to the helm":
the one office of a head of state or government the KB lists for X (when several, the one whose
term X began in the written time, within a few days); "to office", "to the post": the one office
the KB lists for X. Not read: an undated return (which term?), a return to a place ("returned to
Kyiv as prime minister", "returned home / from Brussels as T" are trips), negations and plans ("is expected to return to power"), a
subject that is not one person the KB knows ("the party returned to power").
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._office_states import office_kind
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, qualifiers
from accord.nlp.extract.claims.terms import UNTITLED, office_of, people_of, title_heads
from accord.reconcile import timecmp

ORDER = 52
VERBS = frozenset({"return", "come", "sweep", "storm", "bounce", "get"})  # "returned", "came / swept back"
BACK = frozenset({"return"})  # a verb that says "back" itself; the others need "back"
POWER = frozenset({"power", "premiership", "presidency", "helm", "leadership"})
POST = frozenset({"office", "post", "position"})  # bare "to office"; "to his office" is a room
LEADING = frozenset({"head_of_state", "head_of_government", "head_of_state_and_government"})
TRIP = frozenset({"home", "there", "here", "from"})
EARLIER = 0.4  # the earlier term may be older than the KB's list: never flagged
LATE = 3  # days around a written month or year in which the term must begin


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() not in VERBS or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in BACK and not any(c.dep_ in ("advmod", "prt") and c.lower_ == "back"
                                                       for c in verb.children):
            continue
        if negated(verb) or modality(verb) != "fact":
            continue
        out += _return(ctx, verb)
    return out


def _to_what(verb: Token) -> Token | None:
    """The noun after "to" ("returned to power", "came back to the premiership"), also under
    "back" ("came back to power": "to" may hang on "back")."""
    holders = [verb] + [c for c in verb.children if c.lower_ == "back"]
    for h in holders:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in (p for p in prep.children if p.dep_ == "pobj"):
                return obj
    return None


def _return(ctx: Context, verb: Token) -> list[Statement]:
    target = _to_what(verb)
    word = target.lemma_.lower() if target is not None else None
    if target is not None and word not in POWER | POST:
        return []  # "returned to Kyiv (as prime minister)": a trip, not a term
    if word in POST and any(c.dep_ in ("poss", "det") for c in target.children):
        return []  # "returned to his office", "to the office after a break": a place, or work resumed
    if any(c.dep_ == "dobj" for c in verb.children):
        return []  # "returned the favour", "returned fire"
    if any(c.lower_ in TRIP for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep")):
        return []  # "returned home as prime minister", "returned from Brussels as T": a trip
    heads = title_heads(verb)
    if target is None and not heads:
        return []  # "X returned on Monday": from where?
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ not in ("who", "he", "she") and \
            not str(ctx.entity(subject) or "").startswith("person:"):
        return []  # "the party of X returned to power": the party's return, not X's term
    people = people_of(ctx, verb)
    if len(people) != 1 or not ctx.kb.has(people[0]):
        return []
    person = people[0]
    times = qualifiers(ctx, clause_tokens(verb))
    when = times.get("point_in_time") or times.get("start")
    if when is None or timecmp.bounds(when.value) is None:
        return []
    if heads:
        office, attachment = office_of(ctx, verb, person)
    else:
        office, attachment = _untitled(ctx, person, word, when)
    if office is None or _kept_throughout(ctx, person, office, when):
        return []
    sure = {"attachment": attachment} if attachment < 1.0 else None
    return [make(ctx, person, "took_office", office, [verb], verb, times={"point_in_time": when}, confidence=sure),
            make(ctx, person, "held_office", office, [verb], verb, times={"end": when},
                 confidence={**(sure or {}), "date": EARLIER})]


def _untitled(ctx: Context, person: str, word: str | None, when) -> tuple[str | None, float]:
    """The office returned to with no title written: of a head of state or government for
    "power" and its kin, any for "office" and its kin; the one the KB lists for the person, else
    the one whose term the person began in the written time."""
    offices = {f.value for f in ctx.kb.facts(subject=person, property="holds_office")}
    if word in POWER:
        offices = {o for o in offices if office_kind(ctx.kb, o) in LEADING}
    if len(offices) > 1:
        low, high = timecmp.bounds(when.value)
        low, high = low - timedelta(days=LATE), high + timedelta(days=LATE)
        offices = {f.value for f in ctx.kb.facts(subject=person, property="holds_office")
                   if f.value in offices and f.start is not None and timecmp.bounds(f.start.value)
                   and low <= timecmp.bounds(f.start.value)[0] <= high}
    return (offices.pop(), UNTITLED) if len(offices) == 1 else (None, 0.0)


def _kept_throughout(ctx: Context, person: str, office: str, when) -> bool:
    """Did one of the person's terms run through the whole written time ("Orban returned as prime
    minister in May 2022", re-elected in office)? A return told of a holder never out is a new
    mandate of a term the KB keeps whole: no new start to check."""
    low, high = timecmp.bounds(when.value)
    for f in ctx.kb.facts(subject=person, property="holds_office", value=office):
        start = timecmp.bounds(f.start.value) if f.start is not None else None
        end = timecmp.bounds(f.end.value) if f.end is not None else None
        if start is not None and start[0] < low - timedelta(days=LATE) and (f.end is None or (end is not None and end[0] > high)):
            return True
    return False

