"""Options and output helpers shared by every command."""

from __future__ import annotations

import json
import sys
from typing import Any, Callable

import click

DEFAULT_DB = "accord.db"

db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    envvar="ACCORD_DB",
    type=click.Path(dir_okay=False),
    help="SQLite database file, or a postgresql://USER@HOST:PORT/DB URL (needs accord[postgres]); "
         "env ACCORD_DB. ingest, check and serve create a missing SQLite file, the read-only "
         "commands refuse it.",
)


def open_existing_store(db_path: str):
    """The store of a read-only command: AccordError (E308) when the database file does not
    exist, so a mistyped --db never leaves an empty database behind."""
    import os

    from accord.errors import AccordError, Errors
    from accord.store import open_store
    from accord.store.urls import is_postgres_url

    if db_path != ":memory:" and not is_postgres_url(db_path) and not os.path.exists(db_path):
        raise AccordError(Errors.E308.format(path=db_path))
    return open_store(db_path)


def max_bytes_option(help_text: str = "Refuse files larger than this many bytes (each named in an error; "
                                      "the rest of the batch goes on).", *aliases: str) -> Callable:
    """`--max-bytes`: the one size limit of every command that reads files (and of `serve`)."""
    from accord.ingest.sources import MAX_BYTES

    return click.option("--max-bytes", *aliases, "max_bytes", default=MAX_BYTES, show_default=True, type=click.IntRange(1),
                        help=help_text)


def format_option(*choices: str) -> Callable:
    names = ("text", "json", *choices)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(names),
        default="text",
        show_default=True,
        help="Output format; json is for scripts (shapes in docs/cli.md).",
    )


def emit_json(data: Any) -> None:
    """Print `data` as JSON on stdout (UTF-8, non-ASCII kept)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
