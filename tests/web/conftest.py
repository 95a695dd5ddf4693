from __future__ import annotations

import warnings

import pytest

from accord.store import open_store
from tests.api.conftest import _client, kb  # noqa: F401  (session KB fixture)
from tests.web.long_store import fill_long


@pytest.fixture(scope="module")
def client(tmp_path_factory, kb):  # noqa: F811
    with _client(tmp_path_factory.mktemp("web"), kb) as c:
        yield c


@pytest.fixture(scope="module")
def long_db(tmp_path_factory, kb):  # noqa: F811
    """A store with long pages (tests/web/long_store.py): (database path, documents by name)."""
    db = tmp_path_factory.mktemp("long") / "long.db"
    with open_store(db) as store:
        docs = fill_long(store, kb)
    return db, docs


@pytest.fixture(scope="module")
def long_client(long_db, kb):  # noqa: F811
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette warns about httpx at import
        from fastapi.testclient import TestClient
    from accord.api import create_app

    db, docs = long_db
    with TestClient(create_app(db, kb=kb, annotator=None), raise_server_exceptions=False) as c:
        c.docs = docs
        yield c
