"""`accord ingest --engine ray` against the local engine's `--workers 2`, on the same texts, side by side.

    OPENBLAS_NUM_THREADS=1 python bench/ray_ingest.py [--words 100000] [--runs 3] [--actors 2]
                                                      [--batch-size 16] [--json FILE]

The corpus is bench/throughput.py's (the seeds, the sample corpus and MEANTIME, repeated with a
"Copy N." line until it holds `--words` words), written once as .txt files.

Each run ingests the whole corpus into a new SQLite store twice, alternating which side goes
first:
  local  `accord.pipeline.ingest(folder, store, annotator, workers=2)`: two spawned worker
         processes, each loading accord's pipeline, then reading, annotating and storing;
  ray    `accord.engines.ray_engine.ingest(folder, store, actors=2)` on a local Ray cluster of
         2 CPUs: two actors, each loading accord's pipeline, then the same.
Both timings include their workers' pipeline loads; neither includes what stays up between
ingests (the driver's own Annotator for the local engine, the Ray cluster for Ray: `ray.init` is
timed once and printed apart, as a cluster is a standing service). Both stores are checked to
hold every document. Printed: words/s per run and side, medians, and ray/local (target >= 0.9);
then the same ratio with `ray.init` added to every Ray run, what a one-off `--engine ray` without
`--address` pays.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported (DESIGN.md budgets)
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "bench")]

TARGET_RATIO = 0.9


def run_local(folder: Path, annotator, workers: int) -> tuple[float, int]:
    from accord.pipeline import ingest
    from accord.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "local.db"))
        try:
            t = time.perf_counter()
            report = ingest([str(folder)], store, annotator=annotator, workers=workers)
            return time.perf_counter() - t, len(report.ingested)
        finally:
            store.close()


def run_ray(folder: Path, actors: int, batch_size: int) -> tuple[float, int]:
    from accord.engines import ray_engine
    from accord.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "ray.db"))
        try:
            t = time.perf_counter()
            report = ray_engine.ingest([str(folder)], store, actors=actors, batch_size=batch_size)
            return time.perf_counter() - t, len(report.ingested)
        finally:
            store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--actors", type=int, default=2, help="Ray actors, and the local engine's workers")
    parser.add_argument("--batch-size", type=int, default=16, help="documents per Ray call")
    parser.add_argument("--json", help="also write every figure to this file")
    args = parser.parse_args()

    import ray

    from accord.kb import load
    from accord.nlp.annotate import Annotator
    from store_scale import machine
    from throughput import build_corpus

    print(json.dumps(machine()), flush=True)
    t = time.perf_counter()
    ray.init(num_cpus=args.actors, include_dashboard=False, logging_level="WARNING", log_to_driver=False)
    ray_init_s = time.perf_counter() - t
    print(f"ray.init (not in the timings): {ray_init_s:.1f} s", flush=True)
    annotator = Annotator(kb=load())
    rates: dict[str, list[float]] = {"local": [], "ray": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = build_corpus(folder, args.words)
        words = sum(len(t.split()) for t in texts)
        print(f"{words:,} words in {len(texts)} documents", flush=True)
        for run in range(args.runs):
            for side in (("local", "ray") if run % 2 == 0 else ("ray", "local")):
                if side == "local":
                    seconds, stored = run_local(folder, annotator, args.actors)
                else:
                    seconds, stored = run_ray(folder, args.actors, args.batch_size)
                assert stored == len(texts), f"{side}: stored {stored} of {len(texts)} documents"
                rates[side].append(words / seconds)
                print(f"  run {run + 1} {side:>5}: {seconds:6.1f} s  {rates[side][-1]:,.0f} words/s", flush=True)
    ray.shutdown()
    local, on_ray = statistics.median(rates["local"]), statistics.median(rates["ray"])
    ratio = on_ray / local
    print(f"median words/s: local --workers {args.actors} {local:,.0f}, ray ({args.actors} actors) {on_ray:,.0f}")
    print(f"ray/local {ratio:.2f} (target >= {TARGET_RATIO}: {'PASS' if ratio >= TARGET_RATIO else 'FAIL'})")
    # A one-off run that starts its own local Ray pays ray.init too:
    cold = statistics.median(words / (words / r + ray_init_s) for r in rates["ray"]) / local
    print(f"ray/local counting ray.init in every Ray run (a cold one-off local run): {cold:.2f}")
    print(f"load after: {os.getloadavg()}")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "args": vars(args), "words": words,
                                               "documents": len(texts), "ray_init_s": ray_init_s,
                                               "rates": rates, "ratio": ratio, "ratio_cold": cold}, indent=1))


if __name__ == "__main__":
    main()
