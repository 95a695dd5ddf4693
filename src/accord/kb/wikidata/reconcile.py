"""Wikidata's statements against the KB's facts: new, the same fact again, or a conflict.

- **Same fact** (same subject, property and value, every date Wikidata gives equal to the KB's
  at the coarser of the two precisions, "2021" = "2021-03-04"): the KB fact stays as it is and
  gains Wikidata as a second source (`qualifiers.also_source`), written as a `replace`
  correction of the fact by itself; nothing is duplicated. As in Wikidata's own model, a second
  source adds a reference, not a row.
- **Conflict** (same subject, property and value over overlapping periods, different dates, a
  one-day difference included): both are kept in the report; the newer source wins by default
  (`prefer="newer"`: the dump's date against the KB fact's `as_of`; a tie keeps the KB, which was
  checked by hand). When Wikidata wins, the output replaces the KB fact with a `replace`
  correction, so the KB never holds both.
- A statement that would give a single-holder office two holders on one day, once every
  correction is applied, is held back and reported: written, it would leave the office two
  holders (a load error within the folder, a warning against another layer), and which holder
  is wrong is a person's decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accord.kb import temporal
from accord.kb.types import Fact

DATES = ("start", "end", "point_in_time")


@dataclass
class Change:
    """One correction of a KB fact: `merge` adds a source, `replace` puts Wikidata's dates."""

    kind: str
    old: Fact
    new: dict[str, Any]
    reason: str
    conflict: dict[str, Any] | None = None


@dataclass
class Outcome:
    facts: list[dict[str, Any]] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    merged: int = 0  # statements that are a KB fact already (a source is added where one can be)


def reconcile(kb, candidates: list[dict[str, Any]], as_of: str, prefer: str = "newer") -> Outcome:
    """Sort Wikidata's facts (KB ids, dates as KB text) into new facts, merges and conflicts."""
    out = Outcome()
    taken: dict[int, dict[str, Any]] = {}
    seen: set[tuple] = set()
    for fact in candidates:
        twins = [f for f in kb.facts(fact["subject"], fact["property"], fact["value"]) if "derived_from" not in f.qualifiers]
        old = _counterpart(fact, twins)
        if old is None:
            if _key(fact) not in seen:
                seen.add(_key(fact))
                out.facts.append(fact)
        elif id(old) in taken:
            if not _agree_dicts(taken[id(old)], fact):
                out.conflicts.append(_conflict(old, fact, "Wikidata statements disagree", "kb", "nothing"))
        else:
            taken[id(old)] = fact
            _settle(old, fact, twins, as_of, prefer, out)
    _hold_back_overlaps(kb, out)
    return out


def _settle(old: Fact, fact: dict[str, Any], twins: list[Fact], as_of: str, prefer: str, out: Outcome) -> None:
    unique = sum(1 for f in twins if _selected(f, selector(old))) == 1
    if agree(old, fact):
        out.merged += 1
        if unique and fact["source"] not in (old.source, old.qualifiers.get("also_source")):
            merged = {**fact_dict(old), "qualifiers": {**old.qualifiers, "also_source": fact["source"]}}
            out.changes.append(Change("merge", old, merged, "the same fact is in Wikidata: a second source, no new fact"))
        return
    wins = prefer == "wikidata" or (prefer == "newer" and as_of > old.as_of)
    written = "correction" if wins and unique else "nothing"
    conflict = _conflict(old, fact, "dates differ", "wikidata" if wins else "kb", written)
    rule = {"newer": "the newer source wins", "wikidata": "Wikidata preferred", "kb": "the KB preferred"}[prefer]
    conflict["why"] = (f"Wikidata (as of {as_of}) gives {_dates_text(fact)} where the KB ({old.origin}, as of "
                       f"{old.as_of}) gives {_dates_text(fact_dict(old))}; {rule}")
    if wins and not unique:
        conflict["why"] += "; but several KB facts have these dates as written, so no correction can select one"
    out.conflicts.append(conflict)
    if written == "correction":
        out.changes.append(Change("replace", old, fact, conflict["why"], conflict))


def agree(old: Fact, fact: dict[str, Any]) -> bool:
    """Same dates at the coarser precision; a date Wikidata does not give is not a disagreement."""
    return _agree_dicts(fact_dict(old), fact)


def _agree_dicts(kb_fact: dict[str, Any], fact: dict[str, Any]) -> bool:
    for key in DATES:
        ours, theirs = kb_fact.get(key), fact.get(key)
        if theirs is None:
            continue
        if ours is None:
            return False
        parts = min(len(ours.split("-")), len(theirs.split("-")))
        if ours.split("-")[:parts] != theirs.split("-")[:parts]:
            return False
    return True


