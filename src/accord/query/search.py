"""The search box: stored articles (full-text) and entities (KB names and aliases, fuzzy)."""

from __future__ import annotations

from typing import Any

from accord.query.common import document_brief

# Fuzzy scores below this are mostly noise for short queries ("partner" ~ "Michel Barnier": 71).
MIN_SCORE = 80


def search(store, kb=None, query: str = "", limit: int = 20) -> dict[str, Any]:
    """Articles containing every word of `query`, best first, with a snippet; entities whose
    name is close to it. An empty query finds nothing (it is not an error)."""
    query = (query or "").strip()
    if not query:
        return {"query": "", "documents": [], "entities": []}
    documents = [dict(document_brief(store.get(doc_id)), snippet=snippet)
                 for doc_id, snippet in store.search(query, limit=limit)]
    entities = []
    if kb is not None:
        entities = [{"id": e.id, "name": e.name, "type": e.type, "score": score}
                    for e, score in kb.search(query, limit=min(limit, 10)) if score >= MIN_SCORE]
    return {"query": query, "documents": documents, "entities": entities}
