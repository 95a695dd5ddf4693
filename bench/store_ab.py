"""Time store_scale's queries with two versions of accord's code on the same SQLite data, interleaved.

    python bench/store_ab.py --code main=/work/main/src:/tmp/a.db --code branch=/work/sql15/src:/tmp/b.db
                             [--queries timeline,timeline 1000] [--rounds 60] [--smallest 1000]

Each `--code NAME=SRC:DB` starts one worker process running the accord package found in SRC
(another checkout's `src`) on the store file DB (give each version its own copy of the same file
when one of them would migrate it: an older version refuses a file a newer one migrated). Every
round picks its arguments as bench/store_scale.py does (same seed, same articles, entities among
the first `--smallest` articles) and sends each query to every worker in turn, the order of the
workers alternating from round to round, so the machine's load falls on all of them alike. A
worker times only the call (`time.perf_counter` around `QUERIES[name]`), and answers a digest of
the result: the runs stop at the first query whose answers differ between versions.

Printed: p50 and p95 of each query per version, and the ratio of each to the first version's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The worker: runs in SRC's accord, with bench/store_scale.py's QUERIES of this checkout.
WORKER = r"""
import hashlib, json, sys, time
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
from accord.kb import load
from accord.store import SQLiteStore
import store_scale
kb, store = load(), SQLiteStore(sys.argv[3])
import accord
print(json.dumps({"ready": store.count(), "accord": accord.__file__}), flush=True)
for line in sys.stdin:
    name, args = json.loads(line)
    fn = store_scale.QUERIES[name]
    t = time.perf_counter()
    out = fn(store, kb, *args) if name not in ("findings", "search") else fn(store, *args)
    ms = (time.perf_counter() - t) * 1000
    digest = hashlib.sha256(json.dumps(out, sort_keys=True, default=repr).encode()).hexdigest()[:16]
    print(json.dumps({"ms": ms, "digest": digest}), flush=True)
"""


def start(name: str, src: str, db: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": src}
    proc = subprocess.Popen([sys.executable, "-c", WORKER, src, str(ROOT / "bench"), db], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    ready = json.loads(proc.stdout.readline())
    print(f"{name}: {ready['accord']} on {db} ({ready['ready']} documents)", flush=True)
    return proc


def ask(proc: subprocess.Popen, name: str, args: tuple) -> dict:
    proc.stdin.write(json.dumps([name, list(args)]) + "\n")
    proc.stdin.flush()
    return json.loads(proc.stdout.readline())


def main() -> None:
    from accord.kb import load
    from bench import store_scale

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", action="append", required=True, help="NAME=SRC:DB (two or more)")
    parser.add_argument("--queries", default="timeline,timeline org:NATO,timeline 1000",
                        help="names from bench/store_scale.py's QUERIES, comma-separated")
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--smallest", type=int, default=1000, help="entities from articles below this number")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--json", help="also write every time to this file")
    args = parser.parse_args()
    names = [n.strip() for n in args.queries.split(",")]
    versions = {}
    for spec in args.code:
        name, rest = spec.split("=", 1)
        src, db = rest.rsplit(":", 1)
        versions[name] = start(name, src, db)
    kb, rng = load(), random.Random(args.seed + 1)
    times = {q: {v: [] for v in versions} for q in names}
    order = list(versions)
    print(json.dumps(store_scale.machine()), flush=True)
    for r in range(args.rounds):
        qargs = store_scale.query_args(rng, kb, args.smallest, args.seed, args.words)
        for q in names:
            wire = tuple(a for a in qargs[q] if a is not kb)  # each worker has its own KB
            answers = {v: ask(versions[v], q, wire) for v in order}
            if len({a["digest"] for a in answers.values()}) > 1:
                sys.exit(f"round {r}: {q}{wire} answered differently: {answers}")
            for v, a in answers.items():
                times[q][v].append(a["ms"])
        order.reverse()
    first = next(iter(versions))
    print(f"{'ms p50 / p95':<22}" + "".join(f"{v:>22}" for v in versions) + "   ratio p50 / p95 to " + first)
    for q in names:
        cells, ratios = "", ""
        for v in versions:
            p50, p95 = store_scale.statistics.median(times[q][v]), store_scale.percentile(times[q][v], 0.95)
            cells += f"{p50:>12.1f} / {p95:>7.1f}"
            base = times[q][first]
            ratios += (f"  {p50 / store_scale.statistics.median(base):.2f} / "
                       f"{p95 / store_scale.percentile(base, 0.95):.2f}")
        print(f"{q:<22}{cells}  {ratios}  (n={len(times[q][first])})")
    print(f"load after: {os.getloadavg()}")
    if args.json:
        Path(args.json).write_text(json.dumps({"args": vars(args), "times": times}, indent=1))
    for proc in versions.values():
        proc.stdin.close()
        proc.wait()


if __name__ == "__main__":
    main()
