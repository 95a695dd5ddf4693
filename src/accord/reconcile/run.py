"""Verify stored documents: gather their statements and every other article's statements about
the same subjects, check them, and store the findings of every document concerned."""

from __future__ import annotations

from typing import Sequence

from accord.model import Finding, Statement
from accord.reconcile.verify import SEVERITY, verify


def verify_documents(store, kb, doc_ids: Sequence[str]) -> list[Finding]:
    """Findings for `doc_ids`, stored along with the refreshed findings of the other documents
    whose statements they touch (a new article can put an old one in conflict). Returns the
    findings of `doc_ids`, most severe first."""
    statements = _related_statements(store, doc_ids)
    touched = sorted(set(doc_ids) | {r.doc_id for st in statements for r in st.references})
    published = {d: store.get(d).published for d in touched}
    anomalies = [(d, a) for d in touched for a in store.annotations(d, "anomaly")]
    sentences = {d: store.annotations(d, "sentence") for d in touched}
    findings = verify(statements, published, kb, anomalies, sentences)
    store.set_findings(findings, touched)
    wanted = set(doc_ids)
    return [f for f in findings if f.doc_id in wanted]


def _related_statements(store, doc_ids: Sequence[str]) -> list[Statement]:
    """The documents' statements, plus every statement sharing a subject and property with one."""
    by_id: dict[str, Statement] = {}
    keys: set[tuple[str, str]] = set()
    for doc_id in doc_ids:
        for st in store.statements(doc_id=doc_id):
            by_id[st.id] = st
            keys.add((st.subject, st.property))
    for subject, prop in sorted(keys):
        for st in store.statements(subject=subject, property=prop):
            by_id.setdefault(st.id, st)
    return list(by_id.values())


def summary(findings: Sequence[Finding]) -> dict[str, int]:
    """Counts by kind, most severe first, kinds with no finding left out."""
    counts: dict[str, int] = {}
    for f in sorted(findings, key=lambda f: SEVERITY.get(f.kind, 9)):
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return counts


def check_paths(paths: Sequence[str], store, kb, annotator, workers: int = 1, **ingest_options) -> dict:
    """`accord check` as a function: ingest `paths`, verify their documents, return the report data."""
    from accord.pipeline import ingest
    from accord.report import build

    result = ingest(paths, store, annotator=annotator, workers=workers, **ingest_options)
    documents = result.ingested + result.present
    findings = verify_documents(store, kb, [d.id for d in documents])
    return build(documents, findings, result.failed)
