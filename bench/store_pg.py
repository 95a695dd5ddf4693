"""How the PostgreSQL store scales: add one article and answer the UI's queries at 1k / 100k / 1M.

    ACCORD_BENCH_POSTGRES=postgresql://root@127.0.0.1:5432/test \\
    python bench/store_pg.py [--sizes 1000,100000,1000000] [--rounds 100] [--words 300]
                             [--seed 0] [--rebuild] [--json FILE] [--build-only]

One PostgreSQL schema per size (`accord_bench_<seed>_<words>w_<size>`), reused by later runs
unless `--rebuild`. Filling a store one `add` at a time runs at about 100 documents/s, so the
schemas are filled in bulk: the synthetic articles of bench/synth.py go through exactly the
serialisation `PostgresStore.add` uses (`postgres.document_rows`), statements are merged across
articles as ON CONFLICT would merge them, and every table is loaded with COPY. Two findings per
article are loaded too, as bench/store_scale.py sets them.

Then the same interleaved measurement as bench/store_scale.py (same queries, same arguments on
every size, each round adds one new article to every store) and the same report: median and p95
per size, ratios largest/smallest, verdicts on add-one <= 1.5x and p95 < 100 ms. Also printed:
bytes on disk per article and per byte of article text for each size.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import synth  # noqa: E402  (also puts src/ on the path)
from bench.store_scale import _findings, machine, measure, report, summary  # noqa: E402

from accord.store import compact  # noqa: E402
from accord.store import postgres_sql as q  # noqa: E402
from accord.store.postgres import PostgresStore, document_rows  # noqa: E402

ENV = "ACCORD_BENCH_POSTGRES"
CHUNK = 2000  # articles serialised per COPY batch


def _serialised(job: tuple[int, int, int]):
    """Article n as the rows add() would write, plus its two findings' rows (without keys)."""
    n, seed, words = job
    doc, anns, sts = synth.generate(n, seed, words).records()
    rows = document_rows(doc, anns, sts)
    findings = [compact.sentence_row(f, doc.text, q.FINDING_COLUMNS, omit=("doc_id",))
                for f in _findings(doc, sts)]
    return len(doc.text.encode("utf-8")), rows, findings


def fill(url: str, schema: str, upto: int, seed: int, words: int) -> float:
    """Load articles count()..upto-1 with COPY; returns articles per second."""
    import psycopg

    with PostgresStore(url, schema=schema) as store:
        start = store.count()
    if start >= upto:
        return 0.0
    t0, begin = time.perf_counter(), start
    with psycopg.connect(url, autocommit=True, options=f"-c search_path={schema}") as con, \
            multiprocessing.get_context("fork").Pool(max(1, (os.cpu_count() or 2) - 1)) as pool:
        jobs = ((n, seed, words) for n in range(start, upto))
        batch: list = []
        for item in pool.imap(_serialised, jobs, chunksize=64):
            batch.append(item)
            if len(batch) == CHUNK:
                _copy_batch(con, start, batch)
                start += len(batch)
                batch = []
                rate = (start - begin) / (time.perf_counter() - t0)
                print(f"  {start:>8} articles, {rate:.0f}/s", end="\r", flush=True)
        _copy_batch(con, start, batch)
        con.execute("SELECT setval(pg_get_serial_sequence('documents', 'doc_key'), "
                    "(SELECT max(doc_key) FROM documents))")
        con.execute("VACUUM ANALYZE documents, annotation_sets, entities, statements, statement_refs, findings, "
                    "entity_mentions")  # this schema's tables only
    rate = (upto - begin) / (time.perf_counter() - t0)
    print(f"  filled {schema} to {upto} articles" + " " * 20, flush=True)
    return rate


_UPSERT_STATEMENTS = (q.INSERT_STATEMENT.split(" VALUES ")[0] + " SELECT * FROM new_statements ON CONFLICT"
                      + q.INSERT_STATEMENT.split("ON CONFLICT", 1)[1])


