"""Where an organisation has its headquarters, said in passing: "NATO's headquarters in
Brussels", "met at NATO headquarters in Brussels", "NATO, which is headquartered in Brussels",
"the alliance's headquarters in Brussels" (in an article about NATO).
"the Brussels-based alliance", "NATO, the Brussels-based military alliance" (issue 12, plc12s).
Checked against the KB's `located_in` facts with the role `headquarters` (`headquartered_in`).

Only the organisation's own, plain headquarters: a modified or indefinite one ("NATO's military
headquarters in Mons", "a NATO headquarters in Kabul", "NATO's new headquarters in Poland") names
one of its many commands, so it is not read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make, negated

ORDER = 45
HQ_NOUNS = {"headquarters", "hq", "seat"}
HQ_VERBS = {"headquarter", "headquartered", "base", "based"}
# The Brussels headquarters dates from October 1967 (Paris before, London before that).
FROM = "1967-10-16"
LINK_SURE = 0.7  # a bare "NATO headquarters in X" could still mean a command; honest, above the threshold


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for tok in sent:
        found = _noun_claim(ctx, tok) or _verb_claim(ctx, tok) or _based_claim(ctx, tok)
        if found:
            org, place, anchor, neg = found
            out.append(make(ctx, org, "headquartered_in", place, [tok, anchor], anchor, neg,
                            confidence={"attachment": LINK_SURE}))
    return out


def _place_of(ctx: Context, prep_parent: Token) -> str | None:
    for p in prep_parent.children:
        if p.dep_ == "prep" and p.lower_ == "in":
            places = ctx.entities([c for c in p.children if c.dep_ == "pobj"], ("place:",))
            if places:
                return places[0]
    return None


def _noun_claim(ctx: Context, tok: Token):
    """"NATO's headquarters in Brussels", "NATO headquarters in Brussels"."""
    if tok.lower_ not in HQ_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    owners = [c for c in tok.children if c.dep_ in ("poss", "compound")]
    others = [c for c in tok.children if c.dep_ in ("amod", "nmod", "nummod") or
              (c.dep_ == "det" and c.lower_ not in ("the",))]
    if len(owners) != 1 or others:
        return None  # "NATO's Naples headquarters" (a place among the modifiers) names a command
    orgs = ctx.entities([owners[0]], ("org:",)) or _the_alliance(ctx, owners[0])
    place = _place_of(ctx, tok)
    return (orgs[0], place, tok, negated(tok)) if orgs and place else None


def _the_alliance(ctx: Context, owner: Token, possessive: bool = True) -> list[str]:
    """"the alliance's headquarters" in an article about NATO is NATO's."""
    from accord.nlp.extract.claims._eventlink import NATO

    if (owner.dep_ == "poss" or not possessive) and owner.lower_ == "alliance" and ctx.topic_org in (NATO, None) and ctx.kb is not None:
        return [NATO]
    return []


def _verb_claim(ctx: Context, tok: Token):
    """"NATO, which is headquartered in Brussels", "NATO is based in Brussels"."""
    if tok.lemma_.lower() not in HQ_VERBS or tok.tag_ != "VBN":
        return None
    subject = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if tok.dep_ in ("relcl", "acl"):
        subject = tok.head
    orgs = ctx.entities([subject], ("org:",)) if subject is not None else []
    place = _place_of(ctx, tok)
    return (orgs[0], place, tok, negated(tok)) if orgs and place else None


def _based_claim(ctx: Context, tok: Token):
    """"the Brussels-based alliance", "NATO, the Brussels-based military alliance", "the
    Brussels-based NATO": the place joined to "based" by a hyphen, said of the organisation the
    noun names (or "alliance" in an article about NATO, or set beside NATO). Not "the
    Mons-based command" (a noun that is no organisation)."""
    if tok.lower_ != "based" or tok.dep_ != "amod" or tok.i == 0 or tok.doc[tok.i - 1].text not in ("-", "‑"):
        return None
    places = ctx.entities([c for c in tok.children if c.dep_ in ("npadvmod", "compound") and c.i < tok.i], ("place:",))
    noun = tok.head
    orgs = ctx.entities([noun], ("org:",))
    if not orgs and noun.lower_ == "alliance":
        beside = noun.head if noun.dep_ == "appos" else None
        orgs = ctx.entities([beside], ("org:",)) if beside is not None else _the_alliance(ctx, noun, possessive=False)
    return (orgs[0], places[0], tok, negated(tok)) if orgs and places else None


def check_headquarters(checker, st: Statement, on: str | None):
    """Supported when the place is (within) the KB's headquarters, contradicted when it is
    elsewhere; nothing said of a negated claim ("not in Paris" is true), for a time before the present headquarters or an organisation whose
    headquarters the KB does not record."""
    from accord.reconcile.kbcheck import Verdict, _places_within, fact_evidence

    facts = [f for f in checker.kb.facts(subject=st.subject, property="located_in")
             if (f.qualifiers or {}).get("role") == "headquarters"]
    if not facts or st.polarity == "negated" or (on is not None and str(on) < FROM):
        return None
    evidence = [fact_evidence(f) for f in facts]
    org, hq = checker.name(st.subject), checker.name(facts[0].value)
    if st.value in _places_within(checker.kb, [f.value for f in facts]):
        return Verdict("supported", f"{org} has its headquarters in {hq}.", evidence)
    return Verdict("contradicted_by_kb", f"The claim puts {org}'s headquarters in {checker.name(st.value)}, "
                   f"but they are in {hq}.", evidence)


CHECKS = {"headquartered_in": check_headquarters}
WORDS = {"headquartered_in": "has its headquarters in"}
