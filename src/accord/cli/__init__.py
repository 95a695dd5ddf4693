"""The `accord` command: a thin shell over the library.

Each command lives in its own module and imports heavy libraries (spaCy, trafilatura) inside its
function, so `accord --help` stays instant. Exit status: 0 success, 1 some inputs failed,
2 usage error (click's own).
"""

from __future__ import annotations

import importlib

import click

from accord import __version__

# module name -> attribute holding the click command or group, in the order --help lists them
COMMANDS = {
    "check": "check",
    "ingest": "ingest",
    "docs": "docs",
    "show": "show",
    "kb": "kb",
    "who": "who",
    "quotes": "quotes",
    "timeline": "timeline",
    "export": "export_command",
    "serve": "serve",
    "watch": "watch",
}


class _Group(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def invoke(self, ctx: click.Context):
        # One line, no traceback, for every error meant for the user (a damaged or locked
        # database, an unknown entity...): exit status 1.
        from accord.errors import AccordError

        try:
            return super().invoke(ctx)
        except AccordError as err:
            click.echo(f"error: {err}", err=True)
            ctx.exit(1)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"accord.cli.{name}")
        return getattr(module, COMMANDS[name])


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="accord")
def main() -> None:
    """accord: news articles about states and alliances in, a cited, temporal knowledge graph
    and a fact-check report out.

    Start with `accord ingest ARTICLES...` then `accord docs`. Every command that prints data
    also prints it as JSON with `--format json` (shapes in docs/cli.md).
    """
