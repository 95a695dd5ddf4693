"""Where input comes from: files, directories (recursive) and standard input.

Every problem with one input becomes an InputError for that input, yielded in order, so a batch
of thousands of files is never stopped by one unreadable file or broken link.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from typing import Iterable, Iterator, Sequence

from accord.errors import Errors, InputError
from accord.ingest.formats import is_known

MAX_BYTES = 5_000_000  # the default size limit of every command that reads files, and of the API
STDIN = "-"
STDIN_SOURCE = "<stdin>"


def expand_paths(paths: Iterable[str], include: Sequence[str] | None = None) -> Iterator[str | InputError]:
    """Every file to read, in a stable order: named files as given, directories walked recursively.

    In directories only files whose name matches one of the `include` globs are read (default:
    every known extension); hidden files and folders are skipped. A named path that does not
    exist, a broken link and a folder that cannot be listed become InputErrors.
    """
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.islink(path) and not os.path.exists(path):
            yield InputError(path, Errors.E016)
        elif os.path.isdir(path):
            yield from walk(path, include)
        elif not os.path.exists(path):
            yield InputError(path, Errors.E005.format(reason="no such file or directory"))
        else:
            yield path


def walk(folder: str, include: Sequence[str] | None) -> Iterator[str | InputError]:
    """Files under `folder` that `wanted` accepts, sorted by name; links to folders are not followed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield InputError(folder, Errors.E005.format(reason=_reason(err)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(entry.path, include)
        elif wanted(entry.name, include):
            if entry.is_symlink() and not os.path.exists(entry.path):
                yield InputError(entry.path, Errors.E016)
            elif entry.is_file():
                yield entry.path


def wanted(name: str, include: Sequence[str] | None) -> bool:
    """Whether a file found in a directory is read: it matches a glob, or has a known extension."""
    if include:
        return any(fnmatch.fnmatch(name, pattern) for pattern in include)
    return is_known(name)


def read_source(path: str, max_bytes: int) -> bytes:
    """The bytes of a file (or of standard input for "-"), refusing more than `max_bytes`."""
    if path == STDIN:
        return _limited(sys.stdin.buffer.read(max_bytes + 1), STDIN_SOURCE, max_bytes, None)
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise InputError(path, Errors.E004.format(limit=max_bytes, size=size))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise InputError(path, Errors.E005.format(reason=_reason(err))) from err
    return _limited(data, path, max_bytes, size)


def source_name(path: str) -> str:
    """How an input is named in documents and errors."""
    return STDIN_SOURCE if path == STDIN else path


def _limited(data: bytes, source: str, max_bytes: int, size: int | None) -> bytes:
    # A file can grow between stat and read, and standard input has no size: check what was read.
    if len(data) > max_bytes:
        shown = size if size is not None and size > max_bytes else f"more than {max_bytes}"
        raise InputError(source, Errors.E004.format(limit=max_bytes, size=shown))
    return data


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()
