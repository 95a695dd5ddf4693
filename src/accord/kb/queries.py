"""Temporal queries over the KB: status, holders, obligations, who must respond.

Each answer carries the facts it rests on, so every line the CLI prints can name its source.
Arguments accept an id ("state:NZL") or any name the KB resolves ("New Zealand", "NATO",
"Prime Minister of New Zealand"). `on` is a date or YYYY-MM-DD; None means today, except for
`holders`, where None lists every term.

One rule for time (temporal.active, shared with verification's timecmp.active_on): a fact holds
from its start to the day before a day-precision end; month or year precision is read
generously. An answer for a date past the KB's as_of, or outside the coverage of the list it
rests on, carries `warnings` (kb.date_warnings): the answer is what the KB knew, not the truth.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from accord.errors import AccordError, Errors
from accord.kb import coverage, temporal
from accord.kb.types import (
    Fact,
    Holding,
    ObligationAnswer,
    ProvisionResponse,
    Response,
    Status,
)

PARTIES = ("state", "organisation")


def query_day(on: Any) -> str:
    """The query's date as YYYY-MM-DD (today when None); AccordError E104 when not a date."""
    try:
        return temporal.as_day(on)
    except ValueError:
        raise AccordError(Errors.E104.format(value=on)) from None


def _active(facts: list[Fact], day: str) -> list[Fact]:
    return [f for f in facts if temporal.active(f.start, f.end, f.point_in_time, day)]


def _since(facts: list[Fact]) -> str | None:
    starts = [f.start.value for f in facts if f.start]
    return min(starts, key=temporal.lower) if starts else None


def members(kb, org: str, day: str) -> list[str]:
    """Ids of the organisation's members on `day`."""
    return sorted({f.subject for f in _active(kb.facts(property="member_of", value=org), day)})


def partners(kb, org: str, day: str) -> list[str]:
    """Ids of the organisation's partners on `day` that are not members."""
    inside = set(members(kb, org, day))
    return sorted({f.subject for f in _active(kb.facts(property="partner_of", value=org), day)} - inside)


def status(kb, state: str, org: str, on: Any = None) -> Status:
    """Member? partner? candidate? since when, with the facts and their sources."""
    s, o, day = kb.lookup(state, PARTIES), kb.lookup(org, ("organisation",)), query_day(on)
    rel = {p: kb.facts(subject=s.id, property=p, value=o.id) for p in ("member_of", "partner_of", "candidate_for", "cooperates_with")}
    member, partner, candidate = (_active(rel[p], day) for p in ("member_of", "partner_of", "candidate_for"))
    left = [f for f in rel["member_of"] if f.end and not member and temporal.lower(f.end.value) <= day]
    left += [f for f in kb.facts(subject=s.id, property="left", value=o.id) if left and "derived_from" not in f.qualifiers]
    programmes = [f for f in _active(kb.facts(subject=s.id, property="participant_in"), day)
                  if kb.has(f.value) and kb.entity(f.value).attrs.get("org") == o.id]
    answer = Status(
        state=s.id, org=o.id, on=day, member=bool(member), partner=bool(partner) and not member,
        candidate=bool(candidate) and not member,
        member_since=_since(member), partner_since=_since(partner), candidate_since=_since(candidate),
        member_until=_left_on(left), programmes=[f.value for f in programmes],
        facts=member + partner + candidate + left + _active(rel["cooperates_with"], day) + programmes,
    )
    answer.explanation = _status_words(kb, answer, s.name, o.name, _active(rel["cooperates_with"], day))
    answer.warnings = kb.date_warnings(day, [(o.id, p) for p in ("member_of", "partner_of", "candidate_for")])
    return answer


def _left_on(left: list[Fact]) -> str | None:
    """The day membership ended: a stated `left` event wins over the end of the membership term."""
    stated = [f.point_in_time.value for f in left if f.property == "left" and f.point_in_time]
    ends = [f.end.value for f in left if f.property == "member_of" and f.end]
    return (stated or ends or [None])[-1]


