"""Which way the European allies' and Canada's defence spending went in a year: "in 2019 defence
spending across European Allies and Canada increased in real terms by 4.6%", "European allies'
military budgets fell in 2016", "defence spending by European members did not grow in 2023".

NATO publishes one figure a year for the European allies and Canada taken together; it rose in
real terms every year from 2015 on (kb/data/spending_trend.yaml, `spending_change`). Read only
where the subject is defence (military) spending, expenditure or budgets of the European allies
(a phrase with "European" or "Europe", or "Canada", and an ally noun or NATO): a state's own
budget, the US, or the alliance as a whole (the US figure moves on its own) are not this figure.
Only the direction is checked ("increase" or "decrease"; a denied rise is a claim that it did
not rise), never the amount: first estimates are revised for years.

Statement `spending_change` (subject org:NATO, value "increase" / "decrease", `point_in_time`
the year: the clause's own, else the article's with `date` 0.6).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, negated, qualifiers
from accord.reconcile.kbcheck import Verdict, fact_evidence

NATO = "org:NATO"
UP = {"increase", "rise", "grow", "climb", "jump", "surge", "soar"}
DOWN = {"decrease", "fall", "decline", "drop", "shrink", "slip", "dip"}
SPENDING = {"spending", "expenditure", "expenditures", "budget", "budgets", "outlay", "outlays"}
DEFENCE = {"defence", "defense", "military"}
EUROPE = {"european", "europe", "canada"}
ALLIES = {"ally", "allies", "member", "members", "nato", "alliance", "country", "countries", "nation", "nations"}
UNDATED = 0.6


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in UP | DOWN:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not _european_defence_spending(ctx, subj):
            continue
        times = qualifiers(ctx, clause_tokens(verb) - {t.i for t in subj.subtree if t.i != subj.i})
        when = times.get("point_in_time")
        sure = {}
        if when is None or when.precision is None:
            published = str(ctx.doc._.document_date or "")[:4]
            if not published.isdecimal():
                continue
            when, sure = TimeQualifier(published, "year"), {"date": UNDATED}
        value = "increase" if lemma in UP else "decrease"
        out.append(make(ctx, NATO, "spending_change", value, [subj, verb], verb, negated(verb),
                        {"point_in_time": TimeQualifier(when.value[:4], "year")}, confidence=sure))
    return out


def _european_defence_spending(ctx: Context, subj: Token) -> bool:
    if subj.lower_ not in SPENDING and subj.lemma_.lower() not in SPENDING:
        return False
    words = [t for t in subj.subtree]
    lower = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    if not lower & DEFENCE or not lower & EUROPE or not lower & ALLIES:
        return False
    states = {ctx.entity(t) for t in words if (ctx.entity(t) or "").startswith("state:")}
    return states <= {"state:CAN"}  # Canada is part of the figure; any other state is its own budget


def check_change(checker, st: Statement, on: str | None) -> Verdict | None:
    if st.point_in_time is None:
        return None
    year = st.point_in_time.value[:4]
    facts = [f for f in checker.kb.facts(subject=NATO, property="spending_change")
             if f.point_in_time and f.point_in_time.value[:4] == year]
    if not facts:
        return None
    known = facts[0].value
    said = st.value if st.polarity == "affirmed" else f"no {st.value}"
    agrees = (st.value == known) == (st.polarity == "affirmed")
    text = f"NATO's figures for {year} record a real-terms {known} in the European allies' and Canada's defence spending"
    if agrees:
        return Verdict("supported", f"{text}.", [fact_evidence(facts[0])])
    return Verdict("contradicted_by_kb", f"{text}; the claim says {said}.", [fact_evidence(facts[0])])


def words(name, st) -> str:
    change = st.value if st.polarity == "affirmed" else f"no {st.value}"
    return f"European allies' and Canada's defence spending: {change} in {st.point_in_time.value if st.point_in_time else '?'}"
