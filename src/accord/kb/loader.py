"""Loading the KB: bundled data plus user folders, validated the same way, cached.

`load()` reads `accord/kb/data/`, then every folder in `extra_dirs` and in the environment
variable ACCORD_KB (folders separated by the OS path separator, ":" on Linux), one layer per
folder: a later layer's corrections replace or retract the facts of earlier ones
(corrections.py). It checks every record (schema.py) and every cross-reference (validate.py),
and raises AccordError(E101) listing every problem inside a layer; a conflict between layers is
a warning on the KB (`kb.warnings`), never a failure. The KB for a given set of files is built
once per process, and its parsed form is kept in a cache file ($XDG_CACHE_HOME/accord or
~/.cache/accord) keyed by every data file's path, size and modification time and by the content
of the code that builds and holds it (the accord.kb package and accord.model, whose classes are
pickled), so a later process loads it in a few milliseconds and a changed checkout never reads
a KB built by other code. Only the newest CACHE_KEEP files are kept. Set ACCORD_KB_CACHE=0 to
bypass the cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from accord.errors import AccordError, Errors
from accord.kb import temporal
from accord.kb.base import KB
from accord.kb.types import BUNDLED, Correction, Entity, Fact, KBWarning

if TYPE_CHECKING:  # pydantic, yaml and pycountry are imported only when the cache is cold
    from accord.kb.schema import EntityRecord, FactRecord

DATA_DIR = Path(__file__).resolve().parent / "data"
ENV_VAR = "ACCORD_KB"
SUFFIXES = (".yaml", ".yml", ".jsonl")
_CACHE: dict[str, KB] = {}


def load(extra_dirs: Sequence[str | Path] = ()) -> KB:
    """The KB of the bundled data plus `extra_dirs` and $ACCORD_KB (cached per set of files)."""
    folders = [DATA_DIR, *(Path(d).resolve() for d in (*extra_dirs, *_env_dirs()))]
    key = _digest(_paths(folders))  # a changed file is a new key, even within one process
    if key not in _CACHE:
        _CACHE[key] = cached_build(folders)
    return _CACHE[key]


def cached_build(folders: Sequence[Path]) -> KB:
    """`build`, through the on-disk cache of the parsed KB."""
    paths = _paths(folders)
    target = _cache_file(paths)
    if target is not None and target.is_file():
        try:
            with target.open("rb") as handle:
                kb = pickle.load(handle)
            if isinstance(kb, KB):
                return kb
        except Exception:  # a stale or damaged cache is rebuilt, never trusted
            pass
    kb = build(folders)
    if target is not None:
        _write_cache(target, kb)
    return kb


CACHE_KEEP = 6  # cache files kept: one per recent checkout or set of user folders is plenty
_CODE_DIGEST: list[str] = []  # computed once per process


def code_digest() -> str:
    """A hash of the content of the code the cached KB depends on: every module of accord.kb
    (subpackages included) and accord.model. Content, not mtime: a checkout of other code with
    the same sizes and times must not load this one's pickle."""
    if not _CODE_DIGEST:
        package = Path(__file__).resolve().parent
        digest = hashlib.sha256()
        for path in sorted(package.rglob("*.py")) + [package.parent / "model.py"]:
            digest.update(f"{path.relative_to(package.parent)}\n".encode())
            digest.update(path.read_bytes())
        _CODE_DIGEST.append(digest.hexdigest())
    return _CODE_DIGEST[0]


