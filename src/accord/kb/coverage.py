"""Coverage: the period for which the KB holds a kind of fact complete, and what a date outside it means.

A list the KB keeps (the holders of an office, the members or partners of an organisation) is
complete only for a period. Inside it, a claim the list does not bear out is a contradiction;
outside it (before the period, after it, or in a declared gap) the KB cannot tell, and a check
or a query must say so instead of answering from a list that was never meant to be complete.

Declared in an entity's attrs (inclusive days; month or year precision is read as its first day
for `from` and its last day for `until` and gaps):

    office:        coverage: {from: 2014-01-01, until: 2025-10-31, gaps: [{from: ..., until: ..., why: ...}]}
    organisation:  coverage: {member_of: {from: 1949-04-04, until: 2025-10-31}, partner_of: {...}}

`until` defaults to the latest `as_of` of the facts the list is made of. Without a declaration
an office's holders are complete from its first recorded term to their latest `as_of`, and an
organisation's members or partners from the beginning to their latest `as_of` (the old rule,
kept for lists nobody has reviewed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from accord.errors import NotFoundError
from accord.kb import temporal

# The properties whose lists carry a coverage, by the type of the entity that owns the list.
LISTS = {"office": ("holds_office",),
         "organisation": ("member_of", "partner_of", "candidate_for", "applied_to", "accession_protocol")}
_PERIOD_KEYS = {"from", "until", "gaps"}
_GAP_KEYS = {"from", "until", "why"}
_NOUNS = {"holds_office": "holders of the office of", "member_of": "members of", "partner_of": "partners of",
          "candidate_for": "candidates for membership of"}
_FULL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Gap:
    start: str  # first day not covered
    until: str  # last day not covered
    why: str = ""


@dataclass(frozen=True)
class Period:
    """The days [start, until] (start None: from the beginning) minus the gaps. `declared` says
    whether the data states it or it is the default rule."""

    start: str | None
    until: str | None
    gaps: tuple[Gap, ...] = ()
    declared: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.start, "until": self.until, "declared": self.declared,
                "gaps": [{"from": g.start, "until": g.until, "why": g.why} for g in self.gaps]}


class Cover(NamedTuple):
    """`covered`: is the list complete for the date? `reason`: one clause saying why."""

    covered: bool
    reason: str


# -- validation (schema.py) ----------------------------------------------------------------------
def problems(entity_type: str, value: Any) -> list[str]:
    """What is wrong with an entity's `coverage` attr, as readable clauses (empty when right)."""
    if entity_type not in LISTS:
        return [f"coverage is only for {' and '.join(LISTS)} entities"]
    if not isinstance(value, dict):
        return ["coverage must be a mapping"]
    if entity_type == "office":
        return _period_problems("coverage", value, needs_from=True)
    unknown = sorted(set(value) - set(LISTS["organisation"]))
    out = [f"coverage: unknown list {k!r} (use {', '.join(LISTS['organisation'])})" for k in unknown]
    for prop in LISTS["organisation"]:
        if prop in value:
            out += _period_problems(f"coverage.{prop}", value[prop], needs_from=False)
    return out


def _period_problems(where: str, value: Any, needs_from: bool) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where} must be a mapping with from, until and gaps"]
    out = [f"{where}: unknown key {k!r}" for k in sorted(set(value) - _PERIOD_KEYS)]
    if needs_from and "from" not in value:
        out.append(f"{where}: 'from' is required")
    out += _dates_problems(where, value)
    gaps = value.get("gaps", [])
    if not isinstance(gaps, list):
        return out + [f"{where}.gaps must be a list"]
    for i, gap in enumerate(gaps):
        here = f"{where}.gaps[{i}]"
        if not isinstance(gap, dict) or not {"from", "until"} <= set(gap):
            out.append(f"{here} needs from and until")
            continue
        out += [f"{here}: unknown key {k!r}" for k in sorted(set(gap) - _GAP_KEYS)]
        out += _dates_problems(here, gap)
        outside = ("from" in value and _lower(gap["from"]) < _lower(value["from"])) or (
            "until" in value and _upper(gap["until"]) > _upper(value["until"]))
        if outside and not out:
            out.append(f"{here} is not inside the coverage period")
    return out


