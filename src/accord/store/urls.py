"""Which store a path names: a PostgreSQL URL or not (apart from postgres.py, so a check of a
SQLite file never imports the PostgreSQL backend)."""

from __future__ import annotations

URL_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(path: object) -> bool:
    return isinstance(path, str) and path.startswith(URL_SCHEMES)
