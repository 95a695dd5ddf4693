"""A state's leaving told as a noun presupposes its membership: "Britain's withdrawal from the
European Union", "British withdrawal from the EU", "the withdrawal of Britain from the EU",
"Britain's exit / departure from the EU", "Britain's decision / vote to leave the European Union".
Whether the leaving happened, is planned or only feared ("would be a mistake"), the state was a
member of the organisation before the day the claim speaks of.

Statement: `member_before` (the state -> the organisation; the sentence's own date, else the
article's, as `point_in_time`). Checked (`check_member_before`): supported when the KB has the
state's membership starting on or before that day; contradicted when the KB has none that starts
by then (none at all, or only a later one: "Sweden's withdrawal from NATO" in 2016) and lists the
organisation's members completely from its first member's accession to that day; otherwise not
read. The leaving itself ("Britain left the
EU") is the `left` claim of actions.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, qualifiers
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 28
LEAVING_NOUNS = {"withdrawal", "exit", "departure", "secession"}  # "Britain's withdrawal from the EU"
DECIDING_NOUNS = {"decision", "vote", "choice", "referendum", "move", "bid", "plan"}  # "Britain's decision to leave the EU"
LEAVE_VERBS = {"leave", "quit", "exit"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN":
            continue
        if lemma in LEAVING_NOUNS:
            org = _from_org(ctx, tok)
        elif lemma in DECIDING_NOUNS:
            org = _to_leave_org(ctx, tok)
        else:
            continue
        state = _owner(ctx, tok) if org else None
        if state is None:
            continue
        verb = _governor(tok)
        times = qualifiers(ctx, clause_tokens(verb)) if verb.pos_ in ("VERB", "AUX") else {}
        point = times.get("point_in_time")
        out.append(make(ctx, state, "member_before", org, [tok], verb, False,
                        {"point_in_time": point} if point is not None else None, modality="fact"))
    return out


def _from_org(ctx: Context, noun: Token) -> str | None:
    """The organisation of "from ORG" on the noun, the mention the whole object (not "from NATO's
    integrated command")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            return _org_itself(ctx, obj)
    return None


def _to_leave_org(ctx: Context, noun: Token) -> str | None:
    """"decision to leave the European Union": the object of the leaving verb on the noun."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in LEAVE_VERBS and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            return _org_itself(ctx, obj)
    return None


def _org_itself(ctx: Context, obj: Token | None) -> str | None:
    if obj is None:
        return None
    ent = ctx.entity(obj)
    if not ent or not ent.startswith("org:"):
        return None
    if any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in obj.children):
        return None  # "from the EU's single market", "from NATO's integrated command"
    return ent


def _owner(ctx: Context, noun: Token) -> str | None:
    """The leaving state: "Britain's", "British" on the noun, or "of Britain"."""
    for c in noun.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and (ent := ctx.entity(c)) and ent.startswith("state:"):
            if c.dep_ == "poss" and any(g.dep_ == "poss" for g in c.children):
                return None
            return ent
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            ent = ctx.entity(obj) if obj is not None else None
            if ent and ent.startswith("state:") and not any(x.dep_ == "conj" for x in obj.children):
                return ent
    return None


def _governor(tok: Token) -> Token:
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return tok


def check_member_before(checker, st, on: str | None) -> Verdict | None:
    from accord.kb import temporal
    from accord.nlp.extract.claims._membership import complete

    when = st.point_in_time.value if st.point_in_time is not None else on
    if not when or not str(when)[:4].isdecimal() or st.polarity != "affirmed":
        return None
    day = temporal.upper(str(when))
    facts = checker.kb.facts(property="member_of", value=st.value)
    own = [f for f in facts if f.subject == st.subject]
    state, org = checker.name(st.subject), checker.name(st.value)
    before = [f for f in own if f.start is None or temporal.lower(f.start.value) <= day]
    if before:
        return Verdict("supported", f"{state} was a member of {org} before {day}.", [fact_evidence(f) for f in before][:2])
    if not facts:
        return None
    starts = [temporal.lower(f.start.value) for f in facts if f.start is not None]
    try:
        declared = ((checker.kb.entity(st.value).attrs or {}).get("coverage") or {}).get("member_of") or {}
    except Exception:
        declared = {}
    first = min(starts, default=None)
    if first is None or len(starts) < len(facts) or "from" not in declared or temporal.lower(str(declared["from"])) > first:
        return None  # the list does not reach back to the organisation's first members
    if not complete(checker.kb, st.value, "member_of", first, day):
        return None
    if own:  # a member only later: "Sweden's withdrawal from NATO" in 2016
        return Verdict("contradicted_by_kb", f"{state} was not a member of {org} before {day}: it joined later.",
                       [fact_evidence(f) for f in own][:2])
    return Verdict("contradicted_by_kb", f"{state} has never been a member of {org} (the knowledge base lists its "
                   f"members since {first}), so it cannot leave it.", [])


CHECKS = {"member_before": check_member_before}
WORDS = {"member_before": lambda name, st: f"{name(st.subject)} was a member of {name(st.value)} (its leaving told)"}
