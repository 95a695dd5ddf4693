"""Checks across records, run on every load (bundled data and user files alike).

Errors (the KB does not load):
- every id a fact (or an entity's attrs, or a qualifier) names resolves to an entity;
- a single-holder office never has two holders on one day, within one layer;
- a form (name, alias, abbreviation, demonym) that names two entities is marked `ambiguous`
  on each of them, so a shared name is a decision and not an accident.
Warnings (a conflict between layers, reported by `accord kb validate`, never fatal: a user's
folder must not stop the KB from loading):
- two holders of a single-holder office on one day, from different layers;
- two layers stating the same relation with different dates (a `replace` correction decides).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from accord.kb import names, temporal
from accord.kb.base import _entity_forms
from accord.kb.schema import ENTITY_VALUED, ID_PATTERN
from accord.kb.types import Entity, Fact, KBWarning


def problems(entities: dict[str, Entity], facts: list[Fact]) -> list[str]:
    """The errors only (see `check`)."""
    return check(entities, facts)[0]


def check(entities: dict[str, Entity], facts: list[Fact]) -> tuple[list[str], list[KBWarning]]:
    """(errors, warnings) over the whole KB."""
    overlaps = list(_overlapping_terms(entities, facts))
    errors = [*_dangling(entities, facts), *(text for text, w in overlaps if w is None), *_unmarked_ambiguity(entities)]
    return errors, [w for _, w in overlaps if w is not None] + list(_disagreeing_layers(facts))


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


def _overlapping_terms(entities: dict[str, Entity], facts: list[Fact]) -> Iterable[tuple[str, KBWarning | None]]:
    """(message, None) within one layer; (message, warning) across layers."""
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
                    text = (f"{office} is single-holder but {a.subject} ({_where(a)}) and {b.subject} "
                            f"({_where(b)}) hold it on the same day")
                    yield text, (None if a.layer == b.layer else _warning(a, b, text))


def _disagreeing_layers(facts: list[Fact]) -> Iterable[KBWarning]:
    """Facts of different layers on the same subject, property and value whose dates differ
    but whose spans meet: two versions of one term or membership."""
    groups: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if "derived_from" not in fact.qualifiers:
            groups[(fact.subject, fact.property, fact.value)].append(fact)
    for (subject, prop, value), group in groups.items():
        if len({f.layer for f in group}) < 2:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.layer != b.layer and _dates(a) != _dates(b) and _meet(_span(a), _span(b)):
                    yield _warning(a, b, f"{subject} {prop} {value}: {_where(a)} gives {_dates_text(a)}, "
                                         f"{_where(b)} gives {_dates_text(b)}; a `replace` correction decides")


def _warning(a: Fact, b: Fact, text: str) -> KBWarning:
    """The warning belongs to `b`, the fact of the later layer (facts are in layer order)."""
    return KBWarning(b.layer, b.origin, text)


def _where(fact: Fact) -> str:
    return fact.origin if fact.layer == "bundled" else f"{fact.layer}/{fact.origin}"


def _dates(fact: Fact) -> tuple[str | None, ...]:
    return tuple(t.value if t else None for t in (fact.start, fact.end, fact.point_in_time))


def _dates_text(fact: Fact) -> str:
    start, end, point = _dates(fact)
    return f"on {point}" if point and not start and not end else f"{start or '?'} to {end or 'open'}"


def _meet(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Can the two spans share a day, reading imprecise dates generously?"""
    first = max(temporal.lower(a[0]) if a[0] else "0000-01-01", temporal.lower(b[0]) if b[0] else "0000-01-01")
    stop = min(temporal.upper(a[1]) if a[1] else "9999-12-31", temporal.upper(b[1]) if b[1] else "9999-12-31")
    return first <= stop


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
