"""How the PostgreSQL store scales: add one article and answer the UI's queries at 1k / 100k / 1M.

    ACCORD_BENCH_POSTGRES=postgresql://root@127.0.0.1:5432/test \\
    python bench/store_pg.py [--sizes 1000,100000,1000000] [--rounds 100] [--words 300]
                             [--seed 0] [--rebuild] [--json FILE] [--build-only] [--base 20000]

One PostgreSQL schema per size (`accord_bench_<seed>_<words>w_<size>`), reused by later runs
unless `--rebuild`. Filling a store one `add` at a time runs at about 100 documents/s, so the
schemas are filled in bulk: the first `--base` (20,000) synthetic articles of bench/synth.py
(made by `--workers` processes) go through exactly the serialisation `PostgresStore.add` uses
(`postgres.document_rows`), statements are merged across articles as ON CONFLICT would merge
them, and every table is loaded with COPY; every later article is a copy of one of them made by
the server, with its publication date moved (`_replicate`; docs/scale.md, "Filling large
stores", says how such a store differs). Two findings per article are loaded too, as
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
from accord.store.postgres import PostgresStore, document_rows, stored_id  # noqa: E402
from accord.store.protocol import statement_id, statement_identity  # noqa: E402

ENV = "ACCORD_BENCH_POSTGRES"
CHUNK = 2000  # articles serialised per COPY batch


def _serialised(job: tuple[int, int, int]):
    """Article n as the rows add() would write, plus its two findings' rows (without keys), and
    for the replication of the base articles (`replicate`): the identity of every statement whose
    identity holds the publication date (statement id, identity JSON, that date)."""
    n, seed, words = job
    doc, anns, sts = synth.generate(n, seed, words).records(copy=False)
    rows = document_rows(doc, anns, sts)
    findings = [compact.packed_finding_row(f, doc.text, {}, q.FINDING_COLUMNS, omit=("doc_id",))
                for f in _findings(doc, sts)]
    dated = {}
    for st in sts:
        identity = _identity(st)
        if doc.published and doc.published in identity:
            dated[statement_id(st)] = identity
    return len(doc.text.encode("utf-8")), rows, findings, (doc.published, sorted(dated.items()))


def _identity(st) -> str:
    """The JSON that protocol.statement_id hashes (its first 16 hex digits are the id)."""
    return statement_identity(st)


# Articles made by bench/synth.py in a bulk-filled store; the rest are their replicas, at most
# REPLICAS of each (73 days apart: 50 distinct dates in the 3,653 days of 2015 to 2024).
BASE = 20_000
REPLICAS = 50
SHIFT_DAYS = 73
DAYS = 3653  # 2015-01-01 to 2024-12-31, the range of bench/synth.py's publication dates


def fill(url: str, schema: str, upto: int, seed: int, words: int, workers: int | None = None,
         start_from: str | None = None, base: int = BASE) -> float:
    """Load articles count()..upto-1; returns articles per second.

    Articles 0..base-1 are made by bench/synth.py (`--workers` processes) and loaded with COPY;
    articles from `base` on are copies of them made by the server (`_replicate`): article
    n = r * base + b is article b published 73 * r days later (wrapping round 2015 to 2024).

    An empty schema starts with a copy of the rows of `start_from` (a full schema of fewer
    articles of the same corpus: the same first articles, made the same way), copied by the server.

    A fill of BULK articles or more first drops the schema's foreign keys and secondary indexes
    (their definitions are kept in a table of the schema, so an interrupted fill resumes and still
    rebuilds them) and builds them once at the end, two at a time: at 1,000,000 articles keeping
    them up to date row by row is what limited the fill (75 articles/s), not making the rows."""
    import psycopg

    if upto > base * REPLICAS:
        raise SystemExit(f"{upto} articles need --base of at least {-(-upto // REPLICAS)}")
    with PostgresStore(url, schema=schema) as store:
        start = store.count()
    if start >= upto and not _pending(url, schema):
        return 0.0
    t0, begin = time.perf_counter(), start
    options = f"-c search_path={schema}"
    with psycopg.connect(url, autocommit=True, options=options) as con:
        con.execute(_HELPERS)
        if upto - start >= BULK:
            _drop_indexes(con, schema)
        if start == 0 and start_from and not _pending(url, start_from):
            start = _copy_schema(con, start_from, upto)
        made = min(upto, base)
        if start < made:
            workers = workers or os.cpu_count() or 2
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                jobs = ((n, seed, words) for n in range(start, made))
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
                start += len(batch)
        if start < upto:
            _replicate(con, base, start, upto, t0, begin)
        # The keys were given by COPY: the next add() takes the one after the last (also after
        # an interrupted fill, whose rows stay).
        con.execute("SELECT setval(pg_get_serial_sequence('documents', 'doc_key'), "
                    "(SELECT coalesce(max(doc_key), 0) + 1 FROM documents), false)")
        loaded = time.perf_counter()
        _restore_indexes(url, options)
        con.execute("VACUUM ANALYZE documents, annotation_sets, entities, statements, statement_refs, "
                    "findings, entity_mentions")  # this schema's tables only
    rate = (upto - begin) / (time.perf_counter() - t0)
    print(f"  filled {schema} to {upto} articles: {rate:.0f} articles/s, of which "
          f"{time.perf_counter() - loaded:.0f} s building indexes" + " " * 20, flush=True)
    return rate


# What the replication needs of the base articles beyond their rows, kept in the schema (and
# copied with it; bench_* tables are not counted in the bytes on disk): the identity of each
# statement whose identity holds its article's publication date (a holder "on" that day), and
# each article's mentions per entity (entity_mentions keeps only the totals).
_HELPERS = """
    CREATE TABLE IF NOT EXISTS bench_identity (id bytea PRIMARY KEY, identity text NOT NULL,
                                               day text NOT NULL);
    CREATE TABLE IF NOT EXISTS bench_mentions (doc_key bigint NOT NULL, entity text COLLATE "C" NOT NULL,
                                               mentions bigint NOT NULL)
