"""One error, one flag: what else points at an error becomes the evidence of its one flag.

A claim read once can draw several flags: the knowledge base contradicts it and another article
says otherwise; and a misspelt name ("Stoltenburg") makes every claim read through it look wrong
as well. A reader should see one flag per error, with the rest as its evidence, and a report
should count claims, not findings.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Sequence

from accord.model import Finding

FLAGGED = ("contradicted_by_kb", "conflicting_sources", "date_inconsistency", "surface_anomaly")


def one_flag_per_error(findings: Sequence[Finding], severity: dict[str, int]) -> list[Finding]:
    """`findings` less the flags that repeat another one's error, each kept flag carrying the
    dropped ones as evidence (`{"type": "finding", ...}`). Order is kept."""
    rank = lambda f: severity.get(f.kind, 9)  # noqa: E731
    flagged = [f for f in findings if f.kind in FLAGGED]
    dropped: set[int] = set()
    by_claim: dict[tuple, list[Finding]] = defaultdict(list)
    for f in flagged:
        if f.statement_id is not None:
            by_claim[(f.doc_id, f.statement_id, f.start, f.end)].append(f)
    for group in by_claim.values():
        head, *rest = sorted(group, key=rank)
        _absorb(head, rest, dropped)
    misspelt = [f for f in flagged if f.kind == "surface_anomaly"]
    for f in flagged:
        if id(f) in dropped or f.kind == "surface_anomaly":
            continue
        name = next((a for a in misspelt if a.doc_id == f.doc_id and _in_sentence(a, f)
                     and a.claim.casefold() in f.claim.casefold()), None)
        if name is not None:  # the claim names the misspelt name: the misspelling is the error
            _absorb(name, [f], dropped)
    return [f for f in findings if id(f) not in dropped]


def _absorb(head: Finding, others: list[Finding], dropped: set[int]) -> None:
    for other in others:
        head.evidence.append(as_evidence(other))
        dropped.add(id(other))


def as_evidence(f: Finding) -> dict[str, Any]:
    """A finding as evidence on another (no "sentence" key: it is not a finding of its own)."""
    return {"type": "finding", "kind": f.kind, "claim": f.claim, "explanation": f.explanation,
            "evidence": f.evidence}


def _in_sentence(anomaly: Finding, f: Finding) -> bool:
    return f.sentence_start <= anomaly.start < f.sentence_start + len(f.sentence)


def claim_key(f: Finding) -> tuple:
    """What a finding is about: its statement where it has one, else its span (a misspelling)."""
    return (f.doc_id, f.statement_id, f.start, f.end) if f.statement_id else (f.doc_id, None, f.start, f.end)
