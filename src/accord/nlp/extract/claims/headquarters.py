"""Where an organisation has its headquarters, said in passing: "NATO's headquarters in
Brussels", "met at NATO headquarters in Brussels", "NATO, which is headquartered in Brussels",
"the alliance's headquarters in Brussels" (in an article about NATO).
"the Brussels-based alliance", "NATO, the Brussels-based military alliance" (issue 12, plc12s).
Checked against the KB's `located_in` facts with the role `headquarters` (`headquartered_in`).

Only the organisation's own, plain headquarters: a modified or indefinite one ("NATO's military
headquarters in Mons", "a NATO headquarters in Kabul", "NATO's new headquarters in Poland") names
one of its many commands, so it is not read.

Institutions with a fixed seat (seat24: the KB entity's `seat: fixed`: a bank, a court, an
agency, a secretariat) are placed by a bare "in": "the European Central Bank in Frankfurt", "the
Council of Europe in Strasbourg", when the city is the institution's own modifier in its noun
phrase and the clause names no gathering ("ECB officials meeting in Sintra", "the ECB's forum in
Sintra", "the IAEA in Vienna hosted a conference" are not read); bodies that meet or keep offices
in many places (NATO, the UN, the OSCE) never are. "Frontex, the Warsaw-based border agency" and
"the Hague-based court, the ICC" say it as "the Brussels-based alliance" does. An institution with
several seats (the European Parliament, the UN) is supported in any of them; a seat it left, or the
months of a move, is not checked.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make, negated

ORDER = 45
HQ_NOUNS = {"headquarters", "hq", "seat"}
HQ_VERBS = {"headquarter", "headquartered", "base", "based"}
LINK_SURE = 0.7  # a bare "NATO headquarters in X" could still mean a command; honest, above the threshold
# Nouns an "X-based" institution is called by when its name stands beside them ("Frontex, the
# Warsaw-based border agency"); "alliance" alone also stands for NATO in an article about it.
INSTITUTION_NOUNS = {"alliance", "agency", "bank", "court", "tribunal", "organisation", "organization", "body",
                     "watchdog", "regulator", "institution", "authority", "lender", "fund", "secretariat"}
# A clause with one of these places a gathering or a trip, not the institution: "ECB policymakers
# gathered in Sintra", "the IAEA in Vienna hosted talks".
GATHERING_NOUNS = {"summit", "meeting", "conference", "gathering", "forum", "session", "retreat", "talks",
                   "ministerial", "visit", "trip", "tour", "mission", "ceremony", "event", "seminar", "symposium",
                   "workshop", "congress", "convention", "hearing", "plenary", "trial", "office", "branch"}
GATHERING_VERBS = {"meet", "gather", "assemble", "convene", "reconvene", "host", "hold", "visit", "travel", "arrive",
                   "fly", "attend", "tour", "open", "relocate"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for tok in sent:
        found = _noun_claim(ctx, tok) or _verb_claim(ctx, tok) or _based_claim(ctx, tok) or _in_claim(ctx, tok)
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
    """"NATO, which is headquartered in Brussels", "NATO is based in Brussels", "the Council of
    Europe, founded in 1949 and based in Strasbourg" (the subject of the verb it is joined to)."""
    if tok.lemma_.lower() not in HQ_VERBS or tok.tag_ != "VBN":
        return None
    subject = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    first = tok
    while subject is None and first.dep_ == "conj" and first.head != first:
        first = first.head  # "the Council of Europe, founded in 1949 and based in Strasbourg"
        subject = next((c for c in first.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if first.dep_ in ("relcl", "acl"):
        subject = first.head
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
    if not orgs and noun.lower_ in INSTITUTION_NOUNS:
        beside = noun.head if noun.dep_ == "appos" else None
        if beside is None:  # "the Hague-based court, the ICC"
            beside = next((c for c in noun.children if c.dep_ == "appos"), None)
        if beside is not None:
            orgs = ctx.entities([beside], ("org:",))
        elif noun.lower_ == "alliance":
            orgs = _the_alliance(ctx, noun, possessive=False)
    return (orgs[0], places[0], tok, negated(tok)) if orgs and places else None


def _in_claim(ctx: Context, tok: Token):
    """"the European Central Bank in Frankfurt", "the ECJ in Luxembourg": an institution the KB
    marks as sitting at a fixed seat, with an "in" phrase naming a KB city on its own name (the
    name not a modifier of another noun: "ECB officials in Sintra", "the ECB's forum in Sintra"),
    in a clause that names no gathering or trip."""
    org = ctx.entity(tok)
    if not org or not org.startswith("org:") or _seat(ctx, org) != "fixed":
        return None
    mention = _mention(ctx, tok)
    root = next((t for t in mention if t.head not in mention or t.head == t), None)
    if root is None or root.dep_ in ("compound", "poss", "nmod", "amod"):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > mention[-1].i), None)
    if prep is None:
        return None
    places = ctx.entities([c for c in prep.children if c.dep_ == "pobj"], ("place:",))
    if not places or _gathering(root):
        return None
    return org, places[0], prep, False  # the noun phrase presupposes the seat: "neither the ECB in Frankfurt nor ..."


