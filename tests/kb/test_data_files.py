"""Issue 3, item 2: every bundled data file passes the schema and the cross-record checks."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from accord.kb import DATA_DIR
from accord.kb.files import read
from accord.kb.loader import data_files
from accord.kb.schema import ENTITY_VALUED
from accord.kb.temporal import definitely_overlap, precision_of
from accord.kb.validate import problems

FILES = data_files(DATA_DIR)


def test_there_are_data_files():
    assert len(FILES) >= 8


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_passes_the_schema(path):
    records = read([path])
    assert records.errors == []
    assert records.entities or records.facts or records.title_kinds


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_fact_has_source_and_as_of(path):
    for origin, fact in read([path]).facts:
        assert fact.source.startswith(("https://", "http://")), origin
        assert precision_of(fact.as_of) == "day", origin
        for value in (fact.start, fact.end, fact.point_in_time):
            if value is not None:
                assert precision_of(value) in ("day", "month", "year"), origin


def test_whole_kb_has_no_problems(kb):
    # build() already raised if there were any; check the parts explicitly for a clear report
    entities = {e.id: e for e in kb.entities()}
    assert problems(entities, kb.facts()) == []


def test_every_id_resolves(kb):
    for fact in kb.facts():
        assert kb.has(fact.subject), fact.origin
        if fact.property in ENTITY_VALUED:
            assert kb.has(fact.value), fact.origin


def test_no_duplicate_ids_across_files():
    ids = Counter()
    for path in FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        ids.update(e["id"] for e in data.get("entities", []))
    assert [i for i, n in ids.items() if n > 1] == []


def test_single_holder_offices_have_no_overlapping_terms(kb):
    for office in kb.entities("office"):
        if not office.attrs.get("single_holder"):
            continue
        terms = [h for h in kb.holders(office.id)]
        for i, a in enumerate(terms):
            for b in terms[i + 1:]:
                if a.person != b.person:
                    assert not definitely_overlap((a.start, a.end), (b.start, b.end)), (office.id, a.person, b.person)


def test_shared_forms_are_marked_ambiguous(kb):
    for text, entity_id, kind in kb.surface_forms():
        if kind != "context" and kb.is_ambiguous(text):
            marked = [e for e in kb.resolve(text)]
            assert all(any(t.casefold() == text.casefold() for t in e.ambiguous) for e in marked), text


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix != ".jsonl"], ids=lambda p: p.name)
def test_c_and_python_yaml_parsers_agree(path):
    # libyaml accepts some plain scalars (a URL with "?" in a flow mapping) that PyYAML rejects;
    # the data must mean the same to both
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
