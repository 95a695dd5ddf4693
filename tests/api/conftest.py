from __future__ import annotations

import warnings

import pytest

from accord.store import open_store
from tests.query.store_fixture import fill


@pytest.fixture(scope="session")
def kb():
    from accord.kb import load

    return load()


def _client(tmp_path, kb):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette warns about httpx at import
        from fastapi.testclient import TestClient
    from accord.api import create_app

    db = tmp_path / "api.db"
    with open_store(db) as store:
        docs = fill(store)
    client = TestClient(create_app(db, kb=kb, annotator=None, max_body=50_000), raise_server_exceptions=False)
    client.docs = docs
    return client


@pytest.fixture(scope="module")
def client(tmp_path_factory, kb):
    """For read-only tests: one app per module."""
    with _client(tmp_path_factory.mktemp("api"), kb) as c:
        yield c


@pytest.fixture()
def fresh_client(tmp_path, kb):
    """For tests that write (POST)."""
    with _client(tmp_path, kb) as c:
        yield c
