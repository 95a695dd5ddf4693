"""Write rate of several ingest processes at once against one, on the PostgreSQL store.

    ACCORD_BENCH_POSTGRES=postgresql://root@127.0.0.1:5432/test \\
    python bench/store_writers.py [--writers 4] [--articles 300] [--words 300] [--rounds 2]

Each writer is a process with its own `PostgresStore` that adds its own synthetic articles
(bench/synth.py, generated before the clock starts) one `add` at a time, as `accord ingest`
workers do. Runs alternate one writer and `--writers` writers, each into a fresh schema, `--rounds`
times; printed: articles per second of each run and the ratio many/one (median of the rounds).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import synth  # noqa: E402
from bench.store_scale import machine  # noqa: E402

from accord.store.postgres import PostgresStore  # noqa: E402

ENV = "ACCORD_BENCH_POSTGRES"


def _writer(url: str, schema: str, first: int, count: int, words: int, ready, go, done) -> None:
    records = [synth.generate(n, 0, words).records() for n in range(first, first + count)]
    with PostgresStore(url, schema=schema, pool_size=1) as store:
        ready.put(True)
        go.wait()
        for record in records:
            store.add(*record)
    done.put(time.perf_counter())


def run(url: str, writers: int, per_writer: int, words: int) -> float:
    """Articles per second of `writers` processes adding `per_writer` articles each."""
    import psycopg

    schema = f"accord_bench_writers_{uuid.uuid4().hex[:8]}"
    PostgresStore(url, schema=schema).close()  # schema and migrations before the clock
    ctx = multiprocessing.get_context("fork")
    ready, done, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=_writer, args=(url, schema, 10_000_000 + i * per_writer, per_writer, words,
                                                ready, go, done)) for i in range(writers)]
    try:
        for p in procs:
            p.start()
        for _ in procs:
            ready.get(timeout=600)
        start = time.perf_counter()
        go.set()
        end = max(done.get(timeout=3600) for _ in procs)
        for p in procs:
            p.join()
        return writers * per_writer / (end - start)
    finally:
        with psycopg.connect(url, autocommit=True) as con:
            con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get(ENV))
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--articles", type=int, default=300, help="articles per writer")
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not args.url:
        parser.error(f"give --url or set {ENV}")
    print(json.dumps(machine()))
    one, many = [], []
    for r in range(args.rounds):
        one.append(run(args.url, 1, args.articles, args.words))
        many.append(run(args.url, args.writers, args.articles, args.words))
        print(f"round {r + 1}: 1 writer {one[-1]:.0f} articles/s, {args.writers} writers {many[-1]:.0f} articles/s",
              flush=True)
    ratio = statistics.median(m / o for m, o in zip(many, one))
    print(f"{args.writers} writers / 1 writer: {ratio:.2f} (target > 1.5): {'PASS' if ratio > 1.5 else 'FAIL'}; "
          f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
