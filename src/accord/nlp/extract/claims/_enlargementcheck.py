"""KB checks of the steps of an enlargement (see `enlargement`).

- An accession protocol is signed once: a different date is a contradiction.
- A ratification is a span, not a day: from the parliament's vote (the fact's point in time or
  start) to the act's completion (its `end`, else RATIFY_DAYS later: the president's signature,
  the gazette, the deposit). A date in that span is the ratification; one outside it is not.
  A rejection ("voted to reject", "refused to ratify") on a day in or after that span contradicts
  the KB; one before it may have happened (the KB keeps no refusals): `new`.
- All allies have ratified by the last ratification's vote: a claim that they had all done so
  before it is contradicted, one that they had not after its completion too.
- An invitation to join: the invitation to begin accession talks is the KB's fact; the formal
  invitation to accede comes after every ally has ratified, just before the accession. So only
  a date before the first or after the accession is a contradiction; the same date as the KB's is
  supported; one between is `new`.
"""

from __future__ import annotations

from datetime import date, timedelta

from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

RATIFY_DAYS = 10


def _stated(st):
    return st.point_in_time or st.start


def check_protocol(checker, st, on: str | None) -> Verdict | None:
    facts = checker.kb.facts(subject=st.subject, property="accession_protocol", value=st.value)
    if not facts:
        return _no_protocol(checker, st)
    state, org = checker.name(st.subject), checker.name(st.value)
    signed = facts[0].point_in_time
    evidence = [fact_evidence(f) for f in facts]
    stated = _stated(st)
    if st.polarity == "negated":
        when = stated.value if stated else on
        if when and timecmp.bounds(when) and timecmp.bounds(when)[0] >= timecmp.bounds(signed)[1]:
            return Verdict("contradicted_by_kb", f"The allies signed {state}'s accession protocol to {org} on "
                           f"{signed.value}; the claim says it was not signed by {when}.", evidence)
        return None
    if stated is None or timecmp.same_time(stated, signed):
        return Verdict("supported", f"The allies signed {state}'s accession protocol to {org} on {signed.value}.", evidence)
    return Verdict("contradicted_by_kb", f"The claim dates the signing of {state}'s accession protocol to "
                   f"{timecmp.label(stated)}, but it was signed on {signed.value}.", evidence)


def _no_protocol(checker, st) -> Verdict | None:
    """A protocol the KB does not list for the state, said to be signed on a day (or in a month)
    the KB lists protocols signed for others ("the allies signed accession protocols for Finland
    and Austria on 5 July 2022"): the allies signed protocols that day, and not this state's.
    Undated, denied, planned, or at another time: not settled (the KB lists every protocol from
    1997 on: organisations.yaml's coverage)."""
    stated = _stated(st)
    if stated is None or stated.precision not in ("day", "month") or st.polarity == "negated" or st.modality != "fact":
        return None
    others = [f for f in checker.kb.facts(property="accession_protocol", value=st.value)
              if f.point_in_time is not None and timecmp.same_time(stated, f.point_in_time)]
    if not others:
        return None
    names = " and ".join(checker.name(f.subject) for f in others)
    return Verdict("contradicted_by_kb", f"The allies signed accession protocols to {checker.name(st.value)} on "
                   f"{others[0].point_in_time.value} for {names}; the knowledge base lists none for "
                   f"{checker.name(st.subject)}.", [fact_evidence(f) for f in others])


EARLIER_DAYS = 45  # a date that ends a parliamentary procedure: a first chamber may have voted this much before


def ratification_span(fact) -> tuple[date, date]:
    first = timecmp.bounds(fact.start or fact.point_in_time)[0]
    last = timecmp.bounds(fact.end)[1] if fact.end else first + timedelta(days=RATIFY_DAYS)
    if (fact.qualifiers or {}).get("procedure_end") and not fact.start:
        first -= timedelta(days=EARLIER_DAYS)
    return first, last