def _dates_problems(where: str, value: dict) -> list[str]:
    out = []
    for key in ("from", "until"):
        if key in value:
            try:
                temporal.precision_of(str(value[key]))
            except ValueError as err:
                out.append(f"{where}.{key}: {err}")
    if not out and "from" in value and "until" in value and _upper(value["until"]) < _lower(value["from"]):
        out.append(f"{where}: until {value['until']} is before from {value['from']}")
    return out


def _lower(value: Any) -> str:
    return temporal.lower(str(value))


def _upper(value: Any) -> str:
    return temporal.upper(str(value))


# -- periods -------------------------------------------------------------------------------------
def list_facts(kb, entity_id: str, prop: str) -> list:
    """The facts the list is made of: holders of an office, members or partners of an organisation."""
    return kb.facts(property=prop, value=entity_id)


def period(kb, entity_id: str, prop: str) -> Period | None:
    """The period the KB holds `prop`'s list of `entity_id` complete; None when it keeps no such
    list (no facts of that property for the entity)."""
    facts = list_facts(kb, entity_id, prop)
    if not facts:
        return None
    latest = max((f.as_of for f in facts if f.as_of), default=None)
    declared = _declared(kb, entity_id, prop)
    if declared is not None:
        gaps = tuple(Gap(_lower(g["from"]), _upper(g["until"]), str(g.get("why", ""))) for g in declared.get("gaps", ()))
        start = _lower(declared["from"]) if "from" in declared else None
        until = _upper(declared["until"]) if "until" in declared else latest
        return Period(start, until, gaps, declared=True)
    start = None
    if prop == "holds_office":  # from the first day a recorded term surely runs ("2017" -> 2017-12-31)
        start = min((temporal.upper((f.start or f.point_in_time).value) for f in facts if f.start or f.point_in_time),
                    default=None)
    return Period(start, latest)


def _declared(kb, entity_id: str, prop: str) -> dict | None:
    try:
        entity = kb.entity(entity_id)
    except (KeyError, NotFoundError):  # an id the KB does not know: nothing declared
        return None
    value = (getattr(entity, "attrs", None) or {}).get("coverage")
    if not isinstance(value, dict):
        return None
    if getattr(entity, "type", "office") == "office":
        return value if prop == "holds_office" else None
    found = value.get(prop)
    return found if isinstance(found, dict) else None


# -- the question ----------------------------------------------------------------------------------
def covers(kb, entity_id: str, prop: str, when: Any) -> Cover:
    """Is the list complete on `when` (a date at any precision, a TimeQualifier, or None)? A date
    that is not a whole day is covered only when every day it can mean is."""
    p = period(kb, entity_id, prop)
    what = f"the knowledge base's list of the {_NOUNS.get(prop, prop)} {_name(kb, entity_id)}"
    if p is None:
        return Cover(False, f"the knowledge base keeps no list of the {_NOUNS.get(prop, prop)} {_name(kb, entity_id)}")
    text = getattr(when, "value", when)
    if not text or not _FULL_DATE.match(str(text)):
        return Cover(False, f"no date with a year is given, and {what} runs {_span(p)}")
    lo, hi = temporal.lower(text), temporal.upper(text)
    if p.start is not None and lo < p.start:
        return Cover(False, f"{what} starts on {p.start}")
    if p.until is not None and hi > p.until:
        return Cover(False, f"{what} " + (f"ends on {p.until}" if p.declared else f"is as of {p.until}"))
    for gap in p.gaps:
        if lo <= gap.until and gap.start <= hi:
            return Cover(False, f"{what} has a gap from {gap.start} to {gap.until}" + (f" ({gap.why})" if gap.why else ""))
    return Cover(True, f"{what} is complete {_span(p)}")


def _span(p: Period) -> str:
    """"from 2014-01-01 to 2025-10-31", "up to 2025-10-31"."""
    until = p.until or "today"
    return f"from {p.start} to {until}" if p.start else f"up to {until}"


def _name(kb, entity_id: str) -> str:
    try:
        return kb.entity(entity_id).name
    except (KeyError, NotFoundError):
        return entity_id
