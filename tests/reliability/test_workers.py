"""Parallel annotation: `ingest(..., workers=N)` stores exactly what one worker stores, and the
annotator is called once per ingest (its worker processes start once, not once per batch)."""

from __future__ import annotations

import pytest

from accord.pipeline import ingest
from accord.store import SQLiteStore, open_store
from bench.synth import SynthAnnotator
from tests.reliability import helpers


class CountingAnnotator(SynthAnnotator):
    """The synthetic annotator, counting `annotate_many` calls and the workers asked for."""

    def __init__(self):
        super().__init__(helpers.SEED, helpers.WORDS)
        self.calls: list[int] = []

    def annotate_many(self, docs, n_process=1, batch_size=32):
        self.calls.append(n_process)
        yield from super().annotate_many(docs, n_process, batch_size)


def test_one_annotate_call_per_ingest_and_every_document_gets_its_own_annotations(tmp_path):
    folder = helpers.corpus(tmp_path / "corpus", 40)
    annotator = CountingAnnotator()
    with SQLiteStore(tmp_path / "one.db") as store:
        report = ingest([str(folder)], store, annotator=annotator, workers=2, batch_size=4)
        assert len(report.ingested) == 40 and report.ok
        assert annotator.calls == [2]
        assert helpers.incomplete_documents(store) == []
        assert {d.meta["model"] for d in store.documents()} == {"accord-synth 1"}


def test_documents_already_stored_or_repeated_are_not_annotated(tmp_path):
    folder = helpers.corpus(tmp_path / "corpus", 10)
    (folder / "again.txt").write_text((folder / "synth-0000003.txt").read_text())
    store = open_store(None)
    first = ingest([str(folder)], store, annotator=SynthAnnotator(helpers.SEED, helpers.WORDS), batch_size=3)
    assert (len(first.ingested), len(first.present)) == (10, 1)
    second = ingest([str(folder)], store, annotator=CountingAnnotator())
    assert (len(second.ingested), len(second.present)) == (0, 11)


def _contents(store) -> dict:
    return {d.id: ([a.to_dict() for a in store.annotations(d.id)],
                   [s.to_dict() for s in store.statements(doc_id=d.id)]) for d in store.documents()}


@pytest.mark.model
@pytest.mark.slow
def test_two_workers_store_the_same_as_one(samples_dir, tmp_path):
    pytest.importorskip("accord.nlp.annotate")
    from accord.nlp.annotate import Annotator

    annotator = Annotator()
    stores = {}
    for workers in (1, 2):
        stores[workers] = open_store(None)
        report = ingest([str(samples_dir)], stores[workers], annotator=annotator, workers=workers, batch_size=4)
        assert report.ok and len(report.ingested) >= 10
    one, two = _contents(stores[1]), _contents(stores[2])
    assert one == two
    assert sum(len(anns) for anns, _ in one.values()) > 100
