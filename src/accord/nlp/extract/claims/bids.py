"""A state's bid told as still open: "Hungary lifts Sweden's last hurdle to NATO membership",
"Turkey is blocking Sweden's NATO bid", "Sweden's path to NATO membership remains blocked".

A bid, hurdle, path or application to join an organisation says the state is not a member yet.
Read only in a clause that tells of now (a present-tense verb, or one with "is" / "are"): "Sweden's
bid was blocked for months" tells of some time before the article, when Sweden was indeed not a
member, and says nothing of the article's day. Statement: `state – member_of – org` negated, on
the article's date, checked as any negated membership (contradicted when the state was a member
that day). A state that joined less than JUST_JOINED days before the article may still be written
of so (copy written the day before the ceremony): `date` 0.45, never flagged.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, make

ORDER = 70
BID_NOUNS = {"bid", "hurdle", "obstacle", "path", "road", "application", "quest", "candidacy", "push"}
MEMBERSHIP = {"membership", "accession", "joining"}
PRESENT = {"VBZ", "VBP"}
NOW_AUX = {"is", "are", "'s", "'re", "remains", "remain"}
JUST_JOINED = 30
UNSURE_DATE = 0.45


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    out = []
    for noun in (t for t in sent if t.lower_ in BID_NOUNS and t.pos_ == "NOUN"):
        found = _bid(ctx, noun)
        if found is None or not _now(noun):
            continue
        state, org = found
        sure = {"date": UNSURE_DATE} if _just_joined(ctx, state, org) else None
        out.append(make(ctx, state, "member_of", org, [noun], _verb_of(noun) or noun, polarity=True,
                        confidence=sure, modality="fact"))
    return out


def _bid(ctx: Context, noun: Token) -> tuple[str, str] | None:
    """(the state, the organisation) of "Sweden's (last) hurdle to NATO membership", "Sweden's
    NATO bid", "Sweden's bid to join NATO"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    states = [e for e in (ctx.entity(t) for o in owners for t in o.subtree) if e and e.startswith("state:")]
    if len(set(states)) != 1:
        return None
    orgs = [e for e in (ctx.entity(c) for c in noun.children if c.dep_ in ("compound", "nmod")) if e and e.startswith("org:")]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "for")):
        words = list(prep.subtree)
        if any(t.lower_ in MEMBERSHIP for t in words):
            orgs += [e for e in (ctx.entity(t) for t in words) if e and e.startswith("org:")]
    for verb in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "join"):
        orgs += [e for e in (ctx.entity(t) for t in verb.subtree) if e and e.startswith("org:")]
    orgs = list(dict.fromkeys(orgs))
    return (states[0], orgs[0]) if len(orgs) == 1 else None


def _verb_of(noun: Token) -> Token | None:
    tok = noun
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _now(noun: Token) -> bool:
    """The clause tells of now: "lifts", "is blocking", "remains"."""
    verb = _verb_of(noun)
    if verb is None:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (verb.tag_ in PRESENT and not auxes) or bool(auxes & NOW_AUX)


def _just_joined(ctx: Context, state: str, org: str) -> bool:
    today = ctx.doc._.document_date
    if not today:
        return True
    try:
        day = date.fromisoformat(str(today)[:10])
    except ValueError:
        return True
    for fact in ctx.kb.facts(subject=state, property="member_of", value=org):
        start = fact.start.value if fact.start else None
        if start and len(start) == 10 and day - timedelta(days=JUST_JOINED) <= date.fromisoformat(start) <= day:
            return True
    return False
