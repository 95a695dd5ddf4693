"""Summits: when and where they take place, with each summit the article mentions resolved to the
KB's summit by its date, place and the article's year. Runs first: invitations refer to the
summits found here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, negated, qualifiers
from accord.reconcile import timecmp

EVENT_NOUNS = {"summit", "meeting", "conference"}
HOLD_VERBS = {"hold", "take", "happen", "convene", "host", "be"}
ORDER = 10
NON_PLACES = ("org:", "person:", "office:", "summit:", "event:", "programme:", "obligation:")


def event_nouns(sent: Span, ctx: Context) -> list[Token]:
    """One event each: "summits in Madrid, Vilnius and Washington" names several, so plurals are left out."""
    return [t for t in sent if t.lemma_.lower() in EVENT_NOUNS and t.pos_ in ("NOUN", "PROPN") and t.tag_ != "NNS"
            or (ctx.entity(t) or "").startswith("summit:")]


def places(ctx: Context, tokens) -> list[str]:
    return [e for e in ctx.entities(tokens, ("",)) if not e.startswith(NON_PLACES)]


def resolve_summit(ctx: Context, where: list[str], times: dict) -> str | None:
    """The one KB summit the clues point to, or None.

    Tried in turn, the first with exactly one match wins: every clue (place and dates); the place
    and the year (so "the summit in Madrid in July 2022" still finds the June 2022 summit, whose
    date the claim then gets wrong); the dates alone when they carry a year. The article's year
    stands in for a year the clues lack.
    """
    if ctx.kb is None or not (where or times):
        return None
    years = {t.value[:4] for t in times.values() if t.value[:4].isdigit()}
    years = years or ({ctx.doc._.document_date[:4]} if ctx.doc._.document_date else set())
    clues = []
    for summit in ctx.kb.entities("summit"):
        when = ctx.kb.facts(subject=summit.id, property="took_place_on")
        if not when:
            continue
        start = when[0].start or when[0].point_in_time
        end = when[0].end or start
        place_ok = bool(set(where) & _within(ctx.kb, summit.id)) if where else None
        date_ok = all(timecmp.overlaps(t, start, end) for t in times.values()) if times else None
        year_ok = start.value[:4] in years if years else None
        clues.append((summit.id, place_ok, date_ok, year_ok))
    for test in (lambda p, d, y: p is not False and d is not False and y is not False,
                 lambda p, d, y: p is True and y is not False,
                 lambda p, d, y: d is True and y is True,
                 lambda p, d, y: p is True):  # the only summit ever held there
        found = [sid for sid, p, d, y in clues if test(p, d, y)]
        if len(found) == 1:
            return found[0]
    return None


def _within(kb, entity_id: str) -> set[str]:
    seen, todo = set(), [entity_id]
    while todo:
        e = todo.pop()
        for f in kb.facts(subject=e, property="located_in"):
            if f.value not in seen:
                seen.add(f.value)
                todo.append(f.value)
    return seen


def _hold_clause(noun: Token) -> Token | None:
    """The verb that says when and where the event is held: "the summit will be held ..." or
    "the summit, to be held in Vilnius ..."."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in HOLD_VERBS:
        return noun.head
    # "the summit, to be held in Vilnius", "the summit, which Lithuania will host in July" (but not
    # "the summit, which was a success")
    found = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HOLD_VERBS
                  and c.lemma_.lower() != "be"), None)
    if found is not None:
        return found
    # "the summit (of allied leaders), which the Netherlands is due to host in 2025": the clause
    # may hang on the noun's "of" phrase, and "is due to host" on "is"
    heads = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
    return next((c for h in heads for c in h.children if c.dep_ == "relcl" and _hosting(c)), None)


def _hosting(clause: Token) -> bool:
    """A clause that says someone will host or hold it: "which X will host", "which X is due to host"."""
    if clause.lemma_.lower() in ("host", "hold"):
        return True
    return clause.lemma_.lower() == "be" and any(
        a.dep_ == "acomp" and a.lower_ in ("due", "set", "scheduled") and any(t.lemma_.lower() in ("host", "hold")
                                                                             for t in a.subtree)
        for a in clause.children)


def _noun_clues(noun: Token) -> set[int]:
    """Tokens of the noun's own prepositional phrases: "the summit in Madrid in July 2022"."""
    heads = [noun]
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":  # "invited at the summit ... in July 2022"
        heads.append(noun.head.head)
    out: set[int] = set()
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during")):
            if noun not in prep.subtree or head is noun:
                out |= {t.i for t in prep.subtree}
    return out


def _place_tokens(noun: Token, verb: Token, tokens: set[int]) -> set[int]:
    """Where the clause can say the event is held. With "be" only its "in/at" phrases: "the
    meeting was Finland's first summit" names who took part, "the summit is in Vilnius" a place.
    A possessive on the event noun never places it ("Finland's first summit")."""
    owners = {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}
    if verb is not noun and verb.lemma_.lower() == "be" and not _hosting(verb):
        tokens = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                  for t in c.subtree} | _noun_clues(noun)
    return tokens - owners


def summit_statements(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for noun in event_nouns(sent, ctx):
        verb = _hold_clause(noun)
        tokens = clause_tokens(verb) if verb is not None else _noun_clues(noun)
        if not tokens:
            continue
        verb = verb if verb is not None else noun
        where = places(ctx, [t for t in sent if t.i in _place_tokens(noun, verb, tokens)])
        times = qualifiers(ctx, tokens)
        summit = ctx.entity(noun) if (ctx.entity(noun) or "").startswith("summit:") else resolve_summit(ctx, where, times)
        if summit is None:
            continue
        ctx.summits.append(summit)
        if times:
            out.append(make(ctx, summit, "took_place_on", summit, [noun, verb], verb, negated(verb), times))
        for place in where:
            out.append(make(ctx, summit, "located_in", place, [noun, verb], verb, negated(verb)))
    return out


def extract(ctx: Context, sent: Span) -> list[Statement]:
    return summit_statements(ctx, sent)
