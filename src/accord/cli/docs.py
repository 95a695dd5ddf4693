"""`accord docs`: list stored documents."""

from __future__ import annotations

import click

from accord.cli.options import db_option, emit_json, format_option, open_existing_store


@click.command()
@db_option
@click.option("--limit", type=click.IntRange(1), default=None, help="Show at most this many.")
@format_option()
def docs(db_path, limit, fmt):
    """List stored documents: id prefix, publication date, title, source."""

    store = open_existing_store(db_path)
    try:
        documents = store.documents(limit=limit)
    finally:
        store.close()
    if fmt == "json":
        emit_json([_row(d) for d in documents])
        return
    for d in documents:
        click.echo(f"{d.id[:12]}  {d.published or 'unknown':10}  {d.title or '(no title)'}  [{d.source}]")
    click.echo(f"{len(documents)} document(s)")


def _row(d) -> dict:
    return {"id": d.id, "published": d.published, "published_how": d.published_how,
            "title": d.title, "source": d.source, "format": d.format}