"""
_SHIFTED = ("to_char(date '2015-01-01' + (({day}::date - date '2015-01-01') + {shift}) % " + str(DAYS)
            + ", 'YYYY-MM-DD')")


def _replicate(con, base: int, start: int, upto: int, t0: float, begin: int) -> None:
    """Articles start..upto-1 (all >= base) as copies of articles 0..base-1 made by the server:
    article n = r * base + b is article b with its publication date moved SHIFT_DAYS * r days
    on (within 2015 to 2024) everywhere the date is written: in its text (the date of the holder
    sentences, same length, so every offset holds), its `published`, the document order of its
    references, and the statements that are "on" that day, which become the statements on the
    new day (new ids: the sha256 of the identity with the new date, as protocol.statement_id
    gives them; merged with the statements already stored as add() merges them). The text's id
    is its sha256; everything else (annotations, findings, mentions) is article b's."""
    with con.transaction():
        for table, columns in (("documents", "doc_key, text, format, title, url, published, published_how, extra"),
                               ("annotation_sets", "doc_key, entities, data"),
                               ("statement_refs", "*"), ("findings", "*")):
            if con.execute("SELECT to_regclass(%s)", (f"bench_base_{table}",)).fetchone()[0] is None:
                con.execute(f"CREATE UNLOGGED TABLE bench_base_{table} AS SELECT {columns} FROM {table} "
                            f"WHERE doc_key <= {int(base)}")
    n = start
    while n < upto:
        r, b = divmod(n, base)
        last = min(upto, (r + 1) * base)
        values = {"r": r * base, "lo": b, "hi": last - r * base, "shift": SHIFT_DAYS * r}  # integers only
        with con.transaction():
            for sql in _REPLICA_SQL:
                con.execute(sql.format(**values))
        n = last
        rate = (n - begin) / (time.perf_counter() - t0)
        print(f"  {n:>8} articles, {rate:.0f}/s", end="\r", flush=True)


