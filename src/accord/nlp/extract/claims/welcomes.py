"""A state welcomed into an organisation (issue 12, mem12u): "We welcome Finland to the Alliance!",
"NATO welcomed Finland into the alliance on Tuesday", "welcomed Finland as a full member of the
alliance".

Statement: `welcomed_into` (subject the state, value the organisation: the object of "to" /
"into" or the "of" of a member noun after "as"). A welcome is said around an accession, but also
when a state is invited, signs its protocol or is on its way in, so the claim is not dated against
the accession: it is contradicted only for a state the KB never lists as a member of the
organisation, nor as invited, applying or a candidate (the swap of a member for a state that never
was one) nor as a partner, where the member list is complete on the claim's day; a member (at any time) supports
it. Not read: a plan ("looks forward to welcoming"), a denial, a welcome to anything else ("to the
summit"), a person welcomed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import (
    Context, clause_tokens, group, make, modality, negated, phrase_tokens, qualifiers,
)
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 41
WELCOME = {"welcome"}
MEMBER_NOUNS = {"member", "ally"}
ON_THE_WAY = ("invited_to_join", "applied_to", "candidate_for", "accession_protocol", "partner_of")


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in WELCOME or verb.pos_ != "VERB" or negated(verb) or modality(verb) != "fact":
            continue
        if verb.dep_ == "pcomp" or any(a.lemma_.lower() in ("look", "hope", "expect") for a in verb.ancestors):
            continue  # "looks forward to welcoming Sweden": still to come
        objects = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in group(c)]
        if not all((ctx.entity(t) or "").startswith("state:") for t in objects if t.pos_ in ("NOUN", "PROPN")):
            continue  # "welcomed Japan's contribution to the alliance": the state owns what is welcomed
        states = ctx.entities(phrase_tokens(objects), ("state:",))
        org = _into(ctx, verb)
        if not states or org is None:
            continue
        times = qualifiers(ctx, clause_tokens(verb))
        out += [make(ctx, s, "welcomed_into", org, [verb], verb, False, times) for s in states]
    return out


def _into(ctx: Context, verb: Token) -> str | None:
    """The organisation after "to" / "into", or of the member noun after "as"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in ("to", "into"):
            found = ctx.entities(objs, ("org:",))
            return found[0] if len(found) == 1 else None
        if prep.lower_ == "as":
            nouns = [o for o in objs if o.lemma_.lower() in MEMBER_NOUNS]
            of = [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
            found = ctx.entities(of, ("org:",))
            return found[0] if len(found) == 1 else None
    return None


def check_welcomed(checker, st, on: str | None) -> Verdict | None:
    from accord.nlp.extract.claims._membership import complete

    kb, org = checker.kb, st.value
    state, name = checker.name(st.subject), checker.name(org)
    member = kb.facts(subject=st.subject, property="member_of", value=org)
    if member:
        return Verdict("supported", f"{state} is a member of {name} (since {member[0].start.value if member[0].start else 'its founding'}).",
                       [fact_evidence(f) for f in member][:2])
    if any(kb.facts(subject=st.subject, property=p, value=org) for p in ON_THE_WAY):
        return None  # on its way in (an invitation, a signature), or a partner "welcomed to the family"
    when = (st.point_in_time.value if st.point_in_time else on) or ""
    day = when[:10]
    if len(day) < 4 or not complete(kb, org, "member_of", day, day):
        return None
    from accord.reconcile.kbcheck import _other_status

    return Verdict("contradicted_by_kb", f"The knowledge base never lists {state} as a member of {name}, nor as "
                   f"invited or applying to join: it was not welcomed into it.", _other_status(kb, st))


CHECKS = {"welcomed_into": check_welcomed}
WORDS = {"welcomed_into": "welcome into the organisation"}