def _seat(ctx: Context, org: str) -> str | None:
    """The KB entity's `seat` mark ("fixed"); None without a KB or for an entity it lacks."""
    try:
        return (ctx.kb.entity(org).attrs or {}).get("seat")
    except Exception:  # no KB, a KB without entities (a test's), an id it does not hold
        return None


def _mention(ctx: Context, tok: Token) -> list[Token]:
    """The tokens of the entity mention `tok` is in (consecutive tokens linked to its entity)."""
    org, doc = ctx.entity(tok), tok.doc
    start, end = tok.i, tok.i
    while start > tok.sent.start and ctx.entity(doc[start - 1]) == org:
        start -= 1
    while end + 1 < tok.sent.end and ctx.entity(doc[end + 1]) == org:
        end += 1
    return list(doc[start:end + 1])


def _gathering(tok: Token) -> bool:
    """Does the clause of `tok` (its nearest verb's phrase) name a gathering or a trip?"""
    clause = tok
    while clause.head != clause and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    return any(t.lemma_.lower() in GATHERING_VERBS if t.pos_ in ("VERB", "AUX") else t.lemma_.lower() in GATHERING_NOUNS
               for t in clause.subtree)


def check_headquarters(checker, st: Statement, on: str | None):
    """Supported when the place is (within) a seat the KB gives for that day, contradicted when
    it is elsewhere on a day the KB is sure of its seats; nothing said of a negated claim ("not
    in Paris" is true), for a time before the first seat or in the months of a move (a seat's
    imprecise start or end), of a place that was once (or will be) a seat, or of an organisation
    whose headquarters the KB does not record."""
    from accord.kb.temporal import active, lower, upper
    from accord.reconcile.kbcheck import Verdict, _places_within, fact_evidence

    facts = [f for f in checker.kb.facts(subject=st.subject, property="located_in")
             if (f.qualifiers or {}).get("role") == "headquarters"]
    if not facts or st.polarity == "negated":
        return None
    day = on or checker.kb.as_of
    held = [f for f in facts if active(f.start, f.end, None, day)]
    sure = [f for f in held if (f.start is None or upper(f.start.value) <= day)
            and (f.end is None or day < lower(f.end.value))]
    org = checker.name(st.subject)
    if st.value in _places_within(checker.kb, [f.value for f in held]):
        seat = next(f for f in held if st.value in _places_within(checker.kb, [f.value]))
        return Verdict("supported", f"{org} has its headquarters in {checker.name(seat.value)}.", [fact_evidence(seat)])
    if not sure or sure != held or st.value in {f.value for f in facts}:
        return None
    seats = " and ".join(checker.name(f.value) for f in sure)
    return Verdict("contradicted_by_kb", f"The claim puts {org}'s headquarters in {checker.name(st.value)}, "
                   f"but they are in {seats}.", [fact_evidence(f) for f in sure])


CHECKS = {"headquartered_in": check_headquarters}
WORDS = {"headquartered_in": "has its headquarters in"}
