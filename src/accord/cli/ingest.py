"""`accord ingest`: read articles into the store."""

from __future__ import annotations

import os
import sys

import click

from accord.cli.options import db_option, emit_json, format_option, max_bytes_option

INPUT_FORMATS = ("txt", "html", "json", "jsonl", "rss")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--input-format", "input_format", type=click.Choice(INPUT_FORMATS),
              help="Read every input as this format instead of choosing by file extension "
                   "(needed for '-', standard input, which is otherwise read as plain text).")
@click.option("--include", multiple=True, metavar="GLOB",
              help="In directories, read only files whose name matches GLOB (repeatable). "
                   "Default: every known extension (.txt .html .htm .json .jsonl .xml .rss .atom).")
@max_bytes_option()
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Processes for annotation. Default: all cores.")
@click.option("--no-annotate", is_flag=True,
              help="Store cleaned text only, without running the NLP pipeline (fast).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where annotation runs: worker processes here, or a Ray cluster (pip install "
                   "'accord[ray]'; --workers then counts Ray actors, default one per cluster CPU).")
@click.option("--address", metavar="ADDR", default=None,
              help="With --engine ray: the cluster to join (default: env RAY_ADDRESS, else a local "
                   "Ray started for this run).")
@format_option()
def ingest(paths, db_path, input_format, include, max_bytes, workers, no_annotate, engine, address, fmt):
    """Read articles from PATHS (files, directories, or - for standard input) into the store.

    Each article is cleaned, annotated and stored in one transaction; an article already stored
    (same cleaned text) is reported and left alone. A bad input is reported with its reason and
    the rest of the batch goes on. Errors and warnings go to standard error, the summary (or the
    JSON report) to standard output. Exit status: 0 when every input was read, 1 when some failed.
    """
    from accord.cli.progress import IngestProgress, count_articles, print_problems, summary_line
    from accord.pipeline import ingest as run_ingest
    from accord.store import open_store

    if address and engine != "ray":
        raise click.UsageError("--address goes with --engine ray")
    on_ray = engine == "ray" and not no_annotate  # without annotation there is nothing to spread
    annotator = None if no_annotate or on_ray else _annotator()
    total = count_articles(paths, include=include or None, fmt=input_format, max_bytes=max_bytes) \
        if fmt == "text" and sys.stderr.isatty() else None
    store = open_store(db_path)
    try:
        with IngestProgress(total, enabled=fmt == "text") as progress:
            if on_ray:
                from accord.engines import ray_engine

                report = ray_engine.ingest(paths, store, address=address, actors=workers,
                                           fmt=input_format, include=include or None,
                                           max_bytes=max_bytes, on_item=progress.tick)
            else:
                report = run_ingest(paths, store, fmt=input_format, include=include or None,
                                    max_bytes=max_bytes, annotator=annotator,
                                    workers=workers or os.cpu_count() or 1, on_item=progress.tick)
    finally:
        store.close()
    print_problems(report)
    if fmt == "json":
        emit_json({**report.to_dict(), "seconds": round(progress.seconds, 3)})
    else:
        click.echo(summary_line(report, progress.seconds, db_path))
    sys.exit(0 if report.ok else 1)


def _annotator():
    from accord.nlp.annotate import Annotator

    return Annotator()
