"""The JSON API under /api: thin routes over `accord.query` (docs/api.md lists them)."""

from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Query, Request

from accord import query
from accord.api.errors import APIError
from accord.api.ingestion import format_of, ingest_body
from accord.errors import Errors
from accord.query import kbqueries
from accord.query.common import Names, statement_dict



# FastAPI keeps per-parameter state in these objects: make a new one for every parameter.
def Limit():  # noqa: N802
    return Query(50, ge=1, le=1000, description="Records per page.")


def Offset():  # noqa: N802
    return Query(0, ge=0, le=10_000_000, description="Records to skip.")


def On():  # noqa: N802
    return Query(None, max_length=10, description="Date YYYY-MM-DD (default: today; for holders, every term).")


def Name():  # noqa: N802
    return Query(..., min_length=1, max_length=200)


ERRORS = {status: {"description": "The error shape: {\"error\": {status, code, message, details?}}"}
          for status in (400, 404, 413, 415, 422)}


def build_router(state) -> APIRouter:
    api = APIRouter(prefix="/api", responses=ERRORS)
    _documents(api, state)
    _entities(api, state)
    _records(api, state)
    _kb(api, state)
    return api


def _documents(api: APIRouter, state) -> None:
    @api.get("/documents", tags=["documents"], summary="Stored articles by publication date")
    def documents(limit: int = Limit(), offset: int = Offset()) -> dict[str, Any]:
        return query.documents_page(state.store, limit, offset)

    @api.post("/documents", tags=["documents"], status_code=201, summary="Ingest an article (text, HTML or JSON)")
    async def ingest(request: Request, source: str = Query("<api>", max_length=500, description="Name stored as the source."),
                     verify: bool = Query(True, description="Check the new article's claims.")) -> dict[str, Any]:
        fmt = format_of(request.headers.get("content-type"))
        body = await _limited_body(request, state.max_body)
        return ingest_body(state, body, fmt, source, verify)

    @api.get("/documents/{ref}", tags=["documents"], summary="One article with mentions, quotes, statements, findings")
    def document(ref: str) -> dict[str, Any]:
        return query.document_view(state.store, ref, state.kb)

    @api.get("/documents/{ref}/annotations", tags=["documents"], summary="A document's annotations")
    def annotations(ref: str, layer: Optional[str] = Query(None, max_length=40)) -> dict[str, Any]:
        return query.annotations_of(state.store, ref, layer)


async def _limited_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) more than `limit` bytes without reading it all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdecimal() and int(declared) > limit:
        raise APIError(413, Errors.E603.format(limit=limit))
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise APIError(413, Errors.E603.format(limit=limit))
        chunks.append(chunk)
    return b"".join(chunks)