_REPLICA_SQL = [
    # the base articles of this pass: base key, new key, old and new date
    "CREATE TEMP TABLE rep ON COMMIT DROP AS SELECT doc_key AS base_key, doc_key + {r} AS key, "
    "published AS old, " + _SHIFTED.replace("{day}", "published") + " AS new FROM bench_base_documents "
    "WHERE doc_key > {lo} AND doc_key <= {hi}",
    # each dated statement on its new day
    "CREATE TEMP TABLE smap ON COMMIT DROP AS SELECT id AS old_id, day, x.new_day, "
    "substring(sha256(convert_to(replace(identity, day, x.new_day), 'UTF8')) from 1 for 8) AS new_id "
    "FROM bench_identity CROSS JOIN LATERAL (SELECT " + _SHIFTED.replace("{day}", "day") + " AS new_day) x",
    "INSERT INTO documents (doc_key, id, text, source, format, title, url, published, published_how, extra) "
    "OVERRIDING SYSTEM VALUE SELECT rep.key, encode(sha256(convert_to(t.body, 'UTF8')), 'hex'), t.body, "
    "'synth/' || lpad((rep.key - 1)::text, 7, '0') || '.txt', d.format, d.title, d.url, rep.new, "
    "d.published_how, d.extra FROM rep JOIN bench_base_documents d ON d.doc_key = rep.base_key "
    "CROSS JOIN LATERAL (SELECT replace(d.text, rep.old, rep.new) AS body) t ORDER BY rep.key",
    "INSERT INTO annotation_sets (doc_key, entities, data) SELECT rep.key, a.entities, a.data "
    "FROM rep JOIN bench_base_annotation_sets a ON a.doc_key = rep.base_key ORDER BY rep.key",
    "CREATE TEMP TABLE nrefs ON COMMIT DROP AS SELECT rep.key AS doc_key, r.seq, "
    "coalesce(m.new_id, r.statement_id) AS statement_id, r.start, r.\"end\", r.sentence_start, r.sentence_len, "
    "r.extra, '0' || rep.new AS doc_order, r.statement_id AS old_id, m.day, m.new_day "
    "FROM rep JOIN bench_base_statement_refs r ON r.doc_key = rep.base_key "
    "LEFT JOIN smap m ON m.old_id = r.statement_id",
    # statements as add() merges them: references counted, sort_date its own date (moved with
    # the day) or else the first publication date
    "INSERT INTO statements (id, subject, property, value, extra, reference_count, sort_date) "
    "SELECT n.statement_id, min(s.subject), min(s.property), min(s.value), "
    "min(CASE WHEN n.day IS NULL THEN s.extra ELSE replace(s.extra, n.day, n.new_day) END), count(*), "
    "CASE WHEN bool_or(s.extra::jsonb ?| array['start', 'end', 'point_in_time']) "
    "THEN min(CASE WHEN n.day IS NULL THEN s.sort_date ELSE replace(s.sort_date, n.day, n.new_day) END) "
    "ELSE min(substr(n.doc_order, 2)) END "
    "FROM nrefs n JOIN statements s ON s.id = n.old_id GROUP BY n.statement_id ORDER BY n.statement_id "
    "ON CONFLICT (id) DO UPDATE SET reference_count = statements.reference_count + excluded.reference_count, "
    "sort_date = LEAST(statements.sort_date, excluded.sort_date)",
    "INSERT INTO statement_refs (doc_key, seq, statement_id, start, \"end\", sentence_start, sentence_len, extra, "
    "doc_order) SELECT doc_key, seq, statement_id, start, \"end\", sentence_start, sentence_len, extra, doc_order "
    "FROM nrefs ORDER BY doc_key, seq",
    "INSERT INTO findings (doc_key, kind, statement_id, sentence_start, sentence_len, extra, packed) "
    "SELECT rep.key, f.kind, coalesce(encode(m.new_id, 'hex'), f.statement_id), f.sentence_start, f.sentence_len, "
    "f.extra, f.packed FROM rep JOIN bench_base_findings f ON f.doc_key = rep.base_key "
    "LEFT JOIN smap m ON encode(m.old_id, 'hex') = f.statement_id "
    "ORDER BY rep.key, f.finding_key",
    "INSERT INTO entity_mentions (entity, shard, mentions) SELECT m.entity, 0, sum(m.mentions) "
    "FROM rep JOIN bench_mentions m ON m.doc_key = rep.base_key GROUP BY m.entity ORDER BY m.entity "
    "ON CONFLICT (entity, shard) DO UPDATE SET mentions = entity_mentions.mentions + excluded.mentions",
]


