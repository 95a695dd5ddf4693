"""Where the allies signed a state's accession protocol (session 15, place22): "the allies signed
the accession protocols for Finland and Sweden in Brussels on 5 July", "North Macedonia's
accession protocol was signed at NATO headquarters" -> `protocol_signed_in` (the state, the place).

The protocol and its states are read as `enlargement` reads the signing (`_protocol_signed`); the
place is the "in" / "at" phrase on the verb or on the protocol's noun (the parser hangs "in
Madrid" on either). "NATO headquarters" / "the alliance's headquarters" is the place the KB
gives as NATO's headquarters (Brussels), so "at NATO headquarters" and "in Brussels" are one place.

Only the allies' signing is read: a passive with no named signer, or a signer that is NATO, the
allies, their ambassadors or envoys. One person or one state signing it ("Erdogan signed Sweden's
protocol in Ankara", "King Felipe signed the protocol") is a ratification in that party's own
capital, not the signing; "signed into law" is `enlargement`'s. A signing planned ("will sign the
protocols in X") is not read: a venue may still change. A place the KB does not know is not
read; a state whose protocol's place the KB does not list is not checked (enlargement.yaml lists
those from 2003 on, all signed at NATO headquarters in Brussels).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, group, make, negated, phrase_tokens

ORDER = 34
PLACE = "protocol_signed_in"
HQ_WORDS = {"headquarters", "hq", "seat"}
ALLY_WORDS = {"ally", "allies", "nato", "alliance", "ambassador", "ambassadors", "envoy", "envoys", "member",
              "members", "representative", "representatives", "state", "states", "country", "countries",
              "government", "governments", "council"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out: list[Statement] = []
    for verb in sent:
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "sign":
            out += _signed_in(ctx, verb)
    return out


def _signed_in(ctx: Context, verb: Token) -> list[Statement]:
    from accord.nlp.extract.claims import enlargement

    if negated(verb) or any(c.dep_ == "prt" for c in verb.children) or not _allies_sign(ctx, verb):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children):
        return []  # "signed the protocol into law": a ratification
    signed = enlargement._protocol_signed(ctx, verb)
    if not signed:
        return []
    protocols = [o for o in enlargement._objects(verb) if o.lemma_.lower() == "protocol"]
    # "the protocols for Finland and Sweden in Brussels": the parser may hang the place on a state
    states = [t for p in protocols for c in p.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "with")
              for n in c.children if n.dep_ == "pobj" for t in group(n)]
    place = _place(ctx, [verb, *protocols, *states])
    if place is None:
        return []
    out, seen = [], set()
    for st in signed:
        if st.subject in seen or st.polarity == "negated" or st.modality != "fact":
            continue  # a signing planned ("will sign the protocols in X"): a venue may still change
        seen.add(st.subject)
        sure = {k: v for k, v in (st.references[0].confidence or {}).items() if k == "attachment"}
        out.append(make(ctx, st.subject, PLACE, place, [verb], verb, False, confidence=sure or None))
    return out


def _allies_sign(ctx: Context, verb: Token) -> bool:
    """Is the signer the allies (or not named, in a passive)?"""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    signers = subjects or agents
    if not signers:
        return any(c.dep_ == "nsubjpass" for c in verb.children)
    for head in signers:
        words = {t.lower_ for t in head.subtree} | {head.lemma_.lower()}
        if head.lemma_.lower() not in ALLY_WORDS and not (words & {"nato", "allies", "alliance", "allied"}):
            return False
        if ctx.entities(list(head.subtree), ("person:",)):
            return False
    return True


def _place(ctx: Context, holders: list[Token]) -> str | None:
    """The one KB place of the "in" / "at" phrases on `holders`; "NATO headquarters" is NATO's seat."""
    found: list[str] = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                tokens = list(noun.subtree)
                places = ctx.entities(phrase_tokens(group(noun)) + tokens, ("place:", "state:"))
                if not places and noun.lower_ in HQ_WORDS:
                    places = _headquarters(ctx, noun)
                found += [p for p in places if p not in found]
    if not found:
        return None
    from accord.nlp.extract.claims._eventlink import finest

    found = finest(ctx.kb, found)
    return found[0] if len(found) == 1 else None


def _headquarters(ctx: Context, noun: Token) -> list[str]:
    """"NATO headquarters", "the alliance's headquarters": the KB's place of NATO's headquarters."""
    words = {t.lower_ for t in noun.subtree}
    orgs = ctx.entities(list(noun.subtree), ("org:",))
    if orgs != ["org:NATO"] and not (not orgs and words & {"alliance", "alliance's", "nato"}):
        return []
    attrs = getattr(ctx.kb.entity("org:NATO"), "attrs", None) or {}
    seat = attrs.get("headquarters")
    return [seat] if isinstance(seat, str) and seat.startswith("place:") else []


def check_place(checker, st: Statement, on: str | None):
    from accord.reconcile.kbcheck import Verdict, fact_evidence, places_agree

    facts = checker.kb.facts(subject=st.subject, property=PLACE)
    if not facts or st.polarity == "negated":
        return None
    state, where = checker.name(st.subject), checker.name(facts[0].value)
    evidence = [fact_evidence(f) for f in facts]
    if places_agree(checker.kb, st.value, [f.value for f in facts]):  # or a venue inside it
        return Verdict("supported", f"The allies signed {state}'s accession protocol in {where}.", evidence)
    return Verdict("contradicted_by_kb", f"The claim places the signing of {state}'s accession protocol in "
                   f"{checker.name(st.value)}, but the allies signed it in {where}.", evidence)


CHECKS = {PLACE: check_place}
WORDS = {PLACE: "had its accession protocol signed in"}
