"""accord.export: the store in other tools' formats (docs/export.md).

    export(store, fmt, out_path=None, table=None, kb=None, stdout=sys.stdout) -> dict

jsonl, jsonld, graphml and one CSV table can go to standard output; Parquet and "every table"
exports need a path (a directory for every table).
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

from accord.errors import AccordError, Errors
from accord.export.formats import FORMATS, write_csv, write_csv_dir, write_jsonl, write_parquet, write_parquet_dir
from accord.export.linked import write_graphml, write_jsonld
from accord.export.tables import TABLES

__all__ = ["FORMATS", "TABLES", "export"]


def export(store, fmt: str, out_path: str | None = None, table: str | None = None, kb=None,
           stdout: IO[str] | None = None) -> dict[str, Any]:
    """Write the store as `fmt`; returns what was written ({"format", "path", "counts"})."""
    if fmt not in FORMATS:
        raise AccordError(Errors.E609.format(what="export format", value=fmt, known=", ".join(FORMATS)))
    if table is not None and table not in TABLES:
        raise AccordError(Errors.E607.format(table=table, known=", ".join(TABLES)))
    if fmt in ("csv", "parquet") and table is None:
        if not out_path:
            raise AccordError(Errors.E606.format(fmt=f"{fmt} (every table)"))
        writer = write_csv_dir if fmt == "csv" else write_parquet_dir
        return {"format": fmt, "path": out_path, "counts": writer(store, out_path)}
    if fmt == "parquet":
        if not out_path:
            raise AccordError(Errors.E606.format(fmt=fmt))
        return {"format": fmt, "path": out_path, "counts": {table: write_parquet(store, table, out_path)}}
    return _text_export(store, fmt, out_path, table, kb, stdout or sys.stdout)


def _text_export(store, fmt, out_path, table, kb, stdout) -> dict[str, Any]:
    def write(handle) -> int:
        if fmt == "jsonl":
            return write_jsonl(store, handle)
        if fmt == "csv":
            return write_csv(store, table, handle)
        if fmt == "jsonld":
            return write_jsonld(store, handle, kb)
        return write_graphml(store, handle, kb)

    if out_path and out_path != "-":
        folder = os.path.dirname(os.path.abspath(out_path))
        os.makedirs(folder, exist_ok=True)
        with open(out_path, "w", encoding="utf-8", newline="") as handle:
            count = write(handle)
    else:
        count = write(stdout)
    return {"format": fmt, "path": out_path or "-", "counts": {table or fmt: count}}
