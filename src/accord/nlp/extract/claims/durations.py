"""How long a state has been a member: "Turkey has been a member of NATO for more than 70 years",
"Estonia, a NATO member for two decades", "had been a NATO ally for 20 years by 2019".

Read: a relation noun (member, ally) as the attribute of "be" in the perfect ("has been",
"had been") or in an apposition, with a duration after "for" in its clause; the state is the
subject (or the apposition's head), the organisation the noun's own ("a member of NATO", "a NATO
member", "a NATO ally"; "a US ally" is not one). Statement `member_for`
(state -> "org:NATO#P70Y", with ">" before the duration for "more than / over", "<" for "nearly /
almost / under", "~" for "about / some"), `point_in_time` the day it is counted to: the clause's
own date ("by March 2023"), else the article's.

Check: the KB's start of that membership: the years from it to the day counted to
against the duration. An exact duration agrees within a year (a round "70 years" for 72 is how
people write) plus one year per full ten ("20 years" 17 to 23, "70 years" 62 to 78: `_slack`);
"more than N" needs more than N, "nearly N" between N less the slack and N. Outside, the claim is
contradicted where the KB has the relation's start; with no start (or no relation) the
membership family's own claim says what the KB knows, so this one is `new`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import (
    Context, clause_tokens, make, negated, phrase_tokens, qualifiers, subject_entities,
)
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 22

# Partnerships are left out: when one began is told many ways (a dialogue in the 1990s, a
# programme in 2014), so a duration may be true of a start the KB does not hold.
NOUNS = {"member": "member_for", "ally": "member_for"}
RELATION = {"member_for": "member_of"}
MODS = {"MORE_THAN": ">", "LESS_THAN": "<", "APPROX": "~", "EQUAL_OR_MORE": ">", "EQUAL_OR_LESS": "<"}
UNITS = {"Y": 1.0, "M": 1 / 12}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for noun in sent:
        prop = NOUNS.get(noun.lemma_.lower())
        if prop is None or noun.pos_ != "NOUN":
            continue
        found = _holder(ctx, noun)
        if found is None:
            continue
        states, verb = found
        orgs = ctx.entities(phrase_tokens([noun]), ("org:",))  # "a NATO ally", not "a US ally"
        tokens = clause_tokens(verb) if verb is not noun else {t.i for t in noun.subtree}
        span = _duration(ctx, tokens)
        if span is None or len(orgs) != 1:
            continue
        when = qualifiers(ctx, tokens).get("point_in_time") or qualifiers(ctx, tokens).get("end")
        times = {"point_in_time": when} if when is not None else {}
        out += [make(ctx, s, prop, f"{orgs[0]}#{span}", [noun], verb, negated(verb), times) for s in states]
    return out


def _holder(ctx: Context, noun: Token):
    """(the states, the verb) for "X has been a member", "X, a member for 20 years"."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() == "be" and _perfect(head):
        states = subject_entities(ctx, head, ("state:",))
        return (states, head) if states else None
    if noun.dep_ == "appos":
        states = ctx.entities([head], ("state:",))
        return (states, noun) if states else None
    return None


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve", "'d") for c in verb.children)


def _duration(ctx: Context, tokens: set[int]) -> str | None:
    """ "for more than 70 years" -> ">P70Y"; a vague one ("for years") says nothing."""
    for a in ctx.times_in(tokens):
        value = str(a.data.get("value") or "")
        if a.label != "DURATION" or not value.startswith("P") or "X" in value or value[-1] not in UNITS:
            continue
        before = ctx.doc.text[max(0, a.start - 5):a.start].lower().split()
        if not before or before[-1] != "for":
            continue
        return MODS.get(str(a.data.get("mod") or ""), "") + value
    return None


def _years(span: str) -> tuple[str, float] | None:
    mark = span[0] if span[0] in "<>~" else ""
    body = span[len(mark):]
    try:
        return mark, float(body[1:-1]) * UNITS[body[-1]]
    except (ValueError, KeyError):
        return None


def _slack(n: float) -> float:
    return 1 + int(n // 10)


def check_duration(checker, st: Statement, on: str | None) -> Verdict | None:
    org, _, span = st.value.partition("#")
    parsed = _years(span)
    day = st.point_in_time.value if st.point_in_time else on
    bounds = timecmp.bounds(day) if day else None
    if parsed is None or bounds is None or st.polarity != "affirmed":
        return None
    mark, n = parsed
    relation = RELATION[st.property]
    facts = [f for f in checker.kb.facts(subject=st.subject, property=relation, value=org)
             if f.start is not None and timecmp.bounds(f.start) and timecmp.bounds(f.start)[0] <= bounds[1]]
    if not facts:
        return None
    first = min(facts, key=lambda f: timecmp.bounds(f.start)[0])
    start = timecmp.bounds(first.start)[0]
    years = (bounds[0] - start).days / 365.25
    slack = _slack(n)
    ok = {">": years > n, "<": n - slack <= years <= n, "~": abs(years - n) <= slack}.get(mark, abs(years - n) <= slack)
    state, name = checker.name(st.subject), checker.name(org)
    kind = "supported" if ok else "contradicted_by_kb"
    said = "" if ok else f", not {_words(mark, n)}"
    return Verdict(kind, f"{state}'s {relation.split('_')[0]}ship of {name} began on {first.start.value}: "
                   f"{years:.1f} years by {day}{said}.", [fact_evidence(first)])


def _words(mark: str, n: float) -> str:
    lead = {">": "more than ", "<": "nearly ", "~": "about "}.get(mark, "")
    return f"{lead}{n:g} years"


CHECKS = {"member_for": check_duration}


def _words_of(name, st) -> str:
    org, _, span = st.value.partition("#")
    parsed = _years(span)
    length = _words(*parsed) if parsed else span
    kind = "member"
    return f"{name(st.subject)} a {kind} of {name(org)} for {length}"


WORDS = {"member_for": _words_of}
