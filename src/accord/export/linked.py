"""Exports for other tools' data models: JSON-LD (schema.org ClaimReview) and GraphML."""

from __future__ import annotations

import json
from typing import IO, Any
from xml.etree import ElementTree as ET

from accord.export.tables import each_document
from accord.query.common import Names, is_entity_id

# Verdict -> schema.org Rating (1 worst .. 5 best) and its name, as fact-checkers publish them.
RATINGS = {
    "contradicted_by_kb": (1, "False"),
    "conflicting_sources": (2, "Disputed by another source"),
    "date_inconsistency": (2, "Inconsistent dates"),
    "surface_anomaly": (2, "Misspelled name"),
    "unverifiable": (3, "Unverifiable"),
    "new": (3, "Not in the reference knowledge base"),
    "supported": (5, "True"),
}


def article_id(doc_id: str) -> str:
    return f"urn:accord:document:{doc_id}"


def jsonld(store, kb=None) -> dict[str, Any]:
    """Articles as NewsArticle and every finding as a ClaimReview whose itemReviewed is a Claim
    appearing in the article (schema.org's fact-check markup)."""
    names = Names(store, kb)
    graph: list[dict[str, Any]] = []
    for d in each_document(store):
        graph.append({"@type": "NewsArticle", "@id": article_id(d.id), "identifier": d.id, "headline": d.title,
                      "datePublished": d.published, "url": d.url, "isBasedOn": d.source})
    for i, f in enumerate(store.findings()):
        value, label = RATINGS.get(f.kind, (3, f.kind))
        claim: dict[str, Any] = {"@type": "Claim", "text": f.sentence[max(0, f.start - f.sentence_start):
                                                                    max(0, f.end - f.sentence_start)] or f.claim,
                                 "appearance": {"@id": article_id(f.doc_id)},
                                 "firstAppearance": {"@id": article_id(f.doc_id)}}
        if f.asserted_by not in (None, "article"):
            claim["author"] = {"@type": "Person", "@id": f"urn:accord:entity:{f.asserted_by}",
                               "name": names(f.asserted_by)}
        graph.append({
            "@type": "ClaimReview", "@id": f"urn:accord:finding:{f.doc_id[:16]}:{i}",
            "claimReviewed": f.claim or claim["text"], "reviewBody": f.explanation,
            "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                             "alternateName": label},
            "itemReviewed": claim, "author": {"@type": "Organization", "name": "accord"},
            "citation": [ev["source"] for ev in f.evidence if ev.get("type") == "kb" and ev.get("source")]
                        + [article_id(ev["doc_id"]) for ev in f.evidence if ev.get("type") == "document"],
            "additionalType": f.kind,
        })
    return {"@context": "https://schema.org", "@graph": graph}


def write_jsonld(store, out: IO[str], kb=None) -> int:
    data = jsonld(store, kb)
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(data["@graph"])


_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("name", "string"), ("type", "string"))
_EDGE_KEYS = (("property", "string"), ("polarity", "string"), ("modality", "string"), ("start", "string"),
              ("end", "string"), ("point_in_time", "string"), ("asserted_by", "string"), ("references", "int"),
              ("documents", "string"), ("verdict", "string"), ("statement_id", "string"))
_SEVERITY = tuple(RATINGS)


def write_graphml(store, out: IO[str], kb=None) -> int:
    """Entities as nodes (name, type) and statements between entities as directed edges with
    their qualifiers, reference count, documents and the most severe verdict. Returns edge count."""
    names = Names(store, kb)
    root = ET.Element("graphml", xmlns=_NS)
    for i, (name, kind) in enumerate(_NODE_KEYS):
        ET.SubElement(root, "key", {"id": f"n{i}", "for": "node", "attr.name": name, "attr.type": kind})
    for i, (name, kind) in enumerate(_EDGE_KEYS):
        ET.SubElement(root, "key", {"id": f"e{i}", "for": "edge", "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="accord", edgedefault="directed")
    worst = _worst_verdicts(store)
    statements = [st for st in store.statements() if is_entity_id(st.subject) and is_entity_id(st.value)]
    for node in sorted({n for st in statements for n in (st.subject, st.value)}):
        element = ET.SubElement(graph, "node", id=node)
        _data(element, "n", _NODE_KEYS, {"name": names(node), "type": names.type_of(node)})
    for st in statements:
        element = ET.SubElement(graph, "edge", id=st.id, source=st.subject, target=st.value)
        _data(element, "e", _EDGE_KEYS, {
            "property": st.property, "polarity": st.polarity, "modality": st.modality,
            "start": st.start.value if st.start else None, "end": st.end.value if st.end else None,
            "point_in_time": st.point_in_time.value if st.point_in_time else None, "asserted_by": st.asserted_by,
            "references": len(st.references), "documents": " ".join(dict.fromkeys(r.doc_id for r in st.references)),
            "verdict": worst.get(st.id), "statement_id": st.id})
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
    return len(statements)


def _data(element, prefix: str, keys, values: dict[str, Any]) -> None:
    for i, (name, _) in enumerate(keys):
        if values.get(name) is not None:
            ET.SubElement(element, "data", key=f"{prefix}{i}").text = str(values[name])


def _worst_verdicts(store) -> dict[str, str]:
    worst: dict[str, str] = {}
    for f in store.findings():
        if f.statement_id and f.kind in _SEVERITY:
            if f.statement_id not in worst or _SEVERITY.index(f.kind) < _SEVERITY.index(worst[f.statement_id]):
                worst[f.statement_id] = f.kind
    return worst
