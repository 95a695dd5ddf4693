"""Issue 13, item 4: the Wikidata importer on a dump in Wikidata's own line format.

The fixture dump (tests/kb/data/wikidata/dump.json) holds items in Wikibase JSON for real people,
offices and states, with public facts (Stoltenberg's terms, Kuleba's and Sybiha's, Finland's and
Sweden's NATO accession); their ids are test ids (Q9000xx), not the real items'. Most tests
reconcile with a small KB snapshot (tests/kb/data/wikidata/base) that carries those test ids and
two outdated facts, so they do not move when the bundled data is corrected.
"""

from __future__ import annotations

import bz2
import gzip
import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from accord.cli import main
from accord.errors import AccordError
from accord.kb import DATA_DIR, build
from accord.kb.wikidata import import_dump, wikibase
from accord.kb.wikidata.mapping import Matcher
from accord.kb.wikidata.reconcile import agree
from accord.kb.types import Fact
from accord.kb import temporal

HERE = Path(__file__).resolve().parent / "data" / "wikidata"
DUMP = HERE / "dump.json"
BASE = HERE / "base"
AS_OF = "2026-12-01"


def _import(tmp_path, dump=DUMP, base=BASE, **options):
    out = tmp_path / "wikidata-kb"
    report = import_dump(dump, out, as_of=options.pop("as_of", AS_OF), folders=[base], **options)
    return report, out


def _holders(kb, office, on):
    return [t.person for t in kb.holders(office, on=on)]


