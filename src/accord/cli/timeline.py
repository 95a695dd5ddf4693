"""`accord timeline`: dated events and statements from the KB and every article."""

from __future__ import annotations

import sys

import click

from accord.cli.options import db_option, emit_json, format_option, open_existing_store


@click.command()
@click.argument("entity", required=False)
@db_option
@click.option("--from", "start", metavar="DATE", help="Only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "end", metavar="DATE", help="Only events on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--source", type=click.Choice(["all", "kb", "articles"]), default="all", show_default=True,
              help="Events from the knowledge base, the articles, or both.")
@click.option("--property", "prop", metavar="NAME", help="Only this property (member_of, partner_of, holds_office...).")
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False), envvar="ACCORD_KB",
              help="Add your own knowledge-base files from this directory (repeatable; env ACCORD_KB).")
@click.option("--limit", type=click.IntRange(0), default=1000, show_default=True,
              help="Print the first N events (0: all of them, which reads every statement).")
@click.option("--references", type=click.IntRange(1, 10_000), default=10, show_default=True,
              help="Articles cited per statement (the earliest); each event gives the total.")
@format_option()
def timeline(entity, db_path, start, end, source, prop, kb_dirs, limit, references, fmt):
    """Dated events about ENTITY (a name or an id; every entity when left out), oldest first,
    each with its source: the KB fact's URL or the article and sentence."""
    from accord.errors import AccordError, NotFoundError
    from accord.kb import load
    from accord.query import timeline as build

    store = open_existing_store(db_path)
    try:
        data = build(store, load(kb_dirs), entity, start, end, source, prop, limit or None, references)
    except NotFoundError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(1)
    except AccordError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    finally:
        store.close()
    if fmt == "json":
        emit_json(data)
        return
    for ev in data["events"]:
        where = ev["source"].get("url") if ev["source"]["type"] == "kb" else f"article {ev['source']['doc_id'][:12]}"
        click.echo(f"{ev['date']:<10}  {ev['what']:<8}  {ev['words']}  [{where}]")
    if data["complete"]:
        click.echo(f"{data['total']} event(s)", err=True)
    else:
        click.echo(f"the first {len(data['events'])} event(s); more with --limit, --from and --to", err=True)
