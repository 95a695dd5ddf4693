"""Reading KB data files (YAML and JSON Lines) into checked records.

Every problem is collected with the file and record it concerns ("nato.yaml: facts[3]: ...") so
one run of `accord kb validate` (or the schema test) reports all of them at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from accord.kb.schema import CorrectionRecord, DataFile, EntityRecord, FactRecord

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Records:
    """What a set of files holds, each record with its origin, and what was wrong."""

    entities: list[tuple[str, EntityRecord]] = field(default_factory=list)
    facts: list[tuple[str, FactRecord]] = field(default_factory=list)
    corrections: list[tuple[str, CorrectionRecord]] = field(default_factory=list)
    title_kinds: dict[str, list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def read(paths: Iterable[Path], records: Records | None = None) -> Records:
    records = records or Records()
    for path in paths:
        try:
            if path.suffix == ".jsonl":
                _read_jsonl(path, records)
            else:
                _read_yaml(path, records)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
            records.errors.append(f"{path}: cannot be read: {err}")
    return records


def _read_yaml(path: Path, records: Records) -> None:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    try:
        parsed = DataFile.model_validate(data)
    except ValidationError as err:
        records.errors.append(f"{path.name}: {_message(err)}")
        return
    for i, raw in enumerate(parsed.entities):
        _add(records, "entity", raw, f"{path.name}: entities[{i}]")
    for i, raw in enumerate(parsed.facts):
        _add(records, "fact", raw, f"{path.name}: facts[{i}]")
    for g, group in enumerate(parsed.fact_groups):
        for i, raw in enumerate(group.facts):
            _add(records, "fact", {**group.shared, **raw}, f"{path.name}: fact_groups[{g}].facts[{i}]")
    for i, raw in enumerate(parsed.corrections):
        _add(records, "correction", raw, f"{path.name}: corrections[{i}]")
    for kind, titles in parsed.title_kinds.items():
        records.title_kinds.setdefault(kind, []).extend(titles)


def _read_jsonl(path: Path, records: Records) -> None:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            origin = f"{path.name}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                records.errors.append(f"{origin}: not valid JSON: {err}")
                continue
            kinds = [k for k in _MODELS if isinstance(row, dict) and k in row]
            if len(kinds) != 1:
                records.errors.append(f"{origin}: expected one key, 'entity', 'fact' or 'correction'")
                continue
            _add(records, kinds[0], row[kinds[0]], origin)


_MODELS = {"entity": EntityRecord, "fact": FactRecord, "correction": CorrectionRecord}


def _add(records: Records, kind: str, raw: Any, origin: str) -> None:
    try:
        record = _MODELS[kind].model_validate(raw)
    except ValidationError as err:
        records.errors.append(f"{origin}: {_message(err)}")
        return
    target = {"entity": records.entities, "fact": records.facts, "correction": records.corrections}[kind]
    target.append((origin, record))


def _message(err: ValidationError) -> str:
    """pydantic's errors on one line: "start: '2023-02-30' is not a date; ..."."""
    parts = []
    for e in err.errors():
        where = ".".join(str(x) for x in e["loc"])
        parts.append(f"{where + ': ' if where else ''}{e['msg']}")
    return "; ".join(parts)
