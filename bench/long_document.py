"""A long article end to end: ingested and annotated whole, however large (issue 14).

    python bench/long_document.py [--mb 20] [--small-kb 20] [--workers 1] [--dir /tmp/accord-long]

Writes two synthetic plain-text articles (bench/synth.py `long_article_text`: KB-based paragraphs,
our own text): a small one (20 kB by default) and a long one (20 MB by default, 20x spaCy's
max_length). Each is ingested by `accord.pipeline.ingest` with accord's real Annotator into a new
SQLite store, in its own child process, one after the other, so each child's peak resident set
size (ru_maxrss) is its own. Prints, for each: time, words/s, peak memory and memory before the
ingest (after the model load), annotations and statements stored; then the ratio of the long
article's words/s to the small one's (1.0: the long article goes as fast per word).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, resource, sys, time
from accord.nlp.annotate import Annotator
from accord.pipeline import ingest
from accord.store import open_store

path, db = sys.argv[1], sys.argv[2]
annotator = Annotator()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
store = open_store(db)
t0, c0 = time.perf_counter(), time.process_time()
report = ingest([path], store, annotator=annotator, max_bytes=10**10)
seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
assert not report.failed, [str(e) for e in report.failed]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
store.close()
import sqlite3
con = sqlite3.connect(db)
doc_id, text = con.execute("SELECT id, text FROM documents").fetchone()
counts = {"statements": con.execute("SELECT count(*) FROM statements").fetchone()[0]}
con.close()
store = open_store(db)  # annotations are stored packed per document: read back through the store
counts["annotations"] = len(store.annotations(doc_id))
store.close()
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "chars": len(text), "words": len(text.split()), **counts,
                  "parts_of": annotator.max_chars, "rss_before_mb": before / 1024, "peak_rss_mb": peak / 1024}))
"""


def run(path: Path, db: Path) -> dict:
    env_path = str(ROOT / "src")
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path), str(db)], capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONPATH": env_path})
    if proc.returncode != 0:
        raise SystemExit(f"{path}: the ingest failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the long article in MB (10^6 bytes)")
    parser.add_argument("--small-kb", type=float, default=20.0, help="size of the small article in kB")
    parser.add_argument("--dir", default=None, help="where to write the articles and databases (default: a temp dir)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT / "bench"))
    from synth import long_article_text

    folder = Path(args.dir or tempfile.mkdtemp(prefix="accord-long-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, size in (("small", int(args.small_kb * 1000)), ("long", int(args.mb * 1_000_000))):
        path = folder / f"{name}.txt"
        path.write_text(long_article_text(size), encoding="utf-8")
        db = folder / f"{name}.db"
        db.unlink(missing_ok=True)
        result = run(path, db)
        result.update(name=name, bytes=path.stat().st_size, words_per_s=result["words"] / result["seconds"],
                      words_per_cpu_s=result["words"] / result["cpu_seconds"])
        rows.append(result)
        print(f"{name:5}  {result['bytes'] / 1e6:8.3f} MB  {result['words']:>9} words  {result['seconds']:9.1f} s  "
              f"{result['words_per_s']:7.0f} words/s  ({result['cpu_seconds']:.1f} s CPU, {result['words_per_cpu_s']:.0f} words/CPU-s)  peak {result['peak_rss_mb']:7.0f} MB "
              f"(before ingest {result['rss_before_mb']:.0f} MB)  {result['annotations']} annotations, {result['statements']} statements",
              flush=True)
    small, long = rows
    print(f"words/s long / small: {long['words_per_s'] / small['words_per_s']:.2f} (wall clock), "
          f"{long['words_per_cpu_s'] / small['words_per_cpu_s']:.2f} (CPU time); "
          f"parts of at most {long['parts_of']} characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
