"""How the PostgreSQL store scales: add one article and answer the UI's queries at 1k / 100k / 1M.

    ACCORD_BENCH_POSTGRES=postgresql://root@127.0.0.1:5432/test \\
    python bench/store_pg.py [--sizes 1000,100000,1000000] [--rounds 100] [--words 300]
                             [--seed 0] [--rebuild] [--json FILE] [--build-only]

One PostgreSQL schema per size (`accord_bench_<seed>_<words>w_<size>`), reused by later runs
unless `--rebuild`. Filling a store one `add` at a time runs at about 100 documents/s, so the
schemas are filled in bulk: the synthetic articles of bench/synth.py (made by `--workers`
processes) go through exactly the serialisation `PostgresStore.add` uses
(`postgres.document_rows`), statements are merged across articles as ON CONFLICT would merge
them, and every table is loaded with COPY. Two findings per article are loaded too, as
bench/store_scale.py sets them. A schema starts from a copy of the previous size's rows; a fill
of BULK (50,000) articles or more drops the foreign keys and secondary indexes first and builds
them at the end (so its indexes are freshly built: a store grown by `add` has somewhat larger
ones, see the 10,000 figures in docs/scale.md).

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
    doc, anns, sts = synth.generate(n, seed, words).records(copy=False)
    rows = document_rows(doc, anns, sts)
    findings = [compact.sentence_row(f, doc.text, q.FINDING_COLUMNS, omit=("doc_id",))
                for f in _findings(doc, sts)]
    return len(doc.text.encode("utf-8")), rows, findings


def fill(url: str, schema: str, upto: int, seed: int, words: int, workers: int | None = None,
         start_from: str | None = None) -> float:
    """Load articles count()..upto-1 with COPY; returns articles per second.

    An empty schema starts with a copy of the rows of `start_from` (a full schema of fewer
    articles of the same corpus: the same first articles, made the same way), copied by the server.

    A fill of BULK articles or more first drops the schema's foreign keys and secondary indexes
    (their definitions are kept in a table of the schema, so an interrupted fill resumes and still
    rebuilds them) and builds them once at the end, two at a time: at 1,000,000 articles keeping
    them up to date row by row is what limited the fill (75 articles/s), not making the rows."""
    import psycopg

    with PostgresStore(url, schema=schema) as store:
        start = store.count()
    if start >= upto and not _pending(url, schema):
        return 0.0
    t0, begin = time.perf_counter(), start
    options = f"-c search_path={schema}"
    with psycopg.connect(url, autocommit=True, options=options) as con:
        if upto - start >= BULK:
            _drop_indexes(con, schema)
        if start == 0 and start_from and not _pending(url, start_from):
            start = _copy_schema(con, start_from, upto)
        if start < upto:
            workers = workers or os.cpu_count() or 2
            with multiprocessing.get_context("fork").Pool(workers) as pool:
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
        # The keys were given by COPY: the next add() takes the one after the last (also after
        # an interrupted fill, whose rows stay).
        con.execute("SELECT setval(pg_get_serial_sequence('documents', 'doc_key'), "
                    "(SELECT coalesce(max(doc_key), 0) + 1 FROM documents), false)")
        loaded = time.perf_counter()
        _restore_indexes(url, options)
        con.execute("VACUUM ANALYZE documents, annotation_sets, entities, statements, statement_refs, findings, "
                    "entity_mentions")  # this schema's tables only
    rate = (upto - begin) / (time.perf_counter() - t0)
    print(f"  filled {schema} to {upto} articles: {rate:.0f} articles/s, of which "
          f"{time.perf_counter() - loaded:.0f} s building indexes" + " " * 20, flush=True)
    return rate


def _copy_schema(con, source: str, upto: int) -> int:
    """Copy every row of the schema `source` (at most `upto` articles) into this one; returns the
    number of articles copied."""
    count = con.execute(f'SELECT count(*) FROM "{source}".documents').fetchone()[0]
    if count > upto:
        return 0
    with con.transaction():
        for table in ("documents", "entities", "annotation_sets", "statements", "statement_refs", "findings",
                      "entity_mentions"):
            con.execute(f'INSERT INTO {table} OVERRIDING SYSTEM VALUE SELECT * FROM "{source}".{table}')
        for table, column in (("documents", "doc_key"), ("entities", "entity_key"), ("findings", "finding_key")):
            con.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                        f"(SELECT coalesce(max({column}), 0) + 1 FROM {table}), false)")
    print(f"  copied {count} articles from {source}", flush=True)
    return count


BULK = 50_000
PENDING = "bench_fill_pending"  # what _drop_indexes took away, until _restore_indexes puts it back


def _pending(url: str, schema: str) -> bool:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        return con.execute("SELECT to_regclass(%s) IS NOT NULL", (f'"{schema}".{PENDING}',)).fetchone()[0]


def _drop_indexes(con, schema: str) -> None:
    """Drop the foreign keys and every index that backs no constraint, keeping their definitions
    in PENDING (the unique indexes stay: the statements upsert and the entity keys need them)."""
    con.execute(f"CREATE TABLE IF NOT EXISTS {PENDING} (step integer, sql text)")
    with con.transaction():
        fks = con.execute(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = %s AND c.contype = 'f'",
            (schema,)).fetchall()
        indexes = con.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND NOT i.indisunique AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)", (schema,)).fetchall()
        for table, name, definition in fks:
            con.execute(f"INSERT INTO {PENDING} VALUES (2, %s)",
                        (f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}',))
            con.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for name, definition in indexes:
            con.execute(f"INSERT INTO {PENDING} VALUES (1, %s)", (definition,))
            con.execute(f"DROP INDEX {name}")


def _restore_indexes(url: str, options: str) -> None:
    """Build what _drop_indexes dropped: the indexes two at a time (largest first), then the
    foreign keys."""
    import psycopg
    from concurrent.futures import ThreadPoolExecutor

    with psycopg.connect(url, autocommit=True, options=options) as con:
        if con.execute("SELECT to_regclass(%s)", (PENDING,)).fetchone()[0] is None:
            return
        steps = con.execute(f"SELECT step, sql FROM {PENDING} ORDER BY step, sql LIKE '%%gin%%' DESC").fetchall()

    def run(sql: str) -> None:
        with psycopg.connect(url, autocommit=True, options=options) as c:
            c.execute("SET maintenance_work_mem = '512MB'")
            c.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
            print(f"  built: {sql[:90]}", flush=True)

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(run, [sql for step, sql in steps if step == 1]))
    with psycopg.connect(url, autocommit=True, options=options) as con:
        for _, sql in [s for s in steps if s[0] == 2]:
            name = sql.split('"')[1]
            if not con.execute("SELECT 1 FROM pg_constraint WHERE conname = %s AND connamespace = "
                               "current_schema()::regnamespace", (name,)).fetchone():
                run(sql)
        con.execute(f"DROP TABLE {PENDING}")


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
    parser.add_argument("--workers", type=int, help="processes making the articles (default: one per core)")
    parser.add_argument("--json", help="also write every figure to this file")
    args = parser.parse_args()
    if not args.url:
        parser.error(f"give --url or set {ENV}")
    import psycopg

    sizes = sorted({int(s) for s in args.sizes.split(",")})
    schemas = {s: f"accord_bench_{args.seed}_{args.words}w_{s}" for s in sizes}
    print(json.dumps(machine()))
    previous = None
    for size, schema in schemas.items():
        if args.rebuild:
            with psycopg.connect(args.url, autocommit=True) as con:
                con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        fill(args.url, schema, size, args.seed, args.words, args.workers, previous)
        previous = schema
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
