"""KB checks of treaty facts (see `treaty`): a founding date against the organisation's
`established` fact, the place against `founded_in`, founding members against the member_of facts
marked `founding`.

A founding is dated either by the signing of its treaty (the `established` fact) or by the
treaty's entry into force, which is the day the founding members' membership starts: "NATO came
into being on 24 August 1949" is not wrong. Organisations whose members carry no `founding` mark
are left alone (the claim is `new`).
"""

from __future__ import annotations

import re

from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, _places_within, fact_evidence


def founding_dates(kb, org: str) -> list:
    """The facts that date `org`'s founding: its `established` facts, then the start of its
    founding members' membership (the treaty's entry into force)."""
    facts = [f for f in kb.facts(subject=org, property="established") if f.point_in_time or f.start]
    if not facts:
        return []
    founders = [f for f in founders_of(kb, org) if f.start is not None]
    return facts + founders[:1]


def founders_of(kb, org: str) -> list:
    return [f for f in kb.facts(property="member_of", value=org) if (f.qualifiers or {}).get("founding")]


def _when(fact):
    return fact.point_in_time or fact.start


#: the earliest founding an undated anniversary told in the past allows (it lies some time before
#: the article, so only its latest day is known; treaty.founded_by_anniversary)
PAST_FLOOR = "1000-01-01"


def check_established(checker, st, on: str | None) -> Verdict | None:
    """A stated founding date (or, from an anniversary, a span it must lie in) against the KB's."""
    facts = founding_dates(checker.kb, st.subject)
    if not facts:
        return None
    org = checker.name(st.subject)
    if st.start is not None and st.end is not None:  # an anniversary
        other = _other_anniversary(checker, st, facts)
        if other is not None:
            return other
        inside = [f for f in facts if timecmp.overlaps(_when(f), st.start, st.end)]
        between = f"on or before {st.end.value}" if st.start.value == PAST_FLOOR else \
            f"between {st.start.value} and {st.end.value}"  # an anniversary told in the past, undated
        claim = f"the {st.value} puts {org}'s founding {between}"
    elif st.point_in_time is not None:
        inside = [f for f in facts if timecmp.same_time(st.point_in_time, _when(f))]
        claim = f"the claim dates {org}'s founding to {timecmp.label(st.point_in_time)}"
    else:
        return None
    founded = _when(facts[0]).value
    evidence = [fact_evidence(f) for f in (inside or facts)]
    if bool(inside) == (st.polarity == "affirmed"):
        return Verdict("supported", f"{org} was founded on {founded}.", evidence)
    return Verdict("contradicted_by_kb", f"{claim[0].upper()}{claim[1:]}, but it was founded on {founded}"
                   + (" (the claim says it was not)." if st.polarity == "negated" else "."), evidence)


#: how close to a founding's exact Nth anniversary a dated marking must be to be that anniversary
EXACT_DAYS = 45
_COUNTED = re.compile(r"^(?:age )?(\d+)(?:st|nd|rd|th)?(?: anniversary| years(?: since its founding)?)?$")


def _other_anniversary(checker, st, facts) -> Verdict | None:
    """"NATO marked its 74th anniversary on Thursday" on 4 April 2024, the 75th anniversary of the
    signing: an anniversary whose marking the sentence itself dates to a day (not one dated by the
    article's day, which may be a year after it) that falls within EXACT_DAYS of another whole
    number of years from a founding day the KB holds, and not of N years from any, is that other
    anniversary. The window the statement carries (treaty.founding_window) is wide (a summit
    months later still marks it), so with two founding days (the signing, the entry into force)
    it may hold an N one off; this reads the marking day back from it: the window's first day is
    N years and MARGIN_DAYS before the marking day."""
    from datetime import timedelta

    from accord.nlp.extract.claims.treaty import MARGIN_DAYS, _years_back

    match = _COUNTED.match(str(st.value))
    if match is None or st.polarity != "affirmed" or st.start.value == PAST_FLOOR:
        return None
    if any(r.confidence.get("date", 1.0) < 1.0 for r in st.references):
        return None  # the article's day: the anniversary may lie a year before it
    number = int(match.group(1))
    lo, hi = timecmp.bounds(st.start)[0], timecmp.bounds(st.end)[1]
    if (hi - lo).days <= 400:
        return None  # a marking dated to a year: the window is that year, exact enough
    marked = _years_back(lo + timedelta(days=MARGIN_DAYS["day"]), -number)
    days = [timecmp.bounds(_when(f)) for f in facts if _when(f).precision == "day"]
    if len(days) != len(facts):
        return None

    def off(day, years: int) -> int:
        return abs((marked - _years_back(day[0], -years)).days)

    if any(off(d, number) <= EXACT_DAYS for d in days):
        return None
    others = sorted({n for d in days for n in (number - 1, number + 1) if n > 0 and off(d, n) <= EXACT_DAYS})
    if len(others) != 1:
        return None
    org, founded = checker.name(st.subject), _when(facts[0]).value
    return Verdict("contradicted_by_kb", f"{org} was founded on {founded}: on {marked.isoformat()} it marked its "
                   f"{others[0]}th anniversary, not the {number}th.", [fact_evidence(f) for f in facts])


