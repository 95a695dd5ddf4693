"""Records to table rows and back: queried fields in columns, every other field in one JSON column.

Why: the model gains fields over time (with defaults). Keeping the fields nobody filters on in
an `extra` JSON column means a new field is stored and read back without a migration, and a
row written before the field existed reads back with the default.
"""

from __future__ import annotations

import json
from typing import Any, Sequence, TypeVar

T = TypeVar("T")


def dumps(value: Any) -> str:
    """Compact, deterministic JSON; raises TypeError for what JSON cannot hold."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def to_row(record: Any, columns: Sequence[str], omit: Sequence[str] = ()) -> tuple:
    """(value of each column..., JSON of every other field) for one dataclass record.

    `omit` names fields kept elsewhere (a parent key, a child table), left out of the JSON.
    """
    data = record.to_dict()
    values = tuple(data.pop(name) for name in columns)
    for name in omit:
        data.pop(name, None)
    return (*values, dumps(data))


def from_row(cls: type[T], columns: Sequence[str], row: Sequence[Any], **fields: Any) -> T:
    """Rebuild a record from `to_row`'s output (columns in order, then the JSON) plus `fields`."""
    data = json.loads(row[len(columns)])
    data.update(zip(columns, row))
    data.update(fields)
    return cls.from_dict(data)  # type: ignore[attr-defined]


def roundtrip(record: T) -> T:
    """A deep copy through JSON, so the in-memory store keeps exactly what SQLite would."""
    return type(record).from_dict(json.loads(dumps(record.to_dict())))  # type: ignore[attr-defined]
