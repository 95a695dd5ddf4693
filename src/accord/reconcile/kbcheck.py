"""A statement against the reference knowledge base: supported, contradicted, new or unverifiable.

Each check returns a `Verdict`: the kind, one sentence that explains it, and the KB facts used as
evidence (with their sources). The KB is taken as complete for the properties it models fully
(memberships and partnerships of the organisations it lists, holders of the offices it lists,
dates and places of the events it lists); elsewhere a claim it does not know is `new`. A list
of members, partners or holders is complete only within its coverage (`kb.covers`, see
accord.kb.coverage): outside it (before it, after its facts' as_of, in a declared gap, or for a
claim with no date) a claim the list does not bear out is `new`, with the reason, never a
contradiction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from accord.kb import coverage
from accord.kb.coverage import Gap
from accord.model import Statement, TimeQualifier
from accord.nlp.extract.offices import LONG_GONE_DAYS
from accord.reconcile import timecmp
from accord.reconcile.term_ends import held_until



#: regnal numbers written after a monarch's or pope's name ("xi" left out: Li Xi, a family name)
REGNAL_NUMBERS = frozenset("ii iii iv v vi vii viii ix x xii xiii xiv xv xvi".split())


def minted_name(entity_id: str) -> str:
    """A readable name for an id the KB does not know ("person:albert-ii" -> "Albert II"): its
    words capitalised, a regnal number after the first word in capitals."""
    words = entity_id.split(":", 1)[-1].replace("-", " ").split()
    return " ".join(w.upper() if n and w in REGNAL_NUMBERS else w.capitalize() for n, w in enumerate(words))


@dataclass
class Verdict:
    kind: str  # supported | contradicted_by_kb | new | unverifiable
    explanation: str
    evidence: list[dict[str, Any]] = field(default_factory=list)


def fact_evidence(fact) -> dict[str, Any]:
    def tq(t):
        return t.value if t is not None else None

    return {
        "type": "kb",
        "subject": fact.subject,
        "property": fact.property,
        "value": fact.value,
        "start": tq(fact.start),
        "end": tq(fact.end),
        "point_in_time": tq(fact.point_in_time),
        "source": fact.source,
        "as_of": fact.as_of,
    }


# Standings a plan may speak of before they hold (a summit planned for a place and date is checked).
STATUSES = {"member_of", "partner_of", "joined", "candidate_for", "holds_office"}


class KBChecker:
    """Checks statements against one KB. `name(id)` gives an entity's name for explanations."""

    def __init__(self, kb):
        self.kb = kb
        self._rules: dict[str, Callable[[Statement, str | None], Verdict]] = {
            "member_of": self._relation,
            "partner_of": self._relation,
            "holds_office": self._office,
            "joined": self._joined,
            "candidate_for": self._candidate,
            "took_place_on": self._event_time,
            "located_in": self._event_place,
            "invaded": self._invaded,
        }
        # The checks the claim families bring for their own properties (nlp/extract/claims/).
        from accord.nlp.extract.claims import kb_checks

        for prop, rule in kb_checks().items():
            self._rules.setdefault(prop, lambda st, on, rule=rule: rule(self, st, on))

    def name(self, entity_id: str) -> str:
        try:
            return self.kb.entity(entity_id).name
        except Exception:  # an id the KB does not know (minted for a new person, say)
            return minted_name(entity_id)

    def check(self, st: Statement, on: str | None) -> Verdict:
        """`on` is the date the statement speaks of (its point in time, else the article's date)."""
        if st.modality == "hypothetical":
            return Verdict("unverifiable", "The claim is hypothetical, so there is nothing to check.")
        if st.polarity == "negated":  # rules that compare dates and places would read past the "not"
            from accord.nlp.extract.claims._negation import NEGATED_CHECKS

            if st.property in NEGATED_CHECKS:
                return NEGATED_CHECKS[st.property](self, st, on) or Verdict(
                    "new", "The knowledge base cannot check this negated claim.")
        rule = self._rules.get(st.property)
        if rule is not None:
            verdict = rule(st, on)
            if verdict is not None:
                if verdict.kind == "contradicted_by_kb" and st.modality == "plan" and st.property in STATUSES:
                    # "X will become a member": a status still to come is not today's list
                    return Verdict("unverifiable", "The claim is about a status still to come; read as it "
                                   f"stands: {verdict.explanation}", verdict.evidence)
                return verdict
        facts = self.kb.facts(subject=st.subject, property=st.property, value=st.value)
        if st.start or st.end or st.point_in_time:  # a dated claim needs a fact of that time
            lo, hi = st.start or st.point_in_time or st.end, st.end or st.point_in_time or st.start
            facts = [f for f in facts if timecmp.overlaps(lo, f.start or f.point_in_time, f.end or f.point_in_time)
                     or timecmp.overlaps(hi, f.start or f.point_in_time, f.end or f.point_in_time)]
        if facts and st.polarity == "affirmed":
            return Verdict("supported", "The knowledge base records the same.", [fact_evidence(f) for f in facts])
        if st.modality == "plan":
            return Verdict("unverifiable", "The claim is about a plan the knowledge base cannot confirm yet.")
        return Verdict("new", "The knowledge base has nothing on this claim; no other source confirms it.")

    # -- memberships and partnerships ---------------------------------------------------------
    def _relation(self, st: Statement, on: str | None) -> Verdict | None:
        """Memberships and partnerships of an organisation whose list the KB keeps: complete
        inside the list's coverage, so a clash there is a contradiction; outside it (after the
        facts' as_of, in a declared gap, or with no date) the KB cannot tell: `new`."""
        modelled = self.kb.facts(property=st.property, value=st.value)
        if not modelled:  # the KB does not list this organisation's members or partners
            return None
        facts = [f for f in modelled if f.subject == st.subject]
        what = "a member of" if st.property == "member_of" else "a partner of"
        subject, org = self.name(st.subject), self.name(st.value)
        cover = self.kb.covers(st.value, st.property, on)
        if st.polarity == "negated":
            began = [f for f in facts if st.start is not None and st.end is None and f.start is not None
                     and timecmp.same_time(st.start, f.start)]
            if began:  # "North Macedonia did not join the Partnership for Peace in 1995": it did then
                return Verdict("contradicted_by_kb", f"{subject} has been {what} {org} from {began[0].start.value}, "
                               f"but the claim says it did not ({timecmp.label(st.start)}).",
                               [fact_evidence(f) for f in began])
            active = [f for f in facts if _active(f, on) is not False]
            if active and all(_partial(f) for f in active):
                # "Romania is not yet a full member of Schengen" (2024): in it for some borders only
                return Verdict("unverifiable", f"{subject} was only partly {what} {org} on {on} "
                               f"({active[0].qualifiers.get('note', 'a partial membership')}): a denial may "
                               "mean the full membership.", [fact_evidence(f) for f in active])
            if not cover.covered and not any(_known_on(f, on, self.kb) and _begun_by(f, on) for f in active):
                return Verdict("new", f"The knowledge base cannot check whether {subject} is {what} {org}"
                               + (f" on {on}" if on else "") + f": {cover.reason}.", [fact_evidence(f) for f in active])
            if active:
                since = active[0].start
                return Verdict(
                    "contradicted_by_kb",
                    f"{subject} is {what} {org}" + (f" since {since.value}" if since else "")
                    + (f" (on {on})" if on else "") + ", but the claim says it is not.",
                    [fact_evidence(f) for f in active],
                )
            return Verdict("supported", f"The knowledge base does not list {subject} as {what} {org}"
                           + (f" on {on}." if on else "."), _other_status(self.kb, st))
        if not facts:
            sovereign = _sovereign_member(self.kb, st)
            if sovereign is not None:
                # "Greenland is part of NATO through Denmark": a territory is in through its state
                return Verdict("unverifiable", f"{subject} is a territory of {self.name(sovereign.subject)}, which is "
                               f"{what} {org}: the claim may mean it is in through that state.",
                               [fact_evidence(sovereign)])
            if not cover.covered:
                return Verdict("new", f"The knowledge base does not list {subject} as {what} {org}, but it cannot "
                               f"check {on or 'an undated claim'}: {cover.reason}.", _other_status(self.kb, st))
            return Verdict("contradicted_by_kb",
                           f"The knowledge base does not list {subject} as {what} {org}.",
                           _other_status(self.kb, st))
        relation = "membership of" if st.property == "member_of" else "partnership with"
        return self._timed(st, facts, on, f"{subject}'s {relation} {org}")

    def _timed(self, st: Statement, facts, on: str | None, what: str) -> Verdict:
        """Compare the statement's start (or point in time, or `on`) with the subject's own terms.
        `what` names the relation as a noun phrase: "New Zealand's partnership with NATO".

        A stated start is compared with the subject's own start whatever the coverage (the KB
        knows when that term began). A date the subject's terms do not include is a contradiction
        only where the list of `st.property` for `st.value` is complete (kb.covers); outside it,
        or against a term known only at a point in time, it is `new`. A term still open at the
        facts' as_of supports a later date, saying so."""
        if st.start is not None:
            agreeing = [f for f in facts if f.start is not None and timecmp.same_time(st.start, f.start)]
            if agreeing:
                return Verdict("supported", f"The knowledge base dates {what} from {agreeing[0].start.value}.",
                               [fact_evidence(f) for f in agreeing])
            known = next((f for f in facts if f.start is not None), None)
            gap = _start_in_gap(self.kb, st, known, on) if known is not None else None
            if gap is not None:  # the KB picks the term up after a gap it declares: an earlier start may be true
                return Verdict("unverifiable",
                               f"The claim dates {what} from {timecmp.label(st.start)}; the knowledge base records "
                               f"it from {known.start.value}, but its list has a gap from {gap.start} to {gap.until}"
                               + (f" ({gap.why})" if gap.why else "") + ", so it cannot check a start in it.",
                               [fact_evidence(f) for f in facts])
            if known is not None:  # the subject's own start is known whatever the list's coverage
                return Verdict("contradicted_by_kb",
                               f"The claim dates {what} from {timecmp.label(st.start)}, but it began "
                               f"on {known.start.value}.", [fact_evidence(f) for f in facts])
        when = st.point_in_time.value if st.point_in_time else on
        active = [f for f in facts if _active(f, when) is not False]
        cover = self.kb.covers(st.value, st.property, when)
        if active:
            open_past = not cover.covered and when and any(f.end is None for f in active)
            note = f" (a term still open when its facts were last checked, on {active[0].as_of})" if open_past else ""
            return Verdict("supported", f"The knowledge base records {what}" + (f" on {when}" if when else "")
                           + f"{note}.", [fact_evidence(f) for f in active])
        if all(f.start is None and f.end is None for f in facts):
            return Verdict("new", f"The knowledge base knows of {what} only on "
                           f"{', '.join(f.point_in_time.value for f in facts if f.point_in_time)}; it cannot check {when}.",
                           [fact_evidence(f) for f in facts])
        if not cover.covered:
            return Verdict("new", f"The knowledge base records {what} from {_term(facts[0])}; it cannot check "
                           f"{when}: {cover.reason}.", [fact_evidence(f) for f in facts])
        return Verdict("contradicted_by_kb", f"The knowledge base records {what} only from "
                       f"{_term(facts[0])}, not on {when}.", [fact_evidence(f) for f in facts])

    # -- offices -------------------------------------------------------------------------------
    def _office(self, st: Statement, on: str | None) -> Verdict | None:
        """A person's own terms are compared (`_timed`); someone the office's list does not name
        is contradicted only on a day the list covers (kb.covers) and has a holder on, else `new`."""
        from accord.nlp.extract.claims._office_states import office_state_clash

        clash = office_state_clash(self, st, on)  # another state's officer that day (a title's wrong state)
        if clash is not None:
            return clash
        terms = self.kb.facts(property="holds_office", value=st.value)
        if not terms:
            return None
        office, person = self.name(st.value), self.name(st.subject)
        own = [f for f in terms if f.subject == st.subject]
        when = st.point_in_time.value if st.point_in_time else (held_until(st, own) or on)
        if own:
            aside = _election_year(st, own)
            verdict = None if aside is not None else self._timed(st, own, when, f"{person}'s term as {office}")
            if verdict is not None and verdict.kind == "contradicted_by_kb":
                aside = (_handover_day(own, when) if st.start is None else None) or _past_holder(st, own, terms, when)
            if aside is not None:
                return Verdict("unverifiable", f"{person} held the office of {office} from {_term(own[0])}; "
                               + aside, [fact_evidence(f) for f in own])
            return verdict
        cover = self.kb.covers(st.value, "holds_office", when)
        holders = [f for f in terms if _active(f, when) is True]
        unknown = self._unknown_before_list(st, when, holders) if cover.covered else None
        if unknown is not None:
            return Verdict("unverifiable", f"The knowledge base does not know {person}; " + unknown,
                           [fact_evidence(f) for f in holders])
        if not cover.covered:
            return Verdict("new", f"The knowledge base does not list {person} as {office}, but it cannot check "
                           f"{when or 'an undated claim'}: {cover.reason}.", [fact_evidence(f) for f in holders])
        if not holders and not self.kb.coverage(st.value, "holds_office").declared:
            return Verdict("new", f"The knowledge base lists no holder of the office of {office} on {when}: its list "
                           f"has a hole there, so it cannot check the claim.", [])
        who = ", ".join(self.name(f.subject) for f in holders) or "no one"
        spelt = next((f for f in holders if _other_spelling(person, self.name(f.subject))), None)
        if spelt is not None:  # "Denis Shmigal" for Denys Shmyhal: a spelling the KB lacks, not another person
            return Verdict("unverifiable", f"The knowledge base does not know {person}, but the name is close to "
                           f"{self.name(spelt.subject)}'s, who held the office of {office} on {when}: another "
                           f"spelling of the holder's name, or a slip (the misspelling check judges that).",
                           [fact_evidence(spelt)])
        return Verdict("contradicted_by_kb",
                       f"{person} never held the office of {office}; on {when} it was held by {who}.",
                       [fact_evidence(f) for f in (holders or terms)])

    def _unknown_before_list(self, st: Statement, when, holders: list) -> str | None:
        """Why a person the KB does not know at all, given a bare title dated by the article, cannot
        be said never to have held the office: the KB's list of holders begins on a day (most in
        2014), and a bare title may be of a holder before it ("a photograph of Israeli Prime
        Minister Menachem Begin", written in 2016). None when the sentence tells the day's news
        (a day of the article's week), when a name word is one letter off a word of the day's
        holder's name ("Kis Saied" for Kais Saied: the holder misnamed), or when the claim is
        not dated by the article (`_dated_by_article`)."""
        from accord.kb.coverage import period

        if self.kb.has(st.subject) or not _dated_by_article(st, when):
            return None
        words = [w for w in self.name(st.subject).split() if len(w) >= 4]
        if any(_near(w, h) for f in holders for h in self.name(f.subject).split() if len(h) >= 4 for w in words):
            return None
        if any(_NEWS_DAYS.search(r.sentence) for r in st.references):
            return None
        p = period(self.kb, st.value, "holds_office")
        if p is None or p.start is None:
            return None
        return f"its list of holders begins on {p.start}, and a bare title may be of a holder before it."

    # -- events --------------------------------------------------------------------------------
    def _joined(self, st: Statement, on: str | None) -> Verdict | None:
        facts = self.kb.facts(subject=st.subject, property="joined", value=st.value)
        facts = facts or [f for f in self.kb.facts(subject=st.subject, property="member_of", value=st.value)
                          if f.start is not None]
        when = st.point_in_time or st.start
        subject, org = self.name(st.subject), self.name(st.value)
        if not facts:
            listed = self.kb.facts(property="member_of", value=st.value)
            if any(f.subject == st.subject for f in listed):
                # a list, or a member, the KB keeps no day of joining for (the UN's; list19; France in
                # the Schengen area, which signed in 1985 and applied its rules from 1995: body22)
                return None
            if when is not None and not self.kb.covers(st.value, "member_of", when).covered:
                return None  # "Austria joined the European Community in 1995": after that list's end
            if self.kb.facts(property="member_of", value=st.value):
                return Verdict("contradicted_by_kb", f"The knowledge base has no accession of {subject} to {org}.",
                               _other_status(self.kb, st))
            return None
        known = [f.point_in_time or f.start for f in facts]
        if when is None and st.polarity == "affirmed" and st.modality == "fact" and _all_after(known, on):
            # "Sweden has joined NATO" written before it had: the "not yet" of a true sentence gone
            return Verdict("contradicted_by_kb", f"{subject} joined {org} only on {known[0].value}, after "
                           f"{on}, but the claim says it had joined by then.", [fact_evidence(f) for f in facts])
        fits = [timecmp.part_fit(when, k) for k in known] if timecmp.part_applies(when, *known) else []
        if fits and True not in fits and None in fits:
            return Verdict("unverifiable", f"{subject} joined {org} on {known[0].value}, too close to "
                           f"{timecmp.label(when)} to tell.", [fact_evidence(f) for f in facts])
        if when is None or (True in fits if fits else any(timecmp.same_time(when, k) for k in known)):
            return Verdict("supported", f"{subject} joined {org} on {known[0].value}.", [fact_evidence(f) for f in facts])
        return Verdict("contradicted_by_kb", f"The claim dates {subject}'s accession to {org} to "
                       f"{timecmp.label(when)}, but it joined on {known[0].value}.", [fact_evidence(f) for f in facts])

    def _candidate(self, st: Statement, on: str | None) -> Verdict | None:
        """Candidacies the KB lists are checked for their start; the KB does not keep the
        candidacies of states that have since joined, so one it lacks is left to the general rule."""
        facts = self.kb.facts(subject=st.subject, property="candidate_for", value=st.value)
        if not facts or st.polarity == "negated" or st.start is None:
            return None
        return self._timed(st, facts, on, f"{self.name(st.subject)}'s candidacy for {self.name(st.value)}")

    def _event_time(self, st: Statement, on: str | None) -> Verdict | None:
        facts = self.kb.facts(subject=st.subject, property="took_place_on")
        stated = st.start or st.point_in_time
        if not facts or stated is None:
            return None
        f = facts[0]
        start, end = f.start or f.point_in_time, f.end or f.start or f.point_in_time
        ok = timecmp.overlaps(stated, start, end) and (st.end is None or timecmp.overlaps(st.end, start, end))
        span = start.value + (f" to {end.value}" if end and end.value != start.value else "")
        event = self.name(st.subject)
        if st.end is None and timecmp.part_applies(stated, start, end):  # "in late June": a part of the month
            ok = timecmp.part_fit(stated, start, end)
            if ok is None:
                return Verdict("unverifiable", f"{event} took place {span}, too close to "
                               f"{timecmp.label(stated)} to tell.", [fact_evidence(f)])
        if ok:
            return Verdict("supported", f"{event} took place {span}.", [fact_evidence(f)])
        return Verdict("contradicted_by_kb", f"The claim dates {event} to {timecmp.label(stated)}, but it "
                       f"took place {span}.", [fact_evidence(f)])

    def _event_place(self, st: Statement, on: str | None) -> Verdict | None:
        facts = self.kb.facts(subject=st.subject, property="located_in")
        if not facts:
            return None
        event = self.name(st.subject)
        if places_agree(self.kb, st.value, [f.value for f in facts]):
            return Verdict("supported", f"{event} took place in {self.name(facts[0].value)}.",
                           [fact_evidence(f) for f in facts])
        return Verdict("contradicted_by_kb", f"The claim places {event} in {self.name(st.value)}, but it took "
                       f"place in {self.name(facts[0].value)}.", [fact_evidence(f) for f in facts])

    def _invaded(self, st: Statement, on: str | None) -> Verdict | None:
        facts = self.kb.facts(subject=st.subject, property="invaded", value=st.value)
        when = st.point_in_time or st.start
        if not facts:
            return None
        match = [f for f in facts if when is None or timecmp.same_time(when, f.point_in_time or f.start)]
        if match and timecmp.part_applies(when, *(f.point_in_time or f.start for f in match)):  # "in late February"
            fits = [timecmp.part_fit(when, f.point_in_time or f.start) for f in match]
            if True not in fits and None in fits:
                return Verdict("unverifiable", f"The invasion began on {(match[0].point_in_time or match[0].start).value}, "
                               f"too close to {timecmp.label(when)} to tell.", [fact_evidence(f) for f in match])
            match = [f for f, fit in zip(match, fits) if fit is not False]
        if when is not None and timecmp.parts(when)[0] is None:  # no year: the year of the article, if any
            year = (on or "")[:4]
            finest = sorted(match, key=lambda f: -len((f.point_in_time or f.start).value))
            match = [f for f in match if (f.point_in_time or f.start).value.startswith(year)] or finest[:1]
        if match:
            return Verdict("supported", f"{self.name(st.subject)} invaded {self.name(st.value)} on "
                           f"{(match[0].point_in_time or match[0].start).value}.", [fact_evidence(f) for f in match])
        known = facts[0].point_in_time or facts[0].start
        return Verdict("contradicted_by_kb", f"The claim dates the invasion to {timecmp.label(when)}, but it "
                       f"began on {known.value}.", [fact_evidence(f) for f in facts])


