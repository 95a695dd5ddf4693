"""Issue 3, item 4: the Wikidata importer, on a small dump this test writes (plain, gz, bz2)."""

from __future__ import annotations

import bz2
import gzip
import json

import pytest

from accord.errors import AccordError
from accord.kb import DATA_DIR, build
from accord.kb.wikidata import import_dump


def _time(value: str, precision: int) -> dict:
    return {"datavalue": {"value": {"time": value, "precision": precision}}}


def _claim(value, qualifiers=None) -> dict:
    snak_value = {"entity-type": "item", "id": value} if isinstance(value, str) and value.startswith("Q") else value
    return {"mainsnak": {"datavalue": {"value": snak_value}}, "qualifiers": qualifiers or {}}


def _item(qid, label, claims, aliases=()) -> dict:
    return {"type": "item", "id": qid, "labels": {"en": {"language": "en", "value": label}},
            "aliases": {"en": [{"language": "en", "value": a} for a in aliases]}, "claims": claims}


DUMP = [
    _item("Q664", "New Zealand", {"P31": [_claim("Q3624078")], "P298": [_claim("NZL")]}),
    _item("Q9001", "Coral Sea Treaty Organisation", {"P31": [_claim("Q245065")]}, aliases=["CSTOrg"]),
    _item("Q9002", "Secretary-General of the Coral Sea Treaty Organisation",
          {"P31": [_claim("Q4164871")], "P1001": [_claim("Q9001")]}),
    _item("Q9003", "Mere Example", {"P31": [_claim("Q5")],
          "P39": [_claim("Q9002", {"P580": [_time("+2019-03-01T00:00:00Z", 11)], "P582": [_time("+2023-00-00T00:00:00Z", 9)]})]}),
    _item("Q9004", "Tavita Sample", {"P31": [_claim("Q5")], "P39": [_claim("Q9002", {"P580": [_time("+2023-06-00T00:00:00Z", 10)]})]}),
    _item("Q9005", "Atolia", {"P31": [_claim("Q6256")],
          "P1549": [_claim({"text": "Atolian", "language": "en"}), _claim({"text": "atolien", "language": "fr"})],
          "P463": [_claim("Q9001", {"P580": [_time("+2001-01-01T00:00:00Z", 9)]}), _claim("Q424242")]}),
    {"type": "property", "id": "P31", "labels": {"en": {"value": "instance of"}}},
    _item("Q9006", "Some Painting", {"P31": [_claim("Q3305213")]}),
]


def _write(path, opener):
    lines = ["["] + [json.dumps(item) + "," for item in DUMP[:-1]] + [json.dumps(DUMP[-1]), "]"]
    with opener(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("suffix,opener", [(".json", open), (".json.gz", gzip.open), (".json.bz2", bz2.open)])
def test_import_then_load_and_query(tmp_path, kb, suffix, opener):
    dump = _write(tmp_path / f"dump{suffix}", opener)
    report = import_dump(dump, tmp_path / "out", as_of="2025-01-01", kb=kb)
    assert report["entities"] == 5  # New Zealand exists already; the painting and the property are skipped
    assert report["facts"] == 3 and report["dropped_facts"] == 1
    extended = build([DATA_DIR, tmp_path / "out"])
    atolia = extended.resolve("Atolian")[0]
    assert atolia.id == "state:atolia" and atolia.demonyms == ["Atolian"]
    assert extended.status("Atolia", "CSTOrg", on="2010-05-05").member
    office = extended.entity("office:secretary-general-of-the-coral-sea-treaty-organisation")
    assert office.attrs["jurisdiction"] == "org:coral-sea-treaty-organisation"
    (term,) = extended.holders(office.id, on="2020-01-01")
    assert term.person_name == "Mere Example" and term.start == "2019-03-01" and term.end == "2023"
    assert term.source == "https://www.wikidata.org/wiki/Q9003#P39" and term.fact.as_of == "2025-01-01"
    assert [t.start for t in extended.holders(office.id, on="2024-01-01")] == ["2023-06"]


def test_bad_line_names_the_line(tmp_path, kb):
    dump = tmp_path / "bad.json"
    dump.write_text('[\n{"id": "Q1"},\n{not json\n]\n', encoding="utf-8")
    with pytest.raises(AccordError, match="line 3"):
        import_dump(dump, tmp_path / "out", kb=kb)
