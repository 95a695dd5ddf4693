"""Writers, one per export format (docs/export.md).

    jsonl    one JSON record per line: every document (with annotations), statement and finding
    csv      one table (stdout or a file), or every table as DIR/<table>.csv
    parquet  one table as a file, or every table as DIR/<table>.parquet (pyarrow)
    jsonld   schema.org: articles as NewsArticle, findings as ClaimReview
    graphml  entities as nodes, statements as edges (networkx and Gephi read it)
"""

from __future__ import annotations

import csv
import json
import os
from typing import IO, Any

from accord.export.tables import COLUMNS, TABLES, each_document, rows

FORMATS = ("jsonl", "csv", "jsonld", "graphml", "parquet")


def write_jsonl(store, out: IO[str]) -> int:
    """Every record with a "type" field: document, statement, finding. Returns the line count."""
    count = 0
    for d in each_document(store):
        record = {"type": "document", **d.to_dict(), "annotations": [a.to_dict() for a in store.annotations(d.id)]}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    for st in store.statements():
        out.write(json.dumps({"type": "statement", **st.to_dict()}, ensure_ascii=False) + "\n")
        count += 1
    for f in store.findings():
        out.write(json.dumps({"type": "finding", **f.to_dict()}, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(store, table: str, out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS[table], extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows(store, table):
        writer.writerow(row)
        count += 1
    return count


def write_csv_dir(store, folder: str) -> dict[str, int]:
    os.makedirs(folder, exist_ok=True)
    counts = {}
    for table in TABLES:
        with open(os.path.join(folder, f"{table}.csv"), "w", encoding="utf-8", newline="") as handle:
            counts[table] = write_csv(store, table, handle)
    return counts


def parquet_schema(table: str):
    """Column types: offsets and counts are integers, everything else text (nullable)."""
    import pyarrow as pa

    integers = {"chars", "references", "sentence_start"}
    if table != "statements":  # there start and end are dates, elsewhere character offsets
        integers |= {"start", "end"}
    return pa.schema([(c, pa.int64() if c in integers else pa.string()) for c in COLUMNS[table]])


def write_parquet(store, table: str, path: str, batch: int = 10_000) -> int:
    """One table as a Parquet file, written in row groups of `batch` rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(table)
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows(store, table):
            chunk.append(row)
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count


def write_parquet_dir(store, folder: str) -> dict[str, int]:
    os.makedirs(folder, exist_ok=True)
    return {t: write_parquet(store, t, os.path.join(folder, f"{t}.parquet")) for t in TABLES}