def _active(fact, when) -> bool | None:
    """Is the fact in force at `when` (None when `when` is unknown)? One rule with the KB's queries:
    an end given to the day is exclusive."""
    return timecmp.active_on(fact.start, fact.end, when, fact.point_in_time)


def _partial(fact) -> bool:
    """A membership the KB marks as partial (Bulgaria and Romania in the Schengen area for air and
    sea borders only, from 2024-03-31 to 2025-01-01)."""
    return bool((fact.qualifiers or {}).get("partial"))


def _known_on(fact, when, kb=None) -> bool:
    """Is the fact surely in force at `when`, whatever a list's coverage: inside its own dates,
    and, when it is open-ended, not past the day its source was read (`known_until`)?"""
    if when is None or _active(fact, when) is not True:
        return False
    bounds = timecmp.bounds(when)
    if fact.start is None and fact.point_in_time is None and fact.property in LISTED:
        # a member listed with no first day ("Croatia, in the Schengen area" of a list complete
        # from 2025): known only from the day its list is declared complete, not before
        period = coverage.period(kb, fact.value, fact.property) if kb is not None else None
        if period is None or period.start is None or bounds is None or bounds[0].isoformat() < period.start:
            return False
    until = known_until(fact, kb)
    return fact.end is not None or bool(until and bounds and bounds[1].isoformat() <= until)


