"""What `accord watch` remembers across restarts, in a small SQLite file of its own.

Per feed: the validators of its last answer (ETag, Last-Modified), its consecutive failures and
when to try it again (the back-off). Per item: the document it became, or how many times it
failed. Every change is one transaction, so a watcher stopped at any point leaves either the old
or the new row. It is apart from the article store because it is this watcher's bookkeeping,
not the knowledge graph, and works whatever store `--db` names.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    source TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    retry_at REAL NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS items (
    source TEXT NOT NULL,
    key TEXT NOT NULL,
    doc_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    at REAL NOT NULL,
    PRIMARY KEY (source, key)
);
"""

# An item whose page fails this many rounds is given up (kept as failed, not tried again).
MAX_ATTEMPTS = 3


@dataclass
class FeedState:
    source: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    retry_at: float = 0.0
    last_error: str | None = None


def backoff_delay(failures: int, every: float, cap: float) -> float:
    """Seconds to wait after `failures` consecutive failures: `every` after the first, doubling
    with each one after it, never more than `cap` (nor less than `every`)."""
    if failures <= 0:
        return every
    return max(every, min(cap, every * 2 ** min(failures - 1, 62)))


class WatchState:
    """The watcher's state file (created if missing)."""

    def __init__(self, path: str):
        self.path = path
        self.con = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.executescript(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def feed(self, source: str) -> FeedState:
        row = self.con.execute("SELECT etag, last_modified, failures, retry_at, last_error FROM feeds "
                               "WHERE source = ?", (source,)).fetchone()
        return FeedState(source, *row) if row else FeedState(source)

    def fetched(self, source: str, etag: str | None, last_modified: str | None) -> None:
        """The feed answered: keep its validators, forget its failures."""
        self.con.execute(
            "INSERT INTO feeds (source, etag, last_modified, failures, retry_at, last_error) "
            "VALUES (?, ?, ?, 0, 0, NULL) ON CONFLICT (source) DO UPDATE SET etag = excluded.etag, "
            "last_modified = excluded.last_modified, failures = 0, retry_at = 0, last_error = NULL",
            (source, etag, last_modified))

    def failed(self, source: str, error: str, every: float, cap: float, now: float | None = None) -> FeedState:
        """One more failure: the feed is tried again after the back-off delay. Its validators
        are kept (the next answer may still be 304)."""
        now = time.time() if now is None else now
        state = self.feed(source)
        state.failures += 1
        state.retry_at = now + backoff_delay(state.failures, every, cap)
        state.last_error = error
        self.con.execute(
            "INSERT INTO feeds (source, etag, last_modified, failures, retry_at, last_error) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET failures = excluded.failures, "
            "retry_at = excluded.retry_at, last_error = excluded.last_error",
            (source, state.etag, state.last_modified, state.failures, state.retry_at, error))
        return state

    def done(self, source: str, key: str) -> bool:
        """True when the item was stored, or failed MAX_ATTEMPTS times: not to be tried again."""
        row = self.con.execute("SELECT doc_id, attempts FROM items WHERE source = ? AND key = ?",
                               (source, key)).fetchone()
        return bool(row) and (row[0] is not None or row[1] >= MAX_ATTEMPTS)

    def stored(self, source: str, key: str, doc_id: str) -> None:
        self.con.execute(
            "INSERT INTO items (source, key, doc_id, attempts, error, at) VALUES (?, ?, ?, 0, NULL, ?) "
            "ON CONFLICT (source, key) DO UPDATE SET doc_id = excluded.doc_id, error = NULL, at = excluded.at",
            (source, key, doc_id, time.time()))

    def item_failed(self, source: str, key: str, error: str) -> int:
        """Count one failed attempt at an item; returns the attempts so far."""
        self.con.execute(
            "INSERT INTO items (source, key, doc_id, attempts, error, at) VALUES (?, ?, NULL, 1, ?, ?) "
            "ON CONFLICT (source, key) DO UPDATE SET attempts = attempts + 1, error = excluded.error, "
            "at = excluded.at", (source, key, error, time.time()))
        return self.con.execute("SELECT attempts FROM items WHERE source = ? AND key = ?",
                                (source, key)).fetchone()[0]

    def stored_documents(self) -> list[str]:
        """The document ids of every item stored (tests check them against the store)."""
        return [row[0] for row in self.con.execute("SELECT doc_id FROM items WHERE doc_id IS NOT NULL")]
