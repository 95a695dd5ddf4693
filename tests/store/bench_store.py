"""Benchmark (not a test): add latency and query latency as the SQLite store grows to N documents.

    PYTHONPATH=src:. python -m tests.store.bench_store --docs 100000 --db /tmp/bench.db

Synthetic articles of ~250 words with 30 annotations and 5 statements each; entities follow a
Zipf-like law (a few, like NATO, in most articles; most in a handful), as in a news corpus.
Prints add latency (median and p95 of single-document transactions) at several store sizes and
the median latency of every per-document and per-entity query on the full store.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import time

from accord.model import Annotation, Document, Finding, Reference, Statement, TimeQualifier
from accord.store import SQLiteStore

WORDS = ("alliance summit partner member minister defence treaty security accession leaders "
         "statement cooperation talks visit invited capital spokesperson said would support").split()
ENTITIES = [f"org:O{n}" for n in range(50)] + [f"state:S{n}" for n in range(200)] + \
           [f"person:p{n}" for n in range(5000)]
PROPERTIES = ["member_of", "partner_of", "holds_office", "attended", "invited_to", "said"]


def entity(rng: random.Random) -> str:
    """Zipf-like: entity k is drawn with probability ~ 1/(k+1)."""
    return ENTITIES[min(int(len(ENTITIES) ** rng.random()) - 1, len(ENTITIES) - 1)]


def article(n: int, rng: random.Random) -> tuple[Document, list[Annotation], list[Statement]]:
    text = " ".join(rng.choice(WORDS) for _ in range(250)) + f" Article {n}."
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    day = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    doc = Document(id=doc_id, text=text, source=f"bench/{n}.txt", format="txt",
                   title=f"Article {n}", published=day, published_how="header")
    starts = sorted(rng.sample(range(0, len(text) - 10), 30))
    anns = [Annotation("mention", s, s + 8, text[s:s + 8], label="ORG", entity=entity(rng),
                       data={"confidence": 0.9}) for s in starts]
    sts = [Statement(entity(rng), rng.choice(PROPERTIES), entity(rng),
                     start=TimeQualifier(str(rng.randint(2000, 2024)), "year"),
                     references=[Reference(doc_id, s, s + 40, text[s:s + 120], s)])
           for s in starts[:5]]
    return doc, anns, sts


def timed(fn, repeat: int) -> tuple[float, float]:
    """(median, p95) milliseconds of `fn()`."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def add_latency(store: SQLiteStore, start: int, rng: random.Random, repeat: int = 200):
    items = iter([article(start + i, rng) for i in range(repeat)])
    return timed(lambda: store.add(*next(items)), repeat)


def queries(store: SQLiteStore, rng: random.Random) -> dict[str, tuple[float, float]]:
    ids = [d.id for d in store.documents(limit=200, offset=rng.randint(0, store.count() - 200))]
    pick = lambda: rng.choice(ids)  # noqa: E731
    rare = [e for e in ENTITIES[-200:]]
    return {
        "get(full id)": timed(lambda: store.get(pick()), 200),
        "get(8-char prefix)": timed(lambda: store.get(pick()[:8]), 200),
        "x in store": timed(lambda: pick() in store, 200),
        "annotations(doc)": timed(lambda: store.annotations(pick()), 200),
        "annotations(doc, layer)": timed(lambda: store.annotations(pick(), "mention"), 200),
        "statements(doc_id)": timed(lambda: store.statements(doc_id=pick()), 200),
        "findings(doc_id)": timed(lambda: store.findings(doc_id=pick()), 200),
        "mentions_of(rare person)": timed(lambda: store.mentions_of(rng.choice(rare)), 100),
        "mentions_of(state:S10)": timed(lambda: store.mentions_of("state:S10"), 20),
        "mentions_of(state:S10, limit=50)": timed(lambda: store.mentions_of("state:S10", limit=50), 20),
        "statements(subject=state:S10)": timed(lambda: store.statements(subject="state:S10"), 20),
        "statements(rare person)": timed(lambda: store.statements(subject=rng.choice(rare)), 100),
        "documents(limit=20, offset=0)": timed(lambda: store.documents(limit=20), 50),
        "count()": timed(store.count, 50),
        "search('accession talks', 20)": timed(lambda: store.search("accession talks Article"), 20),
        "search('Article 1234')": timed(lambda: store.search(f"Article {rng.randint(0, 99999)}"), 50),
    }


def fill(store: SQLiteStore, upto: int, rng: random.Random) -> None:
    t, n0 = time.perf_counter(), store.count()
    for n in range(n0, upto):
        store.add(*article(n, rng))
    if upto > n0:
        rate = (upto - n0) / (time.perf_counter() - t)
        print(f"filled {n0} -> {upto} documents: {rate:.0f} documents/s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/accord-bench.db")
    args = parser.parse_args()
    rng = random.Random(7)
    store = SQLiteStore(args.db)
    for size in sorted({0, 1_000, 10_000, args.docs}):
        if size > args.docs:
            continue
        fill(store, size, rng)
        med, p95 = add_latency(store, 10_000_000 + store.count(), rng)
        print(f"add() at {store.count() - 200:>7} documents: median {med:.2f} ms, p95 {p95:.2f} ms",
              flush=True)
    store.set_findings([Finding("new", "x", d.id, 0, 1, "s") for d in store.documents(limit=5000)])
    for name, (med, p95) in queries(store, rng).items():
        print(f"{name:34} median {med:7.2f} ms  p95 {p95:7.2f} ms")
    store.close()
    print(f"database size: {os.path.getsize(args.db) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
