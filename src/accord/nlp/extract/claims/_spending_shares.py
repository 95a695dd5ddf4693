"""What share of its GDP one ally spends on defence: "Poland spends an estimated 4.1% of GDP on
defence this year", "Spain, Belgium and Luxembourg spent about 1.3% of GDP in 2024".

Read where states the KB knows are the subject of a spending verb ("spend", "devote", "invest",
"allocate") whose object is a share of GDP spent on defence ("on defence", "on its military"; with
no "on" phrase, in a sentence about defence: not "1.5% of GDP on development aid"), in a clause with a year of its own, or told in the
present tense (the article's year); not a plan ("will spend", "plans to spend"). "More than 4%", "nearly 2%", "below 1.5%" (a bound, not a
figure) are not read; "about", "around", "some", "roughly" and "an estimated" are (a figure
rounded by the writer).

Statement `defence_share` (subject the state, value the share in per cent, point_in_time the
year, or the article's day for the present tense). The KB (spending_states.yaml) holds NATO's
estimates with their share for a few years (`at_guideline`, qualifiers.share, published). A share
within AGREE points of NATO's is supported; one at least CLEAR points away, said after NATO
published its estimate for the year (the article's day for the present tense, the year's end for a
past year), is contradicted (estimates are revised by a tenth or two, and a writer rounds);
anything else is `new`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims._percent import percents
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, qualifiers
from accord.reconcile.kbcheck import Verdict, fact_evidence

SHARE_VERBS = {"spend", "devote", "invest", "allocate"}
BOUNDS = {"more", "less", "over", "under", "above", "below", "least", "most", "nearly", "almost", "than", "up",
          "beyond", "exceed", "fewer"}
AGREE = 0.15  # points of GDP: the same figure, rounded
CLEAR = 0.5  # points of GDP: no revision or rounding moves an estimate this far


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out = []
    for p in percents(sent):
        verb = p.unit.head
        if p.unit.dep_ != "dobj" or verb.lemma_.lower() not in SHARE_VERBS or verb.pos_ != "VERB" or negated(verb):
            continue
        if _bound(p.number) or not _on_defence(verb) or modality(verb) != "fact" \
                or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue  # "will spend 5% this year", "plans to spend": a budget, not NATO's estimate
        states = _states(ctx, verb)
        when = _when(ctx, verb)
        if not states or when is None:
            continue
        out += [make(ctx, s, "defence_share", p.value, [p.number, p.unit], verb, False, {"point_in_time": when})
                for s in states]
    return out


DEFENCE_WORDS = {"defence", "defense", "military", "armed", "forces", "army", "armies", "armament", "armaments"}


def _on_defence(verb: Token) -> bool:
    """What is spent on is defence: "on defence", "on its military" ("on development aid",
    "on health" are other shares); with no "on" phrase, a sentence about defence spending."""
    ons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    if ons:
        return any(t.lower_ in DEFENCE_WORDS for o in ons for t in o.subtree)
    return any(t.lower_ in DEFENCE_WORDS for t in verb.sent)


def _bound(number: Token) -> bool:
    """"more than 4%", "nearly 2%", "at least 2%": a bound, not a figure."""
    before = [t for t in number.subtree if t.i < number.i]
    before += [number.doc[i] for i in range(max(number.sent.start, number.i - 3), number.i)]
    return any(t.lower_ in BOUNDS for t in before)


def _states(ctx: Context, verb: Token) -> list[str]:
    """The states the subject names ("Poland", "Spain, Belgium and Luxembourg"); none when the
    subject names anything else with them (an organisation, "the allies")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    heads = [subj] + [t for t in subj.subtree if t.dep_ == "conj"]
    ents = [ctx.entity(t) or "" for t in heads]
    if not ents or not all(e.startswith("state:") for e in ents):
        return []
    return list(dict.fromkeys(ents))


def _when(ctx: Context, verb: Token) -> TimeQualifier | None:
    """The clause's year; for the present tense with none, the article's day."""
    point = qualifiers(ctx, clause_tokens(verb)).get("point_in_time")
    if point is not None and point.value[:4].isdecimal():
        published = str(getattr(ctx.doc._, "document_date", "") or "")[:10]
        if point.precision == "year" and published[:4] == point.value[:4] and verb.tag_ in ("VBZ", "VBP"):
            return TimeQualifier(published, "day")  # "spends 4.1% this year": said on the article's day
        return TimeQualifier(point.value[:4], "year") if len(point.value) < 10 else point
    if verb.tag_ in ("VBZ", "VBP"):
        published = str(getattr(ctx.doc._, "document_date", "") or "")[:10]
        return TimeQualifier(published, "day") if len(published) == 10 else None
    return None


def check_share(checker, st: Statement, on: str | None) -> Verdict | None:
    when = st.point_in_time.value if st.point_in_time else (on or "")
    year = when[:4]
    facts = [f for f in checker.kb.facts(subject=st.subject, property="at_guideline")
             if f.point_in_time and f.point_in_time.value[:4] == year and f.qualifiers.get("share")]
    if not facts:
        return None
    f = facts[0]
    share, said = float(f.qualifiers["share"]), float(st.value)
    published = str(f.qualifiers.get("published") or "")
    fact = f"NATO's estimate for {year}{f', published on {published},' if published else ''} puts " \
           f"{checker.name(st.subject)} at about {f.qualifiers['share']}% of GDP"
    if abs(share - said) <= AGREE + 1e-9:
        return Verdict("supported", f"{fact}.", [fact_evidence(f)])
    after = len(when) < 10 or (bool(published) and when[:10] >= published[:10])  # a past year: its figures are out
    if after and abs(share - said) >= CLEAR - 1e-9:
        return Verdict("contradicted_by_kb", f"{fact}; the claim says {st.value}%.", [fact_evidence(f)])
    return Verdict("new", f"{fact}; the claim says {st.value}% (estimates are revised).", [fact_evidence(f)])


def words(name, st) -> str:
    when = st.point_in_time.value[:4] if st.point_in_time else "?"
    return f"{name(st.subject)} spends {st.value}% of GDP on defence in {when}"
