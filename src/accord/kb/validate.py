"""Checks across records, run on every load (bundled data and user files alike).

- every id a fact (or an entity's attrs, or a qualifier) names resolves to an entity;
- a single-holder office never has two holders on one day;
- a form (name, alias, abbreviation, demonym) that names two entities is marked `ambiguous`
  on each of them, so a shared name is a decision and not an accident.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from accord.kb import names, temporal
from accord.kb.base import _entity_forms
from accord.kb.schema import ENTITY_VALUED, ID_PATTERN
from accord.kb.types import Entity, Fact


def problems(entities: dict[str, Entity], facts: list[Fact]) -> list[str]:
    return [*_dangling(entities, facts), *_overlapping_terms(entities, facts), *_unmarked_ambiguity(entities)]


def _ids_in(value: Any) -> Iterable[str]:
    """Strings shaped like entity ids inside a value (lists and dicts included)."""
    if isinstance(value, str):
        if ID_PATTERN.match(value):
            yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _ids_in(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _ids_in(v)


def _dangling(entities: dict[str, Entity], facts: list[Fact]) -> Iterable[str]:
    for fact in facts:
        named = [fact.subject, *(_ids_in(fact.qualifiers))]
        if fact.property in ENTITY_VALUED:
            named.append(fact.value)
        for id_ in named:
            if id_ not in entities:
                yield f"{fact.origin}: {id_} does not resolve to an entity"
    for entity in entities.values():
        for id_ in _ids_in(entity.attrs):
            if id_ not in entities:
                yield f"{entity.id}: attrs name {id_}, which does not resolve to an entity"


def _overlapping_terms(entities: dict[str, Entity], facts: list[Fact]) -> Iterable[str]:
    terms: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.property == "holds_office":
            terms[fact.value].append(fact)
    for office, held in terms.items():
        if not entities.get(office) or not entities[office].attrs.get("single_holder"):
            continue
        spans = [(f, _span(f)) for f in held]
        for i, (a, span_a) in enumerate(spans):
            for b, span_b in spans[i + 1:]:
                if a.subject != b.subject and temporal.definitely_overlap(span_a, span_b):
                    yield (f"{office} is single-holder but {a.subject} ({a.origin}) and {b.subject} "
                           f"({b.origin}) hold it on the same day")


def _span(fact: Fact) -> tuple[str | None, str | None]:
    if fact.start is None and fact.end is None and fact.point_in_time is not None:
        return fact.point_in_time.value, fact.point_in_time.value
    return (fact.start.value if fact.start else None), (fact.end.value if fact.end else None)


def _unmarked_ambiguity(entities: dict[str, Entity]) -> Iterable[str]:
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in entities.values():
        for text, kind in _entity_forms(entity):
            if kind == "context":
                continue
            key = "A:" + names.abbreviation_key(text) if kind == "abbreviation" else "N:" + names.norm(text)
            owners[key].add(entity.id)
    marked = {e.id: {names.norm(t) for t in e.ambiguous} | {"A:" + names.abbreviation_key(t) for t in e.ambiguous}
              for e in entities.values()}
    for key, ids in sorted(owners.items()):
        if len(ids) < 2:
            continue
        form = key[2:]
        unmarked = sorted(i for i in ids if form not in marked[i] and key not in marked[i])
        if unmarked:
            yield f"{form!r} names {', '.join(sorted(ids))} but is not marked ambiguous on {', '.join(unmarked)}"