def _entities(api: APIRouter, state) -> None:
    @api.get("/entities", tags=["entities"], summary="Entities linked in the stored articles, most mentioned first")
    def entities(limit: int = Query(200, ge=1, le=5000)) -> dict[str, Any]:
        return {"entities": query.entities_in_store(state.store, state.kb, limit)}

    @api.get("/entities/{ref}", tags=["entities"], summary="One entity: offices, relations, quotes, statements")
    def entity(ref: str) -> dict[str, Any]:
        return query.entity_view(state.store, state.kb, query.resolve_entity(state.store, state.kb, ref))

    @api.get("/who", tags=["entities"], summary="A person by name: offices over time, quotes, statements")
    def who(name: str = Query(..., min_length=1, max_length=200)) -> dict[str, Any]:
        return query.who(state.store, state.kb, name)

    @api.get("/timeline", tags=["timeline"], summary="Dated events from the KB and the articles")
    def timeline(entity: Optional[str] = Query(None, max_length=200),
                 from_: Optional[str] = Query(None, alias="from", max_length=10),
                 to: Optional[str] = Query(None, max_length=10),
                 source: str = Query("all", pattern="^(all|kb|articles)$"),
                 property: Optional[str] = Query(None, max_length=40),
                 limit: int = Query(1000, ge=1, le=100_000),
                 references: int = Query(10, ge=1, le=10_000, description="Articles cited per statement (the earliest)."),
                 cursor: Optional[str] = Query(None, max_length=2000, description=(
                     "The `next` of the page before: the events after it (same entity, dates, source, "
                     "property and references)."))) -> dict[str, Any]:
        return query.timeline(state.store, state.kb, entity, from_, to, source, property, limit, references, cursor)

    @api.get("/graph", tags=["graph"], summary="The neighbourhood of one entity: entities and relations")
    def graph(entity: Optional[str] = Query(None, max_length=200, description="An id or a name; the most mentioned entity by default."),
              limit: int = Query(60, ge=1, le=300),
              kb: bool = Query(True, description="Add the KB's relations among the drawn entities."),
              depth: int = Query(1, ge=1, le=3, description="Steps along the statements from the entity."),
              relation: Optional[str] = Query(None, max_length=40, description="Walk only this property (member_of...)."),
              verdict: Optional[str] = Query(None, max_length=40, description="Walk only statements with this most severe finding, or flagged.")) -> dict[str, Any]:
        return query.graph(state.store, state.kb, entity, limit, kb, depth=depth, relation=relation, verdict=verdict)

    @api.get("/search", tags=["search"], summary="Full-text search of articles, fuzzy search of entities")
    def search(q: str = Query("", max_length=500), limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
        return query.search(state.store, state.kb, q, limit)


def _records(api: APIRouter, state) -> None:
    @api.get("/statements", tags=["statements"], summary="Merged statements with their references")
    def statements(subject: Optional[str] = Query(None, max_length=200), property: Optional[str] = Query(None, max_length=40),
                   doc_id: Optional[str] = Query(None, max_length=64), limit: int = Limit(), offset: int = Offset()) -> dict[str, Any]:
        if doc_id:
            doc_id = state.store.get(doc_id).id
        filters = {"subject": subject, "property": property, "doc_id": doc_id}
        page = state.store.statements(**filters, limit=limit, offset=offset)
        names = Names(state.store, state.kb)
        return {"total": state.store.statement_count(**filters), "limit": limit, "offset": offset,
                "statements": [statement_dict(st, names) for st in page]}

    @api.get("/quotations", tags=["quotations"], summary="Quotes with their speakers")
    def quotations(speaker: Optional[str] = Query(None, max_length=200), doc_id: Optional[str] = Query(None, max_length=64),
                   limit: int = Limit(), offset: int = Offset()) -> dict[str, Any]:
        if speaker:
            speaker = query.resolve_entity(state.store, state.kb, speaker)
        return query.quotations(state.store, state.kb, speaker, doc_id, limit, offset)

    @api.get("/findings", tags=["findings"], summary="Verification findings, most severe first, with counts")
    def findings(kind: Optional[str] = Query(None, max_length=40), doc_id: Optional[str] = Query(None, max_length=64),
                 flagged_only: bool = False, limit: int = Query(200, ge=1, le=5000), offset: int = Offset(),
                 from_: Optional[str] = Query(None, alias="from", max_length=10, description="Articles published from (YYYY[-MM[-DD]])."),
                 to: Optional[str] = Query(None, max_length=10, description="Articles published until (inclusive).")) -> dict[str, Any]:
        return query.findings_view(state.store, state.kb, kind, doc_id, flagged_only, limit, offset, start=from_, end=to)


def _kb(api: APIRouter, state) -> None:
    @api.get("/kb/status", tags=["kb"], summary="A state's standing with an organisation on a date")
    def status(state_: str = Query(..., alias="state", min_length=1, max_length=200), org: str = Name(),
               on: Optional[str] = On()) -> dict[str, Any]:
        return kbqueries.status(state.kb, state_, org, on, store=state.store)

    @api.get("/kb/holders", tags=["kb"], summary="Who held an office (on a date, or every term)")
    def holders(office: str = Name(), on: Optional[str] = On()) -> dict[str, Any]:
        return kbqueries.holders(state.kb, office, on, store=state.store)

    @api.get("/kb/obligations", tags=["kb"], summary="Which obligations bind a state on a date")
    def obligations(state_: str = Query(..., alias="state", min_length=1, max_length=200),
                    org: Optional[str] = Query(None, max_length=200), on: Optional[str] = On()) -> dict[str, Any]:
        return kbqueries.obligations(state.kb, state_, org, on)

    @api.get("/kb/respond", tags=["kb"], summary="Who must respond to an armed attack")
    def respond(attacker: str = Name(), attacked: str = Name(), on: Optional[str] = On()) -> dict[str, Any]:
        return kbqueries.respond(state.kb, attacker, attacked, on)
