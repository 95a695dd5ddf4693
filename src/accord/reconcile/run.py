"""Verify stored documents: gather their statements and every other article's statements about
the same subjects, check them, and store the findings of every document concerned.

A statement that thousands of articles make is read with its first REFERENCES references (the
earliest articles) besides the verified documents' own: enough evidence for a conflict, and the
cost of verifying one new article stays the same as the store grows. The other articles whose
findings are refreshed keep their findings about everything that was not verified again.
"""

from __future__ import annotations

from typing import Sequence

from accord.model import Finding, Statement
from accord.reconcile.verify import SEVERITY, verify


REFERENCES = 20  # references read per statement, besides the verified documents' own


def verify_documents(store, kb, doc_ids: Sequence[str], references: int = REFERENCES) -> list[Finding]:
    """Findings for `doc_ids`, stored along with the refreshed findings of the other documents
    whose statements they touch (a new article can put an old one in conflict). Returns the
    findings of `doc_ids`, most severe first."""
    wanted = set(doc_ids)
    statements = _related_statements(store, doc_ids, references)
    verified = {st.id for st in statements}
    touched = sorted(wanted | {r.doc_id for st in statements for r in st.references})
    published = store.published_dates(touched)
    anomalies = [(d, a) for d in doc_ids for a in store.annotations(d, "anomaly")]
    sentences = {d: store.annotations(d, "sentence") for d in doc_ids}
    findings = verify(statements, published, kb, anomalies, sentences)
    kept = [f for d in touched if d not in wanted for f in store.findings(doc_id=d)
            if f.statement_id not in verified]  # their anomalies, and claims not checked again
    store.set_findings(sorted(findings + kept, key=lambda f: (SEVERITY.get(f.kind, 9), f.doc_id, f.start)),
                       touched)
    return [f for f in findings if f.doc_id in wanted]


def _related_statements(store, doc_ids: Sequence[str], references: int) -> list[Statement]:
    """The documents' statements, plus every statement sharing a subject and property with one."""
    by_id: dict[str, Statement] = {}
    keys: set[tuple[str, str]] = set()
    for doc_id in doc_ids:
        for st in store.statements(doc_id=doc_id, max_references=references):
            if st.id in by_id:  # made by several of the documents: keep every one's references
                known = {(r.doc_id, r.start) for r in by_id[st.id].references}
                by_id[st.id].references += [r for r in st.references if (r.doc_id, r.start) not in known]
            else:
                by_id[st.id] = st
            keys.add((st.subject, st.property))
    for subject, prop in sorted(keys):
        for st in store.statements(subject=subject, property=prop, max_references=references):
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