def _not_an_ally(checker, st, on: str | None) -> Verdict | None:
    """Only the organisation's members ratify an accession: a state that was not one on the day
    the claim speaks of (the article's, undated) did not ratify it, wherever the KB's member list
    is complete then."""
    from accord.nlp.extract.claims._membership import complete

    orgs = {f.value for f in checker.kb.facts(subject=st.value, property="accession_protocol")}
    stated = _stated(st)
    when = stated.value if stated else on
    if len(orgs) != 1 or not when or timecmp.bounds(when) is None or st.polarity != "affirmed":
        return None
    from accord.model import TimeQualifier

    org = orgs.pop()
    said = stated if stated else TimeQualifier(on[:10], "day")
    lo, hi = (d.isoformat() for d in timecmp.bounds(said))
    members = checker.kb.facts(subject=st.subject, property="member_of", value=org)
    if any(timecmp.overlaps(said, f.start, f.end) is not False for f in members) or \
            not complete(checker.kb, org, "member_of", lo, hi):
        return None
    ally, state, name = checker.name(st.subject), checker.name(st.value), checker.name(org)
    return Verdict("contradicted_by_kb", f"{ally} was not a member of {name} on {timecmp.label(said)}: only "
                   f"members ratify {state}'s accession.", [fact_evidence(f) for f in members][:2])


def check_ratified(checker, st, on: str | None) -> Verdict | None:
    facts = checker.kb.facts(subject=st.subject, property="ratified_accession", value=st.value)
    if not facts:
        return _not_an_ally(checker, st, on)
    ally, state = checker.name(st.subject), checker.name(st.value)
    first, last = ratification_span(facts[0])
    evidence = [fact_evidence(f) for f in facts]
    stated = _stated(st)
    span = first.isoformat() + (f" to {last.isoformat()}" if facts[0].end else "")
    if (facts[0].qualifiers or {}).get("procedure_end"):
        span = f"its parliamentary procedure ended on {facts[0].point_in_time.value}"
    if stated is None and st.polarity == "negated" and st.end is not None:
        # "Sweden's bid remains blocked by Hungary" (`end` the article's day): contradicted only
        # once the ratification was complete before that day
        said = timecmp.bounds(st.end)
        if said is None or said[0] <= last:
            return None
        return Verdict("contradicted_by_kb", f"{ally} ratified {state}'s accession ({span}); the claim says it "
                       f"was still blocking or had not ratified it on {timecmp.label(st.end)}.", evidence)
    if stated is None and st.end is not None and timecmp.bounds(st.end) is not None \
            and timecmp.bounds(st.end)[1] < first:
        # "Hungary has ratified Finland's accession" (`end` the article's day) before its vote
        return Verdict("contradicted_by_kb", f"{ally} ratified {state}'s accession only from {first.isoformat()}; "
                       f"the claim says it had by {timecmp.label(st.end)}.", evidence)
    if stated is None:
        return Verdict("supported", f"{ally} ratified {state}'s accession ({span}).", evidence) \
            if st.polarity == "affirmed" else None
    lo, hi = timecmp.bounds(stated)
    if st.polarity == "negated":
        if hi < first:
            return None  # a refusal before the ratification: the KB does not know
        return Verdict("contradicted_by_kb", f"{ally} ratified {state}'s accession ({span}); the claim says "
                       f"it rejected or did not ratify it on {timecmp.label(stated)}.", evidence)
    if lo <= last and hi >= first:
        return Verdict("supported", f"{ally} ratified {state}'s accession ({span}).", evidence)
    return Verdict("contradicted_by_kb", f"The claim dates {ally}'s ratification of {state}'s accession to "
                   f"{timecmp.label(stated)}, but {span if span.startswith('its') else 'its parliament approved it on ' + first.isoformat()}.",
                   evidence)


