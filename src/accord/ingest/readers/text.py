"""Plain text: the whole file is one article; header lines are read later, by `prepare`."""

from __future__ import annotations

from typing import Iterator

from accord.errors import Errors, InputError
from accord.model import RawArticle


def read_text(text: str, source: str) -> Iterator[RawArticle | InputError]:
    """Yield the file as one article (E001 when it holds only whitespace)."""
    if not text.strip():
        yield InputError(source, Errors.E001)
        return
    yield RawArticle(text=text, source=source, format="txt")
