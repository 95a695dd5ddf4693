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


def _one_holder_days(kb, office) -> list[str]:
    """The days where a covered office has no holder or two: checked on every day a term, a gap
    or the coverage starts or ends, and the day before each (a hole or an overlap begins on one
    of them, terms being intervals)."""
    from datetime import date, timedelta

    from accord.kb import temporal

    period = kb.coverage(office.id, "holds_office")
    terms = kb.facts(property="holds_office", value=office.id)
    gaps = [(g.start, g.until) for g in period.gaps]
    edges = {period.start, period.until}
    for f in terms:
        for q in (f.start, f.end, f.point_in_time):
            if q is not None:
                edges |= {temporal.lower(q.value), temporal.upper(q.value)}
    for a, b in gaps:
        edges |= {a, b}
    days = {d for e in edges if e for d in (e, (date.fromisoformat(e) - timedelta(days=1)).isoformat(),
                                             (date.fromisoformat(e) + timedelta(days=1)).isoformat())}
    wrong = []
    for day in sorted(days):
        if not (period.start <= day <= period.until) or any(a <= day <= b for a, b in gaps):
            continue
        active = [f for f in terms if temporal.active(f.start, f.end, f.point_in_time, day)]
        span = lambda f: ((f.start or f.point_in_time).value if (f.start or f.point_in_time) else None,  # noqa: E731
                          (f.end or f.point_in_time).value if (f.end or f.point_in_time) else None)
        # two holders on a day is an overlap only for certain (a hand-over known to the month
        # makes both possible that month); nobody is a hole
        sure = any(a.subject != b.subject and definitely_overlap(span(a), span(b))
                   for i, a in enumerate(active) for b in active[i + 1:])
        if not active or sure:
            wrong.append(f"{day}: {sorted({f.subject for f in active}) or 'nobody'}")
    return wrong


def test_every_covered_office_has_one_holder_on_every_day_of_its_coverage(kb):
    """Issue 13: each office's timeline has no overlap and no hole inside its declared coverage."""
    covered = [o for o in kb.entities("office") if o.attrs.get("single_holder")
               and (kb.coverage(o.id, "holds_office") or None) is not None
               and kb.coverage(o.id, "holds_office").declared]
    assert len(covered) >= 150
    problems_found = {o.id: w for o in covered if (w := _one_holder_days(kb, o))}
    assert problems_found == {}


def test_a_hole_in_a_covered_office_is_found(user_dir):
    """The check above finds a hole: retract one term of Japan's foreign ministers in a user layer."""
    from accord.kb import DATA_DIR, build

    folder = user_dir({"retract.yaml": {"corrections": [{
        "retract": {"subject": "person:yoshimasa-hayashi", "property": "holds_office",
                    "value": "office:jpn-foreign-minister"},
        "reason": "test", "source": "https://example.org/test", "as_of": "2026-12-01"}]}})
    kb = build([DATA_DIR, folder])
    office = kb.entity("office:jpn-foreign-minister")
    holes = _one_holder_days(kb, office)
    assert holes and holes[0].startswith("2021-11-10: nobody")