def _digest(paths: list[Path]) -> str:
    """What the KB is built from: every data file by path, size and mtime, and the code."""
    digest = hashlib.sha256(code_digest().encode())
    for path in paths:
        stat = path.stat()
        digest.update(f"{path}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "accord"


def caching() -> bool:
    """Whether accord's cache files (the KB's, the GeoNames indexes', the names' tokens) are used:
    not when ACCORD_KB_CACHE=0."""
    return os.environ.get("ACCORD_KB_CACHE", "1") != "0"


def _cache_file(paths: list[Path]) -> Path | None:
    if not caching():
        return None
    return cache_dir() / f"kb-{_digest(paths)}.pickle"


def write_pickle(target: Path, value) -> bool:
    """Pickle `value` to `target` atomically (a temporary file, then a rename); False when it
    cannot be written (a read-only home simply means no cache)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(target)
    except OSError:
        return False
    return True


def _write_cache(target: Path, kb: KB) -> None:
    """Write atomically, then prune."""
    if write_pickle(target, kb):
        prune(target.parent, keep=target)


def prune(folder: Path, keep: Path | None = None, pattern: str = "kb-*.pickle") -> list[Path]:
    """Delete all but the newest CACHE_KEEP cache files matching `pattern` (never `keep`, the one
    just written); the files deleted. Another process deleting the same file at the same time is
    no error."""
    def mtime(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    files = sorted(folder.glob(pattern), key=mtime, reverse=True)
    if keep is not None and keep in files:
        files.remove(keep)
        files.insert(0, keep)
    removed = []
    for old in files[CACHE_KEEP:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass
    return removed


def data_files(folder: Path) -> list[Path]:
    """The data files of a folder (recursively), in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def _paths(folders: Sequence[Path]) -> list[Path]:
    paths = []
    for folder in folders:
        found = data_files(folder) if folder.is_dir() else []
        if not found:
            raise AccordError(Errors.E105.format(path=folder))
        paths += found
    return paths


def _env_dirs() -> list[str]:
    return [d for d in os.environ.get(ENV_VAR, "").split(os.pathsep) if d.strip()]


def build(folders: Sequence[Path]) -> KB:
    """Read, check and index the data files of `folders`, one layer per folder in order (the
    bundled data first). A layer's corrections change the facts of the layers before it.
    Raises AccordError on any problem inside a layer; conflicts between layers are warnings
    kept on the KB (`kb.warnings`)."""
    from accord.kb import corrections, files, validate

    entity_records: list = []
    facts: list[Fact] = []
    applied: list[Correction] = []
    warnings: list[KBWarning] = []
    errors: list[str] = []
    title_kinds: dict[str, list[str]] = {}
    for folder in folders:
        layer = layer_name(folder)
        records = files.read(_paths([folder]))
        facts, done, warned = corrections.apply(facts, records.corrections, layer, lambda o, r, at=layer: _fact(o, r, at))
        facts += [_fact(origin, r, layer) for origin, r in records.facts]
        facts += birth_facts(records.entities, layer)
        entity_records += records.entities
        errors += records.errors
        applied += done
        warnings += warned
        for kind, titles in records.title_kinds.items():
            title_kinds.setdefault(kind, []).extend(titles)
    entities, entity_errors = _entities(entity_records)
    facts += derived_facts(facts)
    found, conflicts = validate.check(entities, facts)
    errors += entity_errors + found
    if errors:
        shown = "; ".join(errors[:20]) + (f"; ... and {len(errors) - 20} more" if len(errors) > 20 else "")
        err = AccordError(Errors.E101.format(count=len(errors), problems=shown))
        err.problems = errors  # type: ignore[attr-defined]  # every one, for `accord kb validate`
        raise err
    return KB(entities.values(), facts, title_kinds, warnings=warnings + conflicts, corrections=applied,
              layers=[layer_name(f) for f in folders])


def layer_name(folder: Path) -> str:
    """"bundled" for accord/kb/data, else the folder's path."""
    return BUNDLED if Path(folder).resolve() == DATA_DIR else str(folder)


def _entities(records: list[tuple[str, EntityRecord]]) -> tuple[dict[str, Entity], list[str]]:
    from accord.kb import states

    base = states.iso_states()
    merged: dict[str, EntityRecord] = {}
    origin_of: dict[str, str] = {}
    errors = []
    for origin, record in records:
        if record.id in origin_of:
            errors.append(f"{origin}: duplicate id {record.id} (first defined at {origin_of[record.id]})")
            continue
        origin_of[record.id] = origin
        if record.id in base:
            merged[record.id] = states.merge(base.pop(record.id), record)
        elif record.name is None:
            errors.append(f"{origin}: {record.id} is not an ISO 3166 state, so it needs a name")
        else:
            merged[record.id] = record
    every = {**base, **merged}
    return {i: _entity(r) for i, r in sorted(every.items())}, errors


def _entity(r: EntityRecord) -> Entity:
    aliases = list(dict.fromkeys(r.aliases + [a for a in r.abbreviations if a not in r.aliases]))
    return Entity(id=r.id, type=r.type or "", name=r.name or r.id, aliases=aliases, demonyms=list(r.demonyms),
                  attrs=dict(r.attrs), abbreviations=list(r.abbreviations), context_aliases=list(r.context_aliases),
                  ambiguous=list(r.ambiguous), source=r.source or "",
                  wikidata=r.wikidata, wikidata_source=r.wikidata_source)


def _fact(origin: str, r: FactRecord, layer: str = BUNDLED) -> Fact:
    return Fact(subject=r.subject, property=r.property, value=r.value or "", start=temporal.qualifier(r.start),
                end=temporal.qualifier(r.end), point_in_time=temporal.qualifier(r.point_in_time),
                source=r.source, as_of=r.as_of, qualifiers=dict(r.qualifiers), origin=origin, layer=layer)


def birth_facts(records: list[tuple[str, EntityRecord]], layer: str = BUNDLED) -> list[Fact]:
    """A `born_on` fact (point in time, the day) for every person entry with a `born` line."""
    out = []
    for origin, r in records:
        if r.born is not None:
            day = temporal.qualifier(r.born.day)
            out.append(Fact(subject=r.id, property="born_on", value=r.born.day, point_in_time=day,
                            source=r.born.source, as_of=r.born.as_of, origin=f"{origin}.born", layer=layer))
    return out


def derived_facts(facts: list[Fact]) -> list[Fact]:
    """`joined` and `left` events (point in time) from dated memberships, same source: a
    membership from 2023-04-04 means the state joined on 2023-04-04. Skipped when the data
    states the event itself."""
    stated = {(f.subject, f.property, f.value) for f in facts if f.property in ("joined", "left")}
    # a term that ends on the day the next one of the same membership begins is no leaving
    # (Bulgaria and Romania in the Schengen area for air and sea borders, then for all: body22)
    resumed = {(f.subject, f.value, f.start.value) for f in facts if f.property == "member_of" and f.start is not None}
    out = []
    for f in facts:
        if f.property != "member_of":
            continue
        for prop, when in (("joined", f.start), ("left", f.end)):
            if prop == "left" and when is not None and (f.subject, f.value, when.value) in resumed:
                continue
            if when is not None and (f.subject, prop, f.value) not in stated:
                out.append(Fact(subject=f.subject, property=prop, value=f.value, point_in_time=when,
                                source=f.source, as_of=f.as_of, qualifiers={"derived_from": "member_of"},
                                origin=f.origin, layer=f.layer))
    return out
