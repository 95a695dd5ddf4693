"""Readers while ingest writes: no "database is locked" reaches a user, and every read sees whole
documents (all their annotations and statement references, or none of the document).

The writer is a separate process (accord.pipeline.ingest with the synthetic annotator); readers are
the store API in this process and the HTTP API (FastAPI TestClient) in a thread.
"""

from __future__ import annotations

import threading

import pytest

from accord.store import SQLiteStore
from tests.reliability import helpers

pytestmark = pytest.mark.slow
ARTICLES = 120


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return helpers.corpus(tmp_path_factory.mktemp("corpus"), ARTICLES)


def _store_reads(store, seen: list[int]) -> None:
    """One round of the reads a user makes; raises on a half-written document."""
    seen.append(store.count())
    assert helpers.incomplete_documents(store) == []
    store.search("NATO summit")
    store.mentions_of("org:NATO")
    store.statements(subject="state:NZL")


def _api_reads(client, docs: dict, errors: list, stop: threading.Event, rounds: list) -> None:
    """Read documents through the HTTP API until `stop`; record every error response."""
    while not stop.is_set():
        rounds.append(1)
        for path in ("/api/documents?limit=500", "/api/search?q=NATO", "/api/findings", "/api/statements"):
            response = client.get(path)
            if response.status_code != 200:
                errors.append((path, response.status_code, response.text[:200]))
        for brief in client.get("/api/documents?limit=500").json()["documents"][-5:]:
            response = client.get(f"/api/documents/{brief['id']}/annotations")
            if response.status_code != 200:
                errors.append((brief["id"], response.status_code, response.text[:200]))
            elif brief["id"] in docs and len(response.json()["annotations"]) != docs[brief["id"]]:
                errors.append((brief["id"], "half-written", len(response.json()["annotations"])))


def test_reads_during_ingest_see_whole_documents_and_never_a_lock(tmp_path, folder):
    from bench.synth import generate

    db = tmp_path / "shared.db"
    SQLiteStore(db).close()  # created before the writer starts, as a server's store would be
    expected = {}
    for path in folder.glob("*.txt"):
        article = generate(int(path.stem.split("-")[1]), helpers.SEED, helpers.WORDS)
        expected[article.id] = len(article.annotations)
    api_errors, api_rounds, stop, thread = [], [], threading.Event(), None
    try:
        from fastapi.testclient import TestClient

        from accord.api import create_app
    except ImportError:  # the HTTP API is optional here; the store is what is tested
        TestClient = None
    # 20 ms after each of the 120 articles: the ingest lasts over 2 s however fast the machine, so
    # the reads below overlap it (on a quiet machine the writer once finished within one read).
    writer = helpers.start_driver(db, folder, batch=4, pause=0.02)
    assert writer.stdout.readline().strip() == "ready"
    seen: list[int] = []
    with SQLiteStore(db) as store:
        if TestClient is not None:
            client = TestClient(create_app(str(db), annotator=None, web=False))
            thread = threading.Thread(target=_api_reads, args=(client, expected, api_errors, stop, api_rounds))
            thread.start()
        try:
            while writer.poll() is None:
                _store_reads(store, seen)
            out, err = writer.communicate(timeout=120)
        finally:
            stop.set()
            if thread:
                thread.join(timeout=60)
        _store_reads(store, seen)
    assert writer.returncode == 0, err
    assert out.split()[-3:] == [str(ARTICLES), "0", "0"]
    assert api_errors == []
    # The API thread started reading while the writer ran (on a loaded machine the writer can finish
    # within the thread's first round, so one round is all that can be asked for).
    assert TestClient is None or len(api_rounds) >= 1
    # the reads overlapped the writes: they saw the store at several sizes
    assert len(set(seen)) > 3 and seen[-1] == ARTICLES, seen


def test_two_ingests_of_the_same_batch_at_once_store_each_article_once(tmp_path, folder):
    db = tmp_path / "twice.db"
    SQLiteStore(db).close()
    writers = [helpers.start_driver(db, folder, batch=4) for _ in range(2)]
    results = [w.communicate(timeout=120) for w in writers]
    for writer, (out, err) in zip(writers, results):
        assert writer.returncode == 0, err
        assert out.split()[-1] == "0"  # nothing failed
    ingested = sum(int(out.split()[-3]) for out, _ in results)
    assert ingested == ARTICLES
    assert sorted(helpers.stored_ids(db)) == sorted(helpers.expected_ids(folder))
    with SQLiteStore(db) as store:
        assert helpers.incomplete_documents(store) == []
