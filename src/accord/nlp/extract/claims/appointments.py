"""Appointments to an office: "NATO appointed Farah Dakhlallah as its next spokeswoman", "X was
appointed foreign minister on D", "X has been named NATO's new deputy secretary general".

An appointment precedes the term by days or months and the KB keeps terms, not appointments, so
the claim (`appointed_to`, the office; its point in time the clause's own date, else the start
a clause on a post noun beside the title gives, "was appointed T, a post he held from 2005 to
2012" (with an end alone there, "a post he held until 2012", not read), else the article's) is supported when one of the person's own terms of that office starts from 120 days
before that day to a year after it (an appointment announced, the term begun or still to come),
and otherwise `new` (appointments fall through, and a person may be re-appointed to a post the
KB's list shows them leaving), except for someone who never held that single-holder office while
the KB's list covers the day and the 120 days after it: "X was elected Austrian chancellor" for
a German is a contradiction. "Elected" reads as "appointed" ("was elected German chancellor on
Tuesday"); an acting or interim appointment is not judged. The office is the title written with
"as" or as the verb's complement ("named NATO's new spokesperson"), found as the terms family
finds it (claims/terms.py `office_of`). Plans and hypotheticals are not read. A denied appointment
("NATO has not appointed X as its spokeswoman", "X was never named T") is read negated and
contradicted only when one of the person's own terms of the office had begun by the day the claim
speaks of, within BEFORE days before it (a dated denial: on that very day); an older term (a
re-appointment may be denied), a term still to come, or none leaves the denial `new`. "not ... until" dates it: not
read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from spacy.tokens import Span

from accord.model import Statement, TimeQualifier
from accord.nlp.extract.claims.grammar import Context, clause_tokens, make, modality, negated, not_until, qualifiers
from accord.nlp.extract.claims.terms import office_of
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

ORDER = 53
VERBS = frozenset({"appoint", "name", "elect", "confirm", "approve"})  # a parliament confirms or approves
ACTING = frozenset({"acting", "interim", "caretaker", "temporary"})
BEFORE, AFTER = 120, 365  # days from the appointment to the term's first day


def extract(ctx: Context, sent: Span) -> list[Statement]:
    out: list[Statement] = []
    for verb in sent:
        if verb.lemma_.lower() not in VERBS or verb.pos_ != "VERB" or modality(verb) != "fact" or not_until(verb):
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "to") for c in verb.children):
            continue
        people = ctx.entities([t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree
                               if t.dep_ != "relcl"], ("person:",))
        if len(people) != 1:
            continue
        office, attachment = office_of(ctx, verb, people[0])
        if office is None:
            continue
        times = qualifiers(ctx, clause_tokens(verb))
        when = times.get("point_in_time")
        if when is None:
            post = _post_times(ctx, verb)
            if post is not None and "start" not in post:
                continue  # "was appointed T, a post he held until 2012": a past of its own, undated
            when = post["start"] if post is not None else None  # "..., a post he held from 2005 to 2012"
        sure = {"attachment": attachment} if attachment < 1.0 else None
        prop = "confirmed_to" if _senate_confirmed(ctx, verb, office) else "appointed_to"
        found = make(ctx, people[0], prop, office, [verb], verb, negated(verb),
                     times={"point_in_time": when} if when else None, confidence=sure)
        if any(t.lower_ in ACTING for t in verb.subtree):
            found = replace(found, modality="hypothetical")  # an acting holder: often missing from the lists
        out.append(found)
    return out


def _post_times(ctx: Context, verb) -> dict | None:
    """The times of a clause on a post noun beside the title ("was appointed foreign minister, a
    post he held from 2005 to 2012"): the term the appointment began, dated there and not by the
    article's day. None when there is no such clause or it has no time."""
    from accord.nlp.extract.claims.terms import POSTS

    for post in (t for t in verb.subtree if t.lemma_.lower() in POSTS and t.i > verb.i):
        for clause in (c for c in post.children if c.dep_ == "relcl" and c.lemma_.lower() in ("hold", "occupy", "keep")):
            times = qualifiers(ctx, clause_tokens(clause))
            if times:
                return times
    return None


# Offices whose holder is sworn in within days of the Senate's confirmation (the United States'
# cabinet secretaries the KB keeps: Carter was sworn in five days after, the others within two).
CONFIRMED_KINDS = frozenset({"foreign_minister", "defence_minister", "finance_minister"})
SWORN_WITHIN = 7  # days from the Senate's vote to the term's first day


def _senate_confirmed(ctx: Context, verb, office: str) -> bool:
    """ "X has been confirmed by the Senate as T", "the Senate confirmed X as T", for an office of
    CONFIRMED_KINDS of the United States. ("The White House confirmed X as its pick" is news of a
    nomination: no Senate, not read as a confirmation.)"""
    if verb.lemma_.lower() != "confirm" or ctx.kb is None:
        return False
    doers = [t for c in verb.children if c.dep_ == "agent" for p in c.children for t in p.subtree]
    doers += [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    if not any(t.lower_ in ("senate", "senators") for t in doers):
        return False
    try:
        attrs = ctx.kb.entity(office).attrs or {}
    except Exception:
        return False
    return attrs.get("jurisdiction") == "state:USA" and attrs.get("kind") in CONFIRMED_KINDS


def check_confirmed(checker, st: Statement, on: str | None) -> Verdict | None:
    """A Senate confirmation is an appointment (`check_appointed`), and one told undated ("has
    been confirmed", "was confirmed") is contradicted when said more than SWORN_WITHIN days before
    the person's first own term of the office began (the "not yet" of a true sentence gone), with
    no earlier own term. Dated, or with a term begun by then, it is the appointment's check."""
    if st.point_in_time is None and on and timecmp.bounds(on) and st.modality == "fact":
        said = timecmp.bounds(on)[1]
        own = [f for f in checker.kb.facts(subject=st.subject, property="holds_office", value=st.value)
               if f.start is not None and timecmp.bounds(f.start.value) and not (f.qualifiers or {}).get("acting")]
        later = [f for f in own if timecmp.bounds(f.start.value)[0] > said + timedelta(days=SWORN_WITHIN)]
        if own and len(later) == len(own):
            first = min(later, key=lambda f: f.start.value)
            return Verdict("contradicted_by_kb", f"{checker.name(st.subject)}'s term as {checker.name(st.value)} "
                           f"began only on {first.start.value}, but the claim says the Senate had confirmed "
                           f"the appointment by {on}.", [fact_evidence(f) for f in own])
    return check_appointed(checker, st, on)


def check_appointed(checker, st: Statement, on: str | None) -> Verdict | None:
    day = st.point_in_time.value if st.point_in_time else on
    bounds = timecmp.bounds(day) if day else None
    if bounds is None:
        return None
    own = checker.kb.facts(subject=st.subject, property="holds_office", value=st.value)
    person, office = checker.name(st.subject), checker.name(st.value)
    lo, hi = bounds[0] - timedelta(days=BEFORE), bounds[1] + timedelta(days=AFTER)
    near = [f for f in own if f.start is not None and timecmp.bounds(f.start.value)
            and lo <= timecmp.bounds(f.start.value)[0] <= hi]
    if near:
        return Verdict("supported", f"{person}'s term as {office} began on {near[0].start.value}, "
                       f"within a year of the appointment ({day}).", [fact_evidence(f) for f in near])
    stranger = _never_held(checker, st, own, bounds[0])
    if stranger is not None:
        return stranger
    return Verdict("new", f"The knowledge base keeps terms, not appointments: no term of {person}'s as {office} "
                   f"begins near {day}, which it cannot settle.", [fact_evidence(f) for f in own])


def check_not_appointed(checker, st: Statement, on: str | None) -> Verdict | None:
    """ "X was not / has not been appointed T": contradicted by a term of X's own that had begun
    by the day the claim speaks of (its own date: a term begun that very day; undated: within
    BEFORE days before the article's day). A term that begins later may follow an appointment
    still to come, and an older one a re-appointment denied: no verdict."""
    day = st.point_in_time.value if st.point_in_time else on
    bounds = timecmp.bounds(day) if day else None
    if bounds is None:
        return None
    own = [f for f in checker.kb.facts(subject=st.subject, property="holds_office", value=st.value)
           if f.start is not None and timecmp.bounds(f.start.value)]
    if st.point_in_time is not None:
        begun = [f for f in own if timecmp.same_time(st.point_in_time, f.start)]
    else:
        first = bounds[0] - timedelta(days=BEFORE)
        begun = [f for f in own if first <= timecmp.bounds(f.start.value)[0] and timecmp.bounds(f.start.value)[1] <= bounds[1]]
    if not begun:
        return None
    return Verdict("contradicted_by_kb", f"{checker.name(st.subject)}'s term as {checker.name(st.value)} began on "
                   f"{begun[0].start.value}, but the claim says the appointment was not made ({day}).",
                   [fact_evidence(f) for f in begun])


def _never_held(checker, st: Statement, own: list, day) -> Verdict | None:
    """Someone appointed or elected to a single-holder office they never held in a stretch the KB's
    list of its holders covers (the day and the next BEFORE days, when the term would begin): the
    appointment is someone else's. A person with a term of it anywhere, an acting holder (the
    claim is then hypothetical), or a list that stops before is not judged."""
    if own or st.modality != "fact":
        return None
    try:
        attrs = checker.kb.entity(st.value).attrs or {}
    except Exception:
        return None
    days = [day, day + timedelta(days=BEFORE)]
    if not attrs.get("single_holder") or not all(
            checker.kb.covers(st.value, "holds_office", TimeQualifier(d.isoformat(), "day")).covered for d in days):
        return None
    terms = checker.kb.facts(property="holds_office", value=st.value)
    near = [f for f in terms if any(timecmp.active_on(f.start, f.end, d.isoformat(), f.point_in_time) for d in days)]
    if not near:
        return None
    who = ", ".join(dict.fromkeys(checker.name(f.subject) for f in near))
    return Verdict("contradicted_by_kb", f"{checker.name(st.subject)} never held the office of {checker.name(st.value)}: "
                   f"from {days[0]} to {days[1]} it was held by {who}.", [fact_evidence(f) for f in near])


def _words(name, st: Statement) -> str:
    verb = "was not appointed" if st.polarity == "negated" else "was appointed"
    return f"{name(st.subject)} {verb} {name(st.value)}" + (
        f" on {timecmp.label(st.point_in_time)}" if st.point_in_time else "")


def _confirmed_words(name, st: Statement) -> str:
    verb = "was not confirmed as" if st.polarity == "negated" else "was confirmed as"
    return f"{name(st.subject)} {verb} {name(st.value)}" + (
        f" on {timecmp.label(st.point_in_time)}" if st.point_in_time else "")


CHECKS = {"appointed_to": check_appointed, "confirmed_to": check_confirmed}
WORDS = {"appointed_to": _words, "confirmed_to": _confirmed_words}
