"""The pages. Each is registered twice, at `/path` (HTML) and `/path.json` (the same data), by
`_page`: one data function, two renderings."""

from __future__ import annotations

from typing import Any, Callable, Optional

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, JSONResponse

from accord import query
from accord.query.timeline import PAGE_EVENTS
from accord.web.bars import bars
from accord.web.highlight import article_spans, pieces
from accord.web.render import entity_url, render


def _page(router: APIRouter, path: str, template: str, extra: Callable[[dict], dict] | None = None):
    """Decorator: the data function answers `path.json`; `path` renders `template` with it."""

    def register(data_fn: Callable[..., dict[str, Any]]):
        def as_json(**kwargs):
            return JSONResponse(data_fn(**kwargs))

        def as_html(**kwargs):
            data = data_fn(**kwargs)
            context = {"data": data, "params": kwargs, **(extra(data) if extra else {})}
            return HTMLResponse(render(template, **context))

        for suffix, endpoint in ((".json", as_json), ("", as_html)):
            endpoint.__signature__ = _signature(data_fn)  # FastAPI reads parameters from it
            router.add_api_route(path + suffix if path != "/" else ("/index.json" if suffix else "/"),
                                 endpoint, methods=["GET"], include_in_schema=False)
        return data_fn

    return register


def _signature(fn):
    import inspect

    return inspect.signature(fn)


FINDINGS_PAGE = 50  # findings per page
ENTITY_PAGE = 20  # articles, statements, findings and quotes per page of an entity
TIMELINE_PAGE = PAGE_EVENTS  # events per page of the timeline (200; it asked for 500 before the cursor)


def _graph_extra(data: dict) -> dict:
    """The nodes with their page's URL (the script makes each a link) and names by id."""
    return {"nodes": [dict(n, url=entity_url(n["id"])) for n in data["nodes"]],
            "names": {n["id"]: n["name"] for n in data["nodes"]}}


def build_router(state) -> APIRouter:
    router = APIRouter()

    @_page(router, "/", "index.html")
    def index(limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict:
        return {"documents": query.documents_page(state.store, limit, offset),
                "entities": query.entities_in_store(state.store, state.kb, 40)}

    @_page(router, "/documents/{ref}", "document.html",
           extra=lambda data: {"pieces": pieces(data["document"]["text"], article_spans(data))})
    def document(ref: str) -> dict:
        return query.document_view(state.store, ref, state.kb)

    @_page(router, "/entities", "entities.html")
    def entities(limit: int = Query(500, ge=1, le=5000)) -> dict:
        return {"entities": query.entities_in_store(state.store, state.kb, limit)}

    @_page(router, "/entities/{ref}", "entity.html", extra=lambda data: {"bars": bars(data["relations"])})
    def entity(ref: str, from_: Optional[str] = Query(None, alias="from", max_length=10),
               to: Optional[str] = Query(None, max_length=10), limit: int = Query(ENTITY_PAGE, ge=1, le=1000),
               offset: int = Query(0, ge=0)) -> dict:
        return query.entity_page(state.store, state.kb, query.resolve_entity(state.store, state.kb, ref),
                                 from_ or None, to or None, limit, offset)

    @_page(router, "/timeline", "timeline.html")
    def timeline(entity: Optional[str] = Query(None, max_length=200), from_: Optional[str] = Query(None, alias="from", max_length=10),
                 to: Optional[str] = Query(None, max_length=10), source: str = Query("all", pattern="^(all|kb|articles)$"),
                 property: Optional[str] = Query(None, max_length=40),
                 limit: int = Query(TIMELINE_PAGE, ge=1, le=100_000),
                 all_dates: bool = Query(False, alias="all"),
                 cursor: Optional[str] = Query(None, max_length=2000)) -> dict:
        """Without dates (and without `all=true`) the timeline opens on the articles' period,
        not on the KB's facts from 1949; the page says so and links to every date. TIMELINE_PAGE
        events a page; `next` links to the following page (the cursor of query.timeline)."""
        period = None if (from_ or to or all_dates) else query.articles_period(state.store)
        if period:
            from_, to = period
        data = query.timeline(state.store, state.kb, entity or None, from_ or None, to or None, source,
                              property or None, limit, cursor=cursor or None)
        return dict(data, articles_period=list(period) if period else None)

    @_page(router, "/graph", "graph.html", extra=_graph_extra)
    def graph(entity: Optional[str] = Query(None, max_length=200), depth: int = Query(1, ge=1, le=3),
              relation: Optional[str] = Query(None, max_length=40), verdict: Optional[str] = Query(None, max_length=40),
              limit: int = Query(60, ge=1, le=300), kb: bool = Query(True)) -> dict:
        return query.graph(state.store, state.kb, entity or None, limit, kb, depth=depth, relation=relation or None,
                           verdict=verdict or None)

    @_page(router, "/findings", "findings.html")
    def findings(kind: Optional[str] = Query(None, max_length=40), doc_id: Optional[str] = Query(None, max_length=64),
                 from_: Optional[str] = Query(None, alias="from", max_length=10), to: Optional[str] = Query(None, max_length=10),
                 flagged_only: bool = False, limit: int = Query(FINDINGS_PAGE, ge=1, le=5000),
                 offset: int = Query(0, ge=0)) -> dict:
        return query.findings_view(state.store, state.kb, kind or None, doc_id or None, flagged_only, limit, offset,
                                   start=from_ or None, end=to or None)

    @_page(router, "/search", "search.html")
    def search(q: str = Query("", max_length=500), limit: int = Query(20, ge=1, le=200)) -> dict:
        return query.search(state.store, state.kb, q, limit)

    return router
