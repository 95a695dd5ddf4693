"""The order of a rotating presidency: "Hungary takes over the EU presidency from Belgium", "the
term Croatia took over from Finland", "Belgium hands the presidency (over) to Hungary", "Poland
succeeds Hungary at the helm of the EU Council", "Croatia, before handing it to Germany in July".

The presidencies of the Council of the EU, the G7 and the G20 pass from one state to the next on
a fixed day (eu.yaml, presidencies.yaml, `holds_presidency`). A state X said to take over from Y
(or Y said to hand over to X) says Y held the presidency the day before X's term began. X's term
is the one the KB lists for X beginning in the time the clause writes (give or take LATE days), else the
article's date (within SOON days: an undated handover is one of these months; a state holds the
presidency of the Council once in thirteen years or more). Statement: `holds_presidency`, subject
Y, point in time the eve of X's first day, checked as every presidency is (supported when Y held
it that day; contradicted when the KB lists that day's holder and it is another state).

The grouping: the one of ROTATING whose presidency the KB gives X a term of then (the G7 and the
EU are told apart by X's terms, or by the grouping the sentence names when X held two). The
sentence, or the one before it, must speak of a presidency ("presidency", "presidencies"):
"Germany takes over from France as Europe's largest ..." is no handover of a presidency. Not
read: negations, hypotheses, a plan more than SOON days before X's term (the order was changed
years ahead: Britain gave up its 2017 turn in 2016), a state that is not one entity, X and Y the
same state.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import (Context, clause_tokens, make, modality, negated, qualifiers,
                                               subject_entities)
from accord.nlp.extract.claims.presidencies import ROTATING
from accord.reconcile import timecmp

ORDER = 61
LATE = 3  # days: X's term from a date the clause writes (the handover is that term's first day)
SOON = 200  # days: X's term from the article's date (an undated handover, or one to come)
TAKE = frozenset({"take", "succeed", "replace"})
HAND = frozenset({"hand", "pass"})
HANDED = frozenset({"presidency", "baton", "reins", "helm", "it", "chairmanship", "term", "post"})
CLAUSES = frozenset({"advcl", "relcl", "ccomp", "xcomp", "acl", "pcomp"})  # clauses with times of their own
PRESIDENCY_WORDS = frozenset({"presidency", "presidencies"})


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None or not _of_a_presidency(sent):
        return []
    out: list[Statement] = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or negated(verb) or modality(verb) == "hypothetical":
            continue
        if lemma in TAKE:
            pair = _taken(ctx, verb)
        elif lemma in HAND:
            pair = _handed(ctx, verb)
        else:
            continue
        if pair is not None:
            out += _claim(ctx, verb, *pair)
    return out


def _of_a_presidency(sent: Span) -> bool:
    """Does the sentence, or the one before it, speak of a presidency?"""
    if any(t.lower_ in PRESIDENCY_WORDS for t in sent):
        return True
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    return before is not None and any(t.lower_ in PRESIDENCY_WORDS for t in before)


def _state(ctx: Context, tokens) -> str | None:
    found = {e for e in ctx.entities(list(tokens), ("state:",))}
    return found.pop() if len(found) == 1 else None


def _taken(ctx: Context, verb: Token) -> tuple[str, str, Token] | None:
    """ "X takes over (the presidency) from Y", "X succeeds / replaces Y": (X, Y, Y's token)."""
    if verb.lemma_.lower() == "take":
        if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "over" for c in verb.children):
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() not in HANDED and o.lower_ not in ("which", "that") for o in objects):
            return None  # "took over the ministry from ...": not a presidency
        froms = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                 if p.dep_ == "pobj"]
    else:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None  # "X was succeeded by Y": the roles turn (not read)
        froms = [c for c in verb.children if c.dep_ == "dobj"]
    if len(froms) != 1:
        return None
    before = _state(ctx, [t for t in froms[0].subtree if t.dep_ not in ("relcl", "acl", "appos")])
    takers = subject_entities(ctx, verb, ("state:",))
    if before is None or len(set(takers)) != 1:
        return None
    return takers[0], before, froms[0]


