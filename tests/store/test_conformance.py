"""Every backend against the one conformance suite."""

from __future__ import annotations

import pytest

from accord.store import MemoryStore, PostgresStore, SQLiteStore, open_store
from tests.store.conformance import StoreConformance
from tests.store.postgres import pg_schema, pg_url  # noqa: F401  (fixtures)


class TestMemoryStore(StoreConformance):
    @pytest.fixture
    def store(self):
        store = open_store(None)
        assert isinstance(store, MemoryStore)
        yield store
        store.close()


class TestSQLiteStore(StoreConformance):
    @pytest.fixture
    def store(self, tmp_path):
        store = open_store(tmp_path / "accord.db")
        assert isinstance(store, SQLiteStore)
        yield store
        store.close()


class TestPostgresStore(StoreConformance):
    """Against the server named by ACCORD_TEST_POSTGRES, each test in its own new schema."""

    @pytest.fixture
    def store(self, pg_url):
        store = open_store(pg_url)
        assert isinstance(store, PostgresStore)
        yield store
        store.close()


def test_memory_path_gives_a_memory_store():
    assert isinstance(open_store(":memory:"), MemoryStore)
