"""accord's store: documents, annotations, statements and findings, in memory or in SQLite.

`open_store(path)` is the entry point; both backends implement `Store` (protocol.py) and pass the
same conformance suite (tests/store/conformance.py). See docs/store.md.
"""

from __future__ import annotations

import os

from accord.store.memory import MemoryStore
from accord.store.protocol import MIN_PREFIX, Store, StoreError, statement_id
from accord.store.sqlite import SQLiteStore

__all__ = ["MIN_PREFIX", "MemoryStore", "SQLiteStore", "Store", "StoreError", "open_store",
           "statement_id"]


def open_store(path: str | os.PathLike | None) -> Store:
    """None or ":memory:" -> a new MemoryStore; anything else -> the SQLite file (created if missing)."""
    if path is None or os.fspath(path) == ":memory:":
        return MemoryStore()
    return SQLiteStore(path)
