"""The number of the summit an article reports in its series (issue 12, num16): "The meeting was
the 49th summit of the group", "This year's gathering is the 49th G7 summit". Statement
`series_number` (the event -> "49"), checked against the event's `ordinal` in the KB (the G7, G20
and Quad summits carry one).

Read only a copula whose subject is the gathering the article reports, told generically ("the
meeting", "the summit", "this year's gathering", "the talks"; a named one, "the Hiroshima summit",
is linked by the summit families), and whose complement is a summit with an ordinal that counts
the series (`_eventlink.series_ordinal`: not "the first in-person summit", "Biden's first
summit"). The series is the complement's organisation ("the 49th G7 summit", "of the G7"), or,
for "of the group" / "the group's" / no owner, the article's organisation. The event is that
organisation's one summit under way on the article's day or in the AFTER days before it
(as leader_days reads the summit an article reports); none when there is not exactly one.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from accord.model import Statement
from accord.nlp.extract.claims import _eventlink as links
from accord.nlp.extract.claims.grammar import Context, make, negated, phrase_tokens
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 36
GATHERING_NOUNS = {"meeting", "summit", "gathering", "talks", "conference"}
SERIES_NOUNS = {"summit", "meeting", "gathering"}
GROUP_NOUNS = {"group", "grouping", "bloc", "club", "forum", "alliance", "organisation", "organization"}
AFTER = 3  # days after a summit in which an article still reports it (leader_days.AFTER)


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for tok in sent:
        if tok.dep_ == "attr" and tok.lemma_.lower() in SERIES_NOUNS and tok.head.lemma_ == "be":
            out += _numbered(ctx, tok)
    return out


def _numbered(ctx: Context, noun: Token) -> list[Statement]:
    verb = noun.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not _reported(subj) or negated(verb) or ctx.kb is None:
        return []
    number = links.series_ordinal(ctx, noun)
    org = _series_org(ctx, noun)
    if number is None or org is None:
        return []
    event = _reported_event(ctx, org)
    if event is None:
        return []
    return [make(ctx, event.id, "series_number", str(number), [noun], verb, False)]


def _reported(subj: Token) -> bool:
    """"the meeting", "this summit", "this year's gathering": the gathering told of, unnamed."""
    if subj.lemma_.lower() not in GATHERING_NOUNS:
        return False
    kids = list(subj.children)
    if any(c.dep_ in ("compound", "amod", "prep", "relcl", "acl", "appos", "nummod") for c in kids):
        return False  # "the Hiroshima meeting", "the next summit", "the meeting in May"
    det = next((c for c in kids if c.dep_ in ("det", "poss")), None)
    return det is not None and (det.lower_ in ("the", "this") or (
        det.lemma_.lower() == "year" and any(d.lower_ == "this" for d in det.children)))


def _series_org(ctx: Context, noun: Token) -> str | None:
    """The complement's organisation ("the 49th G7 summit", "of the G7"), else the article's for
    "of the group" / no owner; None for another owner ("the 49th summit of leaders")."""
    own = ctx.entities([c for c in noun.children if c.dep_ in ("compound", "poss")], ("org:",))
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    own += ctx.entities(phrase_tokens(of), ("org:",))
    if own:
        return own[0]
    if any(p.lemma_.lower() not in GROUP_NOUNS for p in of):
        return None
    return ctx.topic_org


def _reported_event(ctx: Context, org: str):
    """The organisation's one summit under way on the article's day or just before it."""
    published = ctx.doc._.document_date
    bounds = timecmp.bounds(str(published)) if published else None
    if bounds is None:
        return None
    day = bounds[0]
    found = []
    for e in links.events(ctx.kb):
        if e.org != org or e.ministerial:
            continue
        start, end = timecmp.bounds(e.start), timecmp.bounds(e.end)
        if start and end and start[0] <= day <= end[1] + timedelta(days=AFTER):
            found.append(e)
    return found[0] if len(found) == 1 else None


def check_series_number(checker, st: Statement, on: str | None) -> Verdict | None:
    try:
        entity = checker.kb.entity(st.subject)
    except Exception:  # an event the KB does not hold
        return None
    ordinal = (getattr(entity, "attrs", None) or {}).get("ordinal")
    if ordinal is None or not st.value.isdecimal():
        return None
    name = checker.name(st.subject)
    evidence = [fact_evidence(f) for f in checker.kb.facts(subject=st.subject, property="took_place_on")][:1]
    if int(ordinal) == int(st.value):
        return Verdict("supported", f"{name} is number {ordinal} in its series.", evidence)
    return Verdict("contradicted_by_kb", f"{name} is number {ordinal} in its series, not {st.value}.", evidence)


CHECKS = {"series_number": check_series_number}
WORDS = {"series_number": lambda name, st: f"{name(st.subject)} is summit number {st.value} of its series"}