def check_completed(checker, st, on: str | None) -> Verdict | None:
    """"All allies have ratified X's accession" (on the claim's date, else the article's): supported
    from the last ally's vote on. Denied ("not all allies have ratified", "all refused to ratify"):
    supported before that vote, contradicted after the end of its procedure, and no verdict between
    (the vote is in, the act may not be)."""
    lasts = [f for f in checker.kb.facts(property="ratified_accession", value=st.subject)
             if (f.qualifiers or {}).get("last")]
    when = _stated(st).value if _stated(st) else on
    if not lasts or not when or timecmp.bounds(when) is None:
        return None
    first, last = ratification_span(lasts[0])
    lo, hi = timecmp.bounds(when)
    state, ally = checker.name(st.subject), checker.name(lasts[0].subject)
    evidence = [fact_evidence(lasts[0])]
    done = f"the last ally to ratify {state}'s accession was {ally}, on {first.isoformat()}"
    if st.polarity == "affirmed":
        if hi >= first:
            return Verdict("supported", done[0].upper() + done[1:] + ".", evidence)
        return Verdict("contradicted_by_kb", f"The claim says every ally had ratified {state}'s accession by "
                       f"{when}, but {done}.", evidence)
    if hi < first:
        return Verdict("supported", done[0].upper() + done[1:] + ".", evidence)
    if lo <= last:
        return None  # between the last vote and the act's end: both "all have ratified" and "not all" may be said
    return Verdict("contradicted_by_kb", f"The claim says not every ally had ratified {state}'s accession on "
                   f"{when}, but {done}.", evidence)


def check_last(checker, st, on: str | None) -> Verdict | None:
    """"X was the last ally to ratify Y's accession" (`ratified_last`, subject Y, value the allies
    named, joined by "+"): the KB marks the last ratification of an accession (`qualifiers.last`).
    One ally named: supported when it is that one, contradicted when not. Several ("the last two
    allies"): contradicted when the last one is not among them; otherwise the KB (which marks only
    the last) cannot say whether the others came just before it."""
    lasts = [f for f in checker.kb.facts(property="ratified_accession", value=st.subject)
             if (f.qualifiers or {}).get("last")]
    if not lasts:
        return None
    named = st.value.split("+")
    last = lasts[0]
    state, ally = checker.name(st.subject), checker.name(last.subject)
    first, done = ratification_span(last)
    evidence = [fact_evidence(last)]
    if st.polarity == "negated":
        # "Hungary was not the last ally to ratify Sweden's accession": contradicted when it was,
        # said once its ratification was complete (the span's last day: during it, the vote may
        # be done and the law not yet signed, as for a refusal told of the article's day)
        said = timecmp.bounds(on) if on else None
        if named != [last.subject] or said is None or said[0] <= done:
            return None
        return Verdict("contradicted_by_kb", f"The last ally to ratify {state}'s accession was {ally}, on "
                       f"{first.isoformat()}, but the claim says it was not.", evidence)
    if last.subject not in named:
        who = " and ".join(checker.name(a) for a in named)
        return Verdict("contradicted_by_kb", f"The last ally to ratify {state}'s accession was {ally}, on "
                       f"{first.isoformat()}, not {who}.", evidence)
    if len(named) == 1:
        return Verdict("supported", f"The last ally to ratify {state}'s accession was {ally}, on {first.isoformat()}.",
                       evidence)
    return None


FIRST_SLACK = 3  # days: allies whose procedures ended this close to the earliest were among the first


