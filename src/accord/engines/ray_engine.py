"""Annotation on a Ray cluster: `accord ingest PATHS --engine ray [--address ADDR]`.

An actor pool does the work: each actor loads accord's pipeline once, then annotates documents a
batch at a time and also extracts their statements (so the driver does no NLP at all). The pool
is `Annotator`-shaped (`annotate_many`, `statements`, `model_info`), so it plugs into
`pipeline.ingest_items` unchanged: the same skip of stored documents, the same progress callback,
the same report, and exactly what a local `--workers 1` ingest stores.

Where the results are written depends on the store:
- a store only this process can write (SQLite, memory): results come back to the driver, the one
  writer, one transaction per document;
- a server store that every node can reach: one whose `worker_opener()` returns a picklable
  callable that opens the same store in another process (for PostgreSQL,
  `functools.partial(PostgresStore, url, schema=...)`). Each actor opens it once and writes its
  documents itself; only "stored or already there" comes back to the driver.

Failure: an actor whose process dies is restarted (`max_restarts=-1`) and the batch it held is
sent again (up to TASK_RETRIES times, so a batch that kills every actor it meets stops the run
instead of looping), so a worker killed mid-run loses nothing. Nothing is duplicated either: a
document's id is the hash of its text and a store writes an id once. A run that stops altogether
resumes when run again: stored documents are skipped before annotation.
"""

from __future__ import annotations

import os
from collections import deque
from itertools import islice
from typing import Callable, Iterable, Iterator, Sequence

from accord.model import Annotation, Document, Statement
from accord.pipeline import IngestReport, ingest_items, prepared

# Batches queued on each actor: one being annotated, one waiting, so no actor idles while the
# driver stores a result.
IN_FLIGHT_PER_ACTOR = 2
WORKER_ENV = {"OPENBLAS_NUM_THREADS": "1"}  # DESIGN.md: faster single-threaded spaCy workers
TASK_RETRIES = 3  # times one batch is sent again after its actor died


def require_ray():
    """The `ray` module, or an AccordError saying how to install it."""
    try:
        import ray
    except ImportError as err:
        from accord.errors import AccordError, Errors

        raise AccordError(Errors.E701) from err
    return ray


def worker_opener(store) -> Callable[[], object] | None:
    """How a worker opens `store` itself, when it is a server store every node reaches (its
    `worker_opener()` method); None for a store only this process writes."""
    method = getattr(store, "worker_opener", None)
    return method() if callable(method) else None


class _Worker:
    """One actor: accord's pipeline loaded once; batches of documents in, results out."""

    def __init__(self, kb, opener: Callable[[], object] | None):
        from accord.nlp.annotate import Annotator

        self.annotator = Annotator(kb)
        info = self.annotator.model_info
        self.model = f"{info['name']} {info['version']}"
        self.store = opener() if opener is not None else None

    def describe(self) -> tuple[dict, int]:
        """(model info, process id): the pipeline is loaded; the pid lets tests kill the actor."""
        return self.annotator.model_info, os.getpid()

    def annotate(self, documents: list[Document]) -> list:
        """Per document: (annotations, statements), or, writing to a server store, whether this
        write stored it (False: it was already there)."""
        found = self.annotator.annotate_many(documents, n_process=1, batch_size=len(documents))
        out = []
        for document, annotations in zip(documents, found):
            statements = self.annotator.statements(document, annotations)
            if self.store is None:
                out.append((annotations, statements))
            else:
                document.meta["model"] = self.model
                out.append(self.store.add(document, annotations, statements))
        return out


