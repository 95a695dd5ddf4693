"""Which reader reads a file: by `--input-format`, else by extension, else plain text."""

from __future__ import annotations

import os

from accord.errors import AccordError, Errors

# File extension (lower case, without the dot) -> input format.
KNOWN_FORMATS: dict[str, str] = {
    "txt": "txt",
    "html": "html",
    "htm": "html",
    "json": "json",
    "jsonl": "jsonl",
    "xml": "rss",
    "rss": "rss",
    "atom": "rss",
}
FORMATS = ("txt", "html", "json", "jsonl", "rss")
DEFAULT_FORMAT = "txt"  # for standard input and for a named file with an unknown extension


def extension(path: str) -> str:
    """The lower-case extension of `path` without the dot ("" when it has none)."""
    return os.path.splitext(path)[1].lstrip(".").lower()


def is_known(path: str) -> bool:
    return extension(path) in KNOWN_FORMATS


def format_for(path: str, fmt: str | None = None) -> str:
    """The format to read `path` as: `fmt` when given, else by extension, else plain text."""
    if fmt is not None:
        return check_format(fmt)
    return KNOWN_FORMATS.get(extension(path), DEFAULT_FORMAT)


def check_format(fmt: str) -> str:
    """`fmt` itself, or AccordError (E010) when accord has no reader for it (a usage error)."""
    if fmt not in FORMATS:
        raise AccordError(Errors.E010.format(fmt=fmt, known=", ".join(FORMATS)))
    return fmt
