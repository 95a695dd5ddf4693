"""The graph view's data: the neighbourhood of one entity in the articles' statements (with the
worst verdict on each), plus the KB's relations among the entities drawn.

No positions: the page lays the graph out in the browser with Cytoscape.js (docs/web.md), which
can zoom, pan and move labels apart; the JSON answer is the graph itself, for any other tool.

A whole corpus drawn at once is a hairball nobody can read, so the graph is always the
neighbourhood of one entity (`depth` steps along the statements), by default the most mentioned
one. Filters by relation and by verdict choose which statements are walked, so the neighbourhood
of NATO "by contradicted claims" is the entities that a flagged statement links to NATO.
"""

from __future__ import annotations

from typing import Any

from accord.errors import AccordError, Errors
from accord.query.common import PROPERTY_WORDS, REFERENCES, Names, is_entity_id
from accord.query.documents import SEVERITY
from accord.query.entities import RELATIONS, resolve_entity, statements_about

SKIPPED = {"said"}  # a quote is not a relation between entities
FLAGGED = SEVERITY[:4]
VERDICTS = (*SEVERITY, "flagged")  # "flagged": any of the four a reader must look at
DEPTHS = (1, 2, 3)
FINDING_DOCUMENTS = 200  # articles whose findings give the edges their verdicts, at most


def graph(store, kb=None, entity: str | None = None, limit: int = 60, include_kb: bool = True,
          depth: int = 1, relation: str | None = None, verdict: str | None = None) -> dict[str, Any]:
    """Nodes and edges around `entity` (an id or a name; the most mentioned entity when None).

    Walks `depth` steps along the article statements that pass the filters, nearest entities
    first, until `limit` nodes. Article edges carry the statement id, its number of references
    and the most severe finding about it; KB edges (`include_kb`) join entities already drawn."""
    if depth not in DEPTHS:
        raise AccordError(Errors.E609.format(what="depth", value=depth, known=", ".join(map(str, DEPTHS))))
    if verdict and verdict not in VERDICTS:
        raise AccordError(Errors.E609.format(what="verdict", value=verdict, known=", ".join(VERDICTS)))
    if relation and relation not in PROPERTY_WORDS:
        raise AccordError(Errors.E609.format(what="relation", value=relation, known=", ".join(PROPERTY_WORDS)))
    names = Names(store, kb)
    entity_id = resolve_entity(store, kb, entity) if entity else default_entity(store)
    if entity_id is None:
        return _answer(names, None, depth, relation, verdict, set(), [], {}, False)
    nodes, edges, seen_relations, truncated = _walk(store, entity_id, depth, max(limit, 1), relation, verdict)
    if include_kb and kb is not None and not verdict:
        drawn = {(e["source"], e["property"], e["target"]) for e in edges}
        edges += [e for e in _kb_edges(kb, nodes, drawn) if relation in (None, e["property"])]
    return _answer(names, entity_id, depth, relation, verdict, nodes, edges, seen_relations, truncated)


def default_entity(store) -> str | None:
    """The most mentioned entity that some statement links to another entity (the page opens
    on it), or None in an empty store."""
    for entity_id, _ in store.entity_counts(50):
        if any(_is_edge(st) for st in statements_about(store, entity_id, max_references=0)):
            return entity_id
    return None


def _is_edge(st) -> bool:
    return st.property not in SKIPPED and is_entity_id(st.subject) and is_entity_id(st.value)


def _walk(store, entity_id: str, depth: int, limit: int, relation: str | None, verdict: str | None):
    """Breadth first from `entity_id`; returns (nodes, edges, relations seen, truncated)."""
    nodes = {entity_id}
    statements: dict[str, Any] = {}
    verdicts: dict[str, str] = {}
    seen_relations: dict[str, int] = {}
    frontier, truncated = [entity_id], False
    for step in range(depth + 1):  # the last step only reads the edges among the nodes reached
        found = []
        for node in frontier:
            for st in statements_about(store, node, max_references=REFERENCES):
                if _is_edge(st) and st.id not in statements:
                    statements[st.id] = st
                    found.append(st)
        verdicts.update(_worst_verdicts(store, found))
        for st in found:
            seen_relations[st.property] = seen_relations.get(st.property, 0) + 1
        if step == depth:
            break
        frontier = []
        for st in found:
            if not _passes(st, verdicts.get(st.id), relation, verdict):
                continue
            for other in (st.subject, st.value):
                if other in nodes:
                    continue
                if len(nodes) >= limit:
                    truncated = True
                    continue
                nodes.add(other)
                frontier.append(other)
    kept = [st for st in statements.values()
            if st.subject in nodes and st.value in nodes and _passes(st, verdicts.get(st.id), relation, verdict)]
    counts = store.reference_counts([st.id for st in kept])
    edges = [{"source": st.subject, "target": st.value, "property": st.property, "polarity": st.polarity,
              "origin": "articles", "statement_id": st.id, "references": counts[st.id],
              "verdict": verdicts.get(st.id)} for st in kept]
    return nodes, edges, seen_relations, truncated


def _passes(st, worst: str | None, relation: str | None, verdict: str | None) -> bool:
    """Does the statement (whose most severe finding is `worst`) pass the filters?"""
    if relation and st.property != relation:
        return False
    if verdict == "flagged":
        return worst in FLAGGED
    return not verdict or worst == verdict


def _worst_verdicts(store, statements) -> dict[str, str]:
    """The most severe finding about each statement, from the findings of the articles that
    make it (their first references; at most FINDING_DOCUMENTS articles per step)."""
    wanted = {st.id for st in statements}
    docs = list(dict.fromkeys(r.doc_id for st in statements for r in st.references))[:FINDING_DOCUMENTS]
    worst: dict[str, str] = {}
    for doc_id in docs:
        for f in store.findings(doc_id=doc_id):
            if f.statement_id in wanted and _rank(f.kind) < _rank(worst.get(f.statement_id)):
                worst[f.statement_id] = f.kind
    return worst


def _rank(kind: str | None) -> int:
    return SEVERITY.index(kind) if kind in SEVERITY else len(SEVERITY)


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


def _answer(names: Names, entity_id, depth, relation, verdict, nodes, edges, seen_relations, truncated) -> dict:
    degree = {n: 0 for n in nodes}
    for e in edges:
        degree[e["source"]] += 1
        degree[e["target"]] += 1
    ordered = sorted(nodes, key=lambda n: (n != entity_id, -degree[n], names(n)))
    return {
        "entity": entity_id, "entity_name": names(entity_id) if entity_id else None, "depth": depth,
        "relation": relation, "verdict": verdict, "truncated": truncated,
        "relations": [{"property": p, "label": PROPERTY_WORDS.get(p, p.replace("_", " ")), "count": n}
                      for p, n in sorted(seen_relations.items())],
        "nodes": [{"id": n, "name": names(n), "type": names.type_of(n), "degree": degree[n]} for n in ordered],
        "edges": [dict(e, label=PROPERTY_WORDS.get(e["property"], e["property"].replace("_", " ")))
                  for e in edges],
    }
