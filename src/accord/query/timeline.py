"""The timeline: dated facts of the KB and dated statements of the articles, each with its source.

A fact or statement gives one event per date it carries: its start ("begins"), its end ("ends")
and its point in time ("on"). A statement an article makes without a date is placed on the
article's publication date as "reported" (it was true, says the article, on that day).

A statement repeated by thousands of articles gives events for its first `references` articles
(in document order: the earliest reports), and every one of its events says how many articles
make it (`references_total`). With a `limit`, the articles' statements are read earliest first, a
page at a time (`store.dated_statements`), only until the first `limit` events are certain; the
answer then says `complete: false` and `total: null`. So an entity's timeline costs about the same
in a store of 1,000 articles as in one of 100,000.
"""

from __future__ import annotations

from typing import Any, Iterable

from accord.errors import AccordError, Errors
from accord.query.common import PROPERTY_WORDS, REFERENCES, Names, check_date, is_entity_id, lower, overlaps, upper
from accord.query.entities import resolve_entity
from accord.store.protocol import sort_date

SOURCES = ("all", "kb", "articles")
PAGE = 200  # statements read at a time, at most


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

    def keep(event: dict[str, Any]) -> bool:
        return overlaps(event["date"], start, end) and (property is None or event["property"] == property)

    kept: list[dict[str, Any]] = []
    complete = True
    if source in ("all", "kb") and kb is not None:
        kept += [e for e in _kb_events(kb, names, entity_id) if keep(e)]
    if source in ("all", "articles"):
        found, complete = _article_events(store, names, entity_id, references, keep, end, limit or None)
        kept += found
    kept.sort(key=lambda e: (lower(e["date"]), e["source"]["type"] != "kb", e["words"]))
    return {"entity": entity_id, "entity_name": names(entity_id) if entity_id else None, "from": start,
            "to": end, "source": source, "property": property, "total": len(kept) if complete else None,
            "complete": complete, "events": kept[:limit] if limit else kept}


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


def _article_events(store, names: Names, entity_id: str | None, references: int, keep, end: str | None,
                    want: int | None) -> tuple[list[dict[str, Any]], bool]:
    """The articles' events that `keep` accepts, and whether they are all of them.

    Statements come earliest first (by `sort_date`: no event of a statement is earlier); reading
    stops once `want` kept events are earlier than the next statement could give, or once the
    statements start after `end`.
    """
    events: list[dict[str, Any]] = []
    offset = 0
    # A statement gives up to `references` events, not all before the next statement's: start
    # with twice what `want` events take, and double the page while more are needed.
    size = PAGE if want is None else min(PAGE, 2 * want // max(1, references) + 10)
    while True:
        page = store.dated_statements(entity_id, limit=size, offset=offset, max_references=references)
        offset += len(page)
        published = store.published_dates(list(dict.fromkeys(r.doc_id for st in page for r in st.references)))
        events += [e for e in _statement_events(store, names, page, published) if keep(e)]
        if len(page) < size:
            return events, True
        last = page[-1]
        bound = lower(sort_date(last, published.get(last.references[0].doc_id) if last.references else None)
                      or "~")
        if end is not None and bound > upper(end):
            return events, True  # every statement still unread starts after `end`
        if want is not None and sum(1 for e in events if lower(e["date"]) < bound) >= want:
            return events, False
        size = min(PAGE, size * 2)


def _statement_events(store, names: Names, statements, published: dict[str, str | None]) -> list[dict[str, Any]]:
    totals = store.reference_counts([st.id for st in statements])
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