def _begun_by(fact, when) -> bool:
    """Had the fact surely begun by `when`: a start kept at month or year precision ("2023",
    Greece in the Three Seas Initiative) may fall after a day of that month or year (grp25)."""
    if fact.start is None:
        return True
    start, day = timecmp.bounds(fact.start), timecmp.bounds(when)
    return start is None or day is None or start[1] <= day[0]


LISTED = frozenset({"holds_office", "member_of", "partner_of", "candidate_for"})


def known_until(fact, kb=None) -> str | None:
    """The last day an open-ended fact is known to hold: its `as_of`, and with a KB no later than
    the end of the coverage of the list it belongs to (an office's holders, an organisation's
    members): a term the list leaves open past the day the list is declared complete may have
    ended since ("former Prime Minister X" a year after the list's end is not contradicted by X's
    open term, however late its facts were stamped)."""
    day = str(fact.as_of) if fact.as_of else None
    if kb is None or day is None or fact.property not in LISTED:
        return day
    try:
        period = kb.coverage(fact.value, fact.property)
    except Exception:  # a list the KB does not keep
        return day
    if period is not None and period.until and str(period.until) < day:
        return str(period.until)
    return day


# A year-only date that ends this few days before a first term begins is the year of the
# election or appointment ("voted for President Obama in 2008", who took office on 2009-01-20).
ELECTION_YEAR_DAYS = 90


