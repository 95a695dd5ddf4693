"""One reader per input format: `read(text, source) -> Iterator[RawArticle | InputError]`.

Readers never raise for bad input: a file that fails yields one InputError, and a JSON Lines
file or a feed yields one InputError per bad record while its good records still come through.
Heavy parsers (trafilatura, feedparser) are imported only when their format is read.
"""

from __future__ import annotations

from typing import Callable, Iterator

from accord.model import RawArticle
from accord.errors import InputError

Reader = Callable[[str, str], Iterator[RawArticle | InputError]]


def reader_for(fmt: str) -> Reader:
    """The reader function of an input format (one of `accord.ingest.formats.FORMATS`)."""
    if fmt == "txt":
        from accord.ingest.readers.text import read_text as reader
    elif fmt == "html":
        from accord.ingest.readers.html import read_html as reader
    elif fmt == "json":
        from accord.ingest.readers.jsonl import read_json as reader
    elif fmt == "jsonl":
        from accord.ingest.readers.jsonl import read_jsonl as reader
    elif fmt == "rss":
        from accord.ingest.readers.feed import read_feed as reader
    else:
        from accord.ingest.formats import check_format

        check_format(fmt)  # raises E010
    return reader
