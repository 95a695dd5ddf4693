"""Shared by the reliability tests: a synthetic corpus, an ingest driver process, and the checks
that a database holds only whole documents."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from accord.store import SQLiteStore
from bench.synth import SynthAnnotator, generate, write_corpus

ROOT = Path(__file__).resolve().parents[2]
SEED, WORDS = 7, 60  # small articles: about 25 annotations and 5 statements each

# A process that ingests `folder` into `db` with the synthetic annotator, one transaction per
# document; it prints "ready" once its imports are done, so a test can kill it during the work.
# With a pause, it sleeps that long after each document, so readers overlap it on a fast machine.
DRIVER = """
import sys
from accord.pipeline import ingest
from accord.store import open_store
from bench.synth import SynthAnnotator
db, folder, seed, words, batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
pause = float(sys.argv[6])
store = open_store(db)
if pause:
    import time
    add = store.add
    def paced(*args, **kwargs):
        stored = add(*args, **kwargs)
        time.sleep(pause)
        return stored
    store.add = paced
# warm up the lazy imports and the KB, so that "ready" means the work starts now
from accord.ingest import prepare, read_inputs
from accord.model import RawArticle
from bench.synth import generate
prepare(RawArticle("title: t\\ndate: 2020-01-02\\n\\nWarm up.", "warm-up", "txt"))
generate(0, seed, words)
print("ready", flush=True)
report = ingest([folder], store, annotator=SynthAnnotator(seed, words), batch_size=batch)
store.close()
print(len(report.ingested), len(report.present), len(report.failed), flush=True)
"""


def corpus(folder: Path, count: int) -> Path:
    write_corpus(folder, count, seed=SEED, words=WORDS)
    return folder


def env() -> dict[str, str]:
    path = os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "PYTHONPATH": path, "OPENBLAS_NUM_THREADS": "1"}


def start_driver(db: Path, folder: Path, batch: int = 8, pause: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", DRIVER, str(db), str(folder), str(SEED), str(WORDS), str(batch),
                             str(pause)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())


def integrity(db: Path) -> tuple[str, list]:
    """(PRAGMA integrity_check's answer, PRAGMA foreign_key_check's rows) on a plain connection."""
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0], con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()


def incomplete_documents(store) -> list[str]:
    """Ids of stored documents that lack some of their annotations or statement references, or
    hold one pointing outside their text: a half-written document. Empty when all is whole."""
    annotator = SynthAnnotator(SEED, WORDS)
    bad = []
    for doc in store.documents():
        article = annotator.article(doc)
        if article is None:
            bad.append(doc.id)
            continue
        _, want_anns, want_sts = article.records()
        got = store.annotations(doc.id)
        refs = [r for st in store.statements(doc_id=doc.id) for r in st.references if r.doc_id == doc.id]
        spans_ok = all(0 <= a.start <= a.end <= len(doc.text) and doc.text[a.start:a.end] == a.text for a in got)
        refs_ok = all(doc.text[r.sentence_start:r.sentence_start + len(r.sentence)] == r.sentence for r in refs)
        if len(got) != len(want_anns) or len(refs) != sum(len(s.references) for s in want_sts) or not (spans_ok and refs_ok):
            bad.append(doc.id)
    return bad


def expected_ids(folder: Path) -> set[str]:
    """The ids of the articles in a corpus folder written by `corpus`."""
    return {generate(int(p.stem.split("-")[1]), SEED, WORDS).id for p in folder.glob("*.txt")}


def stored_ids(db: Path) -> list[str]:
    with SQLiteStore(db) as store:
        return [d.id for d in store.documents()]
