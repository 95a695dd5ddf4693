"""Findings: the dashboard (counts by verdict and by article) and the filtered, paged list."""

from __future__ import annotations

from typing import Any

from accord.errors import AccordError, Errors
from accord.model import FINDING_KINDS
from accord.query.common import Names, check_date, document_brief, lower, overlaps
from accord.query.documents import SEVERITY, finding_dict, kind_counts

BY_DOCUMENT_SHOWN = 20  # rows of the per-article table (those with the most flagged findings)


def findings_view(store, kb=None, kind: str | None = None, doc_id: str | None = None,
                  flagged_only: bool = False, limit: int = 200, offset: int = 0,
                  start: str | None = None, end: str | None = None) -> dict[str, Any]:
    """Findings most severe first, filtered by kind (the verdict), document and the articles'
    publication dates (`start`/`end`, YYYY[-MM[-DD]], inclusive; articles without a date are
    left out when either is given), one page of `limit` from `offset`. The counts by kind and
    by article cover every finding the document and date filters keep."""
    if kind and kind not in FINDING_KINDS:
        raise AccordError(Errors.E609.format(what="finding kind", value=kind, known=", ".join(FINDING_KINDS)))
    start, end = check_date(start), check_date(end)
    if start and end and lower(start) > lower(end):
        raise AccordError(Errors.E608.format(start=start, end=end))
    if doc_id:
        doc_id = store.get(doc_id).id
    every = store.findings(doc_id=doc_id)
    if start or end:
        published = store.published_dates(list(dict.fromkeys(f.doc_id for f in every)))
        every = [f for f in every if published.get(f.doc_id) and overlaps(published[f.doc_id], start, end)]
    chosen = [f for f in every if (kind is None or f.kind == kind) and (not flagged_only or f.kind in SEVERITY[:4])]
    chosen.sort(key=lambda f: (SEVERITY.index(f.kind) if f.kind in SEVERITY else 99, f.doc_id, f.start))
    names = Names(store, kb)
    titles = {}
    rows = []
    for f in chosen[offset:offset + limit]:
        if f.doc_id not in titles:
            titles[f.doc_id] = document_brief(store.get(f.doc_id))["title"]
        rows.append(dict(finding_dict(f, names), document=titles[f.doc_id]))
    by_document = _by_document(store, every)
    return {"kind": kind, "doc_id": doc_id, "flagged_only": flagged_only, "from": start, "to": end,
            "summary": kind_counts(every), "by_document": by_document[:BY_DOCUMENT_SHOWN],
            "documents_total": len(by_document), "total": len(chosen), "limit": limit, "offset": offset,
            "findings": rows}


def _by_document(store, findings) -> list[dict[str, Any]]:
    """Per article: counts by kind, articles with the most flagged findings first."""
    grouped: dict[str, list] = {}
    for f in findings:
        grouped.setdefault(f.doc_id, []).append(f)
    rows = [dict(document_brief(store.get(d)), summary=kind_counts(fs),
                 flagged=sum(1 for f in fs if f.kind in SEVERITY[:4])) for d, fs in grouped.items()]
    return sorted(rows, key=lambda r: (-r["flagged"], r["title"] or ""))
