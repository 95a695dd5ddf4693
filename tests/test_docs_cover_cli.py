"""Every CLI command and option is documented in docs/cli.md (STYLE.md: tests check the docs)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from accord.cli import COMMANDS, main

CLI_DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def _commands(group: click.Group, prefix: str = ""):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        path = f"{prefix}{name}"
        yield path, command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix=f"{path} ")


def _section(doc: str, path: str) -> str | None:
    """The text under the heading that starts with `accord PATH`."""
    match = re.search(rf"^#+ `accord {re.escape(path)}\b[^\n]*\n(.*?)(?=^#+ `accord |\Z)", doc, re.M | re.S)
    return match.group(1) if match else None


@pytest.mark.parametrize("path,command", list(_commands(main)), ids=lambda v: v if isinstance(v, str) else "")
def test_command_and_options_documented(path, command):
    doc = CLI_DOC.read_text(encoding="utf-8")
    section = _section(doc, path)
    assert section is not None, f"docs/cli.md has no heading for `accord {path}`"
    for param in command.params:
        if isinstance(param, click.Option):
            longest = max(param.opts, key=len)
            assert f"`{longest}" in section, f"`accord {path}` option {longest} is not documented"


def test_every_registered_command_loads():
    ctx = click.Context(main)
    for name in COMMANDS:
        assert main.get_command(ctx, name) is not None, name
