"""The timeline: dated facts of the KB and dated statements of the articles, each with its source.

A fact or statement gives one event per date it carries: its start ("begins"), its end ("ends")
and its point in time ("on"). A statement an article makes without a date is placed on the
article's publication date as "reported" (it was true, says the article, on that day).

A statement repeated by thousands of articles gives events for its first `references` articles
(in document order: the earliest reports), and every one of its events says how many articles
make it (`references_total`). The store reads only those references, so an entity's timeline
costs about the same in a store of 1,000 articles as in one of 100,000.
"""

from __future__ import annotations

from typing import Any, Iterable

from accord.errors import AccordError, Errors
from accord.query.common import PROPERTY_WORDS, Names, check_date, is_entity_id, lower, overlaps
from accord.query.entities import resolve_entity, statements_about

SOURCES = ("all", "kb", "articles")
REFERENCES = 10  # articles cited per statement (the earliest)


def timeline(store, kb=None, entity: str | None = None, start: str | None = None, end: str | None = None,
             source: str = "all", property: str | None = None, limit: int | None = None,
             references: int = REFERENCES) -> dict[str, Any]:
    """Events between `start` and `end` (YYYY[-MM[-DD]], inclusive, at each date's precision),
    about `entity` (an id or a name) when given, oldest first."""
    start, end = check_date(start), check_date(end)
    if start and end and lower(start) > lower(end):
        raise AccordError(Errors.E608.format(start=start, end=end))
    if source not in SOURCES:
        raise AccordError(Errors.E609.format(what="source", value=source, known=", ".join(SOURCES)))
    names = Names(store, kb)
    entity_id = resolve_entity(store, kb, entity) if entity else None
    events: list[dict[str, Any]] = []
    if source in ("all", "kb") and kb is not None:
        events += _kb_events(kb, names, entity_id)
    if source in ("all", "articles"):
        events += _article_events(store, names, entity_id, references)
    kept = [e for e in events if overlaps(e["date"], start, end) and (property is None or e["property"] == property)]
    kept.sort(key=lambda e: (lower(e["date"]), e["source"]["type"] != "kb", e["words"]))
    total = len(kept)
    return {"entity": entity_id, "entity_name": names(entity_id) if entity_id else None, "from": start,
            "to": end, "source": source, "property": property, "total": total,
            "events": kept[:limit] if limit else kept}


def _words(names: Names, subject: str, prop: str, value: str, polarity: str) -> str:
    value_name = names(value) if is_entity_id(value) else value
    return (f"{names(subject)} {'not ' if polarity == 'negated' else ''}"
            f"{PROPERTY_WORDS.get(prop, prop.replace('_', ' '))} {value_name}")


def _event(names, what, when, subject, prop, value, polarity, source) -> dict[str, Any]:
    return {"date": when.value if hasattr(when, "value") else when,
            "precision": getattr(when, "precision", None) or _precision(when), "what": what,
            "subject": subject, "subject_name": names(subject), "property": prop, "value": value,
            "value_name": names(value) if is_entity_id(value) else value, "polarity": polarity,
            "words": _words(names, subject, prop, value, polarity), "source": source}


def _precision(value: str) -> str:
    return {1: "year", 2: "month", 3: "day"}[len(value.split("-"))]


def _dated(item) -> Iterable[tuple[str, Any]]:
    for what, key in (("begins", "start"), ("ends", "end"), ("on", "point_in_time")):
        when = getattr(item, key)
        if when is not None:
            yield what, when


def _kb_events(kb, names: Names, entity_id: str | None) -> list[dict[str, Any]]:
    facts = kb.facts(subject=entity_id) + kb.facts(value=entity_id) if entity_id else kb.facts()
    return [_event(names, what, when, f.subject, f.property, f.value, "affirmed",
                   {"type": "kb", "url": f.source, "as_of": f.as_of})
            for f in facts for what, when in _dated(f)]


def _article_events(store, names: Names, entity_id: str | None, references: int) -> list[dict[str, Any]]:
    if entity_id:
        statements = statements_about(store, entity_id, max_references=references)
    else:
        statements = store.statements(max_references=references)
    totals = store.reference_counts([st.id for st in statements])
    published = store.published_dates(list(dict.fromkeys(
        ref.doc_id for st in statements if not any(_dated(st)) for ref in st.references)))
    events = []
    for st in statements:
        for ref in st.references:
            source = {"type": "document", "doc_id": ref.doc_id, "start": ref.start, "end": ref.end,
                      "sentence": ref.sentence, "asserted_by": st.asserted_by}
            dated = list(_dated(st))
            if not dated:
                dated = [("reported", published[ref.doc_id])] if published.get(ref.doc_id) else []
            events += [dict(_event(names, what, when, st.subject, st.property, st.value, st.polarity, source),
                            references_total=totals[st.id])
                       for what, when in dated]
    return events
