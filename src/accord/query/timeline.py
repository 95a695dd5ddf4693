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

Pages: when more events follow the `limit` shown, `next` is a cursor (an opaque string) and the
same call with `cursor=next` gives the following page (None: nothing follows). The cursor holds
the last event shown, how many events equal to it were shown, and the last statement whose
events were all shown (`store.dated_statements(after=...)` starts there: keyset paging, so the
tenth page costs what the first costs). Events are in one total order: date (at its earliest),
the KB's before the articles', words, then their other fields.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any, Iterable

from accord.errors import AccordError, Errors
from accord.query.common import PROPERTY_WORDS, REFERENCES, Names, check_date, is_entity_id, lower, overlaps, upper
from accord.query.entities import resolve_entity
from accord.store.protocol import dated_key

SOURCES = ("all", "kb", "articles")
PAGE = 200  # statements read at a time, at most
PAGE_EVENTS = 200  # events a page of the web timeline shows (the API's default limit is 1,000)


def timeline(store, kb=None, entity: str | None = None, start: str | None = None, end: str | None = None,
             source: str = "all", property: str | None = None, limit: int | None = None,
             references: int = REFERENCES, cursor: str | None = None) -> dict[str, Any]:
    """Events between `start` and `end` (YYYY[-MM[-DD]], inclusive, at each date's precision),
    about `entity` (an id or a name) when given, oldest first; from `cursor` (the `next` of the
    page before) when given."""
    start, end = check_date(start), check_date(end)
    if start and end and lower(start) > lower(end):
        raise AccordError(Errors.E608.format(start=start, end=end))
    if source not in SOURCES:
        raise AccordError(Errors.E609.format(what="source", value=source, known=", ".join(SOURCES)))
    names = Names(store, kb)
    entity_id = resolve_entity(store, kb, entity) if entity else None
    asked = _asked(entity_id, start, end, source, property, references)
    after, last, seen = _read_cursor(cursor, asked) if cursor else (None, None, 0)

    def keep(event: dict[str, Any]) -> bool:
        return (overlaps(event["date"], start, end) and (property is None or event["property"] == property)
                and (last is None or _order(event) >= last))

    kept: list[tuple[dict[str, Any], tuple | None]] = []  # (event, key of its statement: None for the KB's)
    read: list[tuple] = []  # keys of the statements read, in their order
    complete = True
    if source in ("all", "kb") and kb is not None:
        kept += [(e, None) for e in _kb_events(kb, names, entity_id) if keep(e)]
    if source in ("all", "articles"):
        # `seen` events equal to the cursor's last come again and are dropped below
        found, complete = _article_events(store, names, entity_id, references, keep, end,
                                          (limit + seen) if limit else None, after, read)
        kept += found
    ordered = sorted(((_order(e), e, key) for e, key in kept), key=lambda item: item[0])
    skip = 0  # the events equal to the cursor's last that the pages before showed
    while skip < min(seen, len(ordered)) and ordered[skip][0] == last:
        skip += 1
    count = len(ordered) - skip
    end_shown = skip + (min(limit, count) if limit else count)
    more = not complete or end_shown < len(ordered)
    return {"entity": entity_id, "entity_name": names(entity_id) if entity_id else None, "from": start,
            "to": end, "source": source, "property": property, "total": count if complete else None,
            "complete": complete, "events": [e for _, e, _ in ordered[skip:end_shown]],
            "next": _next_cursor(asked, ordered, end_shown, read, after) if more and end_shown > skip else None}


def _order(event: dict[str, Any]) -> tuple:
    """The timeline's order, total over events that differ: date at its earliest, the KB's events
    first, words, then the fields that tell apart events of the same words and day."""
    src = event["source"]
    return (lower(event["date"]), src["type"] != "kb", event["words"], event["date"], event["what"],
            event["subject"], event["property"], event["value"], event["polarity"],
            str(src.get("doc_id") or src.get("url") or ""), int(src.get("start") or 0), str(src.get("as_of") or ""))


# The types of the fields of _order, which a cursor's last event must have.
_ORDER_TYPES = (str, bool, str, str, str, str, str, str, str, str, int, str)


def _asked(*params: Any) -> str:
    """What a cursor belongs to (a cursor given with other parameters is refused)."""
    return hashlib.sha256(json.dumps(params).encode()).hexdigest()[:8]