def check_first(checker, st, on: str | None) -> Verdict | None:
    """"Canada was the first ally to ratify Finland's accession" (`ratified_first`): the ally's
    ratification ended on the earliest day the KB dates any (several allies may share it), or
    within FIRST_SLACK days of it; one the KB dates later is contradicted; an ally it does not
    date is not read (its list may not be complete)."""
    facts = checker.kb.facts(property="ratified_accession", value=st.subject)
    if not facts or st.polarity == "negated":
        return None
    day = lambda f: timecmp.bounds(f.point_in_time or f.start)[0]  # noqa: E731
    earliest = min(day(f) for f in facts)
    firsts = [f for f in facts if day(f) == earliest]
    state = checker.name(st.subject)
    out = []
    for ally in st.value.split("+"):
        own = [f for f in facts if f.subject == ally]
        if not own:
            return None
        late = (day(own[0]) - earliest).days
        if late > FIRST_SLACK:
            names = ", ".join(checker.name(f.subject) for f in firsts)
            return Verdict("contradicted_by_kb", f"{checker.name(ally)} ratified {state}'s accession on "
                           f"{day(own[0]).isoformat()}, {late} days after the first ({names}, {earliest.isoformat()}).",
                           [fact_evidence(own[0])] + [fact_evidence(f) for f in firsts][:2])
        out.append(own[0])
    return Verdict("supported", f"The first ratifications of {state}'s accession ended on {earliest.isoformat()}; "
                   f"{' and '.join(checker.name(f.subject) for f in out)}'s among them.", [fact_evidence(f) for f in out])


def check_invited(checker, st, on: str | None) -> Verdict | None:
    facts = checker.kb.facts(subject=st.subject, property="invited_to_join", value=st.value)
    stated = _stated(st)
    if st.polarity == "negated":
        return None
    if not facts:
        return _not_invited(checker, st, stated)
    state, org = checker.name(st.subject), checker.name(st.value)
    invited = facts[0].point_in_time
    evidence = [fact_evidence(f) for f in facts]
    if stated is None or timecmp.same_time(stated, invited):
        return Verdict("supported", f"{state} was invited to join {org} on {invited.value}.", evidence)
    joined = [f.start for f in checker.kb.facts(subject=st.subject, property="member_of", value=st.value) if f.start]
    lo, hi = timecmp.bounds(stated)
    before = hi < timecmp.bounds(invited)[0]
    after = bool(joined) and lo > timecmp.bounds(joined[0])[1]
    if not (before or after):
        return Verdict("new", f"{state} was invited to begin accession talks with {org} on {invited.value}; an "
                       f"invitation on {timecmp.label(stated)} may be the formal invitation to accede, which the "
                       "knowledge base does not record.", evidence)
    return Verdict("contradicted_by_kb", f"The claim dates {state}'s invitation to join {org} to "
                   f"{timecmp.label(stated)}, but it was invited on {invited.value}"
                   + (f" and joined on {joined[0].value}." if after else "."), evidence)


INVITATIONS_FROM = "1997"  # enlargement.yaml lists every invitation from the Madrid summit on


def _not_invited(checker, st, stated) -> Verdict | None:
    """An invitation the KB does not list, told as a fact with a date (issue 12, mem12u): a state
    that was already a member then was not invited to join ("Norway was invited to join NATO on
    29 June 2022"); nor a state missing from the invitations the KB lists at that time (it lists
    all of them from 1997 on: "Austria was invited to join NATO in June 2022", when Finland and
    Sweden were). Undated, or at a time the KB lists no invitation at all, it is not settled."""
    span = timecmp.bounds(stated) if stated is not None and st.modality == "fact" else None
    if span is None:
        return None
    state, org = checker.name(st.subject), checker.name(st.value)
    joined = [f for f in checker.kb.facts(subject=st.subject, property="member_of", value=st.value)
              if f.start and timecmp.bounds(f.start) and timecmp.bounds(f.start)[1] < span[0]
              and not (f.end and timecmp.bounds(f.end) and timecmp.bounds(f.end)[0] <= span[1])]
    if joined:
        return Verdict("contradicted_by_kb", f"{state} had been a member of {org} since {joined[0].start.value}: it "
                       f"was not invited to join on {timecmp.label(stated)}.", [fact_evidence(joined[0])])
    if span[0].isoformat() < INVITATIONS_FROM:
        return None
    then = [f for f in checker.kb.facts(property="invited_to_join", value=st.value)
            if f.point_in_time and timecmp.same_time(stated, f.point_in_time)]
    if not then:
        return None
    names = ", ".join(checker.name(f.subject) for f in then)
    return Verdict("contradicted_by_kb", f"The knowledge base lists every invitation to join {org} from "
                   f"{INVITATIONS_FROM}; on {timecmp.label(stated)} it invited {names}, not {state}.",
                   [fact_evidence(f) for f in then])


