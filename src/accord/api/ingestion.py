"""POSTing an article: the body (text, HTML or JSON) read with the same readers and cleaning as
files, annotated when the NLP pipeline is available, stored, and verified."""

from __future__ import annotations

from typing import Any

from accord.api.errors import APIError
from accord.errors import Errors, InputError

# Content type -> input format (docs/formats.md). JSON Lines for several articles in one POST.
CONTENT_FORMATS = {
    "text/plain": "txt",
    "text/markdown": "txt",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
}


def format_of(content_type: str | None) -> str:
    """The reader for a Content-Type header; APIError 415 for anything else."""
    media = (content_type or "text/plain").split(";")[0].strip().lower()
    if media not in CONTENT_FORMATS:
        raise APIError(415, Errors.E605.format(ctype=media))
    return CONTENT_FORMATS[media]


def ingest_body(state, body: bytes, fmt: str, source: str, verify: bool = True) -> dict[str, Any]:
    """Store the article(s) in `body`; returns ingested / already_present / failed / warnings /
    findings (warnings: lines repaired while decoding, an invalid header date).

    Raises APIError 400 when nothing in the body could be read (the error names why)."""
    from accord.ingest.decode import decode_bytes
    from accord.ingest.readers import reader_for
    from accord.pipeline import ingest_items, prepared

    if not body.strip():
        raise APIError(400, Errors.E604)
    warnings: list = []
    try:
        items = list(prepared(reader_for(fmt)(decode_bytes(body, source, warnings.append), source), warnings.append))
    except InputError as err:
        raise APIError(400, str(err)) from None
    failed = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if not isinstance(i, InputError)]
    if not docs:
        raise APIError(400, str(failed[0]) if failed else Errors.E011,
                       [{"source": e.source, "line": e.line, "reason": e.reason} for e in failed])
    with state.write_lock:
        report = ingest_items(docs, state.store, annotator=state.annotator)
        ingested, present = report.ingested, report.present
        findings = _verify(state, [d.id for d in ingested + present]) if verify else []
    brief = lambda d: {"id": d.id, "source": d.source, "title": d.title, "published": d.published}  # noqa: E731
    return {"ingested": [brief(d) for d in ingested], "already_present": [brief(d) for d in present],
            "failed": [{"source": e.source, "line": e.line, "reason": e.reason} for e in failed],
            "warnings": [w.to_dict() for w in warnings],
            "annotated": state.annotator is not None, "findings": findings}


def _verify(state, doc_ids: list[str]) -> list[dict[str, Any]]:
    if not doc_ids or state.annotator is None:
        return []
    from accord.reconcile.run import verify_documents

    return [f.to_dict() for f in verify_documents(state.store, state.kb, doc_ids)]
