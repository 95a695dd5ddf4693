"""Which term a president won (`won_term`, person -> the ordinal: "2" for a second term).

Read: "X won a second term in Sunday's run-off", "X secured a second five-year term in May 2023",
"X was re-elected for a third term on D", "X was sworn in for a second term on D": the ordinal
word on "term" ("second" .. "sixth"), the clause's one person subject and its one date (the
"in" / "on" phrase of the verb, or of the election it names). Not read: "another" or "new" term
(no count), a "consecutive" or "non-consecutive" term (a count of another kind), a term still
sought ("is seeking a second term": no verb of winning), a denial, a term of a party, a party
leader or an organisation's post (the person must be a direct president, below).

Checked (`check`): the person's state is the one whose head-of-state office the KB gives them
(not acting) on the claim's day or 150 days after, where the people elect the president
(elections.yaml `head: direct`); the count is the number of that state's presidential elections
(rounds under 45 days apart are one) up to the claim's day whose winner (_election_results.winner)
the person was. Compared only where the state's list of elections is complete from 150 days
before the person's first term in the office and the office's holders are complete from then to
the claim's day: the same count is supported, another contradicted; else no verdict (Erdogan's
first election of 2014, Putin's of 2000, precede the lists).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims import elections
from accord.nlp.extract.claims.election_winners import _subjects
from accord.nlp.extract.claims.grammar import Context, make, negated

ORDER = 67
WON_TERM = "won_term"
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
VERBS = {"win", "secure", "clinch", "earn", "gain", "begin", "start", "swear", "elect", "re-elect", "reelect"}
NOT_COUNTED = {"consecutive", "non-consecutive", "nonconsecutive", "straight", "successive", "row"}


def extract(ctx: Context, sent: Span) -> list[Statement]:
    if ctx.kb is None:
        return []
    words = {t.lower_ for t in sent}
    if "term" not in words or not words & set(ORDINALS) or words & (NOT_COUNTED | elections.MOVED):
        return []
    out: list[Statement] = []
    for tok in sent:
        if tok.lemma_.lower() == "term" and tok.pos_ == "NOUN":
            out += _term(ctx, tok)
    return out


def _term(ctx: Context, term: Token) -> list[Statement]:
    ordinals = [ORDINALS[c.lower_] for c in term.children if c.dep_ == "amod" and c.lower_ in ORDINALS]
    if len(ordinals) != 1:
        return []
    verb = term.head if term.dep_ == "dobj" else term.head.head if term.dep_ == "pobj" and term.head.lower_ == "for" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or negated(verb):
        return []
    lemma = verb.lemma_.lower()
    if not (lemma in VERBS or elections.re_elected(verb)):
        return []
    if {w.lower_ for w in verb.sent} & elections.CHOSEN_BY:
        return []  # "re-elected party chairman for a second term", "by parliament"
    subjects = _subjects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    people = list(dict.fromkeys(ctx.entities(subjects, ("person:",))))
    if len(people) != 1:
        return []
    when = elections.verb_date(ctx, verb)
    if when is None:
        return []
    value, precision, span, extra = when
    tokens = [term] + ([span[0], span[-1]] if span is not None and len(span) else [])
    return [make(ctx, people[0], WON_TERM, str(ordinals[0]), tokens, verb, False,
                 {"point_in_time": TimeQualifier(value, precision)}, **extra)]


def check(checker, st: Statement, on: str | None):
    from accord.nlp.extract.claims import _election_results as results
    from accord.reconcile import timecmp
    from accord.reconcile.kbcheck import Verdict, fact_evidence

    window = timecmp.bounds(st.point_in_time) if st.point_in_time is not None else None
    if window is None or st.polarity == "negated":
        return None
    kb = checker.kb
    lo, hi = window
    terms = {}
    for fact in kb.facts(subject=st.subject, property="holds_office"):
        attrs = kb.entity(fact.value).attrs or {} if kb.has(fact.value) else {}
        if (fact.qualifiers or {}).get("acting") or attrs.get("kind") not in ("head_of_state", "head_of_state_and_government"):
            continue
        if any(timecmp.active_on(fact.start, fact.end, d.isoformat(), fact.point_in_time) is True
               for d in (lo, hi + results.TAKES_OFFICE)):
            terms.setdefault(fact.value, attrs.get("jurisdiction"))
    if len(terms) != 1:
        return None
    office, state = next(iter(terms.items()))
    listed = kb.facts(subject=state, property=results.HELD)
    if not listed or (listed[0].qualifiers or {}).get("head") != "direct":
        return None
    own = [f for f in kb.facts(subject=st.subject, property="holds_office", value=office)
           if not (f.qualifiers or {}).get("acting") and f.start is not None and f.start.precision == "day"]
    if not own:
        return None
    since = min(date.fromisoformat(f.start.value) for f in own) - results.TAKES_OFFICE
    complete_from = date.fromisoformat(str((listed[0].qualifiers or {}).get("complete_from", "9999-12-31")))
    if since < complete_from or not all(kb.covers(office, "holds_office", d.isoformat()).covered for d in (since, hi)):
        return None
    won = []
    for rounds in results.elections_of(kb, state, results.PRESIDENTIAL):
        last = results.election_days(rounds[-1])[1]
        if last > hi + timedelta(days=1):
            break
        term = results.winner(kb, office, last)
        if term is None and last >= since:
            return None  # an election whose winner the rule cannot name: no count
        if term is not None and term.subject == st.subject:
            won.append(rounds[-1])
    if not won or results.election_days(won[-1])[1] < lo - results.TAKES_OFFICE:
        return None  # no win near the claim's day: not the term the claim speaks of
    who, count, claimed = checker.name(st.subject), len(won), int(st.value)
    evidence = [fact_evidence(f) for f in won]
    days = ", ".join(results.election_days(f)[1].isoformat() for f in won)
    if count == claimed:
        return Verdict("supported", f"{who} won {checker.name(state)}'s presidential elections of {days}: "
                       f"term {count}.", evidence)
    if st.modality != "fact":
        return None
    return Verdict("contradicted_by_kb", f"The claim has {who} win term {claimed}, but {who} won "
                   f"{checker.name(state)}'s presidential elections of {days} only: term {count}.", evidence)


def describe(name, st: Statement) -> str:
    """ "Maia Sandu won term 2 on 2024-11-03"."""
    when = st.point_in_time.value if st.point_in_time is not None else "an unstated day"
    return f"{name(st.subject)} won term {st.value} on {when}"


CHECKS = {WON_TERM: check}
WORDS = {WON_TERM: describe}
