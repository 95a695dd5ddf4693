"""The watch loop: each round polls every feed, fetches each new item's page, ingests and checks
the article, sends its flagged findings on, and remembers the item.

Order of work for one article: ingest (one transaction), verify (one transaction for its
findings), notify, then mark the item seen. A stop request (SIGTERM) is honoured between
articles, so an article is never left half-done by a clean stop; a hard kill between two steps
leaves the item unseen, and the next run finds the document already stored (same text, same id),
checks it and marks it: nothing is stored twice.

A feed's validators (ETag, Last-Modified) are saved only once every item of that answer is
handled, so an item whose page failed, or one a stop left unread, is seen again next round
rather than hidden behind a 304.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Sequence

from accord.errors import AccordError, Errors, InputError
from accord.model import RawArticle
from accord.watch.feeds import FeedItem, FetchError, fetch, is_url, parse_items
from accord.watch.notify import Notifier
from accord.watch.state import MAX_ATTEMPTS, WatchState

log = logging.getLogger("accord.watch")

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$", re.IGNORECASE)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "90", "30s", "10m", "2h", "1d"; ValueError for anything else or zero."""
    match = _INTERVAL.match(text or "")
    if not match:
        raise ValueError(f"not an interval: {text!r} (expected a number with s, m, h or d, as 10m)")
    seconds = float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]
    if seconds <= 0:
        raise ValueError(f"the interval must be more than zero: {text!r}")
    return seconds


@dataclass
class RoundResult:
    """What one round did, feed by feed and in all."""

    stored: list[str] = field(default_factory=list)      # new document ids
    present: list[str] = field(default_factory=list)     # items whose text was already stored
    flagged: int = 0                                     # flagged findings sent on
    item_errors: list[str] = field(default_factory=list)
    feed_errors: dict[str, str] = field(default_factory=dict)
    not_modified: list[str] = field(default_factory=list)
    backing_off: list[str] = field(default_factory=list)


