"""Grow and refresh the KB from a Wikidata JSON dump: a user KB folder the KB loads on top.

    report = import_dump("wikidata-20261201-all.json.bz2", "mykb")   # then: accord ... --kb mykb

Two streamed passes over the dump (dump.py), each parsing only the lines that can matter:
1. states (P298 ISO code), organisations and offices (P31 position, P1001 jurisdiction) are
   matched to KB entities (mapping.py: Wikidata id first, then ISO code, office title within its
   jurisdiction, exact unique name; never fuzzy);
2. the statements of matched states and organisations, and of people, are read:
     P463 member of     -> member_of     (state or organisation -> KB organisation)
     P39 position held  -> holds_office  (person -> KB office)
   with P580 start, P582 end and P585 point in time at Wikidata's precision (9 year, 10 month,
   11 day); P1365/P1366 (replaces / replaced by) are not needed: the dates order the terms.
Then reconcile.py compares them with the KB's facts: new facts are written, the same fact adds
a source, a conflict is settled by precedence and reported. The folder gets `wikidata.jsonl`
(`{"entity"}`, `{"fact"}` and `{"correction"}` lines) and `wikidata-report.json`; the import
ends by loading the KB with the folder to prove it loads.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from accord.errors import AccordError, Errors
from accord.kb import temporal
from accord.kb.wikidata import dump as dump_file
from accord.kb.wikidata import wikibase
from accord.kb.wikidata.mapping import Matcher
from accord.kb.wikidata.reconcile import Change, Outcome, reconcile, selector

__all__ = ["import_dump", "PREFERENCES"]

PREFERENCES = ("newer", "wikidata", "kb")
PROPERTIES = {"P463": "member_of", "P39": "holds_office"}
OUTPUT = "wikidata.jsonl"
REPORT = "wikidata-report.json"


def import_dump(dump: str | Path, out_dir: str | Path, as_of: str | None = None,
                folders: Sequence[str | Path] | None = None, prefer: str = "newer", progress: bool = False) -> dict:
    """Write the user KB folder `out_dir` from `dump` and return the report.

    as_of: the dump's date (default: the YYYYMMDD in its file name); it is every fact's `as_of`
        and decides which source is newer. folders: the KB to reconcile with (default: the
        bundled data). prefer: who wins a conflict: "newer" (default), "wikidata" or "kb".
    """
    from accord.kb.loader import DATA_DIR, build, cached_build

    if prefer not in PREFERENCES:
        raise ValueError(f"prefer must be one of {', '.join(PREFERENCES)}")
    dump, out = Path(dump), Path(out_dir)
    as_of = _dump_date(dump, as_of)
    base = [Path(f).resolve() for f in (folders or [DATA_DIR]) if Path(f).resolve() != out.resolve()]
    kb = cached_build(base)
    errors = dump_file.LineErrors()
    matcher = Matcher(kb)
    for item in dump_file.items(dump, matcher.first_pass_filter(), errors, progress, "1/2 states, organisations, offices"):
        matcher.observe(item)
    matcher.settle_first_pass()
    counts = {"dropped_statements": 0, "bad_dates": 0}
    raw = [fact for item in dump_file.items(dump, re.compile(r'"P(?:39|463)"'), None, progress, "2/2 statements")
           for fact in _statements(item, matcher, as_of, counts)]
    matcher.settle_people()
    candidates = _with_kb_ids(raw, matcher.mapping.ids)
    outcome = reconcile(kb, candidates, as_of, prefer)
    people = _written_people(matcher, outcome)
    _write(out / OUTPUT, people, outcome, as_of)
    report = _report(out, as_of, prefer, matcher, outcome, people, counts, errors)
    try:
        loaded = build([*base, out])
        report["loads"] = True
        report["kb"] = {"entities": sum(1 for _ in loaded.entities()), "facts": len(loaded)}
        report["load_warnings"] = [str(w) for w in getattr(loaded, "warnings", ()) if _is_folder(w.layer, out)]
    except AccordError as err:  # reported, never hidden: the folder is left for the user to read
        report["loads"], report["load_error"] = False, str(err)
    (out / REPORT).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return report


def _is_folder(layer: str, out: Path) -> bool:
    """Is a load warning's layer the import's folder (not a problem of the KB it refreshes)?"""
    try:
        return Path(layer).resolve() == out.resolve()
    except (OSError, ValueError):
        return False


def _dump_date(dump: Path, as_of: str | None) -> str:
    """The dump's date: given, or read from a Wikidata dump's name ("wikidata-20261201-all...")."""
    found = re.search(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)", dump.name)
    text = as_of or (f"{found[1]}-{found[2]}-{found[3]}" if found else None)
    if text is None:
        raise AccordError(Errors.E106.format(path=dump, reason="give the dump's date (--as-of YYYY-MM-DD): "
                                             "its file name has none, and it decides which source is newer"))
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise AccordError(Errors.E106.format(path=dump, reason=f"{text!r} is not a date (YYYY-MM-DD)")) from None


def _statements(item: dict[str, Any], matcher: Matcher, as_of: str, counts: dict[str, int]) -> list[dict[str, Any]]:
    """The item's P463 (states, organisations) or P39 (people) statements, values still Q-ids."""
    qid = item["id"]
    ids = matcher.mapping.ids
    if qid in ids and matcher.kb.entity(ids[qid]).type in ("state", "organisation"):
        pid, wanted = "P463", ("organisation",)
    elif any(wikibase.statement_value(s) in ids for s in wikibase.statements(item, "P39")) and matcher.observe_person(item):
        pid, wanted = "P39", ("office",)
    else:
        return []
    out = []
    for statement in wikibase.statements(item, pid):
        value = ids.get(wikibase.statement_value(statement))
        if value is None or matcher.kb.entity(value).type not in wanted:
            counts["dropped_statements"] += 1
            continue
        fact = _fact(qid, pid, value, statement, as_of)
        if fact is None:
            counts["bad_dates"] += 1
            continue
        out.append(fact)
    return out