def _next_cursor(asked: str, ordered: list[tuple[tuple, dict[str, Any], tuple | None]], end_shown: int,
                 read: list[tuple], after: tuple | None) -> str:
    """The cursor to the events after the last one shown (`ordered[end_shown - 1]`): its order,
    how many events of that order this page and the ones before showed, and the key of the last
    statement read before the first one that gives an event not shown or equal to the last shown
    (the next page reads the statements after it again)."""
    final = ordered[end_shown - 1][0]
    equal = sum(1 for order, _, _ in ordered[:end_shown] if order == final)
    pending = {key for order, _, key in ordered if order == final} | {key for _, _, key in ordered[end_shown:]}
    resume = after
    for key in read:  # the statements in the store's order, up to the first not wholly shown
        if key in pending:
            break
        resume = key
    data = [asked, list(resume) if resume else None, list(final), equal]
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def _read_cursor(cursor: str, asked: str) -> tuple[tuple[str, str] | None, tuple, int]:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        owner, resume, final, equal = data
        ok = (owner == asked and isinstance(final, list) and len(final) == len(_ORDER_TYPES)
              and all(type(x) is t for x, t in zip(final, _ORDER_TYPES))  # compared with _order's
              and type(equal) is int and equal > 0
              and (resume is None or (isinstance(resume, list) and len(resume) == 2
                                      and all(isinstance(x, str) for x in resume))))
    except (ValueError, TypeError):
        ok = False
    if not ok:
        raise AccordError(Errors.E610.format(cursor=cursor[:80]))
    return (tuple(resume) if resume else None), tuple(final), equal


def _words(names: Names, subject: str, prop: str, value: str, polarity: str) -> str:
    value_name = names(value) if is_entity_id(value) else value
    return (f"{names(subject)} {'not ' if polarity == 'negated' else ''}"
            f"{PROPERTY_WORDS.get(prop, prop.replace('_', ' '))} {value_name}")


def _event(names, what, when, subject, prop, value, polarity, source, words: str | None = None) -> dict[str, Any]:
    return {"date": when.value if hasattr(when, "value") else when,
            "precision": getattr(when, "precision", None) or _precision(when), "what": what,
            "subject": subject, "subject_name": names(subject), "property": prop, "value": value,
            "value_name": names(value) if is_entity_id(value) else value, "polarity": polarity,
            "words": words if words is not None else _words(names, subject, prop, value, polarity), "source": source}


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
                    want: int | None, after: tuple[str, str] | None = None,
                    read: list[tuple] | None = None) -> tuple[list[tuple[dict[str, Any], tuple]], bool]:
    """The articles' events that `keep` accepts, each with its statement's key (`dated_key`),
    and whether they are all of them; `read` gets the keys of the statements read, in order.

    Statements come earliest first (by `sort_date`: no event of a statement is earlier), from the
    one after `after`, a page at a time (each page after the last statement of the one before);
    reading stops once `want` kept events are earlier than the next statement could give, or
    once the statements start after `end`.
    """
    events: list[tuple[dict[str, Any], tuple]] = []
    read = [] if read is None else read
    if references < 1:
        return events, True  # a statement gives an event per reference shown
    # A statement gives up to `references` events, not all before the next statement's: start
    # with what `want` events take if each gave that many (a page of a popular entity then reads
    # one page: twice that read 500 references for 200 events, each a sentence cut from its
    # compressed text), then size each next page by the events per statement seen so far.
    size = PAGE if want is None else min(PAGE, want // max(1, references) + 10)
    while True:
        page = store.dated_statements(entity_id, limit=size, after=after, max_references=references)
        published = store.published_dates(list(dict.fromkeys(r.doc_id for st in page for r in st.references)))
        totals = store.reference_counts([st.id for st in page])
        for st in page:
            key = dated_key(st, published.get(st.references[0].doc_id) if st.references else None)
            read.append(key)
            events += [(e, key) for e in _events_of(names, st, published, totals[st.id]) if keep(e)]
        if len(page) < size:
            return events, True
        after = read[-1]
        bound = lower(after[0])
        if end is not None and bound > upper(end):
            return events, True  # every statement still unread starts after `end`
        certain = sum(1 for e, _ in events if lower(e["date"]) < bound)
        if want is not None and certain >= want:
            return events, False
        if want is None:
            size = min(PAGE, size * 2)
        else:  # twice the page, or enough for the events still wanted at the rate seen and a quarter more
            size = min(PAGE, max(2 * size, int(1.25 * (want - certain) * len(read) / max(1, len(events))) + 10))


def _events_of(names: Names, st, published: dict[str, str | None], total: int) -> list[dict[str, Any]]:
    """The events of one statement: one per date it carries (or its article's publication date)
    for each of its references read; `total` is its number of references."""
    events = []
    words = _words(names, st.subject, st.property, st.value, st.polarity)  # the same for every event
    own = list(_dated(st))
    for ref in st.references:
        source = {"type": "document", "doc_id": ref.doc_id, "start": ref.start, "end": ref.end,
                  "sentence": ref.sentence, "asserted_by": st.asserted_by}
        dated = own or ([("reported", published[ref.doc_id])] if published.get(ref.doc_id) else [])
        events += [dict(_event(names, what, when, st.subject, st.property, st.value, st.polarity, source, words),
                        references_total=total)
                   for what, when in dated]
    return events
