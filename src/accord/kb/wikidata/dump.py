"""Streaming a Wikidata JSON dump: one entity per line, plain, .gz or .bz2, with a progress bar.

Wikidata publishes `latest-all.json.bz2` as one JSON array written one entity per line: a line
`[`, then lines `{...},`, the last entity without its comma, then `]`. Reading it line by line
keeps memory flat whatever the dump's size (the full dump is over 100 GB uncompressed). A line
that is not JSON is recorded with its number and skipped: one bad line in a hundred million
must not cost the rest. A damaged compressed stream cannot be read past, so it is an error.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import re
from pathlib import Path
from typing import Any, Iterator

from accord.errors import AccordError, Errors

MAX_ERRORS_KEPT = 100  # the report keeps the first ones and counts the rest


class LineErrors:
    """Malformed lines: the first MAX_ERRORS_KEPT messages and the total count."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.count = 0

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.messages) < MAX_ERRORS_KEPT:
            self.messages.append(message)


def items(path: str | Path, wanted: re.Pattern[str] | None = None, errors: LineErrors | None = None,
          progress: bool = False, description: str = "reading") -> Iterator[dict[str, Any]]:
    """Each entity of the dump. `wanted` is a cheap filter run on the raw line before parsing
    (a pass that needs P39 statements skips the lines that do not mention P39); lines that do
    not parse go to `errors` (line number and reason) and are skipped."""
    path = Path(path)
    with _progress(progress) as bar:
        try:
            with _open_text(path, bar, description) as handle:
                for number, line in enumerate(handle, 1):
                    item = _parse(line, number, wanted, errors)
                    if item is not None:
                        yield item
        except (OSError, EOFError, UnicodeDecodeError) as err:  # truncated .bz2/.gz, bad bytes
            raise AccordError(Errors.E106.format(path=path, reason=f"cannot be read: {err}")) from err


def _parse(line: str, number: int, wanted: re.Pattern[str] | None, errors: LineErrors | None) -> dict | None:
    text = line.strip()
    if not text or text in ("[", "]"):
        return None
    if wanted is not None and not wanted.search(text):
        # Not needed in this pass, so not parsed; still, a line that cannot be one entity is
        # reported (a cut line is the usual damage, and it may have been a needed entity).
        if not text.startswith("{"):
            _error(errors, number, "not a Wikibase entity (a dump line is one {...} entity)")
        elif not text.rstrip(",").endswith("}"):
            _error(errors, number, "not JSON (the line ends before its entity does)")
        return None
    try:
        item = json.loads(text[:-1] if text.endswith(",") else text)
    except json.JSONDecodeError as err:
        _error(errors, number, f"not JSON ({err.msg}, column {err.colno})")
        return None
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        _error(errors, number, "not a Wikibase entity (no id)")
        return None
    return item


def _error(errors: LineErrors | None, number: int, reason: str) -> None:
    if errors is not None:
        errors.add(f"line {number}: {reason}")


def _open_text(path: Path, bar: Any, description: str) -> io.TextIOWrapper:
    """The dump as text, decompressed by its suffix; the bar follows the bytes read on disk."""
    raw = _Counted(path.open("rb"), bar, bar.add_task(f"{description} {path.name}", total=path.stat().st_size))
    binary: Any = io.BufferedReader(raw)
    if path.suffix == ".bz2":
        binary = bz2.open(binary, "rb")
    elif path.suffix == ".gz":
        binary = gzip.open(binary, "rb")
    return io.TextIOWrapper(binary, encoding="utf-8")


class _Counted(io.RawIOBase):
    """A raw file that advances a progress task by the bytes it reads."""

    def __init__(self, raw: io.BufferedReader, bar: Any, task: Any) -> None:
        self._raw, self._bar, self._task = raw, bar, task

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        count = self._raw.readinto(buffer)
        self._bar.advance(self._task, count or 0)
        return count

    def close(self) -> None:
        self._raw.close()
        super().close()


def _progress(show: bool):
    """rich's progress bar on stderr (the project's console library); hidden when `show` is
    False (tests, pipes)."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), disable=not show, transient=True)
