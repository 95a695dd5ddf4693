"""The fact-check report: one data shape (`build`), rendered as text, Markdown, HTML or JSON."""

from __future__ import annotations

from typing import Any, Sequence

from accord.model import Document, Finding
from accord.query.common import display_title
from accord.reconcile.flags import claim_key
from accord.reconcile.verify import SEVERITY

KIND_LABELS = {
    "contradicted_by_kb": "contradicted by the knowledge base",
    "conflicting_sources": "conflicting sources",
    "date_inconsistency": "inconsistent dates",
    "surface_anomaly": "likely misspelling",
    "unverifiable": "unverifiable",
    "new": "new (not in the knowledge base)",
    "supported": "supported",
}

# Findings a reader must look at; the rest are listed after them.
FLAGGED = {"contradicted_by_kb", "conflicting_sources", "date_inconsistency", "surface_anomaly"}


def highlight(f: Finding) -> dict[str, str]:
    """The sentence cut in three around the claim, for highlighting."""
    lo = max(0, min(len(f.sentence), f.start - f.sentence_start))
    hi = max(lo, min(len(f.sentence), f.end - f.sentence_start))
    return {"before": f.sentence[:lo], "claim": f.sentence[lo:hi], "after": f.sentence[hi:]}


def build(documents: Sequence[Document], findings: Sequence[Finding], failed: Sequence[Any] = ()) -> dict:
    """The report as plain data (this is also the `--format json` shape; see docs/cli.md)."""
    titles = {d.id: display_title(d) for d in documents}
    return {
        "documents": [{"id": d.id, "title": d.title, "source": d.source, "url": getattr(d, "url", None),
                       "published": d.published}
                      for d in documents],
        "summary": summary(findings),
        "claims": sum(summary(findings).values()),
        "flagged": sum(n for kind, n in summary(findings).items() if kind in FLAGGED),
        "findings": [dict(f.to_dict(), label=KIND_LABELS.get(f.kind, f.kind), document=titles.get(f.doc_id),
                          highlight=highlight(f)) for f in findings],
        "failed": [{"source": e.source, "line": e.line, "reason": e.reason} for e in failed],
    }


def summary(findings: Sequence[Finding]) -> dict[str, int]:
    """Claims by verdict, most severe first: a claim (a statement read at one place, or a
    misspelt name) counts once, under its most severe finding; kinds with no claim left out."""
    worst: dict[tuple, str] = {}
    for f in findings:
        key = claim_key(f)
        if key not in worst or SEVERITY.get(f.kind, 9) < SEVERITY.get(worst[key], 9):
            worst[key] = f.kind
    counts: dict[str, int] = {}
    for kind in sorted(worst.values(), key=lambda k: SEVERITY.get(k, 9)):
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def summary_line(report: dict) -> str:
    counts = ", ".join(f"{n} {KIND_LABELS.get(k, k)}" for k, n in report["summary"].items())
    return (f"{len(report['documents'])} article(s), {report.get('claims', len(report['findings']))} claim(s), "
            f"{report['flagged']} flagged" + (f": {counts}" if counts else ""))
