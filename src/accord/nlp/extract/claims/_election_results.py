"""The check of `won_election` / `won_presidential_election` (election_winners.py): who won a
state's national election, as the KB's lists of elections and of office holders tell it.

`winner(kb, office, last_round)`: the one holder (not acting) whose term of the state's head of
state office begins within 150 days after the last round of a direct presidential election,
else the holder (not acting) in office on its day and a year after (an incumbent re-elected);
None when neither is one person. `rounds(kb, state, lo, hi)`: the election (its rounds) a claimed window
speaks of.
"""

from __future__ import annotations

from datetime import date, timedelta

from accord.model import Statement
from accord.nlp.extract.office_kinds import sole_office
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

HELD = "held_election"
PRESIDENTIAL, PARLIAMENTARY = "presidential", "parliamentary"
#: how long after the last round the winner takes office: the US 76 days, Taiwan about 130
TAKES_OFFICE = timedelta(days=150)
#: how long an incumbent re-elected stays in office after the vote, at the least
STAYS = timedelta(days=365)
ROUNDS = timedelta(days=45)
MARGIN = timedelta(days=1)


def election_days(fact) -> tuple[date, date]:
    """The first and last day of a `held_election` fact (one day, or a vote of two or three)."""
    if fact.point_in_time is not None:
        day = date.fromisoformat(fact.point_in_time.value)
        return day, day
    return date.fromisoformat(fact.start.value), date.fromisoformat(fact.end.value)


def elections_of(kb, state: str, kind: str) -> list[list]:
    """The state's national elections of a kind, each a list of its rounds (facts) in order:
    rounds less than 45 days apart are one election."""
    facts = sorted((f for f in kb.facts(subject=state, property=HELD) if f.value == kind), key=lambda f: election_days(f)[0])
    out: list[list] = []
    for f in facts:
        if out and election_days(f)[0] - election_days(out[-1][-1])[1] < ROUNDS:
            out[-1].append(f)
        else:
            out.append([f])
    return out


def claimed_election(kb, st: Statement, kind: str) -> tuple[list, bool] | None:
    """(the rounds of the one election of `kind` the claim's date falls on, whether the date is
    its last round's); None when none or more than one."""
    lo, hi = timecmp.bounds(st.point_in_time)
    slack = MARGIN if st.point_in_time.precision == "day" else timedelta(0)
    found = []
    for rounds in elections_of(kb, st.value, kind):
        hit = [f for f in rounds if election_days(f)[0] <= hi + slack and election_days(f)[1] >= lo - slack]
        if hit:
            found.append((rounds, rounds[-1] in hit))
    return found[0] if len(found) == 1 else None


def leading_office(kb, state: str, kinds: tuple[str, ...]) -> str | None:
    """The state's one office of those kinds (head_of_state, head_of_government, ...)."""
    found = {o for kind in kinds if (o := sole_office(kb, state, kind)) is not None}
    return found.pop() if len(found) == 1 else None


def winner(kb, office: str, day: date):
    """The holder fact of the person the office went to after the vote of `day` (see module doc)."""
    after = (day + STAYS).isoformat()
    terms = [f for f in kb.facts(property="holds_office", value=office)
             if not (f.qualifiers or {}).get("acting") and f.start is not None]
    new = [f for f in terms if f.start.precision == "day" and day < date.fromisoformat(f.start.value) <= day + TAKES_OFFICE]
    if new:
        return new[0] if len({f.subject for f in new}) == 1 else None
    kept = [f for f in terms if timecmp.active_on(f.start, f.end, day.isoformat(), None) is True
            and timecmp.active_on(f.start, f.end, after, None) is True]
    return kept[0] if len(kept) == 1 else None