def _handed(ctx: Context, verb: Token) -> tuple[str, str, Token] | None:
    """ "Y hands (over) the presidency / the baton to X", "Y, before handing it to X": (X, Y, X's token)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    over = any(c.dep_ in ("prt", "advmod") and c.lower_ == "over" for c in verb.children)
    if not objects and not (over and verb.lemma_.lower() == "hand"):
        return None
    if len(objects) > 1 or objects and objects[0].lemma_.lower() not in HANDED:
        return None  # "handed a letter to X"
    to = [p for h in [verb, *objects] for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
          for p in c.children if p.dep_ == "pobj"]
    if len(to) != 1:
        return None
    after = _state(ctx, [t for t in to[0].subtree if t.dep_ not in ("relcl", "acl", "appos")])
    givers = subject_entities(ctx, verb, ("state:",))
    if after is None or len(set(givers)) != 1:
        return None
    return after, givers[0], to[0]


def _claim(ctx: Context, verb: Token, after: str, before: str, named: Token) -> list[Statement]:
    """Y held the presidency the day before X's term began; with no term of X's near the date, X
    held it the day Y's term ended ("Croatia ... before handing it to Poland in July": Croatia's
    term is the one near; Poland's is years off)."""
    if after == before:
        return []
    own = clause_tokens(verb) - {t.i for c in verb.children if c.dep_ in CLAUSES and c.pos_ in ("VERB", "AUX")
                                 for t in c.subtree}  # "took over from Y before handing it to Z in July"
    when = qualifiers(ctx, own)
    written = when.get("point_in_time") or when.get("start")
    term = _term(ctx, after, written)
    if term is not None:
        org, first, _ = term
        subject, day = before, timecmp.bounds(first)[0] - timedelta(days=1)
    else:
        term = _term(ctx, before, written, ending=True)
        if term is None or term[2] is None:
            return []
        org, _, last = term
        subject, day = after, timecmp.bounds(last)[0]  # a term's `end` is its successor's first day
    on = str(ctx.doc._.document_date or "")[:10]
    if modality(verb) == "plan" and (not timecmp.bounds(on) or (day - timecmp.bounds(on)[0]).days > SOON):
        return []  # "X will take over from Y in 2027", said years ahead: the order may change
    return [make(ctx, subject, "holds_presidency", org, [named, verb], verb, False,
                 times={"point_in_time": TimeQualifier(day.isoformat(), "day")})]


def _term(ctx: Context, state: str, written: TimeQualifier | None,
          ending: bool = False) -> tuple[str, str, str | None] | None:
    """(grouping, first day, end) of the state's presidency term beginning (`ending`: ending)
    in the written time (give or take LATE days), else nearest the article's date (within SOON
    days); None when none or several groupings' terms qualify."""
    if written is not None and timecmp.bounds(written.value):
        low, high = timecmp.bounds(written.value)
        reach = LATE
    else:
        on = str(ctx.doc._.document_date or "")[:10]
        if not timecmp.bounds(on):
            return None
        low, high = timecmp.bounds(on)
        reach = SOON
    found = []
    for org in ROTATING:
        for f in ctx.kb.facts(subject=state, property="holds_presidency", value=org):
            edge = f.end if ending else f.start
            day = timecmp.bounds(edge.value) if edge is not None else None
            if day is None or f.start is None:
                continue
            gap = 0 if low <= day[0] <= high else min(abs((day[0] - low).days), abs((day[0] - high).days))
            if gap <= reach:
                found.append((gap, org, f.start.value, f.end.value if f.end is not None else None))
    if not found or len({org for _, org, _, _ in found}) > 1:
        return None
    _, org, first, last = min(found)
    return org, first, last
