from __future__ import annotations

import pytest

from tests.api.conftest import _client, kb  # noqa: F401  (session KB fixture)


@pytest.fixture(scope="module")
def client(tmp_path_factory, kb):  # noqa: F811
    with _client(tmp_path_factory.mktemp("web"), kb) as c:
        yield c
