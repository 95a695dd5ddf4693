"""Fetching feeds and pages, and reading a feed's items.

A feed is fetched with the validators its last answer gave (If-None-Match for an ETag,
If-Modified-Since for a Last-Modified date), so an unchanged feed costs one request answered
304 Not Modified and no parsing. A local feed file plays the same game with its modification
time and size. Items come from RSS and Atom (feedparser) and from JSON Feed (jsonfeed.org).
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass

from accord import __version__
from accord.errors import Errors

USER_AGENT = f"accord/{__version__} (+feed watcher)"
TIMEOUT = 30  # seconds, per request
MAX_BYTES = 10_000_000  # a feed or a page larger than this is refused


class FetchError(Exception):
    """A feed or page could not be fetched or read (the message says why)."""


@dataclass
class Fetched:
    """One answer: `body` None when not modified; `etag`/`last_modified` to send next time."""

    body: bytes | None
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class FeedItem:
    """One item of a feed: a stable `key`, the article's `link`, and what the feed says of it."""

    key: str
    link: str | None
    title: str | None = None
    published: str | None = None
    text: str = ""  # the item's own text (full content or summary), used when there is no page
    full: bool = False  # `text` is the full article (RSS content:encoded, Atom content, JSON content_*)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(source: str, etag: str | None = None, last_modified: str | None = None,
          timeout: float = TIMEOUT) -> Fetched:
    """Fetch `source` (a URL or a local file) conditionally. FetchError on any failure."""
    if not is_url(source):
        return _read_file(source, etag)
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(source, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise FetchError(Errors.E712.format(limit=MAX_BYTES))
            return Fetched(body, response.headers.get("Content-Type", ""),
                           response.headers.get("ETag"), response.headers.get("Last-Modified"))
    except urllib.error.HTTPError as err:
        if err.code == 304:
            return Fetched(None, etag=err.headers.get("ETag") or etag,
                           last_modified=err.headers.get("Last-Modified") or last_modified)
        raise FetchError(Errors.E711.format(code=err.code, reason=err.reason)) from err
    except (urllib.error.URLError, OSError, ValueError) as err:
        raise FetchError(" ".join(str(getattr(err, "reason", err)).split()) or type(err).__name__) from err


def _read_file(path: str, validator: str | None) -> Fetched:
    """A local feed file; its "ETag" is its modification time and size."""
    try:
        stat = os.stat(path)
        stamp = f"{stat.st_mtime_ns}-{stat.st_size}"
        if validator == stamp:
            return Fetched(None, etag=stamp)
        with open(path, "rb") as handle:
            body = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise FetchError(err.strerror or str(err)) from err
    if len(body) > MAX_BYTES:
        raise FetchError(Errors.E712.format(limit=MAX_BYTES))
    return Fetched(body, "application/json" if path.endswith(".json") else "", etag=stamp)


def parse_items(body: bytes, content_type: str = "") -> list[FeedItem]:
    """The items of a feed document, in feed order. FetchError when it is not a feed."""
    if "json" in content_type or body.lstrip()[:1] == b"{":
        return _json_feed(body)
    return _xml_feed(body)


def _xml_feed(body: bytes) -> list[FeedItem]:
    import io

    import feedparser

    from accord.ingest.readers.feed import entry_date, entry_text

    try:
        parsed = feedparser.parse(io.BytesIO(body))
    except Exception as err:  # noqa: BLE001 - a parser bug on one feed must not stop the others
        raise FetchError(Errors.E713.format(reason=err)) from err
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no feed found"
        raise FetchError(Errors.E713.format(reason=" ".join(str(reason).split())[:200]))
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        text, text_from = entry_text(entry)
        key = entry.get("id") or link or _digest((entry.get("title") or "") + text)
        items.append(FeedItem(key, link, (entry.get("title") or "").strip() or None, entry_date(entry), text,
                              full=text_from == "content"))
    return items


def _json_feed(body: bytes) -> list[FeedItem]:
    from accord.ingest.dates import parse_date
    from accord.ingest.readers.markup import html_to_text

    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise FetchError(Errors.E714.format(reason=err)) from err
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise FetchError(Errors.E714.format(reason="no list of items"))
    items = []
    for entry in data["items"]:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url") or None
        text = (entry.get("content_text") or "").strip() or html_to_text(entry.get("content_html") or "")
        full = bool(text)
        text = text or (entry.get("summary") or "").strip()
        key = str(entry.get("id") or link or _digest((entry.get("title") or "") + text))
        items.append(FeedItem(key, link, (entry.get("title") or "").strip() or None,
                              parse_date(entry.get("date_published") or entry.get("date_modified")), text,
                              full=full))
    return items


def _digest(text: str) -> str:
    import hashlib

    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
