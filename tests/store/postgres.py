"""Fixtures for tests against a real PostgreSQL server, named by ACCORD_TEST_POSTGRES.

Each test gets its own fresh schema (created, then dropped with everything in it), so tests never
see each other's rows and can run against a shared server. Without the variable these tests skip
and say how to run them (README.md, "Tests").
"""

from __future__ import annotations

import os
import uuid
from typing import Iterator

import pytest

ENV = "ACCORD_TEST_POSTGRES"
SKIP_REASON = (f"{ENV} is not set: set it to a PostgreSQL URL such as "
               "postgresql://root@127.0.0.1:5432/test to run the PostgreSQL tests (README.md, Tests)")


def server_url() -> str:
    """The server's URL, or a skip with the reason."""
    url = os.environ.get(ENV, "").strip()
    if not url:
        pytest.skip(SKIP_REASON)
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")
    return url


def with_schema(url: str, schema: str) -> str:
    """The URL with `options=-csearch_path=<schema>`, so every connection (a store opened by a
    subprocess, `accord serve`) works in that schema."""
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, str]]:
    """(server URL, name of a new empty schema); the schema is dropped afterwards."""
    import psycopg

    url = server_url()
    schema = f"accord_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield url, schema
    finally:
        with psycopg.connect(url, autocommit=True) as con:
            con.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def pg_url(pg_schema) -> str:
    """A URL whose connections work in a fresh schema (for open_store, subprocesses, the CLI)."""
    url, schema = pg_schema
    return with_schema(url, schema)