class RayAnnotator:
    """An actor pool that annotates like `accord.nlp.annotate.Annotator`.

    Use as a context manager (`with RayAnnotator(actors=2) as annotator:`): the actors start and
    load the pipeline on entry and are ended on exit. `opener` (see `worker_opener`): the workers
    open the store with it and write each document themselves (see the module docstring);
    `annotate_many` then yields empty annotations and `stored` holds each document's outcome until `WrittenByWorkers` reads it.
    """

    def __init__(self, actors: int | None = None, *, kb=None, opener: Callable[[], object] | None = None):
        self.ray = require_ray()
        if not self.ray.is_initialized():
            raise RuntimeError("connect to Ray first (ray.init or accord.engines.ray_engine.connect)")
        cpus = int(self.ray.cluster_resources().get("CPU", 1))
        self.size = max(1, actors or cpus)
        self.kb = kb
        self.opener = opener
        self.actors: list = []
        self.model_info: dict = {}
        self.stored: dict[str, bool] = {}
        self._statements: dict[str, list[Statement]] = {}
        self._next = 0

    def __enter__(self) -> "RayAnnotator":
        ray = self.ray
        worker = ray.remote(_Worker).options(
            num_cpus=1, max_restarts=-1, max_task_retries=TASK_RETRIES,
            runtime_env={"env_vars": dict(WORKER_ENV)})
        kb = ray.put(self.kb) if self.kb is not None else None
        self.actors = [worker.remote(kb, self.opener) for _ in range(self.size)]
        described = ray.get([a.describe.remote() for a in self.actors])
        self.model_info = described[0][0]
        return self

    def __exit__(self, *exc) -> bool:
        for actor in self.actors:
            self.ray.kill(actor, no_restart=True)
        self.actors = []
        return False

    def pids(self) -> list[int]:
        """The process id of each actor now (a restarted actor has a new one)."""
        return [pid for _, pid in self.ray.get([a.describe.remote() for a in self.actors])]

    def annotate_many(self, documents: Iterable[Document], n_process: int = 1,
                      batch_size: int = 32) -> Iterator[list[Annotation]]:
        """Annotations for each document, in input order. `n_process` is ignored: the pool's
        size was set when it started. At most IN_FLIGHT_PER_ACTOR batches per actor are out at
        once, so memory stays flat however many documents there are."""
        ray = self.ray
        it = iter(documents)
        in_flight: deque[tuple[list[Document], object]] = deque()

        def submit() -> bool:
            batch = list(islice(it, max(1, batch_size)))
            if not batch:
                return False
            actor = self.actors[self._next % len(self.actors)]
            self._next += 1
            in_flight.append((batch, actor.annotate.remote(batch)))
            return True

        while len(in_flight) < IN_FLIGHT_PER_ACTOR * len(self.actors) and submit():
            pass
        while in_flight:
            batch, ref = in_flight.popleft()
            results = ray.get(ref)
            submit()
            for document, result in zip(batch, results):
                if self.opener is not None:
                    self.stored[document.id] = bool(result)
                    yield []
                else:
                    annotations, statements = result
                    self._statements[document.id] = statements
                    yield annotations

    def statements(self, document: Document, annotations: list[Annotation]) -> list[Statement]:
        """The statements the worker extracted from `document` (handed over once)."""
        return self._statements.pop(document.id, [])


class WrittenByWorkers:
    """The store as `ingest_items` sees it when the workers wrote each document themselves:
    membership asks the real store; `add` returns what the worker's own write returned."""

    def __init__(self, store, annotator: RayAnnotator):
        self.store = store
        self.annotator = annotator

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.store

    def add(self, doc: Document, annotations: Sequence[Annotation] = (),
            statements: Sequence[Statement] = ()) -> bool:
        return self.annotator.stored.pop(doc.id)


def connect(address: str | None = None) -> bool:
    """Join the Ray cluster at `address` (or RAY_ADDRESS), or start a local one when neither is
    given. Returns True when this call started Ray (the caller then shuts it down)."""
    ray = require_ray()
    if ray.is_initialized():
        return False
    options = dict(logging_level="WARNING", log_to_driver=False)
    try:
        if address or os.environ.get("RAY_ADDRESS"):
            ray.init(address=address, **options)
        else:
            ray.init(include_dashboard=False, **options)
    except (ConnectionError, RuntimeError, ValueError) as err:
        from accord.errors import AccordError, Errors

        where = address or os.environ.get("RAY_ADDRESS") or "a local Ray"
        raise AccordError(Errors.E702.format(where=where, reason=_short(err))) from err
    return True


def _short(err: BaseException) -> str:
    return " ".join(str(err).split())[:300] or type(err).__name__


def ingest(
    paths: Sequence[str],
    store,
    *,
    address: str | None = None,
    actors: int | None = None,
    kb=None,
    fmt: str | None = None,
    include: Sequence[str] | None = None,
    max_bytes: int = 5_000_000,
    on_item: Callable[[str], None] | None = None,
    batch_size: int = 16,
) -> IngestReport:
    """`pipeline.ingest` with the annotation on Ray: read and clean here, annotate on the
    cluster's actors (`actors`: how many; default one per CPU of the cluster), store as the
    module docstring says."""
    from accord.ingest import read_inputs

    ray = require_ray()
    started = connect(address)
    try:
        opener = worker_opener(store)
        with RayAnnotator(actors, kb=kb, opener=opener) as annotator:
            target = WrittenByWorkers(store, annotator) if opener is not None else store
            items = prepared(read_inputs(paths, fmt=fmt, include=include, max_bytes=max_bytes))
            return ingest_items(items, target, annotator=annotator, on_item=on_item,
                                batch_size=batch_size)
    except ray.exceptions.RayError as err:
        from accord.errors import AccordError, Errors

        raise AccordError(Errors.E703.format(retries=TASK_RETRIES, reason=_short(err))) from err
    finally:
        if started:
            ray.shutdown()