class Watcher:
    """Polls `sources` (feed URLs or local feed files) into `store`, checking against `kb`."""

    def __init__(self, sources: Sequence[str], store, kb, annotator, state: WatchState,
                 notifier: Notifier | None = None, every: float = 600, max_backoff: float = 6 * 3600):
        self.sources = list(dict.fromkeys(sources))
        self.store, self.kb, self.annotator = store, kb, annotator
        self.state = state
        self.notifier = notifier or Notifier()
        self.every, self.max_backoff = every, max(every, max_backoff)
        self.stop = threading.Event()

    def run(self, once: bool = False) -> RoundResult:
        """Rounds every `every` seconds until `stop` is set (or one round with `once`); returns
        the last round's result."""
        result = RoundResult()
        while not self.stop.is_set():
            result = self.round()
            if once:
                break
            self.stop.wait(self.every)
        if self.stop.is_set():
            log.info("stopped")
        return result

    def round(self) -> RoundResult:
        result = RoundResult()
        for source in self.sources:
            if self.stop.is_set():
                break
            self.poll(source, result)
        log.info("round: %d new, %d already stored, %d flagged, %d item errors, %d feed errors",
                 len(result.stored), len(result.present), result.flagged, len(result.item_errors),
                 len(result.feed_errors))
        return result

    def poll(self, source: str, result: RoundResult) -> None:
        """One feed: a conditional fetch, then each item not yet seen."""
        feed = self.state.feed(source)
        if feed.retry_at > time.time():
            result.backing_off.append(source)
            log.info("%s: backing off after %d failure(s), next try %s", source, feed.failures,
                     time.strftime("%H:%M:%S", time.localtime(feed.retry_at)))
            return
        try:
            answer = fetch(source, feed.etag, feed.last_modified)
            items = parse_items(answer.body, answer.content_type) if answer.body is not None else None
        except FetchError as err:
            failed = self.state.failed(source, str(err), self.every, self.max_backoff)
            result.feed_errors[source] = str(err)
            log.warning("%s: %s; failure %d, next try in %.0f s", source, err, failed.failures,
                        failed.retry_at - time.time())
            return
        if items is None:
            result.not_modified.append(source)
            self.state.fetched(source, answer.etag, answer.last_modified)
            log.info("%s: not modified", source)
            return
        new: dict[str, FeedItem] = {}  # by key: an item listed twice is one item
        for item in items:
            if item.key not in new and not self.state.done(source, item.key):
                new[item.key] = item
        log.info("%s: %d item(s), %d new", source, len(items), len(new))
        complete = True
        for item in new.values():
            if self.stop.is_set():
                complete = False
                break
            complete &= self.article(source, item, result)
        if complete:
            self.state.fetched(source, answer.etag, answer.last_modified)

    def article(self, source: str, item: FeedItem, result: RoundResult) -> bool:
        """Fetch, ingest, check and notify one item; True when it is done with (stored, or
        given up after MAX_ATTEMPTS failures)."""
        from accord.ingest import prepare
        from accord.pipeline import ingest_items
        from accord.reconcile.run import verify_documents
        from accord.report import FLAGGED, build

        where = item.link or item.key
        try:
            doc = prepare(self.page(item))
        except (FetchError, InputError) as err:
            attempts = self.state.item_failed(source, item.key, str(err))
            result.item_errors.append(f"{where}: {err}")
            given_up = attempts >= MAX_ATTEMPTS
            log.warning("%s: %s (attempt %d%s)", where, err, attempts, ", given up" if given_up else "")
            return given_up
        try:
            report = ingest_items([doc], self.store, annotator=self.annotator)
            findings = verify_documents(self.store, self.kb, [doc.id])
        except AccordError:
            raise  # the store refused (damaged, unreachable): stop, this is not about one article
        except Exception as err:  # noqa: BLE001 - a bug on one article must not stop the watcher
            attempts = self.state.item_failed(source, item.key, f"{type(err).__name__}: {err}")
            result.item_errors.append(f"{where}: {type(err).__name__}: {err}")
            log.exception("%s: could not be checked (attempt %d)", where, attempts)
            return attempts >= MAX_ATTEMPTS
        new = bool(report.ingested)
        data = build([doc], findings)
        flagged = [f for f in data["findings"] if f["kind"] in FLAGGED]
        if flagged and self.notifier:
            self.notifier.send({"feed": source, "item": item.key,
                                "document": {"id": doc.id, "title": doc.title, "source": doc.source,
                                             "url": doc.url, "published": doc.published},
                                "findings": flagged})
        self.state.stored(source, item.key, doc.id)
        (result.stored if new else result.present).append(doc.id)
        result.flagged += len(flagged)
        log.info("%s %s %s: %d claim(s), %d flagged", "stored" if new else "already stored", doc.id[:12],
                 doc.title or where, data["claims"], len(flagged))
        return True

    def page(self, item: FeedItem) -> RawArticle:
        """The article of an item: its page read as the HTML reader reads it, else the item's own
        text when the page has none, or there is no page, or the page cannot be fetched and the
        feed carries the full text."""
        from accord.ingest.decode import decode_bytes
        from accord.ingest.readers.html import read_html

        raw = None
        answer = None
        if item.link and is_url(item.link):
            try:
                answer = fetch(item.link)
            except FetchError as err:
                if not item.full:
                    raise  # a summary is not the article: try the page again next round
                log.info("%s: %s; reading the full text the feed carries", item.link, err)
        if answer is not None:
            text = decode_bytes(answer.body or b"", item.link)
            found = next(iter(read_html(text, item.link)), None)
            if isinstance(found, RawArticle):
                raw = found
            elif not item.text:
                raise found or InputError(item.link, Errors.E008)
        if raw is None:
            if not item.text:
                raise InputError(item.link or item.key, Errors.E017)
            raw = RawArticle(text=item.text, source=item.link or item.key, format="rss",
                             published=None, published_how="unknown", meta={"text_from": "feed"})
        raw.url = raw.url or item.link
        raw.title = raw.title or item.title
        if raw.published is None and item.published:
            raw.published, raw.published_how = item.published, "metadata"
        return raw
