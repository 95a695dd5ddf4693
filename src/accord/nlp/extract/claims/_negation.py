"""Checks of negated claims ("X has not joined NATO", "X is no longer prime minister", "X has
never been NATO's secretary general", "Lithuania will not host the summit in Vilnius") for the
properties whose own rule compares dates and places and would read past the "not".

KBChecker.check sends a negated statement of these properties here (NEGATED_CHECKS) instead of
to the property's rule; a rule that cannot tell returns None and the claim is `new`. A negation
is a contradiction only where the KB holds the affirmed fact on the day the claim speaks of; a
negation the KB agrees with is supported only where its list is complete (coverage).
"""

from __future__ import annotations

from dataclasses import replace

from accord.model import Statement
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence


def _known_on(fact, when: str, kb=None) -> bool:
    """Is the term surely in force on `when`: inside its dates, and, when it is open-ended, not
    past the day it is known to hold (its `as_of`, within its list's coverage: kbcheck.known_until)?"""
    from accord.reconcile.kbcheck import known_until

    if timecmp.active_on(fact.start, fact.end, when, fact.point_in_time) is not True:
        return False
    bounds = timecmp.bounds(when)
    until = known_until(fact, kb)
    return fact.end is not None or bool(until and bounds and bounds[1].isoformat() <= until)


def _throughout(fact, first: str, last: str | None = None, kb=None) -> bool:
    """Was the term surely in force every day from `first`'s first day to `last`'s (or `first`'s)
    last day? "X was not T in 2013" is contradicted only by a term that ran through 2013."""
    lo, hi = timecmp.bounds(first), timecmp.bounds(last or first)
    return bool(lo and hi) and _known_on(fact, lo[0].isoformat(), kb) and _known_on(fact, hi[1].isoformat(), kb)