def _copy_schema(con, source: str, upto: int) -> int:
    """Copy every row of the schema `source` (at most `upto` articles) into this one; returns the
    number of articles copied."""
    count = con.execute(f'SELECT count(*) FROM "{source}".documents').fetchone()[0]
    if count > upto:
        return 0
    with con.transaction():
        for table in ("documents", "entities", "annotation_sets", "statements", "statement_refs",
                      "findings", "entity_mentions", "bench_identity", "bench_mentions"):
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
            for i, (_, rows, _, _) in enumerate(batch):
                copy.write_row((first + i + 1, *rows.document))
        names = sorted({e for _, rows, _, _ in batch if rows.annotations for e in rows.annotations[0]})
        cur.execute(q.INSERT_ENTITIES, (names,))
        keys = dict(cur.execute("SELECT entity, entity_key FROM entities WHERE entity = ANY(%s::text[])",
                                (names,)).fetchall())
        with cur.copy("COPY annotation_sets (doc_key, entities, data) FROM STDIN") as copy:
            for i, (_, rows, _, _) in enumerate(batch):
                if rows.annotations is not None:
                    entities, blob = rows.annotations
                    copy.write_row((first + i + 1, sorted(keys[e] for e in entities), blob))
        for _, rows, _, _ in batch:  # statements first: references point to them
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
            for i, (_, rows, _, _) in enumerate(batch):
                for ref in rows.references:
                    copy.write_row((first + i + 1, *ref))
        with cur.copy("COPY findings (doc_key, kind, statement_id, sentence_start, sentence_len, extra, packed) "
                      "FROM STDIN") as copy:
            for i, (_, _, findings, _) in enumerate(batch):
                for f in findings:
                    copy.write_row((first + i + 1, *f))
        # what _replicate needs of these articles
        with cur.copy("COPY bench_mentions (doc_key, entity, mentions) FROM STDIN") as copy:
            for i, (_, rows, _, _) in enumerate(batch):
                for entity, count in rows.mentions:
                    copy.write_row((first + i + 1, entity, count))
        dated = {sid: (identity, day) for _, _, _, (day, found) in batch for sid, identity in found}
        cur.execute("CREATE TEMP TABLE new_identity (LIKE bench_identity) ON COMMIT DROP")
        with cur.copy("COPY new_identity (id, identity, day) FROM STDIN") as copy:
            for sid, (identity, day) in dated.items():
                copy.write_row((stored_id(sid), identity, day))
        cur.execute("INSERT INTO bench_identity SELECT * FROM new_identity ON CONFLICT (id) DO NOTHING")


def disk_bytes(url: str, schema: str) -> tuple[int, int, int]:
    """(bytes of every table, index and TOAST in the schema, bytes of article text, articles)."""
    import psycopg

    with psycopg.connect(url, autocommit=True, options=f"-c search_path={schema}") as con:
        total = con.execute("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                            "ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r' "
                            "AND c.relname NOT LIKE 'bench\\_%%'",
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
    parser.add_argument("--base", type=int, default=BASE,
                        help=f"articles made by bench/synth.py; the rest are their replicas (default {BASE})")
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
        fill(args.url, schema, size, args.seed, args.words, args.workers, previous, args.base)
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