def _fact(qid: str, pid: str, value: str, statement: dict[str, Any], as_of: str) -> dict[str, Any] | None:
    """One statement as a KB fact record; None when its end is before its start (the KB would
    refuse it)."""
    fact: dict[str, Any] = {"subject": qid, "property": PROPERTIES[pid], "value": value}
    for qualifier, key in (("P580", "start"), ("P582", "end"), ("P585", "point_in_time")):
        when = wikibase.qualifier_date(statement, qualifier)
        if when:
            fact[key] = when
    if fact.get("start") and fact.get("end") and temporal.lower(fact["end"]) < temporal.lower(fact["start"]):
        return None
    fact.update(source=f"{wikibase.item_url(qid)}#{pid}", as_of=as_of)
    if statement.get("id"):
        fact["qualifiers"] = {"wikidata_statement": statement["id"]}
    return fact


def _with_kb_ids(raw: list[dict[str, Any]], ids: dict[str, str]) -> list[dict[str, Any]]:
    """Subjects from Q-ids to KB ids (people are settled after the second pass)."""
    return [{**f, "subject": ids[f["subject"]]} for f in raw if f["subject"] in ids]


def _written_people(matcher: Matcher, outcome: Outcome) -> list[dict[str, Any]]:
    """New people who keep at least one fact (one whose every term was held back is not written)."""
    subjects = {f["subject"] for f in outcome.facts}
    return [r for r in matcher.mapping.new_entities.values() if r["id"] in subjects]


def _write(target: Path, people: list[dict[str, Any]], outcome: Outcome, as_of: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as handle:
        rows = [{"entity": p} for p in people] + [{"fact": f} for f in outcome.facts]
        rows += [{"correction": _correction(c, as_of)} for c in outcome.changes]
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _correction(change: Change, as_of: str) -> dict[str, Any]:
    """A `replace` correction (the shared format): the KB fact, selected as written, by the new one."""
    return {"replace": selector(change.old), "with": change.new, "reason": change.reason,
            "source": change.new["qualifiers"]["also_source"] if change.kind == "merge" else change.new["source"],
            "as_of": as_of}


def _report(out: Path, as_of: str, prefer: str, matcher: Matcher, outcome: Outcome, people: list,
            counts: dict[str, int], errors: dump_file.LineErrors) -> dict[str, Any]:
    how = list(matcher.mapping.how.values())
    return {
        "path": str(out / OUTPUT), "as_of": as_of, "prefer": prefer,
        "entities": {"matched_by_id": how.count("id"), "matched_by_code": how.count("code"),
                     "matched_by_name": how.count("name"), "offices_mapped": how.count("title"),
                     "new": len(people), "ambiguous": matcher.mapping.ambiguous},
        "offices_unmapped": matcher.mapping.unmapped_offices,
        "facts": {"new": len(outcome.facts), "merged": outcome.merged, "conflicting": len(outcome.conflicts),
                  "corrections": sum(1 for c in outcome.changes if c.kind == "replace"),
                  "dropped_statements": counts["dropped_statements"], "bad_dates": counts["bad_dates"]},
        "conflicts": outcome.conflicts,
        "malformed_lines": errors.count, "errors": errors.messages,
    }