def _status_words(kb, st: Status, s: str, o: str, cooperation: list[Fact]) -> str:
    if st.member:
        words = f"{s} is a member of {o} on {st.on}" + (f" (since {st.member_since})" if st.member_since else "") + "."
    elif st.partner:
        words = f"{s} is a partner of {o} on {st.on}" + (f" (since {st.partner_since})" if st.partner_since else "")
        words += ", not a member."
    else:
        words = f"{s} is neither a member nor a partner of {o} on {st.on}."
    if st.candidate:
        words += " It is a candidate for membership" + (f" since {st.candidate_since}." if st.candidate_since else ".")
    if st.member_until:
        words += f" It left on {st.member_until}."
    if cooperation and not st.member:
        since = _since(cooperation)
        words += " Dialogue and cooperation" + (f" since {since}." if since else ".")
    if st.programmes:
        words += " Programmes: " + "; ".join(kb.name(p) for p in st.programmes) + "."
    return words


def holders(kb, office: str, on: Any = None) -> list[Holding]:
    """Who held the office on `on` (or every term, oldest first, when `on` is None)."""
    o = kb.lookup(office, ("office",))
    terms = kb.facts(property="holds_office", value=o.id)
    if on is not None:
        terms = _active(terms, query_day(on))
    terms = sorted(terms, key=lambda f: temporal.lower((f.start or f.point_in_time).value) if (f.start or f.point_in_time) else "")
    return [Holding(person=f.subject, person_name=kb.name(f.subject), office=o.id, office_name=o.name,
                    start=(f.start or f.point_in_time).value if (f.start or f.point_in_time) else None,
                    end=f.end.value if f.end else None, fact=f) for f in terms]


def obligations(kb, state: str, org: str | None = None, on: Any = None) -> list[ObligationAnswer]:
    """Every obligation of `org` (of every organisation when None): does it bind the state?"""
    s, day = kb.lookup(state, PARTIES), query_day(on)
    org_id = kb.lookup(org, ("organisation",)).id if org else None
    answers = []
    for ob in sorted(kb.entities("obligation"), key=lambda e: e.id):
        scope = [f for f in kb.facts(subject=ob.id, property="applies_to") if org_id in (None, f.value)]
        if scope:
            answers.append(_obligation(kb, ob, s, scope, day))
    return answers


def _obligation(kb, ob, s, scope: list[Fact], day: str) -> ObligationAnswer:
    provision = ob.attrs.get("provision", ob.name)
    in_force = _active(scope, day)
    not_for = kb.facts(subject=ob.id, property="not_applicable_to")
    answer = ObligationAnswer(obligation=ob.id, name=ob.name, provision=provision, applies=False, reason="")
    if not in_force:
        answer.reason = f"{_capital(provision)} is not in force on {day} (it runs from {_since(scope) or 'an unknown date'})."
        answer.facts = scope
        return answer
    org = in_force[0].value
    st = status(kb, s.id, org, day)
    excepted = [e for e in in_force[0].qualifiers.get("except", []) if e == s.id]
    who = in_force[0].qualifiers.get("who", "members")
    answer.facts = in_force + st.facts
    if st.member and not excepted:
        answer.applies = True
        answer.reason = f"{s.name} is a member of {kb.name(org)} on {day}, and {provision} binds {who}."
    elif st.member:
        note = in_force[0].qualifiers.get("note", "")
        answer.reason = f"{_capital(provision)} binds {who} except {s.name}" + (f": {note}" if note else ".")
    else:
        relation = "a partner, not a member" if st.partner else "not a member"
        answer.reason = f"{_capital(provision)} binds {who} of {kb.name(org)} only; {s.name} is {relation} on {day}."
        answer.facts += [f for f in not_for if f.value == org]
    return answer


def who_must_respond(kb, attacker: str, attacked: str, on: Any = None) -> Response:
    """Under every collective-defence provision that covers the attacked state on the date:
    the members bound to respond and the partners that are not bound."""
    a, t, day = kb.lookup(attacker, ("state",)), kb.lookup(attacked, ("state",)), query_day(on)
    if a.id == t.id:
        raise AccordError(Errors.E103.format(ref=attacker, ids="attacker and attacked are the same state"))
    provisions = []
    for ob in sorted(kb.entities("obligation"), key=lambda e: e.id):
        if ob.attrs.get("kind") != "collective_defence":
            continue
        for scope in _active(kb.facts(subject=ob.id, property="applies_to"), day):
            membership = _active(kb.facts(subject=t.id, property="member_of", value=scope.value), day)
            if membership:
                provisions.append(_provision(kb, ob, scope, membership, a, t, day))
    if provisions:
        words = "; ".join(f"{_count(len(p.bound), 'state')} under {p.provision}" for p in provisions)
        explanation = f"An armed attack by {a.name} on {t.name} on {day} binds {words}."
    else:
        explanation = f"No collective-defence provision in the knowledge base covers {t.name} on {day}."
    scopes = [(p.org, "member_of") for p in provisions]
    return Response(attacker=a.id, attacked=t.id, on=day, provisions=provisions, explanation=explanation,
                    warnings=kb.date_warnings(day, scopes))