def check_founded_in(checker, st, on: str | None) -> Verdict | None:
    """The place a founding treaty was signed: the KB's place, anything it lies in, or anything
    lying in it is the same place ("in Washington", "in the United States")."""
    facts = checker.kb.facts(subject=st.subject, property="founded_in")
    if not facts:
        return None
    places = _places_within(checker.kb, [f.value for f in facts])
    inner = {p for p in [st.value] if facts[0].value in _places_within(checker.kb, [p])}
    org, where = checker.name(st.subject), checker.name(facts[0].value)
    ok = st.value in places or bool(inner)
    if ok == (st.polarity == "affirmed"):
        return Verdict("supported", f"{org} was founded in {where.rstrip('.')}.", [fact_evidence(f) for f in facts])
    return Verdict("contradicted_by_kb", f"The claim places {org}'s founding "
                   f"{'outside' if st.polarity == 'negated' else 'in'} {checker.name(st.value)}, but it was "
                   f"founded in {where.rstrip('.')}.", [fact_evidence(f) for f in facts])


def check_founding_members(checker, st, on: str | None) -> Verdict | None:
    founders = founders_of(checker.kb, st.subject)
    if not founders or not st.value.isdecimal():
        return None
    org, count = checker.name(st.subject), len(founders)
    evidence = [fact_evidence(f) for f in founders][:3]
    if int(st.value) == count:
        return Verdict("supported", f"{org} had {count} founding members.", evidence)
    return Verdict("contradicted_by_kb", f"The claim gives {org} {st.value} founding members, but it had {count}.",
                   evidence)


def check_founding_member(checker, st, on: str | None) -> Verdict | None:
    founders = founders_of(checker.kb, st.value)
    if not founders:
        return None
    state, org = checker.name(st.subject), checker.name(st.value)
    own = [f for f in founders if f.subject == st.subject]
    if bool(own) == (st.polarity == "affirmed"):
        return Verdict("supported", f"{state} is {'' if own else 'not '}one of {org}'s founding members.",
                       [fact_evidence(f) for f in own])
    if own:
        return Verdict("contradicted_by_kb", f"{state} is one of {org}'s founding members; the claim says it is not.",
                       [fact_evidence(f) for f in own])
    joined = [f for f in checker.kb.facts(subject=st.subject, property="member_of", value=st.value) if f.start]
    since = f" it joined on {joined[0].start.value}" if joined else " it is not among them"
    return Verdict("contradicted_by_kb", f"{state} is not one of {org}'s {len(founders)} founding members:{since}.",
                   [fact_evidence(f) for f in (joined or founders[:3])])


# -- invocations of a treaty article ---------------------------------------------------------------
CONFIRMED_SLACK = 1  # days before the KB's day: an invocation dated to the attacks' day is not wrong


def _invocations(checker, org: str, article: str) -> list:
    return [f for f in checker.kb.facts(subject=org, property="invoked_article", value=article) if f.point_in_time]


def _listed_until(facts) -> str | None:
    """The last day the KB's list of invocations is known complete: its facts' earliest as_of."""
    days = [str(f.as_of) for f in facts if f.as_of]
    return min(days) if days else None