def _start_in_gap(kb, st: Statement, known, on) -> Gap | None:
    """The declared gap of the list of `st.property` for `st.value` (kb.coverage) that the claimed
    start `st.start` falls in, when the subject's recorded term begins after the gap and nothing
    the list covers lies between: the recorded start is the gap's next day (the KB picks the term
    up where its list resumes, as an acting president's after the removal of a suspended one, the
    suspension being the gap), or the claim's own day `on` is still in the gap. Else None: the
    list shows the days between, or the term was already running before the gap, and a start
    that disagrees is contradicted.
    "Hwang had been acting president since December" (gap from 2016-12-09 to 2017-03-09, term
    from 2017-03-10): the gap; "since November": None (before the gap)."""
    period = kb.coverage(st.value, st.property)
    claimed, began = timecmp.bounds(st.start), timecmp.bounds(known.start)
    if period is None or claimed is None or began is None:
        return None
    today = timecmp.bounds(on)
    for gap in period.gaps:
        first, last = date.fromisoformat(gap.start), date.fromisoformat(gap.until)
        if claimed[0] <= last and first <= claimed[1] and last < began[0] and (
                began[0] <= last + timedelta(days=1) or (today is not None and today[0] <= last)):
            return gap
    return None


def _election_year(st: Statement, own: list) -> str | None:
    """Why the person's own terms cannot settle this title, or None: its date is a year only,
    ending at most ELECTION_YEAR_DAYS before a first term known to the day (the year of the
    election or appointment)."""
    when = st.point_in_time
    if when is None or when.precision != "year" or st.start is not None or st.polarity != "affirmed":
        return None
    firsts = [f.start or f.point_in_time for f in own]
    if any(q is None or q.precision != "day" for q in firsts) or any(_active(f, when.value) is True for f in own):
        return None
    first = min(timecmp.bounds(q)[0] for q in firsts)
    year_end = timecmp.bounds(when.value)[1]
    if year_end < first and (first - year_end).days <= ELECTION_YEAR_DAYS:
        return (f"{timecmp.label(when.value)} is the year before that term began, that of the election or "
                f"appointment: a title given then is not read as a claim.")
    return None


