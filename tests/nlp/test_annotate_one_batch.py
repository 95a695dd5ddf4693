"""`Annotator.annotate_many`: documents that make one batch are annotated in this process (a
batch goes to one worker, so a pool would only load the pipeline again); more go to the pool."""

from __future__ import annotations

import pytest

from accord.nlp.annotate import Annotator


class Recording(Annotator):
    """An Annotator without a pipeline: records which path annotated which documents."""

    def __init__(self):
        self.paths: list[tuple[str, list]] = []

    def _serial(self, documents, batch_size):
        docs = list(documents)
        self.paths.append(("serial", docs))
        yield from ([] for _ in docs)

    def _parallel(self, documents, n_process, batch_size):
        docs = list(documents)
        self.paths.append(("parallel", docs))
        yield from ([] for _ in docs)


@pytest.mark.parametrize("count, path", [(1, "serial"), (4, "serial"), (5, "parallel"), (9, "parallel")])
def test_one_batch_is_annotated_here_more_go_to_the_workers(count, path):
    annotator = Recording()
    docs = [f"d{i}" for i in range(count)]
    assert len(list(annotator.annotate_many(iter(docs), n_process=2, batch_size=4))) == count
    assert annotator.paths == [(path, docs)]  # every document, in order, none lost to the look ahead


def test_one_worker_asked_is_serial_whatever_the_count():
    annotator = Recording()
    docs = [f"d{i}" for i in range(9)]
    list(annotator.annotate_many(docs, n_process=1, batch_size=4))
    assert annotator.paths == [("serial", docs)]
