"""The ingest loop's progress bar and summary line, in one place for every command and engine.

    total = count_articles(paths, include=include, fmt=input_format)
    with IngestProgress(total, enabled=fmt == "text") as progress:
        report = ingest(..., on_item=progress.tick)
    click.echo(summary_line(report, progress.seconds, db_path))

The bar (rich, on stderr, only when stderr is a terminal) shows the count, the total and the
percentage when the total is known (the inputs are counted first), the rate and the time left,
and the name of the file just handled; it moves once per document. The summary line gives the
counts, the elapsed time and the words per second of what was annotated.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Iterable, Sequence

import click

# Formats with exactly one article per file; JSON Lines are counted by their non-blank lines.
_ONE_PER_FILE = {"txt", "html"}


def count_articles(paths: Iterable[str], include: Sequence[str] | None = None, fmt: str | None = None,
                   max_bytes: int | None = None) -> int | None:
    """How many articles (and failed inputs) an ingest of `paths` will report, or None when that
    cannot be known before reading them (standard input, feeds, JSON files holding a list).

    A file that will be refused (too large, unreadable) counts once, as its error will."""
    from accord.ingest.formats import format_for
    from accord.ingest.sources import STDIN, expand_paths

    total = 0
    for path in expand_paths(paths, include):
        if isinstance(path, Exception):
            total += 1
            continue
        if path == STDIN:
            return None
        found = _articles_in(path, format_for(path, fmt), max_bytes)
        if found is None:
            return None
        total += found
    return total


def _articles_in(path: str, fmt: str, max_bytes: int | None) -> int | None:
    if fmt in _ONE_PER_FILE:
        return 1
    try:
        if max_bytes is not None and os.path.getsize(path) > max_bytes:
            return 1  # refused whole: one error
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return 1
    if fmt == "jsonl":
        return max(1, sum(1 for line in data.split(b"\n") if line.strip()))
    if fmt == "json" and not data.lstrip().startswith(b"["):
        return 1
    return None


class IngestProgress:
    """A progress bar on stderr while documents are handled; silent when not a terminal.

    `tick(source)` is the `on_item` callback of `accord.pipeline.ingest`: once per document
    (stored, already present, or failed). `seconds` is the time since the bar started."""

    def __init__(self, total: int | None, enabled: bool = True):
        self.total = total
        self.enabled = enabled and sys.stderr.isatty()
        self.started = 0.0
        self.ended: float | None = None
        self._bar = None
        self._task = None

    def __enter__(self) -> "IngestProgress":
        self.started = time.perf_counter()
        if self.enabled:
            self._start_bar()
        return self

    def __exit__(self, *exc) -> bool:
        self.ended = time.perf_counter()
        if self._bar is not None:
            self._bar.stop()
        return False

    @property
    def seconds(self) -> float:
        return (self.ended or time.perf_counter()) - self.started

    def tick(self, source: str) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=os.path.basename(source))

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn,
                                   TaskProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class RateColumn(ProgressColumn):
            """Articles per second, as rich measures it over the last half minute."""

            def render(self, task) -> Text:
                return Text(f"{task.speed:.1f}/s" if task.speed else "", style="progress.data.speed")

        count = MofNCompleteColumn() if self.total is not None else TextColumn("{task.completed}")
        self._bar = Progress(SpinnerColumn(), BarColumn(), count, TextColumn("articles"), TaskProgressColumn(),
                             RateColumn(), TimeRemainingColumn(), TimeElapsedColumn(),
                             TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
        self._bar.start()
        self._task = self._bar.add_task("", total=self.total)


def summary_line(report, seconds: float, db_path: str) -> str:
    """ "12 ingested, 0 already present, 1 failed, 2 warnings in 8.3 s (1,234 words/s) -> accord.db"
    (a database URL without its password)."""
    from accord.store.postgres import redacted

    rate = f", {report.words / seconds:,.0f} words/s" if seconds > 0 and report.words else ""
    warnings = f", {len(report.warnings)} warning(s)" if report.warnings else ""
    return (f"{len(report.ingested)} ingested, {len(report.present)} already present, "
            f"{len(report.failed)} failed{warnings} in {seconds:.1f} s ({report.words:,} words{rate}) -> "
            f"{redacted(str(db_path))}")


def print_problems(report) -> None:
    """Every failure and warning of an ingest on stderr, one line each naming the file (and line)."""
    for err in report.failed:
        click.echo(f"error: {err}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
