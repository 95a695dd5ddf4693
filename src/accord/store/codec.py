"""Records to table rows and back: queried fields in columns, every other field in one JSON column.

Why: the model gains fields over time (with defaults). Keeping the fields nobody filters on in
an `extra` JSON column means a new field is stored and read back without a migration, and a
row written before the field existed reads back with the default.
"""

from __future__ import annotations

import dataclasses
import json
from functools import lru_cache
from typing import Any, Sequence, TypeVar

from accord.model import _Record

T = TypeVar("T")


def as_dict(record: Any) -> dict[str, Any]:
    """`record.to_dict()`, without `dataclasses.asdict`'s deep copies (which took 60% of add()).

    Only records that keep the model's default `to_dict` take the fast path; JSON encoding copies
    anyway.
    """
    if type(record).to_dict is not _Record.to_dict:
        return record.to_dict()
    return {name: _plain(getattr(record, name)) for name in _field_names(type(record))}


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    if type(value) in _SCALARS:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return as_dict(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value  # json.dumps decides: TypeError for what JSON cannot hold


def dumps(value: Any) -> str:
    """Compact, deterministic JSON; raises TypeError for what JSON cannot hold."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def to_row(record: Any, columns: Sequence[str], omit: Sequence[str] = (), compact: bool = True) -> tuple:
    """(value of each column..., JSON of every other field) for one dataclass record.

    `omit` names fields kept elsewhere (a parent key, a child table), left out of the JSON.
    `compact` leaves out fields that hold their default (`from_dict` gives them back): a
    statement's `{"polarity": "affirmed", "modality": "fact", ...}` costs nothing; so do the
    fields of a nested record (a date's `"part": null`) whose default is None and that hold it.
    """
    data = as_dict(record)
    values = tuple(data.pop(name) for name in columns)
    for name in omit:
        data.pop(name, None)
    if compact:
        defaults = field_defaults(type(record))
        data = {k: _unset_left_out(getattr(record, k, None), v) for k, v in data.items()
                if k not in defaults or defaults[k] != v}
    return (*values, dumps(data))


def _unset_left_out(value: Any, data: Any) -> Any:
    """A nested record's dict without the fields that hold a default of None (the model's
    `from_dict` gives them back; rows written before such a field existed read back so too)."""
    if not (dataclasses.is_dataclass(value) and isinstance(data, dict)):
        return data
    unset = [name for name, default in field_defaults(type(value)).items() if default is None]
    return {k: v for k, v in data.items() if not (v is None and k in unset)}


@lru_cache(maxsize=None)
def field_defaults(cls: type) -> dict[str, Any]:
    """{field: its default as JSON would hold it} for the fields of `cls` that have one."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = _plain(f.default)
        elif f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
            out[f.name] = _plain(f.default_factory())  # type: ignore[misc]
    return out


def from_row(cls: type[T], columns: Sequence[str], row: Sequence[Any], **fields: Any) -> T:
    """Rebuild a record from `to_row`'s output (columns in order, then the JSON) plus `fields`."""
    return cls.from_dict(row_dict(columns, row, **fields))  # type: ignore[attr-defined]


def row_dict(columns: Sequence[str], row: Sequence[Any], **fields: Any) -> dict[str, Any]:
    """The record's dict from `to_row`'s output, for nesting in a parent record."""
    extra = row[len(columns)]
    data = {} if extra == "{}" else json.loads(extra)  # most references have nothing in extra
    data.update(zip(columns, row))
    data.update(fields)
    return data


def roundtrip(record: T) -> T:
    """A deep copy through JSON, so the in-memory store keeps exactly what SQLite would."""
    return type(record).from_dict(json.loads(dumps(as_dict(record))))  # type: ignore[attr-defined]