def warnings(kb, on: Any, office: str | None = None, org: str | None = None) -> list[str]:
    """`kb.date_warnings` for the list-shaped answers (holders, obligations): an office's holders
    or an organisation's members. No date given to `holders` means every term: nothing to warn."""
    scopes = [(kb.lookup(office, ("office",)).id, "holds_office")] if office else []
    scopes += [(kb.lookup(org, ("organisation",)).id, "member_of")] if org else []
    return kb.date_warnings(on, scopes)


def _provision(kb, ob, scope: Fact, membership: list[Fact], a, t, day: str) -> ProvisionResponse:
    org = scope.value
    suspended = {b if a == t.id else a for a, b in scope.qualifiers.get("suspended", []) if t.id in (a, b)}
    bound = [m for m in members(kb, org, day) if m != t.id and m not in suspended]
    not_bound = partners(kb, org, day)
    member_facts = kb.facts(property="member_of", value=org)
    by_source = {f.source: f for f in _active(member_facts, day)}  # one fact per source suffices as citation
    not_for = [f for f in kb.facts(subject=ob.id, property="not_applicable_to") if f.value == org]
    provision = ob.attrs.get("provision", ob.name)
    others = f"the other {len(bound)} members are" if len(bound) != 1 else "the other member is"
    words = f"{t.name} is a member of {kb.name(org)} on {day}; under {provision} {others} bound to assist it"
    if a.id in bound:
        words += f" ({a.name} is itself a member)"
    if suspended:
        words += f" ({scope.qualifiers.get('note') or 'obligations suspended'})"
    words += "."
    if not_bound:
        words += f" Its {_count(len(not_bound), 'partner')} {'have' if len(not_bound) != 1 else 'has'} no such obligation."
    return ProvisionResponse(obligation=ob.id, provision=provision, org=org, bound=bound,
                             partners_not_bound=not_bound, explanation=words,
                             facts=[scope] + membership + list(by_source.values()) + not_for)


def _count(n: int, noun: str) -> str:
    """"1 state", "30 states"."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _capital(words: str) -> str:
    """A provision named at the start of a sentence ("the Wales Summit ..." -> "The Wales ...")."""
    return words[:1].upper() + words[1:]


def retractions(kb, subject: str | None = None, property: str | None = None, value: str | None = None) -> list[dict[str, Any]]:
    """The users' retractions of facts matching the given fields, for an answer's provenance."""
    out = []
    for c in kb.corrections:
        if c.kind != "retract":
            continue
        for f in c.matched:
            if all(x is None or getattr(f, k) == x for k, x in (("subject", subject), ("property", property), ("value", value))):
                out.append({"fact": f.to_dict(), "layer": c.layer, "origin": c.origin, "reason": c.reason,
                            "source": c.source, "as_of": c.as_of})
    return out


def summary(kb) -> dict[str, Any]:
    """What the KB holds: counts by entity type and by property, its as_of, its layers, and the
    coverage periods declared for offices and organisations (`accord kb status` with no arguments)."""
    entities = Counter(e.type for e in kb.entities())
    facts = Counter(f.property for f in kb.facts())
    periods = []
    for e in sorted(kb.entities(), key=lambda e: e.id):
        if e.type not in coverage.LISTS or "coverage" not in e.attrs:
            continue
        for prop in coverage.LISTS[e.type]:
            p = kb.coverage(e.id, prop)
            if p is not None and p.declared:
                periods.append({"id": e.id, "name": e.name, "property": prop, **p.to_dict()})
    return {"as_of": kb.as_of, "layers": list(kb.layers), "entity_count": sum(entities.values()),
            "entities": dict(sorted(entities.items())), "fact_count": sum(facts.values()),
            "facts": dict(sorted(facts.items())), "coverage": periods,
            "warnings": len(kb.warnings), "corrections": len(kb.corrections)}