# A bare title is read as the office of the article's day. For a past holder of that same office
# it is often the title of the holder's own years instead ("the agenda of President Bill Clinton",
# "For years, President Bill Clinton was ...", in 2016): journalists keep it for any past holder.
# A one-edit swap in real news puts in a holder of recent years, or the day's holder's own
# predecessor. The policy (docs/verification.md, "A bare title for a past holder"): a past holder
# gone at most LONG_GONE_DAYS before the day is checked, and so is the predecessor of the day's
# holder however long gone, and any holder in a sentence that tells the news of its day (a day
# of the article's week, a verb of saying). The extractor has already read a long-gone holder named
# outside the main clause's actor as `held_office` (offices._actor). Any other long-gone holder,
# and any past holder in a sentence that writes a year of the holder's own term (its own time is
# then), is unverifiable.
# A sentence that names a day of the article's week ("said on Thursday", "told reporters
# yesterday") tells the news of that day.
_NEWS_DAYS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|"
                        r"yesterday|this (?:week|morning|afternoon|evening))\b", re.IGNORECASE)
# A verb of saying in the sentence reports what the titled person says now ("President X said
# the alliance was stronger than ever", "told reporters", "urged allies"): the day's news too.
_REPORTING = re.compile(r"\b(?:said|says|told|tells|spoke|speaks|announced|announces|added|adds|warned|warns|"
                        r"urged|urges|pledged|pledges|vowed|vows|insisted|insists|declared|declares|stressed|"
                        r"stresses|promised|promises)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(s?)\b")
