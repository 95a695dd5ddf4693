from __future__ import annotations

import pytest

from accord.store import open_store
from tests.query.store_fixture import fill


@pytest.fixture(scope="session")
def kb():
    from accord.kb import load

    return load()


@pytest.fixture()
def store():
    s = open_store(None)
    s.docs = fill(s)
    yield s
    s.close()
