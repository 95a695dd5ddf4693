"""`accord ingest --engine ray`: the same store as `--workers 1`, a killed worker loses and
duplicates nothing, a re-run resumes, and server stores are written by the workers themselves."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.store import SQLiteStore, open_store

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _contents(store) -> dict:
    """Everything stored per document: metadata, annotations, statements."""
    return {d.id: (d.to_dict(), [a.to_dict() for a in store.annotations(d.id)],
                   [s.to_dict() for s in store.statements(doc_id=d.id)]) for d in store.documents()}


def _copies(samples_dir: Path, folder: Path, n: int) -> Path:
    """`n` distinct plain-text articles made from the sample corpus's first one."""
    folder.mkdir()
    text = (samples_dir / "01_madrid_summit_partners.txt").read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"copy-{i:03d}.txt").write_text(f"{text.rstrip()}\n\nCopy {i}.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_samples(samples_dir, accord_annotator):
    """The sample corpus as a local one-worker ingest stores it."""
    from accord.pipeline import ingest

    store = open_store(None)
    report = ingest([str(samples_dir)], store, annotator=accord_annotator, workers=1)
    assert report.ok
    return _contents(store)


def test_ray_ingest_stores_exactly_what_one_local_worker_stores(ray_cluster, samples_dir, local_samples, tmp_path):
    from accord.engines import ray_engine

    ticks = []
    with SQLiteStore(tmp_path / "ray.db") as store:
        report = ray_engine.ingest([str(samples_dir)], store, actors=2, batch_size=3, on_item=ticks.append)
        assert report.ok and len(report.ingested) == len(local_samples) and not report.present
        assert len(ticks) == len(local_samples)
        assert _contents(store) == local_samples
    assert sum(len(anns) for _, anns, _ in local_samples.values()) > 100


def test_cli_engine_ray_prints_the_local_summary(ray_cluster, samples_dir, local_samples, tmp_path):
    from accord.cli import main

    db = tmp_path / "cli.db"
    result = CliRunner().invoke(main, ["ingest", str(samples_dir), "--db", str(db), "--engine", "ray",
                                       "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"{len(local_samples)} ingested, 0 already present, 0 failed -> {db}"
    with SQLiteStore(db) as store:
        assert _contents(store) == local_samples


def test_a_killed_worker_loses_and_duplicates_nothing_and_a_rerun_resumes(
        ray_cluster, samples_dir, accord_annotator, tmp_path):
    from accord.engines.ray_engine import RayAnnotator
    from accord.pipeline import ingest, ingest_items, prepared
    from accord.ingest import read_inputs

    folder = _copies(samples_dir, tmp_path / "corpus", 24)
    local = open_store(None)
    assert len(ingest([str(folder)], local, annotator=accord_annotator).ingested) == 24

    with SQLiteStore(tmp_path / "ray.db") as store, RayAnnotator(2) as annotator:
        first = sorted(str(p) for p in folder.iterdir())[:5]  # a run that stopped after five
        assert len(ingest_items(prepared(read_inputs(first)), store, annotator=annotator).ingested) == 5
        victim = annotator.pids()[0]
        killed = []

        def tick(source: str) -> None:
            # at the first new document stored, both actors have batches in flight
            if not killed and source not in first:
                os.kill(victim, signal.SIGKILL)
                killed.append(source)

        report = ingest_items(prepared(read_inputs([str(folder)])), store, annotator=annotator,
                              on_item=tick, batch_size=2)
        assert killed and victim not in annotator.pids()  # the actor died and was restarted
        assert report.ok and (len(report.ingested), len(report.present)) == (19, 5)
        assert store.count() == 24
        assert _contents(store) == _contents(local)


class _SharedSQLite(SQLiteStore):
    """A SQLite file named by a `shared_url`, standing in for a server store: every worker can
    open it, so the workers write their documents themselves."""

    @property
    def shared_url(self) -> str:
        return str(self.path)


def test_with_a_server_store_the_workers_write_and_the_driver_only_counts(
        ray_cluster, samples_dir, local_samples, tmp_path):
    from accord.engines import ray_engine

    with _SharedSQLite(tmp_path / "shared.db") as store:
        assert ray_engine.shared_url(store) == str(tmp_path / "shared.db")
        calls = []
        real_add = store.add
        store.add = lambda *a, **k: calls.append(a) or real_add(*a, **k)
        report = ray_engine.ingest([str(samples_dir)], store, actors=2, batch_size=3)
        assert calls == []  # nothing written by the driver
        assert report.ok and len(report.ingested) == len(local_samples)
        assert _contents(store) == local_samples
        again = ray_engine.ingest([str(samples_dir)], store, actors=1)
        assert (len(again.ingested), len(again.present)) == (0, len(local_samples))


def test_shared_url_is_none_for_stores_only_this_process_writes(tmp_path):
    from accord.engines.ray_engine import shared_url

    with SQLiteStore(tmp_path / "a.db") as store:
        assert shared_url(store) is None
    assert shared_url(open_store(None)) is None
