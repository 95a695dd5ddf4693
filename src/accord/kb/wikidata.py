"""Import a Wikidata JSON dump into KB files (JSON Lines), streamed line by line.

The dump is one JSON array with one entity per line (`latest-all.json.bz2`, or a filtered
extract); .bz2 and .gz are read compressed. Two passes over the stream, never the whole file in
memory: the first keeps the entities of a type we model (state, person, office, organisation,
place) and maps their Q-ids to KB ids, the second writes their statements whose value is a kept
entity or a bundled KB entity:

  labels / aliases (English)      -> name, aliases
  P1549 demonym (English)         -> demonyms
  P463 member of                  -> member_of      (P580 start, P582 end, P585 point in time)
  P39 position held               -> holds_office   (same qualifiers)
  P1001 applies to jurisdiction   -> office attrs.jurisdiction

An entity the bundled KB already knows (an ISO state by its P298 code, or a unique name match of
the same type) is not written again: its statements attach to the existing id.
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import IO, Any, Iterator

from accord.errors import AccordError, Errors

# instance of (P31) -> our type
TYPE_BY_CLASS = {
    "Q6256": "state", "Q3624078": "state", "Q7275": "state",
    "Q5": "person",
    "Q4164871": "office", "Q294414": "office", "Q30461": "office", "Q14212": "office", "Q83307": "office",
    "Q484652": "organisation", "Q43229": "organisation", "Q1127126": "organisation", "Q245065": "organisation",
    "Q515": "place", "Q5119": "place", "Q1549591": "place", "Q1637706": "place",
}
PREFIX = {"state": "state", "person": "person", "office": "office", "organisation": "org", "place": "place"}
PROPERTIES = {"P463": "member_of", "P39": "holds_office"}
PRECISION = {9: 1, 10: 2, 11: 3}  # Wikidata time precision -> number of date parts kept


def open_dump(path: str | Path) -> IO[str]:
    path = Path(path)
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def entities(path: str | Path) -> Iterator[dict[str, Any]]:
    """Each entity of the dump; the array brackets and trailing commas are skipped."""
    with open_dump(path) as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip().rstrip(",")
            if not line or line in ("[", "]"):
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                raise AccordError(Errors.E106.format(path=path, reason=f"line {number} is not JSON: {err}")) from err
            except (OSError, EOFError) as err:
                raise AccordError(Errors.E106.format(path=path, reason=str(err))) from err


def import_dump(dump: str | Path, out_dir: str | Path, as_of: str | None = None, kb=None) -> dict[str, Any]:
    """Write `out_dir/wikidata.jsonl`; returns counts. `kb` defaults to the bundled KB."""
    from accord.kb.loader import DATA_DIR, cached_build

    kb = kb or cached_build([DATA_DIR])
    as_of = as_of or date.today().isoformat()
    ids, records = _first_pass(dump, kb)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "wikidata.jsonl"
    report = {"path": str(target), "entities": 0, "facts": 0, "skipped": 0, "dropped_facts": 0}
    with target.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({"entity": _with_jurisdiction(record, ids)}, ensure_ascii=False) + "\n")
            report["entities"] += 1
        for item in entities(dump):
            qid = item.get("id", "")
            if qid not in ids:
                report["skipped"] += 1
                continue
            for fact in _facts(item, ids, as_of, report):
                handle.write(json.dumps({"fact": fact}, ensure_ascii=False) + "\n")
                report["facts"] += 1
    return report


def _first_pass(dump, kb) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Q-id -> KB id for every entity we keep, and the entity records not already in the KB."""
    ids: dict[str, str] = {}
    records: list[dict[str, Any]] = []
    minted: set[str] = set()
    for item in entities(dump):
        kind = _kind(item)
        label = _english(item.get("labels", {}))
        if kind is None or not label:
            continue
        existing = _existing(item, kind, label, kb)
        if existing:
            ids[item["id"]] = existing
            continue
        new_id = f"{PREFIX[kind]}:{_slug(label)}"
        if new_id in minted or kb.has(new_id):
            new_id = f"{new_id}-{item['id'].lower()}"
        minted.add(new_id)
        ids[item["id"]] = new_id
        records.append(_record(item, new_id, label))
    return ids, records


def _kind(item: dict[str, Any]) -> str | None:
    if item.get("type", "item") != "item":
        return None
    if _values(item, "P298"):
        return "state"
    for cls in _values(item, "P31"):
        if cls in TYPE_BY_CLASS:
            return TYPE_BY_CLASS[cls]
    return None


def _existing(item, kind: str, label: str, kb) -> str | None:
    codes = _values(item, "P298")
    if codes and kb.has(f"state:{codes[0]}"):
        return f"state:{codes[0]}"
    found = [e for e in kb.resolve(label) if e.type == kind]
    return found[0].id if len(found) == 1 else None


def _record(item, new_id: str, label: str) -> dict[str, Any]:
    aliases = [a["value"] for a in item.get("aliases", {}).get("en", []) if a.get("value") and a["value"] != label]
    demonyms = [v["text"] for v in _values(item, "P1549") if isinstance(v, dict) and v.get("language") == "en"]
    record = {"id": new_id, "name": label, "aliases": list(dict.fromkeys(aliases)), "demonyms": demonyms,
              "attrs": {"wikidata": item["id"]}, "source": f"https://www.wikidata.org/wiki/{item['id']}"}
    jurisdiction = _values(item, "P1001")
    if jurisdiction:
        record["attrs"]["jurisdiction_qid"] = jurisdiction[0]
    return record


def _with_jurisdiction(record: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """Resolve an office's P1001 Q-id to a KB id once every entity is known."""
    qid = record["attrs"].pop("jurisdiction_qid", None)
    if qid in ids:
        record["attrs"]["jurisdiction"] = ids[qid]
    return record


def _facts(item, ids: dict[str, str], as_of: str, report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for pid, prop in PROPERTIES.items():
        for claim in item.get("claims", {}).get(pid, []):
            value = _claim_value(claim)
            if value not in ids:
                report["dropped_facts"] += 1
                continue
            fact = {"subject": ids[item["id"]], "property": prop, "value": ids[value],
                    "source": f"https://www.wikidata.org/wiki/{item['id']}#{pid}", "as_of": as_of}
            for qualifier, key in (("P580", "start"), ("P582", "end"), ("P585", "point_in_time")):
                when = _time(claim.get("qualifiers", {}).get(qualifier, []))
                if when:
                    fact[key] = when
            yield fact


def _values(item, pid: str) -> list[Any]:
    """The main-snak values of a property: Q-ids for items, the raw value otherwise."""
    return [v for v in (_claim_value(c) for c in item.get("claims", {}).get(pid, [])) if v is not None]


def _claim_value(claim: dict[str, Any]) -> Any:
    value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
    if isinstance(value, dict) and "id" in value:
        return value["id"]
    return value


def _time(snaks: list[dict[str, Any]]) -> str | None:
    """"+2012-06-04T00:00:00Z" at precision 11 -> "2012-06-04"; 9 -> "2012"; None below a year."""
    for snak in snaks:
        value = snak.get("datavalue", {}).get("value", {})
        match = re.match(r"^\+(\d{4})-(\d{2})-(\d{2})", value.get("time", "") if isinstance(value, dict) else "")
        keep = PRECISION.get(value.get("precision")) if isinstance(value, dict) else None
        if match and keep:
            return "-".join(match.groups()[:keep])
    return None


def _english(labels: dict[str, Any]) -> str | None:
    return (labels.get("en") or {}).get("value")


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"
