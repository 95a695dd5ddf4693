"""KB checks of claims about an organisation's membership as a set: how many members it had on a
date (`member_count`), a state's place in the order of accession (`member_rank`), and whether a
list the KB keeps (members, applications) is complete for a period (`complete`).

Articles speak loosely about the recent past and the near future: a week before an accession
the new number is already in print, and weeks after it the old one still is. So a count is
contradicted only when it was the membership's size on no day of a window around the date the
claim speaks of (WINDOW_BEFORE days before it to WINDOW_AFTER after it; a past-tense sentence
with no date of its own may speak of any time in the year before the article: PAST_BEFORE), and
only where the KB's list of members is complete for the whole window.
"""

from __future__ import annotations

from datetime import date, timedelta

from accord.kb import temporal
from accord.nlp.extract.claims import _member_applications as member_applications
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

WINDOW_BEFORE = 60  # days: a count that was true this recently is not contradicted
WINDOW_AFTER = 14  # days: "32 members" in the week before the 32nd joins
PAST_BEFORE = 365  # days: a past-tense sentence with no date of its own
PLAN_AFTER = 365  # days: "will have 32 members"


# -- coverage --------------------------------------------------------------------------------------
def complete(kb, org: str, prop: str, lo: str, hi: str, declared_only: bool = False) -> bool:
    """Does the KB list every `prop` fact of `org` (its members, its applicants) for every day
    of [lo, hi]? Read from the organisation's `attrs.coverage[prop]` ({from, until, gaps});
    without one, a list is complete up to its facts' latest as_of, unless `declared_only` (for
    lists, like applications, that the KB keeps only for recent years) or one of its facts has no
    start (the UN's 193 members: the list is undated, the organisation declares from when it holds)."""
    facts = kb.facts(property=prop, value=org)
    if not facts:
        return False
    try:
        declared = (kb.entity(org).attrs or {}).get("coverage", {}).get(prop)
    except Exception:  # an organisation the KB does not describe
        declared = None
    if not isinstance(declared, dict):
        if declared_only or any(f.subject.startswith("state:") and f.start is None and f.point_in_time is None
                                for f in facts):
            # a state's membership without a start is known to hold on its as_of, not since when:
            # the list says nothing of the organisation's size on an earlier day (an undated
            # non-state member, the EU in the G7, leaves the count of states to check)
            return False
        latest = max((f.as_of for f in facts if f.as_of), default=None)
        return latest is None or hi <= temporal.upper(str(latest))
    start = temporal.lower(str(declared["from"])) if "from" in declared else None
    until = declared.get("until") or max((f.as_of for f in facts if f.as_of), default=None)
    if (start is not None and lo < start) or (until is not None and hi > temporal.upper(str(until))):
        return False
    return not any(lo <= temporal.upper(str(g["until"])) and temporal.lower(str(g["from"])) <= hi
                   for g in declared.get("gaps") or [])


# -- counts ------------------------------------------------------------------------------------------
def check_count(checker, st, on: str | None) -> Verdict | None:
    """The number against the organisation's size on every day of the claim's window."""
    kb, org = checker.kb, st.subject
    facts = kb.facts(property="member_of", value=org)
    window = _window(st, on)
    if not facts or window is None or not st.value.isdecimal():
        return None
    lo, hi = window
    sizes = _sizes(facts, lo, hi)
    number, name = int(st.value), checker.name(org)
    states = [f for f in facts if f.subject.startswith("state:") and not _territory(kb, f.subject)]
    if number not in sizes and len(states) < len(facts):
        # "the seven G7 nations", "the 19 G20 countries": the states only, without the EU (and the
        # AU) the KB also lists as members; "the Nordic Council's five states": without the
        # autonomous areas that sit in it (the Faroe Islands, Greenland, Åland: `territory_of`)
        sizes = {**_sizes(states, lo, hi), **sizes}
    if number in sizes:
        day = sizes[number]
        return Verdict("supported", f"{name} had {number} members on {day}.",
                       [fact_evidence(f) for f in _active(facts, day)][:3])
    staying = _staying(kb, facts, org, number, lo, hi)
    if staying is not None:
        return staying
    if not complete(kb, org, "member_of", lo, hi):
        return None
    said = ", ".join(f"{n} on {d}" for n, d in sorted(sizes.items(), key=lambda kv: kv[1]))
    return Verdict("contradicted_by_kb", f"{name} had {said}; never {number} between {lo} and {hi}.",
                   [fact_evidence(f) for f in _changes(facts, lo, hi)][:5])


