"""The entity page: `entity_view` newest first, filtered by date and cut into pages.

NATO in a few hundred articles gives an entity view tens of thousands of pixels long: every
relation, statement, finding, quote and article at once. The page shows each of those lists
newest first (an article's items by its publication date, a relation by its own date), keeps
those dated inside `start`..`end` when given, and shows `limit` of each from `offset`, with
each list's total so the page can say "21-40 of 95" and link to the next page. Offices, an
office's holders and the KB record are short and always shown whole.
"""

from __future__ import annotations

from typing import Any, Callable

from accord.errors import AccordError, Errors
from accord.query.common import check_date, lower, overlaps
from accord.query.entities import entity_view

PAGED = ("relations", "statements", "findings", "quotes_by", "quotes_about", "documents")


def entity_page(store, kb, entity_id: str, start: str | None = None, end: str | None = None,
                limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """`entity_view(store, kb, entity_id)` with each list in PAGED newest first, dated inside
    `start`..`end` (YYYY[-MM[-DD]], inclusive; undated items are kept only without a filter),
    and cut to `limit` items from `offset`. Adds `page`: the filter, the window and each list's
    total, and `total`: the longest list's (the pager's end)."""
    start, end = check_date(start), check_date(end)
    if start and end and lower(start) > lower(end):
        raise AccordError(Errors.E608.format(start=start, end=end))
    view = entity_view(store, kb, entity_id)
    published = store.published_dates(list(dict.fromkeys(_doc_ids(view))))
    dates: dict[str, Callable[[dict], str | None]] = {
        "relations": lambda r: r["start"] or r["point_in_time"] or _published(published, r["source"].get("doc_id")),
        "statements": lambda st: max((published.get(r["doc_id"]) or "" for r in st["references"]), default="") or None,
        "findings": lambda f: published.get(f["doc_id"]),
        "quotes_by": lambda q: published.get(q["doc_id"]),
        "quotes_about": lambda q: published.get(q["doc_id"]),
        "documents": lambda d: d["published"],
    }
    totals = {}
    for key in PAGED:
        dated = [(dates[key](item), item) for item in view[key]]
        if start or end:
            dated = [(d, item) for d, item in dated if d and overlaps(d, start, end)]
        dated.sort(key=lambda pair: lower(pair[0]) if pair[0] else "", reverse=True)  # stable: ties keep their order
        totals[key] = len(dated)
        view[key] = [dict(item, date=d) for d, item in dated[offset:offset + limit]]
    view["page"] = {"from": start, "to": end, "limit": limit, "offset": offset, "totals": totals}
    view["total"] = max(totals.values(), default=0)
    view["limit"], view["offset"] = limit, offset
    return view


def _published(published: dict[str, str | None], doc_id: str | None) -> str | None:
    return published.get(doc_id) if doc_id else None


def _doc_ids(view: dict[str, Any]):
    for r in view["relations"]:
        if r["source"].get("doc_id"):
            yield r["source"]["doc_id"]
    for st in view["statements"]:
        yield from (r["doc_id"] for r in st["references"])
    for key in ("findings", "quotes_by", "quotes_about", "documents"):
        yield from (item.get("doc_id") or item["id"] for item in view[key])
