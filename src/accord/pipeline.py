"""Ingest: read inputs, clean, annotate, store — one document per transaction.

The library entry point behind `accord ingest` and `accord check`. Bad inputs are reported, never
raised: the rest of the batch goes on and nothing already stored changes.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from accord.errors import InputError, InputWarning
from accord.ingest.sources import MAX_BYTES
from accord.model import Annotation, Document, RawArticle, Statement


# Documents per annotation batch: small, so a progress bar moves (nearly) per document; spaCy's
# CPU throughput is the same from 4 up (bench/ingest_batch.py), and 1 costs a few per cent.
BATCH_SIZE = 4


@dataclass(frozen=True)
class DocumentBrief:
    """What a report keeps of a document: enough to name it, not its text. (Keeping whole
    Documents made an ingest's memory grow by ~8 KB per article: 3x from 1k to 10k articles,
    bench/memory.py; every caller only names the documents.)"""

    id: str
    source: str
    title: str | None = None
    published: str | None = None

    @classmethod
    def of(cls, doc: Document) -> "DocumentBrief":
        return cls(doc.id, doc.source, doc.title, doc.published)


@dataclass
class IngestReport:
    """What one ingest did: new documents, documents already stored, failures with reasons, and
    warnings (inputs read with something repaired or ignored)."""

    ingested: list[DocumentBrief] = field(default_factory=list)
    present: list[DocumentBrief] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    words: int = 0  # in the documents ingested (annotated and stored), for words per second

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict:
        brief = lambda d: {"id": d.id, "source": d.source, "title": d.title, "published": d.published}  # noqa: E731
        return {
            "ingested": [brief(d) for d in self.ingested],
            "already_present": [brief(d) for d in self.present],
            "failed": [{"source": e.source, "line": e.line, "reason": e.reason} for e in self.failed],
            "warnings": [w.to_dict() for w in self.warnings],
            "words": self.words,
        }


def prepared(raws: Iterable[RawArticle | InputError],
             warn: Callable[[InputWarning], None] | None = None) -> Iterator[Document | InputError]:
    """Clean every raw article; errors pass through so the caller can report them in order.
    `warn` is called with each InputWarning (an invalid header date)."""
    from accord.ingest import prepare

    for raw in raws:
        if isinstance(raw, InputError):
            yield raw
            continue
        try:
            yield prepare(raw, warn)
        except InputError as err:
            yield err


def ingest(
    paths: Sequence[str],
    store,
    *,
    fmt: str | None = None,
    include: Sequence[str] | None = None,
    max_bytes: int = MAX_BYTES,
    annotator=None,
    workers: int = 1,
    on_item: Callable[[str], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestReport:
    """Ingest `paths` into `store`.

    `annotator` is an `accord.nlp.annotate.Annotator` (or None to store text only). Each new
    document is stored with its annotations and statements in one transaction. `on_item` is
    called once per document handled, when it is stored, found present or fails (for progress
    bars). New documents stream through ONE `annotate_many` call (so worker processes start once,
    not once per batch), which annotates them `batch_size` at a time: memory stays flat however
    many inputs there are. Warnings
    (lines repaired while decoding, an invalid header date) are in the report's `warnings`.
    """
    from accord.ingest import read_inputs

    warnings: list[InputWarning] = []
    items = prepared(read_inputs(paths, fmt=fmt, include=include, max_bytes=max_bytes, warn=warnings.append),
                     warnings.append)
    return ingest_items(items, store, annotator=annotator, workers=workers, on_item=on_item,
                        batch_size=batch_size, warnings=warnings)


def ingest_items(
    items: Iterable[Document | InputError],
    store,
    *,
    annotator=None,
    workers: int = 1,
    on_item: Callable[[str], None] | None = None,
    batch_size: int = BATCH_SIZE,
    warnings: list[InputWarning] | None = None,
) -> IngestReport:
    """Store already prepared documents (and report the errors among them), as `ingest` does
    for paths: the HTTP API's POST comes in here with the articles of a request body.
    `warnings`: a list the items' readers append to while they are read; it becomes the report's."""
    report = IngestReport(warnings=warnings if warnings is not None else [])
    seen: set[str] = set()

    def new_documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Document) and item.id not in store and item.id not in seen:
                seen.add(item.id)
                yield item
                continue
            # Errors and duplicates are settled at once; new documents tick when stored.
            if isinstance(item, InputError):
                report.failed.append(item)
            else:
                report.present.append(DocumentBrief.of(item))
            if on_item:
                on_item(item.source)

    for doc, annotations, statements in _annotated(new_documents(), annotator, workers, batch_size):
        stored = store.add(doc, annotations, statements)
        # not stored: a concurrent writer stored it in the meantime
        (report.ingested if stored else report.present).append(DocumentBrief.of(doc))
        if stored:
            report.words += len(doc.text.split())
        if on_item:
            on_item(doc.source)
    return report


def _annotated(
    docs: Iterable[Document], annotator, workers: int, batch_size: int
) -> Iterator[tuple[Document, list[Annotation], list[Statement]]]:
    if annotator is None:
        for doc in docs:
            yield doc, [], []
        return
    info = annotator.model_info
    pending: deque[Document] = deque()  # read by the annotator, annotations not yet back

    def feed() -> Iterator[Document]:
        for doc in docs:
            pending.append(doc)
            yield doc

    for annotations in annotator.annotate_many(feed(), n_process=workers, batch_size=batch_size):
        doc = pending.popleft()  # annotate_many yields in input order
        doc.meta["model"] = f"{info['name']} {info['version']}"
        yield doc, annotations, annotator.statements(doc, annotations)
