"""accord.query: the read functions the CLI, the HTTP API and the web pages share.

Each takes the store (and the KB when it needs names or facts) and returns plain, JSON-ready
data, so an HTML page and its JSON twin are the same data (STYLE.md, datasette's rule). Bad
arguments raise AccordError; unknown documents and entities raise NotFoundError.

    documents_page(store, limit, offset)          document_view(store, ref, kb)
    articles_period(store)                        (first and last publication dates)
    annotations_of(store, ref, layer)             entity_view(store, kb, entity_id)
    entity_page(store, kb, entity_id, start, end, limit, offset)   (the web page: newest first, paged)
    resolve_entity(store, kb, ref)                who(store, kb, name)
    entities_in_store(store, kb, limit)           timeline(store, kb, entity, start, end, ...)
    quotations(store, kb, speaker, doc_id)        findings_view(store, kb, kind, doc_id, ...)
    graph(store, kb, entity, limit)               search(store, kb, query)
    kbqueries.status/holders/obligations/respond(kb, ...)
"""

from __future__ import annotations

from accord.query import kbqueries
from accord.query.documents import annotations_of, articles_period, document_view, documents_page
from accord.query.entities import entities_in_store, entity_view, resolve_entity, who
from accord.query.entity_page import entity_page
from accord.query.findings import findings_view
from accord.query.graph import graph
from accord.query.quotes import quotations
from accord.query.search import search
from accord.query.timeline import timeline

__all__ = ["annotations_of", "articles_period", "document_view", "documents_page", "entities_in_store", "entity_page", "entity_view",
           "findings_view", "graph", "kbqueries", "quotations", "resolve_entity", "search", "timeline", "who"]