def check_ratifying_allies(checker, st, on: str | None) -> Verdict | None:
    """"All 30 allies have ratified Finland's accession" (`ratifying_allies`, "org:NATO#30"): the
    members of the organisation on the day the last ratification began (the KB's `last` fact),
    where its member list is complete then."""
    from accord.nlp.extract.claims._membership import _active, complete

    org, _, number = st.value.partition("#")
    lasts = [f for f in checker.kb.facts(property="ratified_accession", value=st.subject)
             if (f.qualifiers or {}).get("last")]
    if not lasts or not number.isdecimal():
        return None
    day = ratification_span(lasts[0])[0].isoformat()
    members = {f.subject for f in _active(checker.kb.facts(property="member_of", value=org), day)}
    if not members or not complete(checker.kb, org, "member_of", day, day):
        return None
    state, name = checker.name(st.subject), checker.name(org)
    evidence = [fact_evidence(lasts[0])]
    if int(number) == len(members):
        return Verdict("supported", f"{name} had {len(members)} members when the last of them ratified {state}'s "
                       f"accession ({day}).", evidence)
    return Verdict("contradicted_by_kb", f"{name} had {len(members)} members, not {number}, when the last of them "
                   f"ratified {state}'s accession ({day}).", evidence)


def check_to_ratify(checker, st, on: str | None) -> Verdict | None:
    """"Turkey ratified Peru's accession to NATO": the allies ratify the accession protocol they
    signed for the state. One the KB lists supports it (from the day it was signed: the date of
    the ratification is the ratification's own claim); none, where the KB lists every protocol the
    organisation signed (`attrs.coverage.accession_protocol`) up to the day of the ratification
    (the claim's, else the article's), is a contradiction — not for a state that joined before the
    list begins (Spain, 1982: its protocol is older than the list)."""
    from accord.nlp.extract.claims._membership import complete

    kb, state, org = checker.kb, st.subject, st.value
    stated = _stated(st)
    when = stated.value if stated else on
    bounds = timecmp.bounds(when) if when else None
    own = kb.facts(subject=state, property="accession_protocol", value=org)
    if st.polarity != "affirmed" or bounds is None:
        return None
    if own:
        signed_on = own[0].point_in_time
        if bounds[1] < timecmp.bounds(signed_on)[0]:
            return None  # before the signing: the ratification's own claim says so
        return Verdict("supported", f"The allies signed {checker.name(state)}'s accession protocol to "
                       f"{checker.name(org)} on {signed_on.value}.", [fact_evidence(f) for f in own])
    signed = kb.facts(property="accession_protocol", value=org)
    if not signed:
        return None
    first = min(timecmp.bounds(f.point_in_time)[0] for f in signed).isoformat()
    joined = [f.start for f in kb.facts(subject=state, property="member_of", value=org) if f.start is not None]
    if bounds[1].isoformat() < first or any(timecmp.bounds(j)[0].isoformat() < first for j in joined) \
            or not complete(kb, org, "accession_protocol", first, bounds[1].isoformat(), declared_only=True):
        return None
    name = checker.name(org)
    return Verdict("contradicted_by_kb", f"The knowledge base lists every accession protocol to {name} signed "
                   f"from {first} to {bounds[1].isoformat()}; none was signed for {checker.name(state)}, so "
                   "no ally ratified its accession.", [])