# A term marked as one of these is a stint between two holders, not a predecessor of its own.
_STINTS = ("caretaker", "acting", "interim")


def _dated_by_article(st: Statement, when) -> bool:
    """Is the claim an affirmed bare title dated only by the article? Its date is a whole day,
    and no sentence it was read in writes that day's year (a date the sentence gives itself, "on
    15 September 2021", is the clause's own)."""
    if st.polarity != "affirmed" or st.start is not None or st.end is not None or not when:
        return False
    if st.point_in_time is not None and st.point_in_time.precision != "day":
        return False
    span = timecmp.bounds(when)
    if span is None or span[0] != span[1]:
        return False
    return not any(str(span[0].year) in _written_years(r.sentence) for r in st.references)


def _written_years(sentence: str) -> set[str]:
    """The years a sentence writes, a decade as its ten years ("the 1990s")."""
    out: set[str] = set()
    for year, decade in _YEAR.findall(sentence or ""):
        out |= {str(int(year) + i) for i in range(10)} if decade and year.endswith("0") else {year}
    return out


def _handover_day(own: list, when) -> str | None:
    """Why a title on the last day of a term is not a clash: the KB's end day is the successor's
    first, but the handover happens within that day (a swearing-in at noon, a ceremony in the
    morning), so the outgoing holder still held the office for part of it ("President X left the
    White House on Wednesday", written on inauguration day). None unless `when` is that very day,
    the end given to the day; a stated start ("since 2016") is not about the day and is left to
    the caller."""
    p = timecmp.parts(when) if when is not None else None
    if p is None or p[2] is None:
        return None
    day = timecmp.bounds(when)[0]
    for f in own:
        if f.end is not None and timecmp.parts(f.end) is not None and timecmp.parts(f.end)[2] is not None \
                and timecmp.bounds(f.end)[0] == day:
            return (f"{timecmp.label(when)} is the day that term ended and the successor's began: the "
                    f"handover happens within the day, so a title that day may be of the hours before it.")
    return None