def _counterpart(fact: dict[str, Any], twins: list[Fact]) -> Fact | None:
    """The KB fact a statement is about: same triple and a period that can overlap (two terms
    in one office are two facts), the one whose dates agree first."""
    near = [f for f in twins if _may_overlap(_span(fact_dict(f)), _span(fact))]
    agreeing = [f for f in near if agree(f, fact)]
    return (agreeing or near or [None])[0]


def _hold_back_overlaps(kb, out: Outcome) -> None:
    """Drop Wikidata's terms that give a single-holder office two holders on one day."""
    while True:
        clash = _first_overlap(kb, out)
        if clash is None:
            return
        ours, other = clash
        why = f"its term overlaps {other['subject']}'s ({other.get('origin', 'Wikidata')}) in a single-holder office"
        if isinstance(ours, Change):
            out.changes.remove(ours)
            ours.conflict.update(winner="kb", written="nothing", why=f"{ours.conflict['why']}; not written: {why}")
        else:
            out.facts.remove(ours)
            out.conflicts.append({**_conflict(None, ours, "overlaps another holder", "none", "nothing"), "why": why})


def _first_overlap(kb, out: Outcome):
    """(Wikidata's change or fact, the term it overlaps) for the first clash, or None."""
    replaced = {id(c.old): c for c in out.changes if c.kind == "replace"}
    offices = {f["value"] for f in out.facts if f["property"] == "holds_office"}
    offices |= {c.new["value"] for c in replaced.values() if c.new["property"] == "holds_office"}
    for office in sorted(offices):
        if not kb.has(office) or not kb.entity(office).attrs.get("single_holder"):
            continue
        terms = [(replaced.get(id(f)), replaced[id(f)].new if id(f) in replaced else {**fact_dict(f), "origin": f.origin})
                 for f in kb.facts(property="holds_office", value=office)]
        terms += [(f, f) for f in out.facts if f["property"] == "holds_office" and f["value"] == office]
        for i, (mine, a) in enumerate(terms):
            for theirs, b in terms[i + 1:]:
                if (mine or theirs) and a["subject"] != b["subject"] and temporal.definitely_overlap(_term(a), _term(b)):
                    return (mine, b) if mine is not None else (theirs, a)
    return None


def selector(fact: Fact) -> dict[str, str]:
    """The fields that pick a KB fact out, dates as written."""
    return {k: v for k, v in fact_dict(fact).items() if k in ("subject", "property", "value", *DATES)}


def _selected(fact: Fact, chosen: dict[str, str]) -> bool:
    return all(fact_dict(fact).get(k) == v for k, v in chosen.items())


def fact_dict(fact: Fact) -> dict[str, Any]:
    """A KB fact as a data-file record (dates as written)."""
    out: dict[str, Any] = {"subject": fact.subject, "property": fact.property, "value": fact.value}
    for key in DATES:
        if getattr(fact, key) is not None:
            out[key] = getattr(fact, key).value
    out.update(source=fact.source, as_of=fact.as_of)
    if fact.qualifiers:
        out["qualifiers"] = dict(fact.qualifiers)
    return out


def _conflict(old: Fact | None, fact: dict[str, Any], kind: str, winner: str, written: str) -> dict[str, Any]:
    kb_side = None
    if old is not None:
        kb_side = {**{k: v for k, v in fact_dict(old).items() if k in (*DATES, "source", "as_of")}, "origin": old.origin}
    return {"kind": kind, "subject": fact["subject"], "property": fact["property"], "value": fact["value"],
            "kb": kb_side, "wikidata": {k: fact[k] for k in (*DATES, "source") if k in fact},
            "winner": winner, "written": written}


def _span(fact: dict[str, Any]) -> tuple[str, str]:
    """The widest period a fact can mean, open ends included."""
    start = fact.get("start") or fact.get("point_in_time")
    end = fact.get("end") or (fact.get("point_in_time") if not fact.get("start") else None)
    return (temporal.lower(start) if start else "0000-01-01"), (temporal.upper(end) if end else "9999-12-31")


def _may_overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])


def _term(fact: dict[str, Any]) -> tuple[str | None, str | None]:
    """A term as validation reads it (a point in time alone is a one-point term)."""
    if not fact.get("start") and not fact.get("end") and fact.get("point_in_time"):
        return fact["point_in_time"], fact["point_in_time"]
    return fact.get("start"), fact.get("end")


def _key(fact: dict[str, Any]) -> tuple:
    return tuple(fact.get(k) for k in ("subject", "property", "value", *DATES))


def _dates_text(fact: dict[str, Any]) -> str:
    return ", ".join(f"{k} {fact[k]}" for k in DATES if fact.get(k)) or "no dates"
