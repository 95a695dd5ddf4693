"""The state a "whose country" stands for: "Hungarian Prime Minister Viktor Orban, whose country
holds the rotating presidency of the EU", "President Biden, whose country provides the bulk of
NATO's military power".

The subject "whose country / nation" of a relative clause on a person is the state that person
serves: the one state named in the antecedent's own words before the clause ("Hungarian Prime
Minister Viktor Orban", "the prime minister of Hungary", not a state the person is sent to:
"the ambassador to Japan"), else the one state whose office the KB says the person held on the
article's day ("President Biden"). Anything less sure gives no state: two people or two states
named, a person the KB gives no state office, an antecedent that is no person ("the summit, whose
host country ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.nlp.extract.claims.grammar import DESCRIBED_NOUNS, Context
from accord.reconcile import timecmp


#: words that put a state the antecedent names somewhere else than the person's own
PLACE_WORDS = frozenset({"to", "in", "at", "from", "for", "visiting"})


def whose_state(ctx: Context, verb: Token) -> list[str]:
    """[state] the verb's subject "whose country" stands for, or []."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "relcl" or subj is None or subj.lemma_.lower() not in DESCRIBED_NOUNS \
            or not any(c.lower_ == "whose" for c in subj.children):
        return []
    antecedent = verb.head
    clause_start = min(t.i for t in verb.subtree)
    phrase = antecedent.head if antecedent.dep_ == "appos" else antecedent  # "Hungary's envoy, X, whose"
    words = [t for t in phrase.subtree if t.i < clause_start]
    people = ctx.entities(words, ("person:",))
    if len(people) != 1:
        return []
    if any(t.lower_ in PLACE_WORDS for t in words):
        return []  # "the ambassador to Japan, X, whose country ...": Japan is not his (the parse may hide the "to")
    named = ctx.entities(words, ("state:",))
    if named:
        return named if len(named) == 1 else []
    return served_state(ctx, people[0])


def served_state(ctx: Context, person: str) -> list[str]:
    """The one state whose office the person held on the article's day (per the KB)."""
    day = str(ctx.doc._.document_date or "")[:10]
    if ctx.kb is None or len(day) != 10:
        return []
    states = set()
    for fact in ctx.kb.facts(subject=person, property="holds_office"):
        if timecmp.active_on(fact.start, fact.end, day, fact.point_in_time) is not True:
            continue
        where = (ctx.kb.entity(fact.value).attrs or {}).get("jurisdiction")
        if isinstance(where, str) and where.startswith("state:"):
            states.add(where)
    return sorted(states) if len(states) == 1 else []
