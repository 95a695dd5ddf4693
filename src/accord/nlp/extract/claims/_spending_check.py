"""KB checks of spending-target claims (claims/spending.py) against src/accord/kb/data/spending.yaml.

`spending_target`: the level the sentence gives is compared with the targets in force (the
`target_level` facts) on the date it speaks of, widened by WINDOW days either side (articles of
the summit days speak of both the old and the new target); a plan ("the new 5% target", "will
agree") looks a year ahead; a past-tense sentence with no date of its own may speak of any earlier
time. A level that was the target before the date but not on it (2% after The Hague) is
contradicted only when the sentence plainly says it is the current target (modality confidence
CURRENT); otherwise the sentence may name the former target, and the verdict is `unverifiable`.

`target_agreed_on` / `target_agreed_at`: the day and place of an agreement against the
`agreed_on` facts of the obligation (any day of the summit it was agreed at counts). A date before
the first recorded agreement is contradicted only when that first agreement was not informal (an
informal guideline may have earlier roots the KB does not list); a place only where the agreements
matching the claim's date all have a known place.
"""

from __future__ import annotations

from datetime import date, timedelta

from accord.kb import temporal
from accord.reconcile import timecmp
from accord.reconcile.kbcheck import Verdict, fact_evidence

WINDOW = 7  # days either side of the claim's date
PLAN_AHEAD = 365  # days: "the new target" before it is agreed
CURRENT = 1.0
EVER = "0001-01-01"  # the window of a past-tense claim with no date of its own starts here


def _confidence(st, step: str) -> float:
    return min((r.confidence.get(step, 1.0) for r in st.references), default=1.0)


def _parse(value: str) -> tuple[str, str | None]:
    level, _, by = value.partition(" by ")
    return level.rstrip("%"), (by or None)


def _window(st, on: str | None) -> tuple[str, str] | None:
    day = st.point_in_time.value if st.point_in_time else on
    if not day or not day[:4].isdecimal():
        return None  # an undated article: check_target reads the claim over every recorded target
    hi = date.fromisoformat(temporal.upper(day)) + timedelta(days=PLAN_AHEAD if st.modality == "plan" else WINDOW)
    if _confidence(st, "date") < 1.0 and st.point_in_time is None:
        return EVER, hi.isoformat()  # "was NATO's target": any time before the article
    lo = date.fromisoformat(temporal.lower(day)) - timedelta(days=WINDOW)
    return lo.isoformat(), hi.isoformat()


def _in_force(f, lo: str, hi: str) -> bool:
    start = temporal.lower(f.start.value) if f.start else "0001-01-01"
    end = temporal.lower(f.end.value) if f.end else "9999-12-31"  # end: the first day it no longer holds
    return start <= hi and end > lo


def _level(f) -> str:
    share = f.qualifiers.get("share", "total")
    by = f.qualifiers.get("by")
    what = {"core": " on core defence", "related": " on defence- and security-related spending"}.get(share, "")
    return f"{f.value}% of GDP{what}" + (f" by {by}" if by else "")


def check_target(checker, st, on: str | None) -> Verdict | None:
    facts = checker.kb.facts(property="target_level")
    if not facts:
        return None
    window = _window(st, on) or (EVER, max(f.as_of for f in facts))
    level, by = _parse(st.value)
    lo, hi = window
    current = [f for f in facts if _in_force(f, lo, hi)]
    same = [f for f in current if f.value == level]
    when = f"between {lo} and {hi}" if lo != EVER else f"before {hi}"
    if same and lo == EVER and on and on[:4].isdecimal():
        # an undated past-tense sentence matches a target of some earlier time; if that target is
        # no longer the one in force when the article appeared, support would be a guess too
        now = [f for f in facts if _in_force(f, on[:10], on[:10])]
        if now and not any(f.value == level for f in now):
            return Verdict("unverifiable", f"{level}% of GDP was the allies' target until "
                           f"{same[0].end.value if same[0].end else '?'}; when the article appeared ({on[:10]}) it "
                           f"was {_levels(now)}, and the sentence does not say which time it speaks of.",
                           [fact_evidence(f) for f in same + now])
    if same:
        return _deadline(st, same, by, when, on)
    first = min((temporal.lower(f.start.value) for f in facts if f.start), default=None)
    as_of = max(f.as_of for f in facts)
    newest = max((temporal.lower(f.start.value) for f in facts if f.start), default=None)
    said = temporal.lower(st.point_in_time.value if st.point_in_time else on or hi)
    if st.modality == "plan" and not (newest and said >= newest):  # "the new target" once it is agreed is a fact
        return Verdict("unverifiable", f"The claim is about a plan; the allies' target {when} was "
                       f"{_levels(current)}.", [fact_evidence(f) for f in current])
    if first is None or (lo != EVER and lo < first) or hi > as_of:
        return Verdict("new", f"The knowledge base records NATO's spending targets from {first} to {as_of}; "
                       f"it cannot check {when}.", [])
    former = [f for f in facts if f.value == level and f.end and temporal.lower(f.end.value) <= lo]
    if former and _confidence(st, "modality") < CURRENT:
        return Verdict("unverifiable", f"{level}% of GDP was the allies' target until {former[0].end.value}; "
                       f"{when} it was {_levels(current)}, but the sentence may speak of the former target.",
                       [fact_evidence(f) for f in former + current])
    return Verdict("contradicted_by_kb", f"The allies' agreed defence spending target {when} was "
                   f"{_levels(current) or 'none'}, not {level}%.", [fact_evidence(f) for f in current + former])


