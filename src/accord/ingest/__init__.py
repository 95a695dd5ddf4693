"""accord.ingest: read articles from files, directories, standard input, feeds; clean and date them.

    read_inputs(paths, fmt=None, include=None, max_bytes=MAX_BYTES, warn=None) -> RawArticle | InputError, ...
    prepare(raw, warn=None) -> Document

The formats, header lines, cleaning steps and bad-input errors are described in docs/formats.md.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Sequence

from accord.errors import InputError, InputWarning
from accord.ingest.formats import KNOWN_FORMATS, format_for
from accord.ingest.prepare import prepare
from accord.ingest.sources import MAX_BYTES
from accord.model import RawArticle

__all__ = ["KNOWN_FORMATS", "MAX_BYTES", "prepare", "read_inputs"]


def read_inputs(paths: Iterable[str], fmt: str | None = None, include: Sequence[str] | None = None,
                max_bytes: int = MAX_BYTES, warn: Callable[[InputWarning], None] | None = None,
                ) -> Iterator[RawArticle | InputError]:
    """Every article in `paths`, in order, with an InputError in place of each input that fails.

    Directories are read recursively (`include`: glob patterns on file names; default: every
    extension in KNOWN_FORMATS); "-" is standard input. The reader is chosen by `fmt`
    (txt|html|json|jsonl|rss), else by extension, else plain text. A JSON Lines file or a feed
    yields one item per record. Never raises for bad input; an unknown `fmt` is a usage error
    (AccordError E010) raised before anything is read. `warn` is called with each InputWarning
    (lines repaired while decoding) before the file's articles are yielded.
    """
    from accord.ingest.decode import decode_bytes
    from accord.ingest.readers import reader_for
    from accord.ingest.sources import expand_paths, read_source, source_name

    if fmt is not None:
        format_for("", fmt)  # validate now, not at the first file
    for path in expand_paths(paths, include):
        if isinstance(path, InputError):
            yield path
            continue
        source = source_name(path)
        try:
            text = decode_bytes(read_source(path, max_bytes), source, warn)
        except InputError as err:
            yield err
            continue
        yield from reader_for(format_for(path, fmt))(text, source)
