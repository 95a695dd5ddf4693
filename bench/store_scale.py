"""How the SQLite store scales: add one article and answer the main queries at 1k, 10k, 100k articles.

    python bench/store_scale.py [--sizes 1000,10000,100000] [--dir /tmp/accord-scale]
                                [--rounds 100] [--words 300] [--seed 0] [--rebuild] [--json FILE]

Stores are filled with synthetic articles (bench/synth.py) already annotated: each one goes
through `store.add` with the mentions, sentences, times, quotes and statements the generator
wrote, so no NLP runs and 100,000 articles fit in the time. Findings are set for every document
(two each). The stores are files in `--dir` (one per size, each grown from a copy of the one
before), reused by later runs unless `--rebuild`.

The measurements are interleaved: each round adds the same new article to every store and runs
every query with the same arguments on every store, in turn, so the machine's noise falls on all
sizes alike. Printed: median and p95 of each, per size, and the ratios largest/smallest.
Queries, through the functions the CLI and the API call:

    status    accord.query.kbqueries.status(kb, state, org, day, store=store): the KB's answer and
              what the articles report about the pair (GET /api/kb/status)
    holders   accord.query.kbqueries.holders(kb, office, day, store=store): the KB's terms and the
              articles' holds_office statements for the office (GET /api/kb/holders)
    timeline  accord.query.timeline(store, kb, entity, limit=200): the first page of events (KB
              facts and article statements) of the web timeline (/timeline?entity=, 200 events a
              page, the cursor to the next) about an entity picked like a reader would (a random
              mention of a random article), and about org:NATO, the most mentioned entity;
              "timeline 1000" the first 1,000 about a random entity, as `accord timeline ENTITY`
              and GET /api/timeline?entity= give them by default
    findings  store.findings(doc_id=...) for a random document
    entities  accord.query.entities_in_store(store, kb, 40): the most mentioned entities, the web
              home page and GET /api/entities
    verify it accord.reconcile.run.verify_documents(store, kb, [the article just added]): what
              `accord check` does after storing an article (not a target of the issue; printed)
    search    store.search("<a name from the article> <a topic word>", limit=20)
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import synth  # noqa: E402  (also puts src/ on the path)

from accord import query  # noqa: E402
from accord.model import Finding  # noqa: E402
from accord.query import kbqueries  # noqa: E402
from accord.query.timeline import PAGE_EVENTS  # noqa: E402
from accord.store import SQLiteStore, statement_id  # noqa: E402

TARGET_ADD_RATIO = 1.5
TARGET_P95_MS = 100.0
POPULAR = "org:NATO"
EXTRA_ID = 1_000_000_000  # numbers of the articles added while measuring (never in the corpus)


def machine() -> dict:
    """What the figures ran on: cores, CPU model, load, Python and SQLite versions."""
    import platform
    import sqlite3

    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return {"cores": os.cpu_count(), "cpu": model, "load": os.getloadavg(),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version}


# -- building -------------------------------------------------------------------------------------

def _records(job: tuple[int, int, int]):
    n, seed, words = job
    return synth.generate(n, seed, words).records()


def _findings(doc, statements) -> list[Finding]:
    """Two findings per document, shaped like verification's (kind, sentence, statement id)."""
    return [Finding("new", "No other source states this yet.", doc.id, ref.start, ref.end, ref.sentence,
                    statement_id=statement_id(st), claim=f"{st.subject} {st.property} {st.value}",
                    sentence_start=ref.sentence_start)
            for st in statements[:2] for ref in st.references[:1]]


def grow(store: SQLiteStore, upto: int, seed: int, words: int) -> float:
    """Add corpus articles count()..upto-1, one `store.add` each; returns documents per second.

    A second process generates the articles while this one writes; findings are set per 1,000
    documents in one `set_findings` call, as verification does for a batch."""
    start = store.count()
    if start >= upto:
        return 0.0
    t0, batch, findings = time.perf_counter(), [], []
    jobs = ((n, seed, words) for n in range(start, upto))
    with multiprocessing.get_context("fork").Pool(1) as pool:
        for doc, anns, sts in pool.imap(_records, jobs, chunksize=64):
            store.add(doc, anns, sts)
            batch.append(doc.id)
            findings += _findings(doc, sts)
            if len(batch) == 1000:
                store.set_findings(findings, batch)
                batch, findings = [], []
                done = store.count()
                print(f"  {done:>7} documents, {(done - start) / (time.perf_counter() - t0):.0f}/s",
                      end="\r", flush=True)
    store.set_findings(findings, batch)
    rate = (upto - start) / (time.perf_counter() - t0)
    print(f"  grown {start} -> {upto} documents: {rate:.0f} documents/s" + " " * 10, flush=True)
    return rate


def build_all(folder: Path, sizes: list[int], seed: int, words: int, rebuild: bool) -> dict[int, Path]:
    """One store file per size, each grown from a copy of the previous one."""
    folder.mkdir(parents=True, exist_ok=True)
    paths, previous = {}, None
    for size in sizes:
        path = folder / f"scale-{seed}-{words}w-{size}.db"
        if rebuild:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        if not path.exists() and previous is not None:
            shutil.copyfile(previous, path)  # closed and checkpointed, so the file is whole
        with SQLiteStore(path) as store:
            if store.count() < size:
                print(f"building {path.name}", flush=True)
            grow(store, size, seed, words)
        paths[size], previous = path, path
    return paths


# -- queries --------------------------------------------------------------------------------------

TIMELINE_LIMIT = PAGE_EVENTS  # a page of the web timeline (200)
API_LIMIT = 1000  # the default of `accord timeline` and GET /api/timeline


def timeline(store, kb, entity: str):
    return query.timeline(store, kb, entity, limit=TIMELINE_LIMIT)