def _levels(facts) -> str:
    return "; ".join(_level(f) for f in facts) or "none recorded"


def _deadline(st, same, by: str | None, when: str, on: str | None = None) -> Verdict:
    """The year the target is to be reached by. A plan ("allies agreed to raise the target to 5%
    by 2030") is checked too once the target is agreed (the claim's day on or after its start):
    before that, other years were proposed."""
    dated = [f for f in same if f.qualifiers.get("by")]
    day = temporal.lower(st.point_in_time.value) if st.point_in_time else (on or "")[:10]
    agreed = bool(day) and all(f.start and day >= temporal.lower(f.start.value) for f in dated)
    if by and dated and all(str(f.qualifiers["by"]) != by for f in dated) and (st.modality == "fact" or agreed):
        return Verdict("contradicted_by_kb", f"The allies' target of {same[0].value}% of GDP is to be reached by "
                       f"{dated[0].qualifiers['by']}, not {by}.", [fact_evidence(f) for f in dated])
    return Verdict("supported", f"The allies' agreed target {when} was {_levels(same)}.",
                   [fact_evidence(f) for f in same])


# -- agreements --------------------------------------------------------------------------------------------
def _agreement_days(checker, f) -> tuple[str, str]:
    """The days an agreement may be dated to: its own day, or any day of the summit it was agreed at."""
    summit = f.qualifiers.get("at")
    for s in checker.kb.facts(subject=summit, property="took_place_on") if summit else []:
        if s.start:
            return temporal.lower(s.start.value), temporal.upper((s.end or s.start).value)
    day = f.point_in_time.value
    return temporal.lower(day), temporal.upper(day)


def _matches(checker, f, when) -> bool:
    lo, hi = _agreement_days(checker, f)
    return timecmp.overlaps(when, timecmp_q(lo), timecmp_q(hi)) is True


def timecmp_q(day: str):
    from accord.model import TimeQualifier

    return TimeQualifier(day, "day")


def check_agreed_on(checker, st, on: str | None) -> Verdict | None:
    facts = checker.kb.facts(subject=st.subject, property="agreed_on")
    if not facts or st.point_in_time is None:
        return None
    name = checker.name(st.subject)
    same = [f for f in facts if _matches(checker, f, st.point_in_time)]
    if same:
        return Verdict("supported", f"The {name} was agreed on {same[0].point_in_time.value}.",
                       [fact_evidence(f) for f in same])
    first = min(facts, key=lambda f: temporal.lower(f.point_in_time.value))
    said = timecmp.label(st.point_in_time)
    days = ", ".join(f.point_in_time.value for f in facts)
    if temporal.upper(st.point_in_time.value) < temporal.lower(first.point_in_time.value) and first.qualifiers.get("informal"):
        return Verdict("new", f"The knowledge base records the {name} from {first.point_in_time.value} (informally); "
                       f"it cannot check {said}.", [fact_evidence(first)])
    return Verdict("contradicted_by_kb", f"The {name} was agreed on {days}, not in {said}.",
                   [fact_evidence(f) for f in facts])


def check_agreed_at(checker, st, on: str | None) -> Verdict | None:
    facts = checker.kb.facts(subject=st.subject, property="agreed_on")
    if not facts:
        return None
    if st.point_in_time is not None:
        facts = [f for f in facts if _matches(checker, f, st.point_in_time)]
        if not facts:
            return None  # the date is wrong: target_agreed_on says so
    name = checker.name(st.subject)
    known = [f for f in facts if f.qualifiers.get("at")]
    good = [f for f in known if _same_place(checker, f, st.value)]
    if good:
        return Verdict("supported", f"The {name} was agreed at the {checker.name(good[0].qualifiers['at'])}.",
                       [fact_evidence(f) for f in good])
    if len(known) < len(facts) or ":" not in st.value:
        return Verdict("new", f"The knowledge base does not know where every agreement of the {name} was made.",
                       [fact_evidence(f) for f in facts])
    where = ", ".join(f"the {checker.name(f.qualifiers['at'])}" for f in known)
    return Verdict("contradicted_by_kb", f"The {name} was agreed at {where}, not in {checker.name(st.value)}.",
                   [fact_evidence(f) for f in known])


def _same_place(checker, f, value: str) -> bool:
    summit = f.qualifiers["at"]
    if value == summit or value in f.qualifiers.get("where", []):
        return True
    places = [p.value for p in checker.kb.facts(subject=summit, property="located_in")]
    inside = {s.value for p in places for s in checker.kb.facts(subject=p, property="located_in")}
    return value in places or value in inside


def check_not_agreed(checker, st, on: str | None) -> Verdict | None:
    """ "Allies did not agree to spend 5% of GDP" (`target_agreed_on`, negated): contradicted when
    the KB records the agreement on the claim's date, or, undated, by the day the claim speaks of."""
    facts = checker.kb.facts(subject=st.subject, property="agreed_on")
    if st.point_in_time is not None:
        done = [f for f in facts if _matches(checker, f, st.point_in_time)]
    else:
        last = timecmp.bounds(on)[1] if on and timecmp.bounds(on) else None
        done = [f for f in facts if last is not None and timecmp.bounds(f.point_in_time)
                and timecmp.bounds(f.point_in_time)[0] <= last]
    if not done:
        return None
    return Verdict("contradicted_by_kb", f"The allies agreed the {checker.name(st.subject)} on "
                   f"{done[0].point_in_time.value}, but the claim says they did not.", [fact_evidence(f) for f in done])
