"""Whether one ally meets NATO's 2% guideline in a year: "Germany met the 2% target in 2024",
"Spain, Canada and Italy did not reach the alliance's goal last year", "Poland will hit NATO's
guideline this year", "Belgium missed the target in 2023".

Read where a state the KB knows is the subject (or one of the subjects) of a meeting verb
("meet", "reach", "hit", "exceed", or "miss", its antonym; "failed to meet" is denied) whose object
is the alliance's target (a target noun NATO owns, or one that names 2%; a 3% or 5% target is
another claim), in a clause with a date of its own (its year is the claim's: an undated "has
met the target" speaks of no year the KB could check).

Statement `at_guideline` (subject the state, value "yes", polarity from the verb, point_in_time
the year). The KB (spending_states.yaml) holds NATO's estimates for a few years; a claim that
agrees is supported; one that disagrees is contradicted only when the ally's estimated share is
at least MARGIN points from 2% (estimates are revised by a tenth or two); otherwise `new`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._percent import TARGET_NOUNS, percents
from accord.nlp.extract.claims._spending_counts import MEET_VERBS, MISS_VERBS
from accord.nlp.extract.claims.grammar import Context, clause_tokens, described_state, make, negated, qualifiers
from accord.reconcile.kbcheck import Verdict, fact_evidence

NATO = "org:NATO"
MARGIN = 0.25  # points of GDP from the 2% line: a share this far is no revision away


def extract(ctx: Context, sent: Span, owner) -> list[Statement]:
    """`owner(ctx, noun)` -> (org or None, how sure) is spending's reading of whose target it is."""
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in MEET_VERBS | MISS_VERBS:
            continue
        target = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TARGET_NOUNS), None)
        if target is None or not _the_guideline(ctx, target, owner):
            continue
        holder = verb.head if verb.dep_ == "xcomp" else verb  # "Spain failed to meet it"
        states = _states(ctx, holder)
        if not states:
            continue
        when = qualifiers(ctx, clause_tokens(holder)).get("point_in_time")
        if when is None or not when.value[:4].isdecimal():
            continue
        denied = negated(verb) != (lemma in MISS_VERBS)
        out += [make(ctx, s, "at_guideline", "yes", [tok, verb], verb, denied,
                     {"point_in_time": TimeQualifier(when.value[:4], "year")}) for s, tok in states]
    return out


def _the_guideline(ctx: Context, target: Token, owner) -> bool:
    """The alliance's 2% target: a level of 2% in the phrase, or (with no level) NATO's own."""
    levels = {p.value for p in percents(target.sent) if p.unit.i in {t.i for t in target.subtree}}
    if levels:
        return levels == {"2"}
    org, link = owner(ctx, target)
    return org == NATO and link >= 0.8


def _states(ctx: Context, verb: Token) -> list[tuple[str, Token]]:
    """The states the subject names: "Germany", "Spain, Canada and Italy", "the Baltic state"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    if not ctx.entity(subj) and (taken_up := described_state(ctx, subj)):
        return [(taken_up[0], subj)]  # "Estonia ... The Baltic state met the target in 2023"
    out = []
    for tok in [subj] + [t for t in subj.subtree if t.dep_ == "conj" and t.head.i in {x.i for x in subj.subtree}]:
        ent = ctx.entity(tok) or ""
        if ent.startswith("state:") and all(ent != e for e, _ in out):
            out.append((ent, tok))
    return out


def check_at_guideline(checker, st: Statement, on: str | None) -> Verdict | None:
    year = (st.point_in_time.value if st.point_in_time else on or "")[:4]
    facts = [f for f in checker.kb.facts(subject=st.subject, property="at_guideline")
             if f.point_in_time and f.point_in_time.value[:4] == year]
    if not facts:
        return None
    f = facts[0]
    said = "yes" if st.polarity == "affirmed" else "no"
    share = f.qualifiers.get("share")
    where = (f"at about {share}% of GDP" if share else "") + (" " if share else "")
    fact = (f"NATO's estimate for {year} puts {checker.name(st.subject)} {where}"
            f"{'at or above' if f.value == 'yes' else 'below'} the 2% guideline")
    if f.value == said:
        return Verdict("supported", f"{fact}.", [fact_evidence(f)])
    if share is not None and abs(float(share) - 2.0) >= MARGIN:
        return Verdict("contradicted_by_kb", f"{fact}; the claim says it {'did' if said == 'yes' else 'did not'} "
                       "meet it.", [fact_evidence(f)])
    return Verdict("new", f"{fact}; it is near the line, and revised estimates may differ.", [fact_evidence(f)])


def words(name, st) -> str:
    met = "meets" if st.polarity == "affirmed" else "does not meet"
    return f"{name(st.subject)} {met} NATO's 2% guideline in {st.point_in_time.value if st.point_in_time else '?'}"
