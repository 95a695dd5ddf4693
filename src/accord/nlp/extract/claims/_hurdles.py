"""The last ratification told as an obstacle lifted: "Hungary lifts Sweden's last hurdle to NATO
membership", "Turkey removed the last obstacle to Finland's accession to NATO". The ally that
lifts a state's last hurdle is the last to ratify its accession (`ratified_last`, as "Hungary
became the last ally to ratify Sweden's accession")."""

from __future__ import annotations

from spacy.tokens import Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make, modality, negated

HURDLE_NOUNS = {"hurdle", "obstacle", "barrier", "roadblock", "impediment", "block"}
LIFT_VERBS = {"lift", "remove", "clear", "drop", "end", "overcome"}
LAST_WORDS = {"last", "final"}
ACCESSION_NOUNS = {"membership", "accession", "bid", "entry", "admission", "joining"}
PLAN_SURE = 0.4
BODY_NOUNS = {"parliament", "government", "legislature", "lawmaker", "senate", "assembly"}


def statements(ctx: Context, verb: Token) -> list[Statement]:
    """`ratified_last` (subject the acceding state, value the ally) of a lifting verb."""
    if verb.lemma_.lower() not in LIFT_VERBS:
        return []
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HURDLE_NOUNS), None)
    if noun is None or not any(c.dep_ == "amod" and c.lower_ in LAST_WORDS for c in noun.children):
        return []
    allies = _lifting(ctx, verb)
    states = [s for s in acceding(ctx, verb, noun) if s not in allies]
    if len(allies) != 1 or not states:
        return []
    mode = modality(verb)
    sure = {"modality": PLAN_SURE} if mode != "fact" else None
    return [make(ctx, s, "ratified_last", allies[0], [noun, verb], verb, negated(verb), {}, confidence=sure,
                 modality=mode) for s in states]


def _lifting(ctx: Context, verb: Token) -> list[str]:
    """The ally: the subject (or the state whose parliament it is), or a state the parser hung
    before the verb as a compound (a headline's "Hungary lifts ...")."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj:
        subj = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
    found = [ctx.entity(t) or "" for s in subj for t in (s, *(c for c in s.children if c.dep_ == "compound"))]
    # "Hungary's parliament cleared ...": the state whose parliament or government it is
    found += [ctx.entity(c) or "" for s in subj if s.lemma_.lower() in BODY_NOUNS for c in s.children
              if c.dep_ in ("poss", "compound", "amod")]
    return [e for e in dict.fromkeys(found) if e.startswith("state:")]


def acceding(ctx: Context, verb: Token, noun: Token) -> list[str]:
    """The state whose accession the hurdle stood before: "Sweden's last hurdle", "the last
    obstacle to Finland's accession"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    for prep in (c for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"):
        for target in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in ACCESSION_NOUNS):
            owners += [c for c in target.children if c.dep_ == "poss"]
    return [e for e in dict.fromkeys(ctx.entity(o) or "" for o in owners) if e.startswith("state:")]
