"""`Annotator`: a cleaned Document in, its annotations (and statements) out.

    annotator = Annotator()                       # the bundled KB
    annotations = annotator.annotate(document)
    statements = annotator.statements(document, annotations)
    for annotations in annotator.annotate_many(documents, n_process=2): ...

Layers, all with character offsets into `document.text`: "sentence" (one per sentence),
"mention" (entities, linked or not), "anomaly" (likely misspellings), "office" (who holds
which office on the article's date), "time" and "quote" (when those components are present).
`statements()` gives the `holds_office` statements read from the office annotations, a `said`
statement per attributed quotation, and the statements the `accord_statements` component read
from the same document, references filled in.

A document longer than `max_chars` is annotated in parts cut at paragraph breaks and its
annotations joined in document offsets (accord.nlp.parts); `max_chars` is the config's
`part_chars`, never more than spaCy's `nlp.max_length`.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice
from multiprocessing import get_context
from typing import Iterable, Iterator

from accord.model import Annotation, Document, Statement
from accord.nlp.extract.offices import office_statements
from accord.nlp.extract.quotes import said_statements
from accord.nlp.parts import parts, shift_annotations, shift_statements

LAYERS = ("mentions", "anomalies", "offices", "times", "quotes")
BATCH_CHARS = 100_000  # characters per nlp.pipe batch (see Annotator._serial)
_WORKER = None  # the Annotator of a worker process


class Annotator:
    """Runs the pipeline on Documents. `kb` defaults to the bundled KB; `nlp` to
    `load_pipeline(kb)` (give one to share a loaded pipeline)."""

    def __init__(self, kb=None, nlp=None):
        from accord.nlp.pipeline import load_pipeline, model_info

        if kb is None:
            from accord.kb import load

            kb = load()
        self.kb = kb
        self.nlp = nlp if nlp is not None else load_pipeline(kb)
        self.model_info = model_info(self.nlp)
        self.max_chars = part_chars(self.nlp)  # longer documents are annotated in parts
        self._statements: dict[str, list[Statement]] = {}  # read by the pipeline, until asked for

    def annotate(self, document: Document) -> list[Annotation]:
        """The annotations of one document, sorted by offset then layer."""
        return next(self.annotate_many([document]))

    def annotate_many(self, documents: Iterable[Document], n_process: int = 1,
                      batch_size: int = 32) -> Iterator[list[Annotation]]:
        """Annotations for each document, in input order. With n_process > 1 the documents are
        annotated in worker processes (each with OPENBLAS_NUM_THREADS=1), unless they make one
        batch: a batch goes to one worker, so for a few documents (`accord check` of one article)
        worker processes would only load the pipeline a second time."""
        if n_process > 1:
            documents = iter(documents)
            first = list(islice(documents, batch_size + 1))
            documents = chain(first, documents)
            if len(first) <= batch_size:
                n_process = 1
        if n_process <= 1:
            yield from self._serial(documents, batch_size)
            return
        yield from self._parallel(documents, n_process, batch_size)

    def statements(self, document: Document, annotations: list[Annotation]) -> list[Statement]:
        """The document's statements: `holds_office` from its office annotations, then those the
        statements component read while annotating it (handed over once)."""
        found = office_statements(document.id, annotations, document.text)
        found += said_statements([a for a in annotations if a.layer == "quote"], document.id, document.text)
        for statement in self._statements.pop(document.id, []):
            for ref in statement.references:
                ref.doc_id = document.id
            found.append(statement)
        return found

    # -- internals -----------------------------------------------------------------------------
    def _doc(self, document: Document):
        """The whole text as one Doc, ready for the pipeline (benchmarks time the pipeline on it)."""
        doc = self.nlp.make_doc(document.text)
        doc._.document_date = document.published
        doc._.document_text = document.text
        return doc

    def _parts(self, documents: Iterable[Document]):
        """(Doc of one part, (document, part offset, last part?)) for every part of every document."""
        for document in documents:
            pieces = parts(document.text, self.max_chars)
            for index, (offset, text) in enumerate(pieces):
                doc = self.nlp.make_doc(text)
                doc._.document_date = document.published
                doc._.document_text = document.text  # what is said once or twice is said in the whole article
                yield doc, (document, offset, index == len(pieces) - 1)

    def _serial(self, documents: Iterable[Document], batch_size: int) -> Iterator[list[Annotation]]:
        """Annotate part by part, keeping only each part's annotations (not its Doc) until the
        document's last part is done; then join them in document offsets. Batches hold at most
        `batch_size` texts and BATCH_CHARS characters: spaCy's parser needs memory in proportion
        to the characters of a batch (about 350 MB per 100,000), not to its count of texts."""
        found: list[Annotation] = []
        read: list[Statement] = []
        single = True
        for chunk in _batches(self._parts(documents), batch_size, max(BATCH_CHARS, self.max_chars)):
            for doc, (document, offset, last) in self.nlp.pipe(chunk, as_tuples=True, batch_size=len(chunk)):
                single = single and offset == 0 and last
                found += shift_annotations(annotations_of(doc), offset)
                read += shift_statements(doc._.statements or [], offset)
                if last:
                    yield self._collect(document, found if single else _sorted(found), read if single else merge(read))
                    found, read, single = [], [], True

    def _collect(self, document: Document, annotations: list[Annotation],
                 statements: list[Statement]) -> list[Annotation]:
        self._statements[document.id] = statements
        if len(self._statements) > 4096:  # callers that never ask for statements
            self._statements.pop(next(iter(self._statements)))
        return annotations

    def _parallel(self, documents: Iterable[Document], n_process: int, batch_size: int) -> Iterator[list[Annotation]]:
        old = os.environ.get("OPENBLAS_NUM_THREADS")
        os.environ["OPENBLAS_NUM_THREADS"] = "1"  # read by each spawned worker at import
        try:
            with ProcessPoolExecutor(n_process, mp_context=get_context("spawn"), initializer=_init_worker,
                                     initargs=(self.kb,)) as pool:
                it = iter(documents)
                while chunk := list(islice(it, batch_size * n_process * 2)):
                    batches = [chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size)]
                    for batch, results in zip(batches, pool.map(_annotate_batch, batches)):
                        for document, (annotations, statements) in zip(batch, results):
                            self._statements[document.id] = statements
                            yield annotations
        finally:
            if old is None:
                os.environ.pop("OPENBLAS_NUM_THREADS", None)
            else:
                os.environ["OPENBLAS_NUM_THREADS"] = old


def part_chars(nlp) -> int:
    """The longest text annotated in one piece: the config's `part_chars`, at most spaCy's
    `nlp.max_length` (several components cost more than linear time in a Doc's length, so
    long texts go faster in parts: docs/nlp.md)."""
    from accord.nlp.pipeline import read_config

    configured = int(read_config()["accord"].get("part_chars") or nlp.max_length)
    return max(1, min(configured, nlp.max_length))


def merge(statements: list[Statement]) -> list[Statement]:
    """Statements found in several parts, merged as the pipeline merges them in one Doc."""
    from accord.nlp.extract.claims import merge as merge_claims

    return merge_claims(statements)


def _batches(items: Iterable[tuple], size: int, max_chars: int) -> Iterator[list[tuple]]:
    """(Doc, context) pairs in lists of at most `size` pairs and `max_chars` characters (a
    single longer Doc is a batch of its own)."""
    batch: list[tuple] = []
    chars = 0
    for item in items:
        length = _chars(item[0])
        if batch and (len(batch) >= size or chars + length > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += length
    if batch:
        yield batch


def _chars(doc) -> int:
    """len(doc.text) without building the text (Doc.text joins every token anew)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def _sorted(annotations: list[Annotation]) -> list[Annotation]:
    return sorted(annotations, key=lambda a: (a.start, a.end, a.layer))


def _init_worker(kb) -> None:
    global _WORKER
    _WORKER = Annotator(kb)


def _annotate_batch(documents: list[Document]) -> list[tuple[list[Annotation], list[Statement]]]:
    out = []
    for document in documents:
        annotations = _WORKER.annotate(document)
        out.append((annotations, _WORKER._statements.pop(document.id, [])))
    return out


def annotations_of(doc) -> list[Annotation]:
    """Every annotation layer of an annotated Doc, sorted by start offset."""
    found = sentence_annotations(doc)
    for layer in LAYERS:
        found += list(getattr(doc._, layer) or [])
    return sorted(found, key=lambda a: (a.start, a.end, a.layer))


def sentence_annotations(doc) -> list[Annotation]:
    """One "sentence" annotation per sentence, surrounding whitespace excluded."""
    out = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        out.append(Annotation(layer="sentence", start=start, end=start + len(stripped), text=stripped))
    return out
