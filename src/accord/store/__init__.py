"""accord's store: documents, annotations, statements and findings, in memory, SQLite or PostgreSQL.

`open_store(path)` is the entry point; every backend implements `Store` (protocol.py) and passes
the same conformance suite (tests/store/conformance.py). See docs/store.md.
"""

from __future__ import annotations

import os

from accord.store.memory import MemoryStore
from accord.store.protocol import MIN_PREFIX, Store, StoreError, statement_id
from accord.store.sqlite import SQLiteStore
from accord.store.urls import is_postgres_url

__all__ = ["MIN_PREFIX", "MemoryStore", "PostgresStore", "SQLiteStore", "Store", "StoreError", "open_store",
           "statement_id"]


def open_store(path: str | os.PathLike | None) -> Store:
    """None or ":memory:" -> a new MemoryStore; a postgresql:// (or postgres://) URL -> that
    PostgreSQL database; anything else -> the SQLite file (created if missing)."""
    if path is None or os.fspath(path) == ":memory:":
        return MemoryStore()
    if is_postgres_url(os.fspath(path)):
        from accord.store.postgres import PostgresStore

        return PostgresStore(os.fspath(path))
    return SQLiteStore(path)


def __getattr__(name: str):
    """`PostgresStore`, imported on first use: the PostgreSQL backend (about 60 kB of code with
    its SQL) is not loaded by a check of a SQLite file."""
    if name == "PostgresStore":
        from accord.store.postgres import PostgresStore

        return PostgresStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