def _base_with(tmp_path, change) -> Path:
    """A copy of the snapshot KB with `change(data)` applied."""
    data = yaml.safe_load((BASE / "snapshot.yaml").read_text(encoding="utf-8"))
    change(data)
    folder = tmp_path / "base"
    folder.mkdir()
    (folder / "snapshot.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return folder


def _dump_lines(tmp_path, lines: list[str], name="dump.json") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- the round trip ----------------------------------------------------------------------------
def test_round_trip_matches_ids_maps_offices_and_loads(tmp_path):
    report, out = _import(tmp_path)
    assert report["loads"] is True and report["load_warnings"] == []  # every correction selects its fact
    e = report["entities"]
    assert (e["matched_by_id"], e["matched_by_code"], e["matched_by_name"]) == (3, 6, 2)  # NATO, its SG, Stoltenberg; 6 states; Kuleba, Wong
    assert e["offices_mapped"] == 3 and e["new"] == 2 and e["ambiguous"] == []
    assert sorted(o["label"] for o in report["offices_unmapped"]) == ["Minister for Defence", "Prime Minister of the Netherlands"]
    assert report["facts"] | {"dropped_statements": 0} == {"new": 4, "merged": 3, "conflicting": 2, "corrections": 2,
                                                           "dropped_statements": 0, "bad_dates": 0}
    rows = [json.loads(line) for line in (out / "wikidata.jsonl").read_text(encoding="utf-8").splitlines()]
    written = [r["entity"]["id"] for r in rows if "entity" in r]
    assert written == ["person:mark-rutte", "person:andrii-sybiha"]  # people only: no office is invented
    kb = build([BASE, out])
    assert kb.entity("person:andrii-sybiha").wikidata == "Q900023"
    assert kb.entity("person:andrii-sybiha").aliases == ["Andriy Sybiha"]
    assert sorted(t.start for t in kb.holders("office:nor-prime-minister")) == ["2000-03-17", "2005-10-17"]


def test_one_day_conflict_is_a_correction_not_a_load_failure(tmp_path):
    """The audit's case: the KB ends Kuleba's term 2024-09-04, Wikidata (newer) 2024-09-05."""
    report, out = _import(tmp_path)
    (kuleba,) = [c for c in report["conflicts"] if c["subject"] == "person:dmytro-kuleba"]
    assert kuleba["kb"]["end"] == "2024-09-04" and kuleba["wikidata"]["end"] == "2024-09-05"
    assert kuleba["winner"] == "wikidata" and kuleba["written"] == "correction" and "newer source wins" in kuleba["why"]
    kb = build([BASE, out])
    assert _holders(kb, "office:ukr-foreign-minister", "2024-09-04") == ["person:dmytro-kuleba"]
    assert _holders(kb, "office:ukr-foreign-minister", "2024-09-05") == ["person:andrii-sybiha"]
    (term,) = kb.facts("person:dmytro-kuleba", "holds_office", "office:ukr-foreign-minister")
    assert term.source == "https://www.wikidata.org/wiki/Q900022#P39" and term.as_of == AS_OF


def test_open_term_closed_by_newer_source(tmp_path):
    """The snapshot (as of 2024-01-01) has Stoltenberg in office; Wikidata ends his term the day
    Rutte takes over, and Rutte (new to the KB) fills the timeline."""
    report, out = _import(tmp_path)
    kb = build([BASE, out])
    assert _holders(kb, "office:nato-secretary-general", "2024-09-30") == ["person:jens-stoltenberg"]
    assert _holders(kb, "office:nato-secretary-general", "2024-10-01") == ["person:mark-rutte"]


def test_same_fact_merges_its_sources_and_is_not_duplicated(tmp_path):
    report, out = _import(tmp_path)
    kb = build([BASE, out])
    (finland,) = kb.facts("state:FIN", "member_of", "org:NATO")
    assert finland.source == "https://www.nato.int/cps/en/natohq/topics_52044.htm"  # the KB's source stays first
    assert finland.qualifiers["also_source"] == "https://www.wikidata.org/wiki/Q900012#P463"
    assert len(kb.facts("state:FIN", "joined", "org:NATO")) == 1
    (wong,) = kb.facts("person:penny-wong", "holds_office", "office:aus-foreign-minister")
    assert wong.qualifiers["also_source"] == "https://www.wikidata.org/wiki/Q900032#P39"
    assert kb.status("Sweden", "NATO", on="2024-03-07").member and not kb.status("Sweden", "NATO", on="2024-03-06").member


def test_generic_label_fills_the_existing_office(tmp_path):
    """"Minister for Foreign Affairs" applying to Australia is office:aus-foreign-minister (title
    kinds), and "Minister for Defence" with no such KB office is reported, not created."""
    report, out = _import(tmp_path)
    assert {"item": "Q900040", "label": "Minister for Defence", "jurisdiction": ["state:AUS"]} in report["offices_unmapped"]
    kb = build([BASE, out])
    assert [e.id for e in kb.entities("office")] == [e.id for e in build([BASE]).entities("office")]
    assert not kb.resolve("Richard Marles")


def test_an_offices_own_wikidata_id_wins_over_its_title(tmp_path):
    base = _base_with(tmp_path, lambda d: d["entities"][4].update(wikidata="Q900099"))  # aus-foreign-minister
    report, out = _import(tmp_path, base=base)
    assert "Q900030" in [o["item"] for o in report["offices_unmapped"]]
    assert report["loads"] and not any(c["subject"] == "person:penny-wong" for c in report["conflicts"])


@pytest.mark.parametrize("as_of,prefer,kuleba_end,stoltenberg_end", [
    ("2026-12-01", "newer", "2024-09-05", "2024-10-01"),  # the dump is newer than both KB facts
    ("2025-01-01", "newer", "2024-09-04", "2024-10-01"),  # older than Kuleba's fact (2025-10-31), newer than Stoltenberg's (2024-01-01)
    ("2025-10-31", "newer", "2024-09-04", "2024-10-01"),  # same day as Kuleba's fact: the KB, checked by hand, stays
    ("2026-12-01", "kb", "2024-09-04", None),
    ("2020-01-01", "wikidata", "2024-09-05", "2024-10-01"),
])
def test_precedence(tmp_path, as_of, prefer, kuleba_end, stoltenberg_end):
    report, out = _import(tmp_path, as_of=as_of, prefer=prefer)
    assert report["loads"] and report["facts"]["conflicting"] == (2 if stoltenberg_end else 3)
    kb = build([BASE, out])
    (kuleba,) = kb.facts("person:dmytro-kuleba", "holds_office", "office:ukr-foreign-minister")
    (stoltenberg,) = kb.facts("person:jens-stoltenberg", "holds_office", "office:nato-secretary-general")
    assert kuleba.end.value == kuleba_end and (stoltenberg.end.value if stoltenberg.end else None) == stoltenberg_end
    if stoltenberg_end is None:  # Rutte's term would overlap the KB's open one: held back, reported
        assert any(c["kind"] == "overlaps another holder" and c["subject"] == "person:mark-rutte" for c in report["conflicts"])


def test_overlapping_term_is_held_back_and_reported(tmp_path):
    """A snapshot from mid-2024 has Kuleba in office; a dump without Kuleba's item gives Sybiha
    from 2024-09-05. Which one is wrong is not the importer's call: Sybiha's term is reported."""
    def open_kuleba(data):
        data["facts"][2].pop("end")
        data["facts"][2]["as_of"] = "2024-06-01"
    base = _base_with(tmp_path, open_kuleba)
    lines = [line for line in DUMP.read_text(encoding="utf-8").splitlines() if '"id":"Q900022"' not in line]
    report, out = _import(tmp_path, dump=_dump_lines(tmp_path, lines), base=base)
    (clash,) = [c for c in report["conflicts"] if c["kind"] == "overlaps another holder"]
    assert clash["subject"] == "person:andrii-sybiha" and clash["written"] == "nothing" and "person:dmytro-kuleba" in clash["why"]
    assert report["loads"] is True and report["load_warnings"] == []
    kb = build([base, out])
    assert not kb.has("person:andrii-sybiha") and _holders(kb, "office:ukr-foreign-minister", "2025-01-01") == ["person:dmytro-kuleba"]


# -- reading the dump --------------------------------------------------------------------------
@pytest.mark.parametrize("suffix,opener", [(".json.gz", gzip.open), (".json.bz2", bz2.open)])
def test_compressed_dumps_give_the_same_folder(tmp_path, suffix, opener):
    packed = tmp_path / f"dump{suffix}"
    with opener(packed, "wb") as handle:
        handle.write(DUMP.read_bytes())
    plain, plain_out = _import(tmp_path / "plain")
    report, out = _import(tmp_path / "packed", dump=packed)
    assert report["facts"] == plain["facts"] and report["entities"] == plain["entities"]
    assert (out / "wikidata.jsonl").read_text() == (plain_out / "wikidata.jsonl").read_text()


def test_malformed_line_is_reported_with_its_number_and_the_rest_imported(tmp_path):
    lines = DUMP.read_text(encoding="utf-8").splitlines()
    lines.insert(4, '{"type":"item","id":"Q900098","claims":{"P298":[{"mainsnak":')  # line 5, a cut state
    lines.insert(6, '{"type":"item","id":"Q900099","labels":{"en":')  # line 7, cut before any claim
    lines.insert(8, '["not", "an", "entity"],')  # line 9
    report, _ = _import(tmp_path, dump=_dump_lines(tmp_path, lines))
    assert report["malformed_lines"] == 3
    assert [e.split(" (")[0] for e in report["errors"]] == ["line 5: not JSON", "line 7: not JSON", "line 9: not a Wikibase entity"]
    plain, _ = _import(tmp_path / "plain")
    assert report["facts"] == plain["facts"] and report["loads"]


def test_truncated_bz2_is_an_error_naming_the_dump(tmp_path):
    packed = tmp_path / "dump.json.bz2"
    whole = bz2.compress(DUMP.read_bytes())
    packed.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(AccordError, match="dump.json.bz2"):
        _import(tmp_path, dump=packed)


def test_dump_date_comes_from_the_file_name_or_must_be_given(tmp_path):
    named = tmp_path / "wikidata-20261130-all.json"
    shutil.copy(DUMP, named)
    report = import_dump(named, tmp_path / "a", folders=[BASE])
    assert report["as_of"] == "2026-11-30"
    with pytest.raises(AccordError, match="--as-of"):
        import_dump(DUMP, tmp_path / "b", folders=[BASE])


# -- Wikibase JSON and matching rules ----------------------------------------------------------
def _time(text: str, precision: int) -> dict:
    return {"time": text, "timezone": 0, "before": 0, "after": 0, "precision": precision,
            "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}


@pytest.mark.parametrize("text,precision,expected", [
    ("+2012-06-04T00:00:00Z", 11, "2012-06-04"), ("+2012-06-00T00:00:00Z", 10, "2012-06"),
    ("+2012-00-00T00:00:00Z", 9, "2012"), ("+2010-00-00T00:00:00Z", 8, None),  # a decade is too coarse
    ("+2023-00-00T00:00:00Z", 10, None), ("+2023-02-30T00:00:00Z", 11, None), ("-0044-03-15T00:00:00Z", 11, None),
])
def test_time_values_keep_wikidatas_precision(text, precision, expected):
    assert wikibase.time_text(_time(text, precision)) == expected


def test_deprecated_and_valueless_statements_are_skipped():
    snak = {"snaktype": "value", "property": "P463",
            "datavalue": {"value": {"entity-type": "item", "numeric-id": 900001, "id": "Q900001"}, "type": "wikibase-entityid"}}
    item = {"claims": {"P463": [
        {"mainsnak": snak, "type": "statement", "rank": "deprecated"},
        {"mainsnak": {"snaktype": "somevalue", "property": "P463"}, "type": "statement", "rank": "normal"},
        {"mainsnak": snak, "type": "statement", "rank": "preferred"}]}}
    assert wikibase.values(item, "P463") == ["Q900001"]


def _fact(**dates) -> Fact:
    return Fact("person:x", "holds_office", "office:y", **{k: temporal.qualifier(v) for k, v in dates.items()})


@pytest.mark.parametrize("kb_dates,wikidata_dates,same", [
    ({"start": "2021"}, {"start": "2021-03-04"}, True),  # equal at the coarser precision
    ({"start": "2021-03"}, {"start": "2021-04-01"}, False),
    ({"end": "2024-09-04"}, {"end": "2024-09-05"}, False),  # a day apart
    ({"start": "2020-03-04", "end": "2024-09-05"}, {"start": "2020-03-04"}, True),  # Wikidata silent on the end
    ({"start": "2014-10-01"}, {"start": "2014-10-01", "end": "2024-10-01"}, False),  # the KB has no end
])
def test_same_fact_means_same_dates_at_the_coarser_precision(kb_dates, wikidata_dates, same):
    assert agree(_fact(**kb_dates), wikidata_dates) is same


def _person(qid: str, label: str) -> dict:
    return {"type": "item", "id": qid, "labels": {"en": {"language": "en", "value": label}}, "claims": {"P31": [
        {"mainsnak": {"snaktype": "value", "property": "P31", "datavalue": {
            "value": {"entity-type": "item", "numeric-id": 5, "id": "Q5"}, "type": "wikibase-entityid"}},
         "type": "statement", "rank": "normal"}]}}


def test_first_pass_parses_states_organisations_offices_not_people():
    wanted = Matcher(build([BASE])).first_pass_filter()
    lines = {json.loads(line.rstrip(","))["labels"]["en"]["value"]: line
             for line in DUMP.read_text(encoding="utf-8").splitlines() if line.startswith('{"type":"item"')}
    assert all(wanted.search(lines[name]) for name in ("Norway", "NATO", "Minister for Foreign Affairs"))
    assert not wanted.search(lines["Penny Wong"])  # a person without a KB Wikidata id
    assert wanted.search(lines["Jens Stoltenberg"])  # Q900003 is the KB's


def test_names_match_exactly_and_uniquely_never_fuzzily():
    kb = build([BASE])
    matcher = Matcher(kb)
    for item in (_person("Q900201", "Dmytro Kuleb"), _person("Q900202", "Penny Wong"), _person("Q900203", "Penny Wong"),
                 _person("Q900204", "Jens Stoltenberg")):
        matcher.observe_person(item)
    matcher.settle_people()
    ids = matcher.mapping.ids
    assert ids["Q900201"] == "person:dmytro-kuleb"  # a near miss is a new person, not Kuleba
    assert "Q900202" not in ids and "Q900203" not in ids  # two items claim one KB person: neither
    assert {"kb_id": "person:penny-wong", "items": ["Q900202", "Q900203"]} in matcher.mapping.ambiguous
    assert "Q900204" not in ids  # the KB's Stoltenberg carries another Wikidata id (Q900003)


# -- against the bundled KB, and the CLI -------------------------------------------------------
def test_refresh_of_the_bundled_kb_loads(tmp_path):
    out = tmp_path / "wikidata-kb"
    report = import_dump(DUMP, out, as_of=AS_OF)
    assert report["loads"] is True
    assert report["entities"]["matched_by_name"] >= 4  # NATO, Stoltenberg, Kuleba, Wong... (no ids in the data yet)
    merged_or_conflicting = {(c["subject"], c["value"]) for c in report["conflicts"]}
    assert ("person:jens-stoltenberg", "office:nato-secretary-general") not in merged_or_conflicting  # the same term: merged
    kb = build([DATA_DIR, out])
    (sg,) = kb.facts("person:jens-stoltenberg", "holds_office", "office:nato-secretary-general")
    assert sg.qualifiers["also_source"] == "https://www.wikidata.org/wiki/Q900003#P39"
    assert kb.facts("state:FIN", "member_of", "org:NATO")[0].qualifiers["also_source"].endswith("Q900012#P463")


def test_cli_reports_counts_and_conflicts(tmp_path):
    runner = CliRunner()
    out = tmp_path / "cli-kb"
    args = ["kb", "import-wikidata", str(DUMP), "--out", str(out), "--as-of", AS_OF, "--no-progress"]
    text = runner.invoke(main, args, catch_exceptions=False)
    assert text.exit_code == 0, text.output
    assert "matched by Wikidata id" in text.output and "the KB loads with it" in text.output
    data = json.loads(runner.invoke(main, [*args, "--format", "json"], catch_exceptions=False).output)
    assert data["loads"] and set(data["facts"]) >= {"new", "merged", "conflicting"}
    assert json.loads((out / "wikidata-report.json").read_text())["facts"] == data["facts"]


def test_refresh_reconciles_with_accord_kb_but_not_with_its_own_folder(tmp_path, monkeypatch):
    """A second import with the first one's folder in ACCORD_KB: the same facts merge again
    instead of conflicting with last time's output; another ACCORD_KB folder is read, and its
    entity's Wikidata id beats a bundled entity's name."""
    runner = CliRunner()
    out = tmp_path / "refresh"
    args = ["kb", "import-wikidata", str(DUMP), "--out", str(out), "--as-of", AS_OF, "--no-progress", "--format", "json"]
    first = json.loads(runner.invoke(main, args, catch_exceptions=False).output)
    other = tmp_path / "other"
    other.mkdir()
    (other / "mine.yaml").write_text(yaml.safe_dump({"entities": [{
        "id": "org:test-union", "name": "Test Union", "wikidata": "Q900013",  # the dump's "European Union" item
        "wikidata_source": "https://example.org/accord-test-fixture"}]}), encoding="utf-8")
    monkeypatch.setenv("ACCORD_KB", f"{out}:{other}")
    again = json.loads(runner.invoke(main, args, catch_exceptions=False).output)
    assert again["loads"] and not again["load_warnings"] and again["facts"]["conflicting"] == first["facts"]["conflicting"]
    assert again["entities"]["matched_by_id"] == first["entities"]["matched_by_id"] + 1
    assert again["facts"]["merged"] == first["facts"]["merged"] - 1 and again["facts"]["new"] == first["facts"]["new"] + 1
    rows = (out / "wikidata.jsonl").read_text(encoding="utf-8")
    assert '"subject": "state:FIN", "property": "member_of", "value": "org:test-union", "start": "1995-01-01"' in rows