def _staying(kb, facts, org: str, number: int, lo: str, hi: str) -> Verdict | None:
    """"the EU's 27 leaders" in 2018: while a member was on its way out (from its `left` fact's
    `leaving_from` qualifier to the day it left) news counts the members staying as well as the
    whole membership: one less than the size on a day of [lo, hi] inside that stretch agrees."""
    for gone in kb.facts(property="left", value=org):
        start = (gone.qualifiers or {}).get("leaving_from")
        end = gone.point_in_time or gone.start
        if not start or end is None:
            continue
        a, b = max(lo, temporal.lower(str(start))), min(hi, temporal.upper(end.value))
        if a > b:
            continue
        sizes = _sizes(facts, a, b)
        if number + 1 in sizes:
            return Verdict("supported", f"{checker_name(kb, org)} had {number + 1} members on {sizes[number + 1]}, "
                           f"{number} of them staying while {checker_name(kb, gone.subject)} was leaving.",
                           [fact_evidence(gone)])
    return None


def _territory(kb, entity_id: str) -> bool:
    """Is the member a territory of a state (its KB entity's `territory_of`), not a state itself?"""
    try:
        return bool((kb.entity(entity_id).attrs or {}).get("territory_of"))
    except Exception:  # a member the KB does not describe
        return False


def checker_name(kb, entity_id: str) -> str:
    try:
        return kb.entity(entity_id).name
    except Exception:
        return entity_id


def _window(st, on: str | None) -> tuple[str, str] | None:
    """[first day, last day] the claim may speak of: its own dates (or the article's), widened."""
    dates = [t.value for t in (st.start, st.point_in_time, st.end) if t is not None] or ([on] if on else [])
    dates = [d for d in dates if d and d[:4].isdecimal()]
    if not dates:
        return None
    sure = min((r.confidence.get("date", 1.0) for r in st.references), default=1.0)
    before = PAST_BEFORE if sure < 1.0 and not (st.start or st.point_in_time or st.end) else WINDOW_BEFORE
    after = PLAN_AFTER if st.modality == "plan" else WINDOW_AFTER
    lo = date.fromisoformat(min(temporal.lower(d) for d in dates)) - timedelta(days=before)
    hi = date.fromisoformat(max(temporal.upper(d) for d in dates)) + timedelta(days=after)
    return lo.isoformat(), hi.isoformat()


def _active(facts, day: str) -> list:
    return [f for f in facts if temporal.active(f.start, f.end, f.point_in_time, day)]


def _changes(facts, lo: str, hi: str) -> list:
    """The facts whose start or end falls inside [lo, hi]."""
    return [f for f in facts for t in (f.start, f.end) if t is not None and lo <= temporal.lower(t.value) <= hi]


def _sizes(facts, lo: str, hi: str) -> dict[int, str]:
    """{number of members: the first day in [lo, hi] it was the number}."""
    days = {lo} | {temporal.lower(t.value) for f in _changes(facts, lo, hi) for t in (f.start, f.end) if t is not None}
    sizes: dict[int, str] = {}
    for day in sorted(d for d in days if lo <= d <= hi):
        sizes.setdefault(len({f.subject for f in _active(facts, day)}), day)
    return sizes


