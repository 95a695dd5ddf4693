"""`accord check` as a library function: ingest articles, verify them, build the report.

It sits above both `reconcile` (verification) and `report` (the report's shape), so neither
imports the other's caller.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Sequence

from accord.pipeline import ingest
from accord.query.common import display_title
from accord.reconcile.run import verify_documents
from accord.report import build


def check_paths(paths: Sequence[str], store, kb, annotator, workers: int = 1, **ingest_options) -> dict:
    """Ingest `paths` into `store`, verify their documents against `kb` and the stored articles,
    and return the report data (the `--format json` shape)."""
    result = ingest(paths, store, annotator=annotator, workers=workers, **ingest_options)
    documents = [_named(store, d) for d in result.ingested + result.present]
    findings = verify_documents(store, kb, [d.id for d in documents])
    report = build(documents, findings, result.failed)
    report["warnings"] = [w.to_dict() for w in result.warnings]
    return report


def _named(store, brief) -> SimpleNamespace:
    """What the report shows of a document: its title (the first line when it has none) and
    its URL, read from the store one document at a time (the ingest keeps no texts)."""
    doc = store.get(brief.id)
    return SimpleNamespace(id=doc.id, source=doc.source, title=display_title(doc), url=doc.url,
                           published=doc.published)
