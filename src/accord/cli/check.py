"""`accord check`: the fact-check report for articles."""

from __future__ import annotations

import gc
import os
import sys
from contextlib import contextmanager

import click

from accord.cli.options import db_option, emit_json, max_bytes_option


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "html"]), default="text",
              show_default=True, help="Report format: terminal text, JSON for scripts, Markdown, or a standalone HTML page.")
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False), envvar="ACCORD_KB",
              help="Add your own knowledge-base files from this directory (repeatable; env ACCORD_KB).")
@click.option("--flagged-only", is_flag=True, help="List only what needs a look (contradictions, conflicts, "
              "inconsistent dates, misspellings), not supported or new claims.")
@click.option("--strict", is_flag=True, help="Exit with status 3 when anything is flagged (for scripts and CI).")
@click.option("--workers", type=click.IntRange(1), default=None, help="Processes for annotation. Default: all cores.")
@max_bytes_option()
def check(paths, db_path, fmt, kb_dirs, flagged_only, strict, workers, max_bytes):
    """Fact-check the articles in PATHS (files, directories or - for standard input).

    Each article is ingested into the store (so later checks compare against it too), every claim
    is checked against the reference knowledge base and the other stored articles, and the
    findings are printed most severe first, each with its sentence, the claim highlighted, and
    the evidence. The report goes to standard output; errors (inputs that could not be read) and
    warnings (lines repaired, header dates ignored) to standard error. Exit status: 0 done,
    1 some inputs failed, 3 with --strict when anything is flagged.
    """
    from accord import regex_cache

    with regex_cache.kept():
        _check(paths, db_path, fmt, kb_dirs, flagged_only, strict, workers, max_bytes)


def _check(paths, db_path, fmt, kb_dirs, flagged_only, strict, workers, max_bytes):
    """`check`, its patterns compiled from those kept by earlier checks (accord/regex_cache.py)."""
    with _startup():
        from accord.kb import load
        from accord.nlp.annotate import Annotator
        from accord.factcheck import check_paths
        from accord.report import FLAGGED, render
        from accord.store import open_store

        kb = load(kb_dirs)
        annotator = Annotator(kb=kb)
    store = open_store(db_path)
    try:
        report = check_paths(paths, store, kb, annotator, workers=workers or os.cpu_count() or 1,
                             max_bytes=max_bytes)
    finally:
        store.close()
    _print_problems(report)
    if flagged_only:
        report["findings"] = [f for f in report["findings"] if f["kind"] in FLAGGED]
    if fmt == "json":
        emit_json(report)
    elif fmt == "md":
        click.echo(render.markdown(report), nl=False)
    elif fmt == "html":
        click.echo(render.html(report), nl=False)
    else:
        # failures are on stderr already: the text on stdout is the report alone
        click.echo(render.text({**report, "failed": []}, color=sys.stdout.isatty()), nl=False)
    if report["failed"]:
        sys.exit(1)
    sys.exit(3 if strict and report["flagged"] else 0)


@contextmanager
def _startup():
    """Loading the model, the KB and the pipeline makes some 140,000 objects the cyclic garbage
    collector tracks, all kept until the process ends; run over and over as they are made, the
    collector would scan them again each time. It is paused while they are made, then they are
    frozen (gc.freeze: never scanned again); what the check itself makes is collected as usual."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        gc.freeze()


def _print_problems(report: dict) -> None:
    for kind, key in (("error", "failed"), ("warning", "warnings")):
        for item in report.get(key, []):
            where = f"{item['source']}:{item['line']}" if item.get("line") is not None else item["source"]
            click.echo(f"{kind}: {where}: {item['reason']}", err=True)