# -- ranks -------------------------------------------------------------------------------------------
def check_rank(checker, st, on: str | None) -> Verdict | None:
    """"X became the Nth member": X's place in the order of accession dates (states that joined
    on the same day share their places); "X, the newest member": no state joined after X before
    the window the claim speaks of ends."""
    org, _, rank = st.value.partition("#")
    kb = checker.kb
    joined = _accessions(kb.facts(property="member_of", value=org))
    if st.subject not in joined:
        return None  # not a member at all: the membership claims of the sentence say so
    state, name = checker.name(st.subject), checker.name(org)
    mine = joined[st.subject]
    evidence = [fact_evidence(f) for f in kb.facts(subject=st.subject, property="member_of", value=org)]
    if rank == "latest":
        return _check_latest(checker, st, on, org, joined, evidence)
    if rank.startswith("newest") and rank[6:].isdecimal():
        return _check_newest(checker, st, on, org, joined, evidence, int(rank[6:]))
    if not rank.isdecimal():
        return None
    first = 1 + sum(1 for d in joined.values() if temporal.upper(d) < temporal.lower(mine))
    last = sum(1 for d in joined.values() if temporal.lower(d) <= temporal.upper(mine))
    before, maybe = _undated(kb, org, mine)
    first, last = first + before, last + before
    places = f"{first}" if first == last else f"{first} to {last} (joined on the same day as others)"
    if maybe:
        places = f"{first} to {last + maybe} ({maybe} members the list does not date may have joined before it)"
    if first + maybe <= int(rank) <= last:
        return Verdict("supported", f"{state} joined {name} on {mine}: member number {places}.", evidence)
    if first <= int(rank) <= last + maybe:
        return None  # members the KB does not date may have joined before it or after
    if not complete(kb, org, "member_of", temporal.lower(min(joined.values())), temporal.upper(mine)):
        return None
    return Verdict("contradicted_by_kb", f"{state} joined {name} on {mine} as member number {places}, "
                   f"not {rank}.", evidence)


def _undated(kb, org: str, mine: str) -> tuple[int, int]:
    """(members with no accession date that joined before `mine`, those that may have joined
    before or after it). A list declared complete from a day holds every member of that day, so
    one it leaves undated was in by then (the Schengen area's seven of 1995, Italy, Austria and
    Greece, all in before its list's first day, 2001-03-25): before any accession after that day;
    of an accession on or before it (or with no declared start) it may be before or after."""
    dated = {f.subject for f in kb.facts(property="member_of", value=org) if f.start is not None}
    undated = {f.subject for f in kb.facts(property="member_of", value=org)
               if f.start is None and f.point_in_time is None and f.subject not in dated}
    try:
        declared = (kb.entity(org).attrs or {}).get("coverage", {}).get("member_of") or {}
    except Exception:  # an organisation the KB does not describe
        declared = {}
    start = temporal.lower(str(declared["from"])) if isinstance(declared, dict) and "from" in declared else None
    if start is not None and temporal.lower(mine) > start:
        return len(undated), 0
    return 0, len(undated)


def _accessions(facts) -> dict[str, str]:
    """Each member's first accession date (member_of start), as the KB writes it."""
    joined: dict[str, str] = {}
    for f in facts:
        if f.start is not None and (f.subject not in joined or temporal.lower(f.start.value) < temporal.lower(joined[f.subject])):
            joined[f.subject] = f.start.value
    return joined


def _check_latest(checker, st, on, org, joined, evidence) -> Verdict | None:
    kb = checker.kb
    window = _window(st, on)
    if window is None:
        return None
    lo, hi = window
    mine = temporal.lower(joined[st.subject])
    later = sorted((temporal.lower(d), s) for s, d in joined.items() if mine < temporal.lower(d) <= hi)
    state, name = checker.name(st.subject), checker.name(org)
    if mine > hi:
        return None  # joined after the window: the claim is about the future, left to the general rule
    if not later or later[0][0] > lo:
        return Verdict("supported", f"{state} joined {name} on {joined[st.subject]}; no state joined after it "
                       f"before {later[0][0] if later else hi}.", evidence)
    if not complete(kb, org, "member_of", mine, hi):
        return None
    newest = [s for d, s in later if d == later[-1][0]]
    return Verdict("contradicted_by_kb", f"{state} joined {name} on {joined[st.subject]}, but "
                   f"{', '.join(checker.name(s) for s in newest)} joined after it, on {later[-1][0]}.",
                   evidence + [fact_evidence(f) for s in newest for f in kb.facts(subject=s, property="member_of", value=org)])


