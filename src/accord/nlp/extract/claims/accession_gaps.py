"""How long a state's accession took from its application (issue 12, num16): "Sweden joined NATO
almost two years after applying", "Finland joined the alliance less than a year after it applied",
"joined 11 months after its application". Statement `joined_after_applying` (state ->
"org:NATO#~2Y": the organisation, a mark and the duration in years Y or months M), checked
where the KB has both days: the application (`applied_to`) and the accession (`member_of`'s
start).

Read only a joining that is a fact, not denied, whose subject is the state (or "it" after a
sentence about one) and whose "after" phrase is the state's own application: "after applying",
"after it / Sweden applied", "after its / Sweden's application" (not "a year after Russia
invaded", nor another state's application). The mark: "almost / nearly" N ("<~": from N less
the slack up to N), "less than / under" N ("<"), "more than / over" N (">"), an exact or rough
N ("~": within the slack, half a year for years, a sixth of the months for months, one at least).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims._numbers import cardinal
from accord.nlp.extract.claims.grammar import Context, make, modality, negated, phrase_tokens
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 36
JOIN_VERBS = {"join", "accede"}
APPLY_VERBS = {"apply"}
APPLY_NOUNS = {"application", "bid", "request"}
ALMOST = {"almost", "nearly"}
LESS = {"less", "under", "fewer"}
MORE = {"more", "over"}
ROUGH = {"about", "around", "some", "roughly", "approximately"}
ORG_NOUNS = {"alliance", "bloc", "union"}
YEAR_SLACK = 6.0  # months: "two years after applying" for 21.6 months
DAYS_PER_MONTH = 30.44


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.lemma_.lower() in JOIN_VERBS and tok.pos_ == "VERB":
            out += _joined_after(ctx, tok)
    return out


def _joined_after(ctx: Context, verb: Token) -> list[Statement]:
    after = next((c for c in verb.children if c.lower_ == "after" and c.dep_ == "prep"), None)
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in APPLY_VERBS
                   and any(m.lower_ == "after" and m.dep_ == "mark" for m in c.children)), None)
    states = ctx.entities([c for c in verb.children if c.dep_ == "nsubj"], ("state:",))
    if len(states) != 1 or modality(verb) != "fact" or negated(verb):
        return []
    state = states[0]
    if after is not None and _applying(ctx, after, state):
        duration = _duration(after)
    elif clause is not None and _own_applicant(ctx, clause, state):
        duration = _duration(clause)
    else:
        return []
    org = _joined_org(ctx, verb)
    if duration is None or org is None:
        return []
    mark, n, unit = duration
    return [make(ctx, state, "joined_after_applying", f"{org}#{mark}{n:g}{unit}", [verb], verb, False)]


def _applying(ctx: Context, after: Token, state: str) -> bool:
    """"after applying", "after it applied" (parsed on the preposition), "after its application"."""
    for c in after.children:
        if c.dep_ == "pcomp" and c.lemma_.lower() in APPLY_VERBS:
            return _own_applicant(ctx, c, state)
        if c.dep_ == "pobj" and c.lemma_.lower() in APPLY_NOUNS:
            owner = next((o for o in c.children if o.dep_ == "poss"), None)
            return owner is None or owner.lower_ in ("its", "their") or ctx.entity(owner) == state
    return False


def _own_applicant(ctx: Context, apply: Token, state: str) -> bool:
    subj = next((c for c in apply.children if c.dep_ == "nsubj"), None)
    return subj is None or subj.lower_ in ("it", "they") or ctx.entity(subj) == state


def _duration(head: Token) -> tuple[str, float, str] | None:
    """"almost two years", "less than a year", "11 months" on the "after" (or its clause)."""
    span = next((c for c in head.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month")), None)
    num = next((c for c in span.children if c.dep_ == "nummod"), None) if span is not None else None
    if num is None:
        return None
    n = 1 if num.lower_ in ("a", "one") else cardinal(num)
    if not n:
        return None
    words = {t.lower_ for t in span.subtree if t.i < num.i} | {c.lower_ for c in head.children if c.dep_ == "advmod"}
    mark = "<~" if words & ALMOST else "<" if words & LESS else ">" if words & MORE else "~"
    if words - ALMOST - LESS - MORE - ROUGH - {"than", "just", "only"}:
        return None  # "two more years", "two long years"
    return mark, float(n), "Y" if span.lemma_.lower() == "year" else "M"


def _joined_org(ctx: Context, verb: Token) -> str | None:
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]  # acceded to
    found = ctx.entities(phrase_tokens(objs), ("org:",))
    if found:
        return found[0]
    if any(o.lemma_.lower() in ORG_NOUNS for o in objs) and ctx.topic_org:
        return ctx.topic_org
    return None


def check_gap(checker, st: Statement, on: str | None) -> Verdict | None:
    org, _, claim = st.value.partition("#")
    joined = [f for f in checker.kb.facts(subject=st.subject, property="member_of", value=org) if f.start is not None]
    applied = [f for f in checker.kb.facts(subject=st.subject, property="applied_to", value=org)
               if (f.point_in_time or f.start) is not None]
    if len(joined) != 1 or len(applied) != 1 or st.polarity != "affirmed":
        return None
    start, app = joined[0].start, applied[0].point_in_time or applied[0].start
    if start.precision != "day" or app.precision != "day":
        return None
    months = (date.fromisoformat(start.value[:10]) - date.fromisoformat(app.value[:10])).days / DAYS_PER_MONTH
    mark = claim.rstrip("YM0123456789.")
    n = float(claim[len(mark):-1]) * (12 if claim.endswith("Y") else 1)
    slack = YEAR_SLACK if claim.endswith("Y") else max(1.0, n / 6)
    ok = {"<~": n - slack <= months <= n, "<": months < n, ">": months > n}.get(mark, abs(months - n) <= slack)
    state, name = checker.name(st.subject), checker.name(org)
    evidence = [fact_evidence(applied[0]), fact_evidence(joined[0])]
    said = f"{state} applied to {name} on {app.value} and joined on {start.value}, {months:.1f} months later"
    if ok:
        return Verdict("supported", said + ".", evidence)
    return Verdict("contradicted_by_kb", f"{said}, not {_words(claim)}.", evidence)


def _words(claim: str) -> str:
    mark = claim.rstrip("YM0123456789.")
    n, unit = claim[len(mark):-1], "year" if claim.endswith("Y") else "month"
    prefix = {"<~": "almost ", "<": "less than ", ">": "more than "}.get(mark, "")
    return f"{prefix}{n} {unit}{'' if n == '1' else 's'} after applying"


CHECKS = {"joined_after_applying": check_gap}
WORDS = {"joined_after_applying": lambda name, st: f"{name(st.subject)} joined {name(st.value.partition('#')[0])} "
                                                    f"{_words(st.value.partition('#')[2])}"}
