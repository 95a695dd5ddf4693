"""Quotations: who said what, in which article, with the speaker's office when the article gives it."""

from __future__ import annotations

from typing import Any

from accord.query.common import Names


def quotations(store, kb=None, speaker: str | None = None, doc_id: str | None = None,
               limit: int = 200, offset: int = 0) -> dict[str, Any]:
    """Quotes of one speaker (an entity id: uses the store's entity index), of one document,
    or of every document (in document order)."""
    names = Names(store, kb)
    if speaker:
        pairs = [(d, q) for d, q in store.mentions_of(speaker, layer="quote")]
        if doc_id:
            pairs = [(d, q) for d, q in pairs if d == doc_id]
    elif doc_id:
        doc_id = store.get(doc_id).id
        pairs = [(doc_id, q) for q in store.annotations(doc_id, layer="quote")]
    else:
        pairs = [(d.id, q) for d in store.documents() for q in store.annotations(d.id, layer="quote")]
    page = pairs[offset:offset + limit]
    return {"speaker": speaker, "doc_id": doc_id, "total": len(pairs), "limit": limit, "offset": offset,
            "quotes": [quote_dict(names, d, q) for d, q in page]}


def quote_dict(names: Names, doc_id: str, q) -> dict[str, Any]:
    speaker_name = names(q.entity) if q.entity else q.data.get("speaker_text")
    return {"doc_id": doc_id, "start": q.start, "end": q.end, "text": q.text, "kind": quote_kind(q.label),
            "speaker": q.entity, "speaker_name": speaker_name, "speaker_text": q.data.get("speaker_text"),
            "speaker_office": q.data.get("speaker_office"), "cue": q.data.get("cue")}


def quote_kind(label: str) -> str:
    """A quotation's kind (`direct`, `reported`, `belief`, `question`); stores written before issue 16 call
    reported speech "indirect"."""
    return "reported" if label == "indirect" else label
