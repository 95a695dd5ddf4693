"""A state's army, affirmed or denied (issue 12, neg21): "Iceland has no standing army", "Costa
Rica does not have an army", "Iceland, which has no armed forces of its own,", "the country has no
military"; and the edit that removes the "no": "Iceland has a standing army".

Read: "have" / "keep" / "maintain" / "possess" in the present, with the army itself as its object
("army", "armed forces", "military"; "standing", "national", "regular", "permanent", "own" on it,
or "of its own"), denied by the verb's "not" or by a "no" on the noun. Not read: another noun with
"army" on it ("an army base", "military bases"), an army of something ("an army of volunteers"), a
size ("a small army": a state with none has no small one either, but a size is often a manner of
speaking), a past or a date ("had no army in 1944"), plans and conditions.

Statement: `has_army` (state -> "standing army"), checked against kb/data/armed_forces.yaml
(`without_army`): a state listed there on the day has no army, so the affirmed claim is contradicted
and the denial supported. A state not listed is `new`: the KB does not keep the others' armies.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import (
    Context,
    clause_tokens,
    make,
    modality,
    negated,
    qualifiers,
    subject_entities,
)
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 60
PROPERTY = "has_army"
VALUE = "standing army"
HAVING = frozenset({"have", "keep", "maintain", "possess"})
ARMY_NOUNS = frozenset({"army", "military"})
ARMY_WORDS = frozenset({"standing", "national", "regular", "permanent", "own", "its", "their", "a", "an", "no", "any"})


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() not in HAVING or verb.pos_ not in ("VERB", "AUX") or not _present(verb):
            continue
        army = next((c for c in verb.children if c.dep_ == "dobj" and _army(c)), None)
        if army is None or modality(verb) != "fact" or qualifiers(ctx, clause_tokens(verb)):
            continue
        denied = negated(verb) != any(c.dep_ == "det" and c.lower_ == "no" for c in army.children)
        out += [make(ctx, s, PROPERTY, VALUE, [verb, army], verb, denied)
                for s in subject_entities(ctx, verb, ("state:",))]
    return out


def _present(verb: Token) -> bool:
    """ "has", "have", "does not have" (not "had", "has had", "will have")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VB" and bool(auxes) and auxes <= {"does", "do"}


def _army(noun: Token) -> bool:
    """The army itself: "(a / no) (standing) army", "armed forces", "(no) military", "an army of its
    own"; not "an army base", "a small army", "an army of volunteers"."""
    lemma = noun.lemma_.lower()
    if lemma == "force" and noun.tag_ == "NNS":
        words = [c for c in noun.children if c.i < noun.i]
        if not any(c.lower_ == "armed" for c in words):
            return False
        words = [c for c in words if c.lower_ != "armed"]
    elif lemma in ARMY_NOUNS and noun.tag_ == "NN":
        words = [c for c in noun.children if c.i < noun.i]
    else:
        return False
    if any(c.lower_ not in ARMY_WORDS for w in words for c in w.subtree):
        return False
    after = [c for c in noun.children if c.i > noun.i and not c.is_punct]
    return all(c.dep_ == "prep" and c.lower_ == "of" and {t.lower_ for t in c.subtree} <= {"of", "its", "their", "own"}
               for c in after)


def check_army(checker, st: Statement, on: str | None) -> Verdict | None:
    """A state the KB lists without an army on the day: the army denied is supported, affirmed
    contradicted. Any other state: None (`new`)."""
    if on is None or timecmp.bounds(on) is None:
        return None
    facts = [f for f in checker.kb.facts(subject=st.subject, property="without_army")
             if f.start is None or timecmp.bounds(f.start)[1] < timecmp.bounds(on)[0]]
    if not facts:
        return None
    name = checker.name(st.subject)
    since = f" (since {facts[0].start.value})" if facts[0].start else ""
    if st.polarity == "negated":
        return Verdict("supported", f"{name} has no standing army{since}.", [fact_evidence(f) for f in facts])
    return Verdict("contradicted_by_kb", f"{name} has no standing army{since}, but the claim says it has one.",
                   [fact_evidence(f) for f in facts])


def _words(name, st) -> str:
    return f"{name(st.subject)} {'has no' if st.polarity == 'negated' else 'has a'} standing army"


CHECKS = {PROPERTY: check_army}
WORDS = {PROPERTY: _words}
