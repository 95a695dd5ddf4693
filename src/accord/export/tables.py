"""The store as flat tables (rows of scalars), the shape CSV and Parquet need.

Rows are generated document by document, so an export of a large store keeps memory flat.
Nested fields (evidence, removals) are JSON strings in one column.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

PAGE = 500  # documents read per store call

COLUMNS = {
    "documents": ["id", "title", "source", "url", "format", "published", "published_how", "chars", "text"],
    "mentions": ["doc_id", "start", "end", "text", "label", "entity", "layer"],
    "quotes": ["doc_id", "start", "end", "text", "kind", "speaker", "speaker_text", "speaker_office"],
    "statements": ["id", "subject", "property", "value", "polarity", "modality", "start", "start_precision",
                   "end", "end_precision", "point_in_time", "point_in_time_precision", "asserted_by", "references"],
    "references": ["statement_id", "doc_id", "start", "end", "sentence_start", "sentence"],
    "findings": ["doc_id", "kind", "statement_id", "start", "end", "claim", "explanation", "asserted_by",
                 "sentence_start", "sentence", "evidence"],
}
TABLES = tuple(COLUMNS)


def each_document(store) -> Iterator:
    offset = 0
    while True:
        page = store.documents(limit=PAGE, offset=offset)
        if not page:
            return
        yield from page
        offset += len(page)


def rows(store, table: str) -> Iterator[dict[str, Any]]:
    """The rows of one table, each a dict with exactly COLUMNS[table]."""
    yield from {"documents": _documents, "mentions": _mentions, "quotes": _quotes, "statements": _statements,
                "references": _references, "findings": _findings}[table](store)


def _documents(store):
    for d in each_document(store):
        yield {"id": d.id, "title": d.title, "source": d.source, "url": d.url, "format": d.format,
               "published": d.published, "published_how": d.published_how, "chars": len(d.text), "text": d.text}


def _mentions(store):
    for d in each_document(store):
        for layer in ("mention", "anomaly"):
            for a in store.annotations(d.id, layer=layer):
                yield {"doc_id": d.id, "start": a.start, "end": a.end, "text": a.text, "label": a.label,
                       "entity": a.entity, "layer": layer}


def _quotes(store):
    for d in each_document(store):
        for q in store.annotations(d.id, layer="quote"):
            yield {"doc_id": d.id, "start": q.start, "end": q.end, "text": q.text, "kind": q.label,
                   "speaker": q.entity, "speaker_text": q.data.get("speaker_text"),
                   "speaker_office": q.data.get("speaker_office")}


def _time(t, key: str) -> dict[str, Any]:
    return {key: t.value if t else None, f"{key}_precision": t.precision if t else None}


def _statements(store):
    for st in store.statements():
        yield {"id": st.id, "subject": st.subject, "property": st.property, "value": st.value,
               "polarity": st.polarity, "modality": st.modality, **_time(st.start, "start"), **_time(st.end, "end"),
               **_time(st.point_in_time, "point_in_time"), "asserted_by": st.asserted_by,
               "references": len(st.references)}


def _references(store):
    for st in store.statements():
        for r in st.references:
            yield {"statement_id": st.id, "doc_id": r.doc_id, "start": r.start, "end": r.end,
                   "sentence_start": r.sentence_start, "sentence": r.sentence}


def _findings(store):
    for f in store.findings():
        yield {"doc_id": f.doc_id, "kind": f.kind, "statement_id": f.statement_id, "start": f.start, "end": f.end,
               "claim": f.claim, "explanation": f.explanation, "asserted_by": f.asserted_by,
               "sentence_start": f.sentence_start, "sentence": f.sentence,
               "evidence": json.dumps(f.evidence, ensure_ascii=False, sort_keys=True)}