def _past_holder(st: Statement, own: list, terms: list, when) -> str | None:
    """Why a bare title for a past holder of the office is not a claim about the article's day
    (the policy above), or None when it is checked as one."""
    if not _dated_by_article(st, when):
        return None
    day = timecmp.bounds(when)[0]
    ends = [timecmp.bounds(f.end) if f.end is not None else None for f in own]
    if any(e is None for e in ends) or any(_active(f, when) is not False for f in own):
        return None  # holds it that day, a term still open, or an end the KB does not know
    last = max(e[1] for e in ends)
    if last >= day:
        return None  # a term to come: a future holder, checked
    sentences = [r.sentence for r in st.references]
    inside = sorted(y for s in sentences for y in _written_years(s) if any(_within(int(y), f) for f in own))
    if inside:
        return (f"the sentence is set in {inside[0]}, within that term: the title is of that time, "
                f"not of {timecmp.label(when)}.")
    gone = (day - last).days
    if gone <= LONG_GONE_DAYS or _predecessor(own, terms, day) or any(
            _NEWS_DAYS.search(s) or _REPORTING.search(s) for s in sentences):
        return None
    return (f"a bare title for a holder gone {gone // 365} years before {timecmp.label(when)} names the "
            f"office of those years, not of that day.")


def _within(year: int, fact) -> bool:
    """Does the year overlap the fact's term?"""
    lo = timecmp.bounds(fact.start or fact.point_in_time) if (fact.start or fact.point_in_time) else None
    hi = timecmp.bounds(fact.end) if fact.end is not None else None
    return lo is not None and hi is not None and lo[0].year <= year <= hi[1].year


