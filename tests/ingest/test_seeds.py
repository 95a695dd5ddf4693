"""The two seed articles from ../shared/seeds: dates and photo credits."""

from __future__ import annotations

import pytest

from accord.ingest import prepare, read_inputs

pytestmark = pytest.mark.shared


def _document(path):
    [raw] = read_inputs([str(path)])
    return prepare(raw)


def test_seed_004_date_from_header_and_no_photo_credits(seeds):
    doc = _document(seeds["004"])
    assert (doc.published, doc.published_how) == ("2023-04-11", "header")
    assert "ROBERT KITCHIN/Stuff" not in doc.text
    assert not doc.text.startswith("date")
    captions = [r.text for r in doc.removed if r.step == "caption"]
    assert len(captions) == 2 and all(c.startswith("ROBERT KITCHIN/Stuff ") for c in captions)
    assert [r.text for r in doc.removed if r.step == "header"] == ["date 2023-04-11"]
    assert "Hipkins" in doc.text and "“" in doc.text  # curly quotes kept


def test_seed_000_has_no_date(seeds):
    doc = _document(seeds["000"])
    assert (doc.published, doc.published_how) == (None, "unknown")
    assert doc.removed == []
    assert doc.title and doc.title.startswith("NATO says New Zealand")


def test_seeds_have_distinct_stable_ids(seeds):
    first, second = _document(seeds["000"]), _document(seeds["004"])
    assert first.id != second.id
    assert _document(seeds["004"]).id == second.id
