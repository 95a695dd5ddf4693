"""Documents: the list, and one article with everything found in it (the article page's data)."""

from __future__ import annotations

from typing import Any

from accord.query.common import REFERENCES, Names, document_brief, is_entity_id, statement_dict
from accord.query.quotes import quote_kind

# Annotation layers the article view returns; sentences are left out (the text holds them).
VIEW_LAYERS = ("mention", "quote", "anomaly", "office", "time")

SEVERITY = ("contradicted_by_kb", "conflicting_sources", "date_inconsistency", "surface_anomaly",
            "unverifiable", "new", "supported")


def documents_page(store, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """One page of stored documents by publication date, with the total count."""
    docs = store.documents(limit=limit, offset=offset)
    return {"total": store.count(), "limit": limit, "offset": offset,
            "documents": [document_brief(d) for d in docs]}


def articles_period(store) -> tuple[str, str] | None:
    """The first and last publication dates of the stored articles, or None when none has a
    date. The store lists documents by date with undated ones last, so the last dated one is
    found by bisection: a few one-row queries, however many articles."""
    first = store.documents(limit=1)
    if not first or not first[0].published:
        return None
    lo, hi = 0, store.count() - 1  # documents(offset=lo) is dated; find the last dated offset
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if store.documents(limit=1, offset=mid)[0].published:
            lo = mid
        else:
            hi = mid - 1
    return first[0].published, store.documents(limit=1, offset=lo)[0].published


def document_view(store, ref: str, kb=None) -> dict[str, Any]:
    """One article: metadata, cleaned text, mentions, quotes, other annotations, statements and
    findings, ids with their names. Raises NotFoundError for an unknown or ambiguous `ref`."""
    doc = store.get(ref)
    names = Names(store, kb)
    layers = {layer: [] for layer in VIEW_LAYERS}
    for a in store.annotations(doc.id):
        if a.layer in layers:
            layers[a.layer].append(_annotation_dict(a, names))
    findings = sorted(store.findings(doc_id=doc.id), key=lambda f: (_rank(f.kind), f.start))
    return {
        "document": {**document_brief(doc), "text": doc.text, "published_how": doc.published_how,
                     "removed": [r.to_dict() for r in doc.removed], "meta": doc.meta},
        "mentions": layers["mention"],
        "quotes": layers["quote"],
        "anomalies": layers["anomaly"],
        "offices": layers["office"],
        "times": layers["time"],
        "statements": _statements(store, names, doc.id),
        "findings": [finding_dict(f, names) for f in findings],
        "summary": kind_counts(findings),
    }


def _statements(store, names: Names, doc_id: str) -> list[dict[str, Any]]:
    """The document's statements with their references here and in the first REFERENCES other
    articles, and how many articles make each (`references_total`)."""
    found = store.statements(doc_id=doc_id, max_references=REFERENCES)
    totals = store.reference_counts([st.id for st in found])
    return [dict(statement_dict(st, names), references_total=totals[st.id]) for st in found]


def annotations_of(store, ref: str, layer: str | None = None) -> dict[str, Any]:
    """A document's raw annotations (every layer, sentences included), by start offset."""
    doc = store.get(ref)
    return {"doc_id": doc.id, "layer": layer,
            "annotations": [a.to_dict() for a in store.annotations(doc.id, layer=layer)]}


def finding_dict(f, names: Names) -> dict[str, Any]:
    """A finding with the asserting speaker's name and the claim cut out of its sentence."""
    data = f.to_dict()
    lo = max(0, min(len(f.sentence), f.start - f.sentence_start))
    hi = max(lo, min(len(f.sentence), f.end - f.sentence_start))
    data["highlight"] = {"before": f.sentence[:lo], "claim": f.sentence[lo:hi], "after": f.sentence[hi:]}
    data["asserted_by_name"] = "the article" if f.asserted_by in (None, "article") else names(f.asserted_by)
    data["flagged"] = f.kind in SEVERITY[:4]
    data["evidence"] = [_named_evidence(ev, names) for ev in f.evidence]
    return data


def _named_evidence(ev: dict[str, Any], names: Names) -> dict[str, Any]:
    """KB evidence with names beside its ids, so pages can say "New Zealand", not "state:NZL"."""
    ev = dict(ev)
    if isinstance(ev.get("evidence"), list):  # a flag folded into this one carries its own
        ev["evidence"] = [_named_evidence(x, names) for x in ev["evidence"]]
    for key in ("subject", "value", "entity"):
        if isinstance(ev.get(key), str) and is_entity_id(ev[key]):
            ev[f"{key}_name"] = names(ev[key])
    return ev


def kind_counts(findings) -> dict[str, int]:
    """Findings per kind, most severe first, kinds without findings left out."""
    counts = {kind: 0 for kind in SEVERITY}
    for f in findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return {k: n for k, n in counts.items() if n}


def _rank(kind: str) -> int:
    return SEVERITY.index(kind) if kind in SEVERITY else len(SEVERITY)


def _annotation_dict(a, names: Names) -> dict[str, Any]:
    data = a.to_dict()
    if a.entity:
        data["entity_name"] = names(a.entity)
    if a.layer == "quote":
        data["speaker_name"] = names(a.entity) if a.entity else (a.data.get("speaker_text") or "unknown speaker")
        data["kind"] = quote_kind(a.label)
    return data
