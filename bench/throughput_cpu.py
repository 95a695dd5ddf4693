"""bench/throughput.py's comparison in CPU seconds, for two checkouts side by side.

    OPENBLAS_NUM_THREADS=1 python bench/throughput_cpu.py TREE [TREE ...] [--words 40000] [--rounds 3]

On a shared machine wall-clock ratios move by 0.1 from one run to the next; CPU time
(`time.process_time`) barely moves with the load. For each round and each TREE (a checkout with
`src/` and `bench/`, e.g. `git archive main src bench | tar -x -C /tmp/before`), in turn, one
fresh process builds bench/throughput.py's corpus from that tree, then times bare spaCy
(`nlp.pipe`, one process) and accord (`pipeline.ingest` into a new SQLite store, then
`verify_documents`, one worker) in CPU seconds, and prints one line: both times and accord/spaCy.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def measure(tree: Path, words: int) -> str:
    """One tree's line (runs in the child process, with that tree's sources first on the path)."""
    sys.path[:0] = [str(tree / "src"), str(tree), str(tree / "bench")]
    import spacy
    import throughput

    from accord.kb import load
    from accord.nlp.annotate import Annotator
    from accord.pipeline import ingest
    from accord.reconcile.run import verify_documents
    from accord.store import open_store

    kb = load()
    annotator, nlp = Annotator(kb=kb), spacy.load(throughput.MODEL)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        texts = throughput.build_corpus(folder, words)
        list(nlp.pipe(texts[:5]))  # warm
        start = time.process_time()
        list(nlp.pipe(texts, batch_size=64))
        bare = time.process_time() - start
        store = open_store(os.path.join(tmp, "cpu.db"))
        try:
            start = time.process_time()
            report = ingest([str(folder)], store, annotator=annotator, workers=1)
            verify_documents(store, kb, [d.id for d in report.ingested])
            whole = time.process_time() - start
        finally:
            store.close()
    assert len(report.ingested) == len(texts), "every copy is stored"
    count = sum(len(t.split()) for t in texts)
    return (f"{str(tree):<32} spaCy {bare:7.2f} s  accord {whole:7.2f} s  accord/spaCy {bare / whole:.3f}  "
            f"({count:,} words, {len(texts)} documents, load {os.getloadavg()[0]:.1f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("trees", nargs="+", type=Path)
    ap.add_argument("--words", type=int, default=40_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(measure(args.trees[0].resolve(), args.words), flush=True)
        return
    for _ in range(args.rounds):
        for tree in args.trees:
            subprocess.run([sys.executable, __file__, "--child", "--words", str(args.words), str(tree)],
                           check=True)


if __name__ == "__main__":
    main()
