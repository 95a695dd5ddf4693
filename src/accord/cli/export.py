"""`accord export`: the store as JSON Lines, CSV, JSON-LD, GraphML or Parquet."""

from __future__ import annotations

import sys

import click

from accord.cli.options import db_option, open_existing_store

FORMATS = ("jsonl", "csv", "jsonld", "graphml", "parquet")
TABLES = ("documents", "mentions", "quotes", "statements", "references", "findings")


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="jsonl: every record; csv/parquet: tables; jsonld: schema.org ClaimReview; graphml: the graph.")
@click.option("--out", "out_path", type=click.Path(), default=None,
              help="File to write (default: standard output). For csv and parquet without --table, a directory.")
@click.option("--table", type=click.Choice(TABLES), default=None,
              help="For csv and parquet: only this table (then --out is a file; csv may go to standard output).")
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False), envvar="ACCORD_KB",
              help="Knowledge-base directories for entity names (repeatable; env ACCORD_KB).")
def export_command(db_path, fmt, out_path, table, kb_dirs):
    """Export the stored documents, annotations, statements and findings (docs/export.md)."""
    from accord.errors import AccordError
    from accord.export import export
    from accord.kb import load

    store = open_existing_store(db_path)
    try:
        result = export(store, fmt, out_path, table, kb=load(kb_dirs))
    except AccordError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    finally:
        store.close()
    if result["path"] != "-":
        counts = ", ".join(f"{n} {name}" for name, n in result["counts"].items())
        click.echo(f"{fmt}: {counts} -> {result['path']}", err=True)
