"""kill -9 during ingest, 20 times at random moments: the database stays sound and whole.

After every kill: PRAGMA integrity_check is ok, no foreign key dangles, and every stored document
has all its annotations and statement references (the synthetic annotator says exactly which).
Each run resumes the same batch; a last run completes it with no duplicates, and the result is the
same as an ingest that was never interrupted.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import time

import pytest

from accord.store import SQLiteStore
from tests.reliability import helpers

pytestmark = pytest.mark.slow
KILLS = 20
ARTICLES = 200
# Each run is killed a random 0-5 ms after it has stored 1 to 8 more documents, so the kills
# fall all along the batch and often inside a transaction, however loaded the machine is.
MAX_NEW = 8


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return helpers.corpus(tmp_path_factory.mktemp("corpus"), ARTICLES)


def _run_to_end(db, folder) -> list[str]:
    proc = helpers.start_driver(db, folder)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return out.split()


def _wait_for(db, count: int, proc) -> None:
    """Return once `db` holds `count` documents (or the process has ended)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        while proc.poll() is None and con.execute("SELECT count(*) FROM documents").fetchone()[0] < count:
            time.sleep(0.002)
    finally:
        con.close()


def _check_whole(db) -> int:
    assert helpers.integrity(db) == ("ok", [])
    with SQLiteStore(db) as store:
        assert helpers.incomplete_documents(store) == []
        return store.count()


def test_kill_9_at_random_points_leaves_whole_documents_and_resumes(tmp_path, folder):
    reference = tmp_path / "reference.db"
    assert _run_to_end(reference, folder)[-1] == "0"
    db, rng, counts = tmp_path / "killed.db", random.Random(20), []
    for _ in range(KILLS):
        proc = helpers.start_driver(db, folder)
        assert proc.stdout.readline().strip() == "ready"
        _wait_for(db, (counts[-1] if counts else 0) + rng.randint(1, MAX_NEW), proc)
        time.sleep(rng.uniform(0, 0.005))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        counts.append(_check_whole(db))
    # every run was killed while it still had documents to write
    assert counts == sorted(set(counts)) and counts[-1] < ARTICLES, counts
    assert _run_to_end(db, folder)[-1] == "0"  # nothing failed
    assert _check_whole(db) == ARTICLES
    assert sorted(helpers.stored_ids(db)) == sorted(helpers.expected_ids(folder))
    with SQLiteStore(db) as killed, SQLiteStore(reference) as whole:
        assert _snapshot(killed) == _snapshot(whole)


def _snapshot(store) -> list:
    """Everything a reader can see, minus the document ordering ties and source paths."""
    docs = sorted(store.documents(), key=lambda d: d.id)
    return [(d.id, d.text, [a.to_dict() for a in store.annotations(d.id)],
             [s.to_dict() for s in store.statements(doc_id=d.id)]) for d in docs]


def test_the_wholeness_check_sees_a_missing_annotation_or_reference(tmp_path):
    from bench.synth import generate

    with SQLiteStore(tmp_path / "half.db") as store:
        whole = generate(1, helpers.SEED, helpers.WORDS).records()
        no_ann = generate(2, helpers.SEED, helpers.WORDS).records()
        no_ref = generate(3, helpers.SEED, helpers.WORDS).records()
        store.add(*whole)
        store.add(no_ann[0], no_ann[1][:-1], no_ann[2])
        store.add(no_ref[0], no_ref[1], no_ref[2][1:])
        assert sorted(helpers.incomplete_documents(store)) == sorted([no_ann[0].id, no_ref[0].id])
