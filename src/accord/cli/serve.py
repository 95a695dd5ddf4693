"""`accord serve`: the web UI and the HTTP API over a database."""

from __future__ import annotations

import click

from accord.cli.options import db_option, max_bytes_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default accepts connections from this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False), envvar="ACCORD_KB",
              help="Add your own knowledge-base files from this directory (repeatable; env ACCORD_KB).")
@max_bytes_option("Refuse a POST /api/documents body larger than this many bytes (413); the same limit "
                  "and default as --max-bytes of ingest and check (--max-body: its old name).", "--max-body")
@click.option("--no-annotate", is_flag=True, help="Store POSTed articles as text only, without the NLP pipeline.")
def serve(db_path, host, port, kb_dirs, max_bytes, no_annotate):
    """Serve the web UI (articles, entities, timeline, graph, findings, search) and the JSON API
    (under /api, schema at /api/openapi.json) for the database. Stop with Ctrl-C."""
    import uvicorn

    from accord.api import create_app
    from accord.api.state import AUTO
    from accord.kb import load
    from accord.store.postgres import redacted

    app = create_app(db_path, kb=load(kb_dirs), annotator=None if no_annotate else AUTO, max_body=max_bytes)
    click.echo(f"accord serving {redacted(str(db_path))} on http://{host}:{port}/ (API: /api, schema: /api/openapi.json)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