def timeline_api(store, kb, entity: str):
    return query.timeline(store, kb, entity, limit=API_LIMIT)


def query_args(rng: random.Random, kb, smallest: int, seed: int, words: int) -> dict[str, tuple]:
    """One round's arguments: taken from articles every store holds, the same for every size."""
    article = synth.generate(rng.randrange(smallest), seed, words)
    mention = rng.choice([a for a in article.annotations if a.entity])
    pair = rng.choice(kb.facts(property=rng.choice(("member_of", "partner_of"))))
    office = rng.choice(kb.facts(property="holds_office")).value
    day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {
        "status": (kb, pair.subject, pair.value, day),
        "holders": (kb, office, day),
        "timeline": (kb, mention.entity),
        f"timeline {POPULAR}": (kb, POPULAR),
        "timeline 1000": (kb, mention.entity),
        "findings": (article.id,),
        "entities": (kb,),
        "search": (f"{mention.text} {rng.choice(synth.TOPICS).split()[-1]}",),
    }


QUERIES = {
    "status": lambda store, kb, s, o, d: kbqueries.status(kb, s, o, d, store=store),
    "holders": lambda store, kb, o, d: kbqueries.holders(kb, o, d, store=store),
    "timeline": timeline,
    f"timeline {POPULAR}": timeline,
    "timeline 1000": timeline_api,
    "findings": lambda store, doc_id: store.findings(doc_id=doc_id),
    "entities": lambda store, kb: query.entities_in_store(store, kb, 40),
    "search": lambda store, words: store.search(words, limit=20),
}
# A query whose result grows with the store (a popular entity's timeline returns every mention)
# stops being measured, at every size, once it has spent this long on the largest store.
BUDGET_S = 60.0


def measure(stores: dict[int, SQLiteStore], rounds: int, seed: int, words: int) -> dict:
    """{name: {size: [ms, ...]}} for "add one" and every query, interleaved across sizes."""
    from accord.kb import load

    kb, rng = load(), random.Random(seed + 1)
    from accord.reconcile.run import verify_documents

    ops = ["add one", "verify it", *QUERIES]
    times: dict[str, dict[int, list[float]]] = {n: {s: [] for s in stores} for n in ops}
    base = EXTRA_ID + max(s.count() for s in stores.values())
    active = set(QUERIES)
    for r in range(rounds):
        records = synth.generate(base + r, seed, words).records()
        args = query_args(rng, kb, min(stores), seed, words)
        for size, store in stores.items():
            times["add one"][size].append(_ms(store.add, *records))
            times["verify it"][size].append(_ms(verify_documents, store, kb, [records[0].id]))
            for name in [n for n in QUERIES if n in active]:
                times[name][size].append(_ms(QUERIES[name], store, *args[name]))
        active = {n for n in active if sum(times[n][max(stores)]) < BUDGET_S * 1000}
    return times


def _ms(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t) * 1000


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def summary(times: dict) -> dict:
    return {name: {size: {"p50": statistics.median(v), "p95": percentile(v, 0.95), "n": len(v)}
                   for size, v in by_size.items()} for name, by_size in times.items()}


def report(stats: dict, sizes: list[int]) -> list[str]:
    """The table, the ratios largest/smallest and the verdicts on the targets."""
    small, large = min(sizes), max(sizes)
    head = "".join(f"{s:>10} p50{'':>4}p95" for s in sizes)
    lines = [f"{'ms':<22}{head}   ratio p50  ratio p95"]
    for name, by_size in stats.items():
        cells = "".join(f"{by_size[s]['p50']:>14.2f}{by_size[s]['p95']:>7.2f}" for s in sizes)
        r50 = by_size[large]["p50"] / by_size[small]["p50"]
        r95 = by_size[large]["p95"] / by_size[small]["p95"]
        lines.append(f"{name:<22}{cells}   {r50:>9.2f}  {r95:>9.2f}  (n={by_size[large]['n']})")
    add = stats["add one"][large]["p50"] / stats["add one"][small]["p50"]
    lines.append(f"add one, median {large}/{small}: {add:.2f} (target <= {TARGET_ADD_RATIO}): "
                 + ("PASS" if add <= TARGET_ADD_RATIO else "FAIL"))
    for name in QUERIES:
        p95 = stats[name][large]["p95"]
        verdict = "PASS" if p95 < TARGET_P95_MS else "FAIL"
        lines.append(f"{name} p95 at {large}: {p95:.1f} ms (target < {TARGET_P95_MS:.0f}): {verdict}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated store sizes")
    parser.add_argument("--dir", default="/tmp/accord-scale", help="where the store files live")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rebuild", action="store_true", help="delete and rebuild the stores")
    parser.add_argument("--json", help="also write every figure to this file")
    parser.add_argument("--build-only", action="store_true", help="build the stores, measure nothing")
    args = parser.parse_args()
    sizes = sorted({int(s) for s in args.sizes.split(",")})
    print(json.dumps(machine()))
    paths = build_all(Path(args.dir), sizes, args.seed, args.words, args.rebuild)
    if args.build_only:
        return
    stores = {size: SQLiteStore(path) for size, path in paths.items()}
    try:
        stats = summary(measure(stores, args.rounds, args.seed, args.words))
    finally:
        for store in stores.values():
            store.close()
    print("\n".join(report(stats, sizes)))
    sizes_mb = {s: round(os.path.getsize(p) / 1e6) for s, p in paths.items()}
    print(f"file sizes (MB): {sizes_mb}; load after: {os.getloadavg()}")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "args": vars(args), "stats": stats,
                                               "file_mb": sizes_mb}, indent=1))


if __name__ == "__main__":
    main()