def _covered(kb, office: str, day: date, term) -> bool:
    """Is the list of holders complete on the days the winner was read from (the vote's, the
    150th after it and, for an incumbent, a term begun before the vote, the 365th) and between
    them?"""
    kept = date.fromisoformat(term.start.value[:10]) <= day if term.start.precision == "day" else True
    days = (0, TAKES_OFFICE.days) + ((STAYS.days,) if kept else ())
    if not all(kb.covers(office, "holds_office", (day + timedelta(days=n)).isoformat()).covered for n in days):
        return False
    period = kb.coverage(office, "holds_office")
    last = (day + timedelta(days=days[-1])).isoformat()
    # a declared gap between those days (a suspended president, a term not recorded): not complete
    return not any(g.start <= last and g.until >= day.isoformat() for g in (period.gaps if period else ()))


def check(checker, st: Statement, on: str | None):
    if st.point_in_time is None or timecmp.bounds(st.point_in_time) is None:
        return None
    kb = checker.kb
    facts = kb.facts(subject=st.value, property=HELD)
    if not facts:
        return None
    head = (facts[0].qualifiers or {}).get("head")
    presidential = claimed_election(kb, st, PRESIDENTIAL) if head == "direct" else None
    parliamentary = claimed_election(kb, st, PARLIAMENTARY)
    if st.property == "won_presidential_election" or (presidential and not parliamentary):
        return _presidential(checker, st, presidential) if presidential else None
    if parliamentary and not presidential:
        return _parliamentary(checker, st, parliamentary)
    return None


def _presidential(checker, st: Statement, found):
    rounds, last = found
    if not last:
        return None  # a first round: who topped it is not who won
    kb = checker.kb
    office = leading_office(kb, st.value, ("head_of_state", "head_of_state_and_government"))
    day = election_days(rounds[-1])[1]
    term = winner(kb, office, day) if office else None
    if term is None:
        return None
    state, person, who = checker.name(st.value), checker.name(st.subject), checker.name(term.subject)
    evidence = [fact_evidence(rounds[-1]), fact_evidence(term)]
    said = f"{state}'s presidential election of {day.isoformat()}"
    if (term.subject == st.subject) == (st.polarity == "affirmed"):
        how = f"{who} won {said}" if st.polarity == "affirmed" else f"{who} won {said}, not {person}"
        return Verdict("supported", f"{how} (the knowledge base's holders of the office).", evidence)
    if not _covered(kb, office, day, term) or st.modality != "fact":
        return None
    if st.polarity == "affirmed":
        return Verdict("contradicted_by_kb", f"The claim has {person} win {said}, but {who} won it: the office "
                       f"went to {who} (the knowledge base's holders of {checker.name(office)}).", evidence)
    return Verdict("contradicted_by_kb", f"The claim has {person} not win {said}, but {person} won it "
                   f"(the knowledge base's holders of {checker.name(office)}).", evidence)


def _parliamentary(checker, st: Statement, found):
    rounds, last = found
    if st.polarity != "affirmed" or not last:
        return None
    kb = checker.kb
    day = election_days(rounds[-1])[1]
    office = leading_office(kb, st.value, ("head_of_government", "head_of_state_and_government"))
    term = winner(kb, office, day) if office else None
    said = f"{checker.name(st.value)}'s election of {day.isoformat()}"
    if term is not None and term.subject == st.subject:
        return Verdict("supported", f"{checker.name(st.subject)} led the government formed after {said}.",
                       [fact_evidence(rounds[-1]), fact_evidence(term)])
    elsewhere = _only_abroad(kb, st.subject, st.value)
    if elsewhere and st.modality == "fact":
        return Verdict("contradicted_by_kb", f"The claim has {checker.name(st.subject)} win {said}, but every "
                       f"state office the knowledge base gives {checker.name(st.subject)} is of "
                       f"{', '.join(checker.name(s) for s in elsewhere)}.", [fact_evidence(rounds[-1])])
    return None


def _only_abroad(kb, person: str, state: str) -> list[str]:
    """The other states of a person whose every state office the KB knows is of another state
    (none when one is of `state`, or the KB gives none)."""
    where = set()
    for fact in kb.facts(subject=person, property="holds_office"):
        j = (kb.entity(fact.value).attrs or {}).get("jurisdiction") if kb.has(fact.value) else None
        if isinstance(j, str) and j.startswith("state:"):
            where.add(j)
    return sorted(where) if where and state not in where else []
