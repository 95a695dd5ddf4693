"""Verify stored documents: their statements, checked against the KB and against the stored
statements that can conflict with them; store the findings of every document concerned.

Two statements can conflict only when they share subject, property and value and differ in
polarity or in a date (`verify.may_conflict`). So the statements read are the documents' own,
the stored ones that may conflict with those ("candidates": a new article can put an old one in
conflict), and the ones that may conflict with a refreshed candidate (read only as comparison, so
its refreshed findings are complete). A candidate's findings are refreshed when the documents are
among the first references of a claim it conflicts with (otherwise its evidence is unchanged);
every other finding of another article is kept.

A statement is read with its first REFERENCES references (the earliest articles) besides the
verified documents' own: enough evidence for a conflict, and the cost of verifying one new
article does not grow with the number of stored articles that repeat its claims.
"""

from __future__ import annotations

from typing import Sequence

from accord.model import Finding, Statement
from accord.reconcile.verify import SEVERITY, may_conflict, verify

REFERENCES = 20  # references read per statement, besides the verified documents' own


def verify_documents(store, kb, doc_ids: Sequence[str], references: int = REFERENCES) -> list[Finding]:
    """Findings for `doc_ids`, stored along with the refreshed findings of the other documents
    whose statements may conflict with theirs. Returns the findings of `doc_ids`, most severe
    first."""
    wanted = set(doc_ids)
    own, fresh = _own_statements(store, doc_ids, references)
    candidates, refreshed, neighbours = _conflicting(store, own, fresh, references)
    everything = own + candidates + neighbours
    findings = verify(everything, _published(store, everything, wanted), kb,
                      [(d, a) for d in doc_ids for a in store.annotations(d, "anomaly")],
                      {d: store.annotations(d, "sentence") for d in doc_ids})
    # Another article's findings change only about a statement that may conflict with one the
    # checked articles cite among the first references (else its evidence stays the same).
    findings = [f for f in findings if f.doc_id in wanted or f.statement_id in refreshed]
    touched = sorted(wanted | {r.doc_id for st in candidates if st.id in refreshed for r in st.references})
    kept = [f for d in touched if d not in wanted for f in store.findings(doc_id=d)
            if f.statement_id not in refreshed]  # their anomalies, and claims not checked again
    store.set_findings(sorted(findings + kept, key=lambda f: (SEVERITY.get(f.kind, 9), f.doc_id, f.start)),
                       touched)
    return [f for f in findings if f.doc_id in wanted]


def _own_statements(store, doc_ids: Sequence[str], references: int) -> tuple[list[Statement], set[str]]:
    """The documents' statements, each with its first references and every one of theirs; and
    the ids of those where one of the documents is among the first references ("fresh")."""
    by_id: dict[str, Statement] = {}
    fresh: set[str] = set()
    for doc_id in doc_ids:
        for st in store.statements(doc_id=doc_id, max_references=references):
            if any(r.doc_id == doc_id for r in st.references[:references]):
                fresh.add(st.id)
            if st.id in by_id:  # made by several of the documents: keep every one's references
                known = {(r.doc_id, r.start) for r in by_id[st.id].references}
                by_id[st.id].references += [r for r in st.references if (r.doc_id, r.start) not in known]
            else:
                by_id[st.id] = st
    return list(by_id.values()), fresh


def _conflicting(store, own: list[Statement], fresh: set[str],
                 references: int) -> tuple[list[Statement], set[str], list[Statement]]:
    """Stored statements that may conflict with `own` (candidates); the ids of those that may
    conflict with a fresh one (their articles' findings are refreshed); and the statements that
    may conflict with one of these (neighbours, read for comparison). Each with its first
    references."""
    own_ids = {st.id for st in own}
    groups: dict[tuple[str, str, str], list[Statement]] = {}
    for st in own:
        groups.setdefault((st.subject, st.property, st.value), []).append(st)
    candidates, refreshed, neighbours = [], set(), []
    for (subject, prop, value), mine in groups.items():
        others = [h for h in store.statements(subject=subject, property=prop, value=value, max_references=0)
                  if h.id not in own_ids]
        first = [h for h in others if any(may_conflict(h, o) for o in mine)]
        renewed = [h for h in first if any(may_conflict(h, o) for o in mine if o.id in fresh)]
        second = [h for h in others if h not in first and any(may_conflict(h, c) for c in renewed)]
        candidates += [_with_references(store, h, references) for h in first]
        refreshed |= {h.id for h in renewed}
        neighbours += [_with_references(store, h, references) for h in second]
    return candidates, refreshed, neighbours


def _with_references(store, head: Statement, references: int) -> Statement:
    [st] = store.statements(statement_id=head.id, max_references=references)
    return st


def _published(store, statements: list[Statement], wanted: set[str]) -> dict[str, str | None]:
    return store.published_dates(sorted(wanted | {r.doc_id for st in statements for r in st.references}))