def check_not_joined(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "X did not join O in T": contradicted when X joined O in T; "X has not joined O (yet)",
    undated: contradicted when X had joined O by the day the claim speaks of. "did not join until
    T" (an end) says X joined at T: not read here."""
    if st.end is not None:
        return None
    facts = checker.kb.facts(subject=st.subject, property="joined", value=st.value) or [
        f for f in checker.kb.facts(subject=st.subject, property="member_of", value=st.value) if f.start is not None]
    subject, org = checker.name(st.subject), checker.name(st.value)
    when = st.point_in_time or st.start
    known = [(f, f.point_in_time or f.start) for f in facts]
    if when is not None:
        same = [f for f, k in known if timecmp.same_time(when, k)]
        if same:
            return Verdict("contradicted_by_kb", f"{subject} joined {org} on {(same[0].point_in_time or same[0].start).value}, "
                           f"but the claim says it did not ({timecmp.label(when)}).", [fact_evidence(f) for f in same])
        return Verdict("supported", f"{subject} did not join {org} then" + (
            f" (it joined on {known[0][1].value})." if known else "."), [fact_evidence(f) for f, _ in known])
    if on is None or timecmp.bounds(on) is None:
        return None
    first, last = timecmp.bounds(on)
    before = [f for f, k in known if timecmp.bounds(k) and timecmp.bounds(k)[1] < first]
    if before:
        k = before[0].point_in_time or before[0].start
        return Verdict("contradicted_by_kb", f"{subject} joined {org} on {k.value}, before {on}, but the claim says "
                       f"it has not.", [fact_evidence(f) for f, _ in known])
    if known and all(timecmp.bounds(k) and timecmp.bounds(k)[0] > last for _, k in known):
        return Verdict("supported", f"{subject} joined {org} only on {known[0][1].value}, after {on}.",
                       [fact_evidence(f) for f, _ in known])
    return None  # no accession the KB knows of, or one on that very day (before or after the words?)


def check_not_holding(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "X is not / no longer T" on a day: contradicted when one of X's own terms is surely in
    force that day; supported when the office's list is complete that day and none is."""
    when = st.point_in_time.value if st.point_in_time else on
    terms = checker.kb.facts(property="holds_office", value=st.value)
    if when is None or not terms or timecmp.bounds(when) is None:
        return None
    person, office = checker.name(st.subject), checker.name(st.value)
    own = [f for f in terms if f.subject == st.subject]
    active = [f for f in own if _throughout(f, when, kb=checker.kb)]
    if active:
        return Verdict("contradicted_by_kb", f"{person} held the office of {office} on {when} (from "
                       f"{active[0].start.value if active[0].start else '?'}), but the claim says not.",
                       [fact_evidence(f) for f in active])
    if checker.kb.covers(st.value, "holds_office", when).covered and not any(
            timecmp.active_on(f.start, f.end, when, f.point_in_time) for f in own):
        holders = [f for f in terms if _known_on(f, when, checker.kb)]
        return Verdict("supported", f"{person} did not hold the office of {office} on {when}.",
                       [fact_evidence(f) for f in holders])
    return None


def check_never_held(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "X has never been / served as T": contradicted when one of X's own terms began by `on`. "X did not
    serve as T from A to B" (a start and an end): see `_not_held_then`."""
    if st.start is not None and st.end is not None:
        return _not_held_then(checker, st)
    if st.start is not None or st.end is not None or st.point_in_time is not None:
        return None
    if on is None or timecmp.bounds(on) is None:
        return None
    last = timecmp.bounds(on)[1]
    own = checker.kb.facts(subject=st.subject, property="holds_office", value=st.value)
    began = [f for f in own if f.start is not None and timecmp.bounds(f.start) and timecmp.bounds(f.start)[0] <= last]
    if not began:
        return None
    return Verdict("contradicted_by_kb", f"{checker.name(st.subject)} held the office of {checker.name(st.value)} "
                   f"from {began[0].start.value}, but the claim says never.", [fact_evidence(f) for f in began])


def _not_held_then(checker, st: Statement) -> Verdict | None:
    """ "X did not serve as T from A to B": contradicted when one of X's own terms is that one
    (began in A and ended in B, at the precision written, an end within a day) or surely ran
    through all of A to B. A term that only overlaps the stretch leaves the denial possibly true
    (of the part X did not serve): no verdict."""
    from accord.nlp.extract.claims.terms import within_a_day

    lo, hi = timecmp.bounds(st.start), timecmp.bounds(st.end)
    if lo is None or hi is None:
        return None
    own = checker.kb.facts(subject=st.subject, property="holds_office", value=st.value)
    same = [f for f in own if f.start is not None and f.end is not None and within_a_day(st.start, f.start.value)
            and within_a_day(st.end, f.end.value)]
    through = [f for f in own if _throughout(f, st.start.value, st.end.value, checker.kb)]
    held = same or through
    if not held:
        return None
    f = held[0]
    return Verdict("contradicted_by_kb", f"{checker.name(st.subject)} held the office of {checker.name(st.value)} "
                   f"from {f.start.value if f.start else '?'}" + (f" to {f.end.value}" if f.end else "")
                   + f", but the claim says not ({timecmp.label(st.start)} to {timecmp.label(st.end)}).",
                   [fact_evidence(x) for x in held])


def check_not_placed(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "Lithuania will not host the summit (in Vilnius)": contradicted when the affirmed claim
    is supported by the KB; whether the event took place elsewhere is not a confirmation. A denial
    told as a fact of an event that began only after the day the claim speaks of ("Lithuania has
    never hosted a NATO summit", written before Vilnius 2023: the summit the noun was linked to by
    the denied place itself) is true of that day: no verdict (a plan denied, "will not host", is
    still contradicted)."""
    if st.modality != "plan" and _begins_after(checker, st.subject, on):
        return None
    rule = checker._rules.get("located_in")
    affirmed = rule(replace(st, polarity="affirmed"), on) if rule is not None else None
    if affirmed is None or affirmed.kind != "supported":
        return None
    return Verdict("contradicted_by_kb", f"{affirmed.explanation.rstrip('.')}, but the claim says it did not.",
                   affirmed.evidence)


def _begins_after(checker, event: str, on: str | None) -> bool:
    """Does the event's first day the KB records (`took_place_on`) fall after the last day of
    `on`? False when either is unknown."""
    said = timecmp.bounds(on) if on else None
    days = [f.start or f.point_in_time for f in checker.kb.facts(subject=event, property="took_place_on")]
    firsts = [timecmp.bounds(d)[0] for d in days if d is not None and timecmp.bounds(d)]
    return bool(said and firsts) and min(firsts) > said[1]


# One-off acts the KB records (who attended or hosted a summit, who was invited to it, who applied
# to join, who invaded whom): a denial of one the KB records is contradicted.
DONE = ("attended", "invited_to", "hosted", "applied_to", "invaded", "invited_to_join", "withdrew_candidacy", "left")
_DONE_WORDS = {"attended": "attended", "invited_to": "was invited to", "hosted": "hosted",
               "applied_to": "applied to join", "invaded": "invaded", "invited_to_join": "was invited to join",
               "withdrew_candidacy": "withdrew the candidacy for", "left": "left"}


def check_not_done(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "Yoon did not attend the summit", "Japan was not invited", "Sweden has not applied":
    contradicted when the KB records the act at the claim's time (a dated claim), or by the day
    the claim speaks of (an undated one: "has not applied" said before the application is true).
    The KB's lists of these acts are not complete, so a denial it does not contradict is `new`."""
    if st.property in ("attended", "hosted") and _still_to_come(checker, st.value, on) and (
            st.modality == "plan" or _begins_after(checker, st.value, on)):
        # "Macron will not attend the summit", written weeks before it: a plan, which may change
        # (neg20); in the last week the travel is settled and told as such. So is a denial told as
        # a fact of an event still to come ("Kishida is not attending the summit", "has not
        # attended the Madrid summit", weeks before it: true that day; neg22)
        return Verdict("unverifiable", "The claim is about an event more than a week after the article's day (a "
                       "plan, or told before the event); who attends is known only once it has taken place.")
    facts = checker.kb.facts(subject=st.subject, property=st.property, value=st.value)
    when = st.point_in_time or st.start
    if when is not None:
        done = [f for f in facts if timecmp.overlaps(when, f.start or f.point_in_time, f.end or f.point_in_time)]
    else:
        last = timecmp.bounds(on)[1] if on and timecmp.bounds(on) else None
        done = [f for f in facts if _by(f, last)]
    if not done and st.property == "attended" and st.subject.startswith("state:"):
        from accord.nlp.extract.claims._attendance import state_attendance

        found = state_attendance(checker.kb, st.subject, st.value, leaders_only=True)
        if found and (when is not None or _by(found[0], timecmp.bounds(on)[1] if on and timecmp.bounds(on) else None)):
            return Verdict("contradicted_by_kb", f"{checker.name(found[0].subject)} attended {checker.name(st.value)} "
                           f"for {checker.name(st.subject)}, but the claim says {checker.name(st.subject)} did not.",
                           [fact_evidence(f) for f in found])
    if not done:
        return _as_before(checker, st, on)
    f = done[0]
    day = f.point_in_time or f.start
    return Verdict("contradicted_by_kb", f"{checker.name(st.subject)} {_DONE_WORDS[st.property]} "
                   f"{checker.name(st.value)}" + (f" ({day.value})" if day else "") + ", but the claim says not.",
                   [fact_evidence(x) for x in done])


PLAN_SETTLED_DAYS = 7  # days before an event from which a leader's travel to it is settled


def _still_to_come(checker, event: str, on: str | None) -> bool:
    """Does the event begin more than PLAN_SETTLED_DAYS after the day `on` (the article's), by the
    first day the KB records for it (`took_place_on`)?"""
    from datetime import timedelta

    said = timecmp.bounds(on) if on else None
    days = [f.start or f.point_in_time for f in checker.kb.facts(subject=event, property="took_place_on")]
    firsts = [timecmp.bounds(d)[0] for d in days if d is not None and timecmp.bounds(d)]
    return bool(said and firsts) and min(firsts) > said[1] + timedelta(days=PLAN_SETTLED_DAYS)


def _as_before(checker, st: Statement, on: str | None) -> Verdict:
    """No recorded act to contradict: a plan is unverifiable, the rest new. (The property's own
    rule compares dates and would read past the "not": "Russia did not invade Ukraine in March
    2021" is true.)"""
    if st.modality == "plan":
        return Verdict("unverifiable", "The claim is about a plan the knowledge base cannot confirm yet.")
    return Verdict("new", "The knowledge base has nothing on this claim; no other source confirms it.")


def _by(fact, last) -> bool:
    """Did the act happen by `last` (a fact with no date: it happened, so yes when no day is known)?"""
    day = fact.point_in_time or fact.start
    if day is None or last is None:
        return last is None or day is None
    bounds = timecmp.bounds(day)
    return bool(bounds) and bounds[0] <= last


# Properties whose own rule compares values and dates without reading the polarity: a denial of
# one of them is checked by checking what it denies ("NATO does not have 30 members", "the summit
# was not held in July 2024", "North Macedonia did not become the 30th member").
FLIPPED = ("took_place_on", "member_count", "holds_presidency", "headquartered_in", "took_office",
           "left_office")


def check_not_affirmed(checker, st: Statement, on: str | None) -> Verdict | None:
    """A denial of what the KB supports is contradicted. A denial of what the KB contradicts
    is not thereby supported (the rule may have judged a detail the denial does not deny, or a
    list it does not keep complete): `new`. A denial dated by "until" / "before" ("did not have 30
    members until 2020") is no denial and is not read as one by the families (grammar.denies)."""
    rule = checker._rules.get(st.property)
    affirmed = rule(replace(st, polarity="affirmed"), on) if rule is not None else None
    if affirmed is None or affirmed.kind != "supported":
        return None
    return Verdict("contradicted_by_kb", f"{affirmed.explanation.rstrip('.')}, but the claim says not.",
                   affirmed.evidence)


def check_not_ranked(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "X did not become / failed to become the Nth member (on T)": contradicted only when X did
    become it, and then: on a date the claim gives, or (undated: "has not yet become") before the
    article's day. Said before the accession, or on its day, the denial may be true."""
    affirmed = check_not_affirmed(checker, st, on)
    if affirmed is None:
        return None
    org = st.value.partition("#")[0]
    joined = [f.start for f in checker.kb.facts(subject=st.subject, property="member_of", value=org) if f.start]
    when = st.point_in_time or st.start
    day = timecmp.bounds(min(joined, key=lambda t: t.value)) if joined else None
    said = timecmp.bounds(when) if when is not None else (timecmp.bounds(on) if on else None)
    if day is None or said is None:
        return None
    if when is not None and (day[0] > said[1] or day[1] < said[0]):
        return None  # dated: joined at another time than the claim's
    if when is None and not day[1] < said[0]:
        return None  # undated: joined on the article's day or later ("has not yet become" written that morning)
    return affirmed


def check_not_candidate(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "EU leaders refused to grant Ukraine candidate status on 23 June 2022", "did not give
    Georgia candidate status in December 2023": contradicted when the KB dates the candidacy's
    start to the stated day (at the precision both give). Undated ("refused to grant") it may be
    of any earlier refusal: not read. (The KB does not keep the candidacies of states that have
    since joined, so no other denial can be judged.)"""
    when = st.start or st.point_in_time
    if when is None:
        return _candidate_now(checker, st, on)
    facts = [f for f in checker.kb.facts(subject=st.subject, property="candidate_for", value=st.value)
             if (f.start or f.point_in_time) is not None and timecmp.same_time(when, f.start or f.point_in_time)]
    if not facts:
        return None
    began = (facts[0].start or facts[0].point_in_time).value
    return Verdict("contradicted_by_kb", f"{checker.name(st.subject)} became a candidate for {checker.name(st.value)} on "
                   f"{began}, but the claim says it was not granted the status then ({timecmp.label(when)}).",
                   [fact_evidence(f) for f in facts])


def _candidate_now(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "Ukraine is not an EU candidate" (undated, of the article's day): contradicted when a
    candidacy the KB lists began before that day, has no end, and was known to hold then (as_of)."""
    said = timecmp.bounds(on) if on else None
    if said is None:
        return None
    facts = [f for f in checker.kb.facts(subject=st.subject, property="candidate_for", value=st.value)
             if f.end is None and f.start is not None and timecmp.bounds(f.start)[1] < said[0]
             and f.as_of and said[1].isoformat() <= str(f.as_of)]
    if not facts:
        return None
    return Verdict("contradicted_by_kb", f"{checker.name(st.subject)} has been a candidate for {checker.name(st.value)} "
                   f"since {facts[0].start.value}, but the claim says it is not ({on}).", [fact_evidence(f) for f in facts])


def check_not_agreed(checker, st: Statement, on: str | None) -> Verdict | None:
    from accord.nlp.extract.claims._spending_check import check_not_agreed as rule

    return rule(checker, st, on)


def check_not_appointed(checker, st: Statement, on: str | None) -> Verdict | None:
    from accord.nlp.extract.claims.appointments import check_not_appointed as rule

    return rule(checker, st, on)


NEGATED_CHECKS = {"appointed_to": check_not_appointed, "confirmed_to": check_not_appointed, **{p: check_not_done for p in DONE}, "target_agreed_on": check_not_agreed, "joined": check_not_joined, "holds_office": check_not_holding, "held_office": check_never_held,
                  "located_in": check_not_placed, **{p: check_not_affirmed for p in FLIPPED},
                  "member_rank": check_not_ranked, "candidate_for": check_not_candidate}
