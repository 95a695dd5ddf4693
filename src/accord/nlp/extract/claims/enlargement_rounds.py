"""How many times an organisation has taken in new members (issue 12, num16): "NATO has
expanded three times before", "the EU has enlarged seven times", "NATO has had ten rounds of
enlargement". Statement `enlargements` (organisation -> "3"), of the clause's date, else the
article's.

A round is a day on which states joined (the KB's `member_of` starts after the founders' day).
Writers also count accessions a few years apart as one round (the EU's 2004 and 2007, NATO's
2023 and 2024): days less than MERGE_YEARS apart may be one. The count may be of any day from
REPORT_DAYS before the claim's day to that day ("has expanded three times before", written on
the day of the fourth round, counts the day before it). Contradicted only when no such reading gives N and the KB lists the
members completely from the founding to the claim's day.

Read only the organisation as the subject of "has expanded / enlarged N times" ("grown three
times" may be its size) or of "has had N rounds of enlargement / expansion", a fact, not
denied, with no phrase that narrows it ("twice in a decade", "since the Cold War"; "since its
founding" does not narrow it).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.kb import temporal
from accord.nlp.extract.claims._membership import complete
from accord.nlp.extract.claims._numbers import approximate, cardinal, nummod
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, qualifiers
from accord.nlp.extract.claims.treaty import FOUND_NOUNS, orgs_of
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 36
EXPAND_VERBS = {"expand", "enlarge"}
ROUND_NOUNS = {"round", "wave"}
GROWTH_NOUNS = {"enlargement", "expansion"}
TIMES_WORDS = {"once": 1, "twice": 2}
MERGE_YEARS = 3
REPORT_DAYS = 60
PLAIN_ADVERBS = {"before", "already", "now", "since", "once", "twice", "far", "thus", "previously"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.lemma_.lower() in EXPAND_VERBS and tok.pos_ == "VERB":
            out += _expanded(ctx, tok, _times(tok))
        elif tok.lemma_.lower() in ROUND_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "have" \
                and any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() in GROWTH_NOUNS for p in c.children)
                        for c in tok.children):
            num = nummod(tok)
            out += _expanded(ctx, tok.head, cardinal(num) if num is not None and not approximate(num) else None, tok)
    return out


def _times(verb: Token) -> int | None:
    """"three times", "twice", "once" on the verb, or on its "before" ("expanded three times before")."""
    kids = [*verb.children, *(g for c in verb.children if c.dep_ == "advmod" and c.lower_ == "before" for g in c.children)]
    for c in kids:
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in TIMES_WORDS:
            return TIMES_WORDS[c.lower_]
        if c.dep_ == "npadvmod" and c.lemma_.lower() == "time":
            num = nummod(c)
            return cardinal(num) if num is not None and not approximate(num) else None
    return None


def _expanded(ctx: Context, verb: Token, number: int | None, rounds: Token | None = None) -> list[Statement]:
    """`rounds`: the object of "has had N rounds", the one object the verb may have."""
    if not number or modality(verb) != "fact" or negated(verb) or _narrowed(verb, rounds):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    orgs, sure = orgs_of(ctx, [subj])
    if len(orgs) != 1:
        return []
    point = qualifiers(ctx, clause_tokens(verb)).get("point_in_time")
    return [make(ctx, orgs[0], "enlargements", str(number), [verb], verb, False,
                 {"point_in_time": point} if point is not None else None,
                 confidence={"link": sure} if sure < 1 else None)]


def _narrowed(verb: Token, rounds: Token | None) -> bool:
    """A phrase that counts only some rounds, or says what else expanded: "twice in a decade",
    "since the Cold War", "eastward", "expanded its budget three times"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "prt", "acomp", "oprd") and (rounds is None or c.i != rounds.i) or (c.dep_ == "advmod" and c.lower_ not in PLAIN_ADVERBS):
            return True
        if c.dep_ != "prep":
            continue
        objs = [p for p in c.children if p.dep_ == "pobj"]
        if c.lower_ == "since" and objs and all(p.lower_ in FOUND_NOUNS for p in objs):
            continue  # "since its founding"
        return True
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() == "time" and any(g.dep_ == "prep" for g in c.children)
               for c in verb.children)


def check_enlargements(checker, st: Statement, on: str | None) -> Verdict | None:
    when = st.point_in_time.value if st.point_in_time is not None else on
    value = st.value
    if not when or not str(when)[:4].isdecimal() or not value.isdecimal():
        return None
    facts = [f for f in checker.kb.facts(property="member_of", value=st.subject) if f.start is not None]
    if not facts:
        return None
    hi = date.fromisoformat(temporal.upper(str(when)))
    lo = date.fromisoformat(temporal.lower(str(when))) - timedelta(days=REPORT_DAYS)
    days = sorted({date.fromisoformat(temporal.lower(f.start.value)) for f in facts})
    founded, rounds = days[0], days[1:]
    readings = _readings(rounds, lo, hi)
    number, name = int(value), checker.name(st.subject)
    evidence = [fact_evidence(f) for f in facts if date.fromisoformat(temporal.lower(f.start.value)) in rounds][:5]
    if number in readings:
        return Verdict("supported", f"{name} took in new members on {len([d for d in rounds if d <= hi])} days "
                       f"after its founding, up to {hi.isoformat()}.", evidence)
    if not complete(checker.kb, st.subject, "member_of", founded.isoformat(), hi.isoformat()):
        return None
    said = " or ".join(str(n) for n in sorted(readings)) or "no"
    return Verdict("contradicted_by_kb", f"{name} had enlarged {said} times by {hi.isoformat()}, not {number}.",
                   evidence)


def _readings(rounds: list[date], lo: date, hi: date) -> set[int]:
    """The counts of rounds a writer may give for a day in [lo, hi] (a report written before a
    round in that span, or after it): from every close run of days taken as one round to every
    day taken as its own."""
    found = set()
    for last in [d for d in rounds if lo <= d <= hi] + [lo, hi]:
        upto = [d for d in rounds if d <= last]
        found |= set(range(_merged(upto), len(upto) + 1))
    return found


def _merged(days: list[date]) -> int:
    """The rounds when days less than MERGE_YEARS apart count as one."""
    count, prev = 0, None
    for d in days:
        if prev is None or (d - prev).days >= 365.25 * MERGE_YEARS:
            count += 1
        prev = d
    return count


CHECKS = {"enlargements": check_enlargements}
WORDS = {"enlargements": lambda name, st: f"{name(st.subject)} has enlarged {st.value} times"}
