"""`accord show`: one document's metadata, cleaned text and annotations."""

from __future__ import annotations

import sys

import click

from accord.cli.options import db_option, emit_json, format_option, open_existing_store


@click.command()
@click.argument("doc_ref")
@db_option
@click.option("--annotations", "with_annotations", is_flag=True,
              help="Also list what the pipeline found: mentions, links, anomalies, offices, times, quotes.")
@format_option()
def show(doc_ref, db_path, with_annotations, fmt):
    """Print the document DOC_REF (its id or a unique prefix of at least 4 characters)."""
    from accord.errors import NotFoundError

    store = open_existing_store(db_path)
    try:
        doc = store.get(doc_ref)
        annotations = store.annotations(doc.id) if with_annotations else []
    except NotFoundError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    finally:
        store.close()
    if fmt == "json":
        data = doc.to_dict()
        if with_annotations:
            data["annotations"] = [a.to_dict() for a in annotations]
        emit_json(data)
        return
    _print_document(doc)
    if with_annotations:
        _print_annotations(annotations)


def _print_document(doc) -> None:
    click.echo(f"id:        {doc.id}")
    click.echo(f"title:     {doc.title or '(no title)'}")
    click.echo(f"source:    {doc.source} ({doc.format})")
    click.echo(f"published: {doc.published or 'unknown'} (found in: {doc.published_how})")
    if doc.meta.get("model"):
        click.echo(f"model:     {doc.meta['model']}")
    for removal in doc.removed:
        click.echo(f"removed:   [{removal.step}] {removal.text[:100]!r}")
    click.echo("")
    click.echo(doc.text)


def _print_annotations(annotations) -> None:
    click.echo("")
    for a in annotations:
        if a.layer == "sentence":
            continue
        extra = ", ".join(f"{k}={v}" for k, v in a.data.items() if v not in (None, "", [], {}))
        link = f" -> {a.entity}" if a.entity else ""
        click.echo(f"{a.layer:8} {a.start:>6}-{a.end:<6} {a.label or '':9} {a.text!r}{link}"
                   + (f"  ({extra})" if extra else ""))