def _predecessor(own: list, terms: list, day) -> bool:
    """Is the person of `own` the predecessor of the holder of `day`: of the office's `terms`, the
    last to leave before `day`, leaving aside the day's holders' own earlier terms and caretaker,
    acting or interim stints?"""
    holding = {f.subject for f in terms if _active(f, day.isoformat()) is True}
    ended = []
    for f in terms:
        b = timecmp.bounds(f.end) if f.end is not None else None
        q = f.qualifiers or {}
        stint = str(q.get("note", "")).lower() in _STINTS or bool(q.get("acting"))
        if b is not None and b[1] < day and f.subject not in holding and not stint:
            ended.append((b[1], f.subject))
    return bool(ended) and max(ended)[1] == own[0].subject


def _near(a: str, b: str) -> bool:
    """Names equal, or one letter apart (added, dropped or changed), case and accents aside
    ("Erdogen" for Erdoğan)."""
    import unicodedata

    a, b = (unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().lower() for x in (a, b))
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _term(fact) -> str:
    start = fact.start.value if fact.start else "?"
    end = fact.end.value if fact.end else "today"
    return f"{start} to {end}"


def _other_status(kb, st: Statement) -> list[dict[str, Any]]:
    """What the KB does say of the subject and the organisation (partner instead of member...)."""
    evidence = []
    for prop in ("member_of", "partner_of"):
        evidence += [fact_evidence(f) for f in kb.facts(subject=st.subject, property=prop, value=st.value)]
    return evidence


def places_agree(kb, stated: str, known: list[str]) -> bool:
    """Does a stated place agree with the KB's places: one of them, a place that holds one (Madrid
    -> Spain), or a venue inside one (the White House, for something held in Washington)?"""
    return stated in _places_within(kb, known) or any(k in _places_within(kb, [stated]) for k in known)


def _places_within(kb, places: list[str]) -> set[str]:
    """The places and everything they lie in (Madrid -> Spain), following located_in."""
    seen: set[str] = set()
    todo = list(places)
    while todo:
        place = todo.pop()
        if place in seen:
            continue
        seen.add(place)
        todo += [f.value for f in kb.facts(subject=place, property="located_in")]
    return seen


def on_date(st: Statement, published: str | None) -> str | None:
    """The date a present-tense claim speaks of: its point in time, else the article's date."""
    if st.point_in_time is not None:
        return st.point_in_time.value
    return published


__all__ = ["KBChecker", "TimeQualifier", "Verdict", "fact_evidence", "on_date"]


def _all_after(known, on: str | None) -> bool:
    """Did every accession in `known` happen after the day `on` ends (by more than a day: copy
    written the day before a ceremony may already tell it as done)?"""
    from datetime import date, timedelta

    bounds = timecmp.bounds(on) if on else None
    if bounds is None or not known:
        return False
    last = bounds[1]
    for k in known:
        b = timecmp.bounds(k)
        if b is None or not isinstance(b[0], date) or b[0] <= last + timedelta(days=1):
            return False
    return True


def _other_spelling(name: str, holder: str) -> bool:
    """Is `name` (a person the KB does not know) the holder's name romanised another way, every
    word of it ("Denis Shmigal" / "Denys Shmyhal", "Volodymyr Zelenskiy"; a surname alone, its
    surname; a family name of several words alone, "De Croo" for Alexander De Croo, those last
    words)? A slip in one word ("Kis Saied" for Kais Saied) is no other romanisation: it stays a
    contradiction (the article names no holder of the office)."""
    from accord.nlp.extract.name_variants import fold, romanised

    words, known = fold(name).split(), fold(holder).split()
    if not words or not known:
        return False
    if len(words) == 1:
        return romanised(words[0]) == romanised(known[-1])
    if len(words) < len(known) and romanised(" ".join(words)) == romanised(" ".join(known[-len(words):])):
        return True
    return romanised(" ".join(words)) == romanised(" ".join(known))


def _sovereign_member(kb, st: Statement):
    """The KB's fact of the state a territory belongs to (its entity's `territory_of`) having the
    relation the claim gives the territory ("Greenland is part of NATO": Denmark is a member), or
    None when the subject is no territory or its state has no such fact."""
    try:
        state = (kb.entity(st.subject).attrs or {}).get("territory_of")
    except Exception:  # a subject the KB does not describe
        return None
    if not state:
        return None
    return next(iter(kb.facts(subject=state, property=st.property, value=st.value)), None)
