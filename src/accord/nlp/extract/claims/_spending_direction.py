"""Which way the allies moved their spending target: "allies agreed on Wednesday to raise their
defence spending target to 5% of GDP", "NATO lowered its guideline", "the target was cut", "did
not raise the goal".

The KB holds the allies' total targets with the days they were in force (`target_level` in
spending.yaml: 2% until 2025-06-25, 5% from then), so a change of target is known: the target in
force before a day against the one that starts on it. A sentence that raises or lowers the
target (a verb of either direction whose object, or passive subject, is a target noun the
alliance owns, or whose subject is the allies) is compared with the changes the KB records
within WINDOW days of its date (its own, its governing verb's "agreed on Wednesday to raise",
else the article's). A change the other way is a contradiction; no recorded change in that time
says nothing (a sentence may speak loosely of a "raised bar" the KB does not record as a level).

Statement `target_change` (subject org:NATO, value "increase" / "decrease", point_in_time).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.kb import temporal
from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._percent import TARGET_NOUNS, own_dates
from accord.nlp.extract.claims.grammar import Context, make, modality, negated
from accord.reconcile.kbcheck import Verdict, fact_evidence

NATO = "org:NATO"
RAISE = {"raise", "increase", "lift", "boost", "hike", "double", "triple", "up"}
LOWER = {"lower", "cut", "reduce", "decrease", "slash", "halve", "relax", "loosen", "ease"}
PARTICLE = {("scale", "back"), ("scale", "down"), ("water", "down"), ("ramp", "up"), ("bump", "up")}
WINDOW = 7  # days either side of the claim's date (reports of a summit's days)
ARTICLE_DATE = 0.7  # the article's date stands in for the sentence's


def extract(ctx: Context, sent: Span, owner) -> list[Statement]:
    """`owner(ctx, noun)` -> (org or None, how sure) is spending's reading of whose target it is."""
    out = []
    for verb in sent:
        direction = _direction(verb)
        if direction is None:
            continue
        noun = _target(verb)
        if noun is None:
            continue
        org, link = owner(ctx, noun)
        if org != NATO or link < 0.8:
            continue
        times, sure = _when(ctx, verb)
        if not times:
            continue
        out.append(make(ctx, NATO, "target_change", direction, [verb, noun], verb, negated(verb), times,
                        confidence={"link": round(link, 2)} | sure, modality=modality(verb)))
    return out


def _direction(verb: Token) -> str | None:
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if any((lemma, p) in PARTICLE for p in particles):
        return "decrease" if particles & {"back", "down"} else "increase"
    if lemma in RAISE:
        return "increase"
    return "decrease" if lemma in LOWER else None


def _target(verb: Token) -> Token | None:
    """The target noun the verb moves: its object ("raise the target"), or its passive subject
    ("the goal was lowered")."""
    deps = ("dobj",) if not any(c.dep_ == "auxpass" for c in verb.children) else ("nsubjpass",)
    return next((c for c in verb.children if c.dep_ in deps and c.lemma_.lower() in TARGET_NOUNS), None)


def _when(ctx: Context, verb: Token) -> tuple[dict, dict]:
    """The verb's own date, or its governing verb's ("agreed on Wednesday to raise"), else the
    article's (less sure)."""
    for tok in (verb, verb.head if verb.dep_ in ("xcomp", "ccomp") else None):
        if tok is None:
            continue
        times, _ = own_dates(ctx, tok)
        when = times.get("point_in_time")
        if when is not None and when.precision in ("day", "month"):
            return {"point_in_time": when}, {}
        if when is not None:
            return {}, {}  # a year ("raised in 2025") is too loose for a change made on one day
    published = str(ctx.doc._.document_date or "")
    if len(published) >= 10:
        return {"point_in_time": TimeQualifier(published[:10], "day")}, {"date": ARTICLE_DATE}
    return {}, {}


def changes(kb) -> list[tuple[str, str, object, object]]:
    """(day, "increase" / "decrease", the old fact, the new fact): each day a total target took
    over from another."""
    facts = [f for f in kb.facts(property="target_level") if f.qualifiers.get("share", "total") == "total" and f.start]
    out = []
    for new in facts:
        day = temporal.lower(new.start.value)
        old = [f for f in facts if f is not new and f.end and temporal.lower(f.end.value) == day]
        for before in old:
            way = "increase" if float(new.value) > float(before.value) else "decrease"
            out.append((day, way, before, new))
    return out


def check_change(checker, st: Statement, on: str | None) -> Verdict | None:
    day = st.point_in_time.value if st.point_in_time else on
    if not day or len(day) < 7:
        return None
    lo = date.fromisoformat(temporal.lower(day)) - timedelta(days=WINDOW)
    hi = date.fromisoformat(temporal.upper(day)) + timedelta(days=WINDOW)
    near = [c for c in changes(checker.kb) if lo.isoformat() <= c[0] <= hi.isoformat()]
    if len(near) != 1:
        return None
    when, way, before, after = near[0]
    text = (f"On {when} the allies' target went from {before.value}% to {after.value}% of GDP "
            f"(an {way})" if way == "increase" else f"On {when} the allies' target went from {before.value}% to "
            f"{after.value}% of GDP (a {way})")
    said = st.value if st.polarity == "affirmed" else f"no {st.value}"
    if (st.value == way) == (st.polarity == "affirmed"):
        return Verdict("supported", f"{text}.", [fact_evidence(before), fact_evidence(after)])
    return Verdict("contradicted_by_kb", f"{text}; the claim says {said}.", [fact_evidence(before), fact_evidence(after)])


def words(name, st) -> str:
    change = st.value if st.polarity == "affirmed" else f"no {st.value}"
    return f"the allies' spending target: {change} on {st.point_in_time.value if st.point_in_time else '?'}"
