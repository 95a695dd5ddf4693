"""Bytes on disk per article, and per byte of article text, of SQLite files and PostgreSQL schemas.

    python bench/store_bytes.py [--sqlite FILE ...] [--url URL --schema NAME ...]

Reads stores already built (by bench/store_scale.py, bench/store_pg.py or `accord ingest`) and
prints, for each: articles, bytes on disk (SQLite: the file plus its WAL; PostgreSQL: every
table with its indexes and TOAST), bytes per article, and that divided by the bytes of article
text it holds (the target of issue 15: at most 5), then the largest tables and indexes.
"""

from __future__ import annotations

import argparse
import os
import sqlite3


def sqlite_figures(path: str) -> dict:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        count, text = con.execute("SELECT count(*), sum(length(CAST(text AS BLOB))) FROM documents").fetchone()
        try:
            parts = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8").fetchall()
        except sqlite3.OperationalError:  # SQLite built without dbstat
            parts = []
    finally:
        con.close()
    size = os.path.getsize(path) + (os.path.getsize(path + "-wal") if os.path.exists(path + "-wal") else 0)
    return {"store": path, "articles": count, "bytes": size, "text": text, "parts": parts}


def postgres_figures(url: str, schema: str) -> dict:
    import psycopg

    with psycopg.connect(url, autocommit=True, options=f"-c search_path={schema}") as con:
        count, text = con.execute("SELECT count(*), sum(octet_length(text)) FROM documents").fetchone()
        rels = "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s"
        size = con.execute(f"SELECT sum(pg_total_relation_size(c.oid)) {rels} AND c.relkind = 'r'",
                           (schema,)).fetchone()[0]
        parts = con.execute(f"SELECT c.relname, pg_relation_size(c.oid) + coalesce(pg_total_relation_size("
                            f"nullif(c.reltoastrelid, 0)), 0) {rels} AND c.relkind IN ('r', 'i') "
                            "ORDER BY 2 DESC LIMIT 8", (schema,)).fetchall()
    return {"store": f"postgresql schema {schema}", "articles": count, "bytes": int(size), "text": int(text),
            "parts": parts}


def show(fig: dict) -> None:
    n, size, text = fig["articles"], fig["bytes"], fig["text"]
    print(f"{fig['store']}: {n} articles, {size / 1e6:.1f} MB, {size / n:,.0f} bytes per article, "
          f"{size / text:.2f} x the text ({text / n:,.0f} bytes of text per article); target <= 5: "
          + ("PASS" if size / text <= 5 else "FAIL"))
    for name, b in fig["parts"]:
        print(f"    {name:<32} {b / n:>8,.0f} bytes per article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sqlite", nargs="*", default=[])
    parser.add_argument("--url", default=os.environ.get("ACCORD_BENCH_POSTGRES"))
    parser.add_argument("--schema", nargs="*", default=[])
    args = parser.parse_args()
    for path in args.sqlite:
        show(sqlite_figures(path))
    for schema in args.schema:
        show(postgres_figures(args.url, schema))


if __name__ == "__main__":
    main()
