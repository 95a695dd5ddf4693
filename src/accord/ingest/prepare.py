"""From a reader's RawArticle to a Document: clean, read the header, date it, give it its id.

The order matters: Unicode first (so every later pattern sees composed characters and "\\n"
line ends), whitespace next (so the header and caption patterns see one space between words),
then the header (it must be at the very start), then captions (a caption that ends with its
credit keeps its sentences, moved after the body), then scraped boilerplate lines
("Read more", "Advertisement", ...), then whitespace again (a removed line leaves blank lines
behind), then footnote markers flattened into the line ("in April 2023.4 Sweden ...").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from accord.errors import Errors, InputError, InputWarning
from accord.ingest.clean import (normalize_whitespace, separate_captions, split_boilerplate, split_footnote_marks,
                                 split_invisible)
from accord.ingest.dates import parse_date
from accord.ingest.docid import document_id
from accord.ingest.header import split_header
from accord.ingest.published import choose_published
from accord.model import Document, RawArticle, Removal

MAX_HEADLINE = 200  # characters
_ENDS_SENTENCE = re.compile(r"[.!?:;,\"“”’'…)]$")


def clean_text(text: str) -> tuple[str, dict[str, str], list[Removal]]:
    """(cleaned text, header fields, removals) for a raw article text."""
    removed: list[Removal] = []
    text, invisible = split_invisible(text)
    if invisible:
        removed.append(Removal("invisible", invisible))
    text = normalize_whitespace(unicodedata.normalize("NFC", text))
    header = split_header(text)
    if header.text:
        removed.append(Removal("header", header.text))
    text, captions, credits = separate_captions(header.body)
    removed.extend(Removal("caption", line) for line in credits)
    text, boilerplate = split_boilerplate(text)
    removed.extend(Removal("boilerplate", line) for line in boilerplate)
    # Kept caption sentences go after the body, each its own paragraph: their claims are read,
    # but they never stand between a speaker and his quotation (a quotation's flow, the speaker
    # of a paragraph that follows) nor before the dateline or the headline.
    text = "\n\n".join([normalize_whitespace(text), *captions])
    # footnote markers run into a year or a sentence's end ("in April 2023.4 Sweden ..."): dropped
    text, marks = split_footnote_marks(normalize_whitespace(text))
    removed.extend(Removal("footnote", mark) for mark in marks)
    return text, header.fields, removed


def prepare(raw: RawArticle, warn: Callable[[InputWarning], None] | None = None) -> Document:
    """The cleaned, dated Document of `raw`; InputError (E011) when no text is left. `warn` is
    called with an InputWarning (W002) when the header's date is not a valid date."""
    text, fields, removed = clean_text(raw.text)
    if not text:
        raise InputError(raw.source, Errors.E011, raw.line)
    published, how = choose_published(raw.published, raw.published_how, _header_date(fields), text)
    header_date = _header_date(fields)
    if warn is not None and header_date and not parse_date(header_date):
        fallback = f"published {published}, found in the {how}" if published else "no publication date found"
        warn(InputWarning(raw.source, Errors.W002.format(value=header_date, fallback=fallback),
                          raw.line if raw.line is not None else _line_of(raw.text, header_date)))
    return Document(
        id=document_id(text), text=text, source=raw.source, format=raw.format,
        title=_clean_field(raw.title) or _clean_field(fields.get("title")) or headline(text),
        url=_clean_field(raw.url) or _clean_field(fields.get("url")),
        published=published, published_how=how, removed=removed, meta=_meta(raw, fields),
    )


def headline(text: str) -> str | None:
    """The first line as a title when it reads as a headline: alone in its paragraph, short,
    not ending like a sentence. It stays in the text (it is part of what was published)."""
    first, _, rest = text.partition("\n")
    if not rest.startswith("\n") or len(first) > MAX_HEADLINE or _ENDS_SENTENCE.search(first):
        return None
    return first if any(ch.isalpha() for ch in first) else None


def _meta(raw: RawArticle, fields: dict[str, str]) -> dict:
    meta = dict(raw.meta)
    if raw.line is not None:
        meta["item" if raw.format == "rss" else "line"] = raw.line
    if fields.get("source"):
        meta.setdefault("publisher", fields["source"])
    header_date = _header_date(fields)
    if header_date and not parse_date(header_date):
        meta.setdefault("published_raw", header_date)  # kept so a person can see what it said
    return meta


def _line_of(text: str, value: str) -> int | None:
    """The 1-based line of the raw text where a header value was written."""
    for number, line in enumerate(text.splitlines(), 1):
        if value in line:
            return number
    return None


def _header_date(fields: dict[str, str]) -> str | None:
    """The header's date value: the first of `date`, `published` that reads as a date, else the
    first given (so an unreadable one can still be shown)."""
    values = [fields[key] for key in ("date", "published") if fields.get(key)]
    return next((v for v in values if parse_date(v)), values[0] if values else None)


def _clean_field(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(unicodedata.normalize("NFC", split_invisible(value)[0]).split())
    return value or None