def _copy_batch(con, first: int, batch: list) -> None:
    """COPY one batch of serialised articles (doc_key = position + 1) in one transaction; the
    batch's statements, merged in memory, are upserted as add() does, before their references."""
    if not batch:
        return
    statements: dict[str, list] = {}
    mentions: Counter = Counter()
    with con.transaction():
        cur = con.cursor()
        with cur.copy("COPY documents (doc_key, " + ", ".join(q.DOC_COLUMNS) + ", extra) FROM STDIN") as copy:
            for i, (_, rows, _) in enumerate(batch):
                copy.write_row((first + i + 1, *rows.document))
        names = sorted({e for _, rows, _ in batch if rows.annotations for e in rows.annotations[0]})
        cur.execute(q.INSERT_ENTITIES, (names,))
        keys = dict(cur.execute("SELECT entity, entity_key FROM entities WHERE entity = ANY(%s::text[])",
                                (names,)).fetchall())
        with cur.copy("COPY annotation_sets (doc_key, entities, data) FROM STDIN") as copy:
            for i, (_, rows, _) in enumerate(batch):
                if rows.annotations is not None:
                    entities, blob = rows.annotations
                    copy.write_row((first + i + 1, sorted(keys[e] for e in entities), blob))
        for _, rows, _ in batch:  # statements first: references point to them
            for st in rows.statements:
                known = statements.get(st[0])
                if known is None:
                    statements[st[0]] = list(st)
                else:
                    known[5] += st[5]
                    known[6] = min((d for d in (known[6], st[6]) if d is not None), default=None)
            mentions.update(dict(rows.mentions))
        cur.execute("CREATE TEMP TABLE new_statements (LIKE statements) ON COMMIT DROP")
        with cur.copy("COPY new_statements FROM STDIN") as copy:
            for row in statements.values():
                copy.write_row(row)
        cur.execute(_UPSERT_STATEMENTS)
        cur.executemany(q.COUNT_MENTIONS, [(e, 0, n) for e, n in sorted(mentions.items())])
        with cur.copy('COPY statement_refs (doc_key, seq, statement_id, start, "end", sentence_start, '
                      "sentence_len, extra, doc_order) FROM STDIN") as copy:
            for i, (_, rows, _) in enumerate(batch):
                for ref in rows.references:
                    copy.write_row((first + i + 1, *ref))
        with cur.copy("COPY findings (doc_key, kind, statement_id, sentence_start, sentence_len, extra) "
                      "FROM STDIN") as copy:
            for i, (_, _, findings) in enumerate(batch):
                for f in findings:
                    copy.write_row((first + i + 1, *f))


def disk_bytes(url: str, schema: str) -> tuple[int, int, int]:
    """(bytes of every table, index and TOAST in the schema, bytes of article text, articles)."""
    import psycopg

    with psycopg.connect(url, autocommit=True, options=f"-c search_path={schema}") as con:
        total = con.execute("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                            "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'",
                            (schema,)).fetchone()[0]
        text, count = con.execute("SELECT sum(octet_length(text)), count(*) FROM documents").fetchone()
    return int(total), int(text or 0), int(count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get(ENV), help=f"server URL (default: ${ENV})")
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rebuild", action="store_true", help="drop and refill the schemas")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--json", help="also write every figure to this file")
    args = parser.parse_args()
    if not args.url:
        parser.error(f"give --url or set {ENV}")
    import psycopg

    sizes = sorted({int(s) for s in args.sizes.split(",")})
    schemas = {s: f"accord_bench_{args.seed}_{args.words}w_{s}" for s in sizes}
    print(json.dumps(machine()))
    for size, schema in schemas.items():
        if args.rebuild:
            with psycopg.connect(args.url, autocommit=True) as con:
                con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        fill(args.url, schema, size, args.seed, args.words)
    on_disk = {}
    for size, schema in schemas.items():
        total, text, count = disk_bytes(args.url, schema)
        on_disk[size] = {"bytes_per_article": total / count, "times_text": total / text}
        print(f"{size:>9} articles: {total / count:,.0f} bytes per article, {total / text:.2f} x the text")
    if args.build_only:
        return
    stores = {size: PostgresStore(args.url, schema=schema) for size, schema in schemas.items()}
    try:
        stats = summary(measure(stores, args.rounds, args.seed, args.words))
    finally:
        for store in stores.values():
            store.close()
    print("\n".join(report(stats, sizes)))
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": machine(), "args": {**vars(args), "url": None},
                                               "stats": stats, "on_disk": on_disk}, indent=1))


if __name__ == "__main__":
    main()
