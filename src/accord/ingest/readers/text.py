"""Plain text: the whole file is one article; header lines are read later, by `prepare`."""

from __future__ import annotations

from typing import Iterator

from accord.errors import InputError
from accord.model import RawArticle


def read_text(text: str, source: str) -> Iterator[RawArticle | InputError]:
    """Yield the file as one article."""
    yield RawArticle(text=text, source=source, format="txt")
