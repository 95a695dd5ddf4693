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
    help="SQLite database file (created if missing), or a postgresql://USER@HOST:PORT/DB URL "
    "(needs accord[postgres]); env ACCORD_DB.",
)


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
