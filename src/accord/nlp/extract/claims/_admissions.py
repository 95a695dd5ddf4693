"""Accessions told from the organisation's side: "NATO added Greece and Turkey in 1952", "the
alliance has expanded three times, adding Greece and Turkey in 1952, West Germany in 1955 and
Spain in 1982", "NATO decided to admit Poland, Hungary and the Czech Republic in early March".

The organisation is the verb's subject (or, for a gerund or a verb under another, the subject of
the verb it hangs on); the states are its objects. One date in the clause dates every state;
several ("Greece and Turkey in 1952, West Germany in 1955") date the states named before each.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import (
    Context, clause_tokens, make, modality, negated, one_date, passive, prep_entities, qualifiers, subject_entities,
    topic,
)

ADMIT_VERBS = {"add", "admit", "accept"}
PASSIVE_ONLY = {"accept"}  # "was accepted into the EU" is an admission; "accepted an offer" is not
ORG_NOUNS = {"alliance", "bloc", "organization", "organisation"}  # the organisation the article is about
HANGING = ("advcl", "xcomp", "conj")  # "expanded ..., adding ...", "decided to admit ..."


def statements(ctx: Context, verb: Token) -> list[Statement]:
    """The `joined` claims of an admitting verb whose subject is an organisation, or of a passive
    one whose subject is the state ("Croatia was admitted to NATO in 2009")."""
    if verb.lemma_.lower() in PASSIVE_ONLY and not passive(verb):
        return []  # "the allies accepted Sweden's offer": no admission
    if passive(verb):
        return _passive_statements(ctx, verb)
    orgs = _admitting_orgs(ctx, verb)
    states = _admitted(ctx, verb)
    if not orgs or not states or _as_other_than_member(verb):
        return []
    dates = _dates(ctx, verb, [tok for tok, _ in states])
    mode = modality(verb)
    sure = {"modality": 0.4} if mode != "fact" else {}
    return [make(ctx, state, "joined", org, [verb], verb, negated(verb),
                 {"point_in_time": dates[tok]} if dates.get(tok) else {}, confidence=sure, modality=mode)
            for tok, state in states for org in orgs]


MEMBER_ROLES = {"member", "ally", "state", "country", "nation"}
#: the prepositions of the organisation a passive admission names ("admitted to / into NATO",
#: "accepted into the EU"); not "by", which names who decided ("admitted by a vote of the
#: allies"), nor "as" (a role: "admitted as an observer")
INTO_PREPS = ("to", "into")


def _passive_statements(ctx: Context, verb: Token) -> list[Statement]:
    """"Croatia and Albania were admitted to NATO in April 2009", "Finland, which was accepted
    into NATO in 2023, ...": the passive's subject joined the organisation after "to" / "into"
    on the clause's one date."""
    orgs = prep_entities(ctx, verb, INTO_PREPS, ("org:",))
    states = subject_entities(ctx, verb, ("state:",))
    if not orgs or not states or _as_other_than_member(verb):
        return []
    subject = {t.i for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree}
    point = one_date(qualifiers(ctx, clause_tokens(verb) - subject))
    mode = modality(verb)
    sure = {"modality": 0.4} if mode != "fact" else {}
    return [make(ctx, state, "joined", org, [verb], verb, negated(verb),
                 {"point_in_time": point} if point else {}, confidence=sure, modality=mode)
            for state in states for org in orgs]


def _as_other_than_member(verb: Token) -> bool:
    """"ASEAN admitted Timor-Leste as an observer in 2022": an "as" role that is not membership
    ("as its 32nd member" is one)."""
    roles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    return bool(roles) and not any(r.lemma_.lower() in MEMBER_ROLES for r in roles)


def _subject(verb: Token) -> Token | None:
    head = verb
    for _ in range(3):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or head.dep_ not in HANGING or head.head.i == head.i:
            return subj
        head = head.head
    return None


def _admitting_orgs(ctx: Context, verb: Token) -> list[str]:
    subj = _subject(verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return []  # "Greece was added": the passive names the state, not the organisation
    found = ctx.entities([subj, *(c for c in subj.children if c.dep_ == "compound")], ("org:",))
    if found:
        return found[:1]
    return topic(ctx) if subj.lemma_.lower() in ORG_NOUNS else []


def _admitted(ctx: Context, verb: Token) -> list[tuple[Token, str]]:
    """(token, state) of the objects, in their order: the direct objects, and the conjuncts of an
    object or of one of the verb's dates ("West Germany in 1955 and Spain in 1982" is often parsed
    with Spain hanging on 1955); not a place inside another phrase ("added troops in Poland")."""
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    out, seen = [], set()
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.i in subject or not _object_or_its_conjunct(ctx, tok, verb):
            continue
        state = ctx.entity(tok) or ""
        if state.startswith("state:") and state not in seen and tok.i not in ctx.timed:
            seen.add(state)
            out.append((tok, state))
    return out


def _object_or_its_conjunct(ctx: Context, tok: Token, verb: Token) -> bool:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return tok.pos_ == "PROPN"  # "adding Greece in 1952 and Spain in 1982", Spain hung on the verb
        tok = tok.head
        if tok.i in ctx.timed and tok.dep_ == "pobj" and tok.head.head.i == verb.i:
            return True
    return tok.dep_ == "dobj" and tok.head.i == verb.i


def _dates(ctx: Context, verb: Token, states: list[Token]) -> dict[Token, TimeQualifier | None]:
    """Each state's date: the clause's one date, or the first date after it when there are several."""
    tokens = clause_tokens(verb) - {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    spans = sorted((span for span, _ in ctx.timed_spans_in(tokens)), key=lambda span: span.start)
    if len(spans) <= 1:
        point = one_date(qualifiers(ctx, tokens))
        return {tok: point for tok in states}
    out: dict[Token, TimeQualifier | None] = {}
    for tok in states:
        after = next((span for span in spans if span.start > tok.i), None)
        point = one_date(qualifiers(ctx, set(range(after.start, after.end)))) if after is not None else None
        out[tok] = point
    return out
