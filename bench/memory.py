"""Peak memory of `accord ingest`: does ingesting 10k articles need more than 1.5x the memory of 1k?

    python bench/memory.py [--sizes 1000,10000] [--annotator synth|spacy|none] [--workers 1]
                           [--dir /tmp/accord-memory] [--words 300]

For each size a fresh child process ingests that many synthetic articles (bench/synth.py, written
as .txt files once and reused) from one directory into a new SQLite store with
`accord.pipeline.ingest`, then reports its peak resident set size (ru_maxrss) and its RSS before
the ingest started (after imports and, for spacy, the model load). The children run one after
the other; the ratio largest/smallest of the peaks is printed with the target (<= 1.5).

Annotators: "synth" stores the annotations and statements the generator wrote (no NLP; the store
and pipeline at full load), "spacy" runs accord's real Annotator (slow: about 3M words for 10k
articles), "none" stores text only. With --workers > 1 the annotation workers are separate
processes: their peaks are measured by RUSAGE_CHILDREN and printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5


def corpus(folder: Path, count: int, words: int) -> Path:
    """The folder of `count` synthetic articles (written on first use)."""
    path = folder / f"corpus-{words}w-{count}"
    if not (path / "done").exists():
        sys.path.insert(0, str(ROOT))
        from bench import synth

        synth.write_corpus(path, count, seed=0, words=words)
        (path / "done").write_text("")
    return path


def child(path: str, annotator: str, workers: int, words: int) -> dict:
    """Run in the child: ingest `path` into a new store; RSS figures in MB."""
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    from accord.pipeline import ingest
    from accord.store import open_store

    if annotator == "synth":
        from bench.synth import SynthAnnotator

        ann = SynthAnnotator(seed=0, words=words)
    elif annotator == "spacy":
        from accord.nlp.annotate import Annotator

        ann = Annotator()
    else:
        ann = None
    before = _rss_now_mb()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "memory.db"))
        t = time.perf_counter()
        report = ingest([path], store, annotator=ann, workers=workers)
        seconds = time.perf_counter() - t
        store.close()
    return {"ingested": len(report.ingested), "failed": len(report.failed), "seconds": round(seconds, 1),
            "rss_before_mb": before, "peak_mb": _maxrss_mb(resource.RUSAGE_SELF),
            "children_peak_mb": _maxrss_mb(resource.RUSAGE_CHILDREN)}


def _rss_now_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _maxrss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--annotator", choices=("synth", "spacy", "none"), default="synth")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--dir", default="/tmp/accord-memory")
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.annotator, args.workers, args.words)))
        return
    sizes = sorted(int(s) for s in args.sizes.split(","))
    results = {}
    for size in sizes:
        folder = corpus(Path(args.dir), size, args.words)
        out = subprocess.run([sys.executable, __file__, "--child", str(folder), "--annotator", args.annotator,
                              "--workers", str(args.workers), "--words", str(args.words)],
                             check=True, capture_output=True, text=True, env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
        results[size] = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{size:>7} articles: {json.dumps(results[size])}", flush=True)
    small, large = results[sizes[0]], results[sizes[-1]]
    ratio = large["peak_mb"] / small["peak_mb"]
    growth = (large["peak_mb"] - large["rss_before_mb"]) / max(1.0, small["peak_mb"] - small["rss_before_mb"])
    print(f"peak RSS {sizes[-1]}/{sizes[0]}: {ratio:.2f} (target <= {TARGET_RATIO}): "
          + ("PASS" if ratio <= TARGET_RATIO else "FAIL"))
    print(f"growth during ingest (peak - before) {sizes[-1]}/{sizes[0]}: {growth:.2f}")


if __name__ == "__main__":
    main()
