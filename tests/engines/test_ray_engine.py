"""`accord ingest --engine ray`: the same store as `--workers 1`, a killed worker loses and
duplicates nothing, a re-run resumes, and server stores are written by the workers themselves."""

from __future__ import annotations

import functools
import os
import re
import signal
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from accord.store import SQLiteStore, open_store


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


@pytest.mark.model
@pytest.mark.slow
def test_engine_ray_stores_exactly_what_one_local_worker_stores_and_prints_the_same_summary(
        ray_cluster, samples_dir, local_samples, tmp_path):
    from accord.cli import main

    db = tmp_path / "cli.db"
    result = CliRunner().invoke(main, ["ingest", str(samples_dir), "--db", str(db), "--engine", "ray",
                                       "--workers", "2"])
    assert result.exit_code == 0, result.output
    words = sum(len(meta["text"].split()) for meta, _, _ in local_samples.values())
    assert re.fullmatch(rf"{len(local_samples)} ingested, 0 already present, 0 failed in [0-9.]+ s "
                        rf"\({words:,} words, [0-9,]+ words/s\) -> {re.escape(str(db))}", result.output.strip()), \
        result.output
    with SQLiteStore(db) as store:
        assert _contents(store) == local_samples
    assert sum(len(anns) for _, anns, _ in local_samples.values()) > 100


@pytest.mark.model
@pytest.mark.slow
def test_a_killed_worker_loses_and_duplicates_nothing_and_a_rerun_resumes(
        ray_cluster, samples_dir, accord_annotator, tmp_path):
    from accord.engines.ray_engine import RayAnnotator
    from accord.pipeline import ingest, ingest_items, prepared
    from accord.ingest import read_inputs

    folder = _copies(samples_dir, tmp_path / "corpus", 12)
    local = open_store(None)
    assert len(ingest([str(folder)], local, annotator=accord_annotator).ingested) == 12

    with SQLiteStore(tmp_path / "ray.db") as store, RayAnnotator(2) as annotator:
        first = sorted(str(p) for p in folder.iterdir())[:4]  # a run that stopped after four
        assert len(ingest_items(prepared(read_inputs(first)), store, annotator=annotator).ingested) == 4
        victim = annotator.pids()[0]
        killed = []

        ticks = []

        def tick(source: str) -> None:
            ticks.append(source)
            # At the first new document stored, the victim has just been sent its next
            # one-document batch (and may still hold the one before): the kill takes work with it.
            if not killed and source not in first:
                os.kill(victim, signal.SIGKILL)
                killed.append(source)

        report = ingest_items(prepared(read_inputs([str(folder)])), store, annotator=annotator,
                              on_item=tick, batch_size=1)
        assert killed and victim not in annotator.pids()  # the actor died and was restarted
        assert report.ok and (len(report.ingested), len(report.present)) == (8, 4)
        assert len(ticks) == 12  # one progress tick per input, as the local engine gives
        assert store.count() == 12
        assert _contents(store) == _contents(local)


class _SharedSQLite(SQLiteStore):
    """A SQLite file with a `worker_opener`, standing in for a server store: every worker can
    open it, so the workers write their documents themselves."""

    def worker_opener(self):
        return functools.partial(SQLiteStore, self.path)


@pytest.mark.model
@pytest.mark.slow
def test_with_a_server_store_the_workers_write_and_the_driver_only_counts(
        ray_cluster, samples_dir, local_samples, tmp_path):
    from accord.engines import ray_engine

    with _SharedSQLite(tmp_path / "shared.db") as store:
        assert ray_engine.worker_opener(store)().path == store.path
        calls = []
        real_add = store.add
        store.add = lambda *a, **k: calls.append(a) or real_add(*a, **k)
        report = ray_engine.ingest([str(samples_dir)], store, actors=2, batch_size=3)
        assert calls == []  # nothing written by the driver
        assert report.ok and len(report.ingested) == len(local_samples)
        assert _contents(store) == local_samples
        again = ray_engine.ingest([str(samples_dir)], store, actors=1)
        assert (len(again.ingested), len(again.present)) == (0, len(local_samples))


def test_stores_only_this_process_writes_get_their_results_back(tmp_path):
    from accord.engines.ray_engine import worker_opener

    with SQLiteStore(tmp_path / "a.db") as store:
        assert worker_opener(store) is None
    assert worker_opener(open_store(None)) is None


def test_address_without_the_ray_engine_is_a_usage_error(tmp_path):
    from accord.cli import main

    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.db"),
                                       "--address", "127.0.0.1:6379"])
    assert result.exit_code == 2 and "--address goes with --engine ray" in result.output


def test_without_ray_installed_the_error_says_how_to_install_it(monkeypatch, tmp_path):
    from accord.cli import main

    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    (tmp_path / "a.txt").write_text("Finland joined NATO in 2023.\n")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"),
                                       "--engine", "ray"])
    assert result.exit_code == 1
    assert "error: --engine ray needs Ray: pip install 'accord[ray]'" in result.output
