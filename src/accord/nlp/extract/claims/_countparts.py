"""Some of an organisation's members, counted: "33 NATO members agreed", "27 EU countries signed".
Not a claim family: `counts` reads it where a count is not the whole membership (no "the", "all",
possessive), and makes `members_at_least` (organisation -> "33"): however many of them the
sentence speaks of, the organisation had at least that many members.

Read only "N ORG NOUN" with the organisation the noun's own compound ("NATO members", "EU
countries", "NATO member states") and nothing else before the noun but the number: "33 NATO staff
members", "30 members of parliament" and "about 30 NATO members" are not read.

Check (the window of `_membership.check_count`): contradicted when the organisation's size never
reached N on any day of the window, where the KB's list of members is complete; supported (the
organisation was big enough) otherwise.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.model import Statement
from accord.nlp.extract.claims._countdates import claim_times, governor
from accord.nlp.extract.claims._membership import _sizes, _window, complete
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod
from accord.nlp.extract.claims.grammar import Context, denies, make
from accord.reconcile.kbcheck import Verdict, fact_evidence


def read(ctx: Context, noun: Token) -> list[Statement]:
    num = nummod(noun)
    value = cardinal(num) if num is not None and not approximate(num) else None
    if value is None or value < 2 or noun.tag_ not in ("NNS", "NNPS"):
        return []
    lefts = [c for c in noun.lefts if c.i != num.i]
    orgs = [ctx.entity(c) for c in lefts if c.dep_ == "compound" and (ctx.entity(c) or "").startswith("org:")]
    others = [c for c in lefts if not (ctx.entity(c) or "").startswith("org:") and c.lemma_.lower() != "member"]
    if len(orgs) != 1 or others or any(c.dep_ in ("det", "predet", "poss", "quantmod") for c in num.children):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []  # "30 NATO members of parliament"
    verb = governor(noun)
    return [make(ctx, orgs[0], "members_at_least", str(value), [num, noun], verb, denies(verb, noun),
                 times=claim_times(ctx, noun))]


def check_at_least(checker, st: Statement, on: str | None) -> Verdict | None:
    kb, org = checker.kb, st.subject
    facts = kb.facts(property="member_of", value=org)
    window = _window(st, on)
    if not facts or window is None or not st.value.isdecimal() or st.polarity != "affirmed":
        return None
    lo, hi = window
    sizes = _sizes(facts, lo, hi)
    number, name = int(st.value), checker.name(org)
    largest = max(sizes) if sizes else 0
    if largest >= number:
        return Verdict("supported", f"{name} had {largest} members on {sizes[largest]}, at least {number}.",
                       [fact_evidence(f) for f in facts][:1])
    if not complete(kb, org, "member_of", lo, hi):
        return None
    return Verdict("contradicted_by_kb", f"{name} had at most {largest} members between {lo} and {hi}, "
                   f"fewer than {number}.", [fact_evidence(f) for f in facts][:1])


def words(name, st) -> str:
    return f"{name(st.subject)} has at least {st.value} members"