def _check_newest(checker, st, on, org, joined, evidence, size: int) -> Verdict | None:
    """"A and B, the two newest members": each is among the `size` newest, i.e. fewer than `size`
    states joined after it by the window's first day (as `_check_latest`, the window's widest
    reading); contradicted when `size` or more had, the KB's list complete up to then."""
    window = _window(st, on)
    if window is None or st.polarity == "negated":
        return None
    lo, hi = window
    mine = temporal.lower(joined[st.subject])
    if mine > hi:
        return None
    later = sorted((temporal.lower(d), s) for s, d in joined.items() if mine < temporal.lower(d) <= lo)
    state, name = checker.name(st.subject), checker.name(org)
    if len(later) < size:
        return Verdict("supported", f"{state} joined {name} on {joined[st.subject]}; "
                       f"{len(later) or 'no'} state{'' if len(later) == 1 else 's'} joined after it before {lo}.", evidence)
    if not complete(checker.kb, org, "member_of", mine, lo):
        return None
    names = ", ".join(f"{checker.name(s)} ({d})" for d, s in later[-size:])
    return Verdict("contradicted_by_kb", f"{state} joined {name} on {joined[st.subject]}, but {len(later)} states "
                   f"joined after it, the last {size} of them {names}: it is not among the {size} newest.",
                   evidence)


# -- applications -------------------------------------------------------------------------------------
def check_application(checker, st, on: str | None) -> Verdict | None:
    """An application the KB lists is checked for its date; one it does not list is contradicted
    only where the KB declares its list of applications to the organisation complete
    (`attrs.coverage.applied_to`) for every day the application may have been made: the claim's
    own date, or for an undated "X has applied" the year before the article (PAST_BEFORE); an
    undated one by a state the KB lists as the organisation's candidate is not read (it applied
    before the list begins: Serbia, which applied to join the EU in 2009)."""
    if st.polarity == "negated":
        return None
    kb, org = checker.kb, st.value
    facts = kb.facts(subject=st.subject, property="applied_to", value=org)
    when = st.point_in_time or st.start
    state, name = checker.name(st.subject), checker.name(org)
    if facts:
        known = facts[0].point_in_time or facts[0].start
        if when is None or any(_same(when, f.point_in_time or f.start) for f in facts):
            return Verdict("supported", f"{state} applied to join {name} on {known.value}.",
                           [fact_evidence(f) for f in facts])
        return Verdict("contradicted_by_kb", f"The claim dates {state}'s application to join {name} to "
                       f"{timecmp.label(when)}, but it applied on {known.value}.", [fact_evidence(f) for f in facts])
    by_member = member_applications.application_by_member(checker, st, when)
    if by_member is not None:  # "Norway has applied for NATO membership": a founding member
        return by_member
    if when is not None:
        lo, hi = temporal.lower(when.value), temporal.upper(when.value)
    elif kb.facts(subject=st.subject, property="candidate_for", value=org):
        return None  # "Serbia, which has applied to join the EU": a candidate applied before the list begins
    elif on:
        lo, hi = (date.fromisoformat(temporal.lower(on)) - timedelta(days=PAST_BEFORE)).isoformat(), temporal.upper(on)
    else:
        return None
    if not complete(kb, org, "applied_to", lo, hi, declared_only=True):
        return None
    others = [f for f in kb.facts(property="applied_to", value=org)
              if lo <= temporal.lower((f.point_in_time or f.start).value) <= hi]
    who = ", ".join(sorted({checker.name(f.subject) for f in others})) or "no state"
    return Verdict("contradicted_by_kb", f"The knowledge base lists every application to join {name} from {lo} "
                   f"to {hi} ({who}); {state} made none.", [fact_evidence(f) for f in others])


def _same(stated, known) -> bool:
    """Do two dates agree at the precision both give ("2022-05" and "2022-05-18" do)?"""
    if known is None:
        return False
    a, b = stated.value.split("-"), known.value.split("-")
    return all(x == y for x, y in zip(a, b))
