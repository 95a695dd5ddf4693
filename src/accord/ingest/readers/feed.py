"""RSS and Atom feeds (feedparser): each item is an article, with its date.

The full text comes from `content:encoded` (RSS) or `content` (Atom) when the feed carries it,
else from the summary or description; meta["text_from"] says which. Items are numbered from 1
(RawArticle.line), so an item without text fails alone.
"""

from __future__ import annotations

import io
from typing import Any, Iterator

from accord.errors import Errors, InputError
from accord.ingest.dates import make_iso, parse_date
from accord.ingest.readers.markup import html_to_text
from accord.model import RawArticle

# The text is already decoded: say so, or feedparser would trust the XML declaration instead.
UTF8_HEADERS = {"content-type": "application/xml; charset=utf-8"}


def read_feed(text: str, source: str) -> Iterator[RawArticle | InputError]:
    """Yield one article (or InputError) per item, or one E009 when there is no feed."""
    import feedparser

    # A stream, never a string: feedparser fetches a string that looks like a URL or a path.
    try:
        parsed = feedparser.parse(io.BytesIO(text.encode("utf-8", "replace")), response_headers=UTF8_HEADERS)
    except Exception as err:  # noqa: BLE001 - a parser bug on one feed must not stop the batch
        yield InputError(source, Errors.E009.format(reason=_short(err)))
        return
    if not parsed.entries:
        reason = _short(parsed.get("bozo_exception")) if parsed.get("bozo") else "it has no items"
        yield InputError(source, Errors.E009.format(reason=reason))
        return
    publisher = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield entry_to_article(entry, source, number, publisher)


def entry_to_article(entry: Any, source: str, number: int, publisher: str | None) -> RawArticle | InputError:
    """The article of one feed item, or E017 when the item carries no text."""
    body, text_from = entry_text(entry)
    if not body:
        return InputError(source, Errors.E017, number)
    published = entry_date(entry)
    meta: dict[str, Any] = {"text_from": text_from}
    if publisher:
        meta["publisher"] = publisher
    return RawArticle(
        text=body, source=source, format="rss", title=(entry.get("title") or "").strip() or None,
        url=entry.get("link") or None, published=published,
        published_how="metadata" if published else "unknown", line=number, meta=meta,
    )


def entry_text(entry: Any) -> tuple[str, str]:
    """(text, where it came from): the longest full content, else the summary, else ("", "")."""
    contents = sorted(entry.get("content") or [], key=lambda c: len(c.get("value") or ""), reverse=True)
    for content in contents:
        text = _as_text(content.get("value") or "", content.get("type") or "")
        if text:
            return text, "content"
    summary = entry.get("summary_detail") or {}
    text = _as_text(entry.get("summary") or "", summary.get("type") or "text/html")
    return (text, "summary") if text else ("", "")


def entry_date(entry: Any) -> str | None:
    """The item's day as written (not shifted to UTC): published, else updated."""
    for name in ("published", "updated"):
        found = parse_date(entry.get(name))
        if found:
            return found
        parsed = entry.get(f"{name}_parsed")
        if parsed:
            return make_iso(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _as_text(value: str, mime: str) -> str:
    if "html" in mime:
        return html_to_text(value)
    return value.strip()


def _short(err: object) -> str:
    return " ".join(str(err).split())[:200] or "unknown error"
