"""Header lines before a plain-text article's body: `date 2023-04-11`, `title: ...`, `url: ...`.

A header is read once and then removed from the text, so the stored text starts with the article
and the header's date becomes the document's publication date ("published_how": "header").
Keys are case-insensitive: date, published, title, url, source. With a colon the value runs to
the end of the line; `date` and `published` may also be followed by an ISO date and a space, as in
seed 004, where the body goes on after the date on the same line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.ingest.dates import ISO_DATE

KEYS = ("date", "published", "title", "url", "source")
_WITH_COLON = re.compile(r"^(?P<key>" + "|".join(KEYS) + r")[ \t]*:[ \t]*(?P<value>\S.*)$", re.IGNORECASE)
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_DATE_NO_COLON = re.compile(
    r"^(?P<key>date|published)[ \t]+(?P<value>" + re.sub(r"\?P<\w+>", "?:", ISO_DATE) + _TIME + r")(?:[ \t]+|$)",
    re.IGNORECASE,
)
_URL_NO_COLON = re.compile(r"^(?P<key>url)[ \t]+(?P<value>https?://\S+)(?:[ \t]+|$)", re.IGNORECASE)


@dataclass
class Header:
    """What the header said (lower-case keys), the header as written, and the text after it."""

    fields: dict[str, str] = field(default_factory=dict)
    text: str = ""
    body: str = ""


def split_header(text: str) -> Header:
    """Read the header lines at the start of `text` (whitespace already normalised).

    Stops at the first line that is not a header line, or where the body starts on a date line.
    """
    lines = text.split("\n")
    fields: dict[str, str] = {}
    consumed: list[str] = []
    for index, line in enumerate(lines):
        found = _WITH_COLON.match(line) or _DATE_NO_COLON.match(line) or _URL_NO_COLON.match(line)
        if not found:
            return _header(fields, consumed, lines[index:])
        fields.setdefault(found["key"].lower(), found["value"].strip())
        consumed.append(line[: found.end()].strip())
        rest = line[found.end():]
        if rest.strip():  # the body starts on the header's line
            return _header(fields, consumed, [rest] + lines[index + 1:])
    return _header(fields, consumed, [])


def remove_header(text: str) -> str:
    """`split_header` as a plain step: the text after the header."""
    return split_header(text).body


def _header(fields: dict[str, str], consumed: list[str], rest: list[str]) -> Header:
    if not consumed:
        return Header(body="\n".join(rest))
    return Header(fields=fields, text="\n".join(consumed), body="\n".join(rest).strip())
