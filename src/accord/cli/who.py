"""`accord who`: a person's offices over time, quotes, and what the articles say about them."""

from __future__ import annotations

import sys

import click

from accord.cli.options import db_option, emit_json, format_option, open_existing_store


@click.command()
@click.argument("name")
@db_option
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False), envvar="ACCORD_KB",
              help="Add your own knowledge-base files from this directory (repeatable; env ACCORD_KB).")
@format_option()
def who(name, db_path, kb_dirs, fmt):
    """NAME's offices over time (KB and articles), quotes by and about them, and the statements
    about them, each with its source. NAME is a name ("Nanaia Mahuta") or an id."""
    from accord.errors import AccordError, NotFoundError
    from accord.kb import load
    from accord.query import who as build

    store = open_existing_store(db_path)
    try:
        data = build(store, load(kb_dirs), name)
    except (NotFoundError, AccordError) as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    finally:
        store.close()
    if fmt == "json":
        emit_json(data)
        return
    _print(data)


def _source(src: dict) -> str:
    return src.get("url") or "KB" if src["type"] == "kb" else f"article {src['doc_id'][:12]}"


def _print(data: dict) -> None:
    e = data["entity"]
    click.echo(f"{e['name']} ({e['type']}, {e['id']})" + (f": {e['description']}" if e["description"] else ""))
    if data["offices"]:
        click.echo("\nOffices:")
    for o in data["offices"]:
        when = f"{o['start'] or '?'} to {o['end'] or 'today'}" if o.get("start") or o.get("end") else f"as of {o.get('on') or '?'}"
        click.echo(f"  {o['office_name']}: {when}  [{_source(o['source'])}]")
    for title, key in (("Quotes by them", "quotes_by"), ("Quotes about them", "quotes_about")):
        if data[key]:
            click.echo(f"\n{title}:")
        for q in data[key]:
            click.echo(f"  \"{q['text']}\" ({q['speaker_name'] or 'unknown'}, article {q['doc_id'][:12]})")
    if data["statements"]:
        click.echo("\nStatements about them:")
    for st in data["statements"]:
        refs = ", ".join(r["doc_id"][:12] for r in st["references"])
        click.echo(f"  {st['words']}  [articles {refs}]")