def check_invocations(checker, st, on: str | None) -> Verdict | None:
    """"Article 5 has been invoked only once" (`article_invocations`, "5#1"): the invocations the KB
    lists up to the article's day, where its list is complete (up to its as_of). Not read on the
    day of an invocation (the words may have been written before it)."""
    article, _, count = st.value.partition("#")
    facts = _invocations(checker, st.subject, article)
    until = _listed_until(facts)
    said = timecmp.bounds(on) if on else None
    if not facts or not count.isdecimal() or st.polarity != "affirmed" or said is None or until is None \
            or said[1].isoformat() > until:
        return None
    if any(said[0] <= timecmp.bounds(f.point_in_time)[1] and timecmp.bounds(f.point_in_time)[0] <= said[1] for f in facts):
        return None  # written on the day of an invocation: before or after it?
    done = [f for f in facts if timecmp.bounds(f.point_in_time)[0] <= said[1]]
    org, evidence = checker.name(st.subject), [fact_evidence(f) for f in facts]
    days = ", ".join(f.point_in_time.value for f in done) or "none"
    if int(count) == len(done):
        return Verdict("supported", f"{org} had invoked Article {article} {len(done)} time(s) by {on} ({days}).", evidence)
    return Verdict("contradicted_by_kb", f"{org} had invoked Article {article} {len(done)} time(s) by {on} ({days}), "
                   f"not {count}.", evidence)


def check_invoked(checker, st, on: str | None) -> Verdict | None:
    """"NATO invoked Article 5 in 2001" (`invoked_article`, dated): supported when the date meets an
    invocation the KB lists (from the day before its decision to its confirmation, `confirmed`);
    contradicted when it meets none and lies within the KB's complete list. A denial ("did not
    invoke Article 5 in 2001") is contradicted when the date meets one."""
    facts = _invocations(checker, st.subject, st.value)
    stated = st.point_in_time
    until = _listed_until(facts)
    if not facts or stated is None or timecmp.bounds(stated) is None or until is None:
        return None
    from datetime import date, timedelta

    lo, hi = timecmp.bounds(stated)
    spans = []
    for f in facts:
        first = timecmp.bounds(f.point_in_time)[0] - timedelta(days=CONFIRMED_SLACK)
        confirmed = (f.qualifiers or {}).get("confirmed")
        last = date.fromisoformat(str(confirmed)) if confirmed else timecmp.bounds(f.point_in_time)[1]
        spans.append((f, first, last))
    met = [f for f, first, last in spans if lo <= last and hi >= first]
    org, evidence = checker.name(st.subject), [fact_evidence(f) for f in facts]
    when = ", ".join(f.point_in_time.value for f in facts)
    if st.polarity == "negated":
        return Verdict("contradicted_by_kb", f"{org} invoked Article {st.value} on {when}; the claim says it did not "
                       f"({timecmp.label(stated)}).", evidence) if met else None
    if met:
        return Verdict("supported", f"{org} invoked Article {st.value} on {when}.", evidence)
    if hi.isoformat() > until:
        return None
    return Verdict("contradicted_by_kb", f"The claim dates an invocation of Article {st.value} by {org} to "
                   f"{timecmp.label(stated)}, but the only one{'s' if len(facts) > 1 else ''} the knowledge base lists "
                   f"{'are' if len(facts) > 1 else 'is'} on {when}.", evidence)


def check_membership_anniversary(checker, st, on: str | None) -> Verdict | None:
    """"Spain marked 40 years in NATO" (`membership_anniversary`, the window its accession may lie
    in): the state's first membership of the organisation the KB dates, inside the window or not.
    Not read when the KB has no dated membership (or the claim is a denial)."""
    facts = [f for f in checker.kb.facts(subject=st.subject, property="member_of", value=st.value) if f.start]
    if not facts or st.polarity != "affirmed" or st.start is None or st.end is None:
        return None
    first = min(facts, key=lambda f: timecmp.bounds(f.start)[0])
    lo, hi = timecmp.bounds(st.start)[0], timecmp.bounds(st.end)[1]
    joined = timecmp.bounds(first.start)
    state, org = checker.name(st.subject), checker.name(st.value)
    if joined[0] <= hi and joined[1] >= lo:
        return Verdict("supported", f"{state} joined {org} on {first.start.value}.", [fact_evidence(first)])
    return Verdict("contradicted_by_kb", f"{state} joined {org} on {first.start.value}, not between {lo.isoformat()} "
                   f"and {hi.isoformat()} as the anniversary says.", [fact_evidence(first)])
