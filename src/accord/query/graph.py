"""The graph of entities and relations: article statements between entities (with their worst
verdict), plus the KB's relations among the same entities, laid out for drawing."""

from __future__ import annotations

from typing import Any

from accord.query.common import PROPERTY_WORDS, Names, is_entity_id
from accord.query.documents import SEVERITY
from accord.query.entities import DOCUMENTS_SHOWN, MENTIONS_READ, RELATIONS, resolve_entity, statements_about
from accord.query.layout import force_layout

SKIPPED = {"said"}  # a quote is not a relation between entities


def graph(store, kb=None, entity: str | None = None, limit: int = 60, include_kb: bool = True,
          width: int = 1000, height: int = 700) -> dict[str, Any]:
    """Nodes (entities) and edges (statements) with positions; around `entity` when given.

    Keeps the `limit` best connected nodes. Edges from the articles carry the statement id, the
    number of references and the most severe finding about them; KB edges carry their source."""
    names = Names(store, kb)
    entity_id = resolve_entity(store, kb, entity) if entity else None
    edges = _article_edges(store, entity_id)
    nodes = _top_nodes(edges, entity_id, limit)
    edges = [e for e in edges if e["source"] in nodes and e["target"] in nodes]
    if include_kb and kb is not None:
        edges += _kb_edges(kb, nodes, {(e["source"], e["property"], e["target"]) for e in edges})
    positions = force_layout(sorted(nodes), [(e["source"], e["target"]) for e in edges], width=width, height=height)
    degree = {n: 0 for n in nodes}
    for e in edges:
        degree[e["source"]] += 1
        degree[e["target"]] += 1
    return {
        "entity": entity_id, "width": width, "height": height,
        "nodes": [{"id": n, "name": names(n), "type": names.type_of(n), "degree": degree[n],
                   "x": positions[n][0], "y": positions[n][1]} for n in sorted(nodes)],
        "edges": [dict(e, label=PROPERTY_WORDS.get(e["property"], e["property"]),
                       x1=positions[e["source"]][0], y1=positions[e["source"]][1],
                       x2=positions[e["target"]][0], y2=positions[e["target"]][1]) for e in edges],
    }


def _article_edges(store, entity_id: str | None) -> list[dict[str, Any]]:
    if entity_id:
        # verdicts from the articles the entity page shows (its first ones), counts from the store
        mentions = store.mentions_of(entity_id, layer="mention", limit=MENTIONS_READ)
        docs = list(dict.fromkeys(d for d, _ in mentions))[:DOCUMENTS_SHOWN]
        statements = statements_about(store, entity_id, max_references=0)
        findings = [f for d in docs for f in store.findings(doc_id=d)]
    else:
        statements, findings = store.statements(max_references=0), store.findings()
    counts = store.reference_counts([st.id for st in statements])
    worst: dict[str, str] = {}
    for f in findings:
        if f.statement_id and _rank(f.kind) < _rank(worst.get(f.statement_id)):
            worst[f.statement_id] = f.kind
    return [{"source": st.subject, "target": st.value, "property": st.property, "polarity": st.polarity,
             "origin": "articles", "statement_id": st.id, "references": counts[st.id],
             "verdict": worst.get(st.id)}
            for st in statements
            if st.property not in SKIPPED and is_entity_id(st.subject) and is_entity_id(st.value)]


def _rank(kind: str | None) -> int:
    return SEVERITY.index(kind) if kind in SEVERITY else len(SEVERITY)


def _top_nodes(edges: list[dict[str, Any]], entity_id: str | None, limit: int) -> set[str]:
    degree: dict[str, int] = {}
    for e in edges:
        for n in (e["source"], e["target"]):
            degree[n] = degree.get(n, 0) + 1
    ranked = sorted(degree, key=lambda n: (n != entity_id, -degree[n], n))
    chosen = set(ranked[:max(limit, 1)])
    if entity_id:
        chosen.add(entity_id)
    return chosen


def _kb_edges(kb, nodes: set[str], seen: set[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """KB relations whose both ends are already drawn (context, not new nodes)."""
    out = []
    for node in sorted(nodes):
        for prop in RELATIONS:
            for f in kb.facts(subject=node, property=prop):
                if f.value in nodes and (f.subject, prop, f.value) not in seen:
                    seen.add((f.subject, prop, f.value))
                    out.append({"source": f.subject, "target": f.value, "property": prop, "polarity": "affirmed",
                                "origin": "kb", "statement_id": None, "references": 0, "verdict": None,
                                "url": f.source})
    return out
