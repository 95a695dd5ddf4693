"""A spaced dash ends a name: the tagger runs a dateline into the story's first name ("Sept 16 -
Australia" as one DATE) and a region into the list after a dash ("Indo-Pacific - Japan"); the KB
name after the dash is linked. A dash with no KB name after it stays inside its entity (a range
of days). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def linked(annotator, text: str) -> dict[str, str | None]:
    doc = annotator.nlp(text)
    return {m.text: m.entity for m in doc._.mentions}


@pytest.mark.parametrize("text, name, entity", [
    ("WASHINGTON, Sept 16 - Australia, Canada and the United States on Wednesday launched AUKUS.", "Australia",
     "state:AUS"),
    ("NATO's partners in the Indo-Pacific - Japan, South Korea and Australia - attended.", "Japan", "state:JPN"),
])
def test_a_name_after_a_spaced_dash_is_linked(accord_annotator, text, name, entity):
    assert linked(accord_annotator, text).get(name) == entity


@pytest.mark.parametrize("text, span", [
    ("The summit will be held on 28 - 30 June in Madrid.", "28 - 30 June"),
    ("Leaders met June 28 - 30, NATO said.", "June 28 - 30"),
])
def test_a_range_of_days_keeps_its_dash(accord_annotator, text, span):
    doc = accord_annotator.nlp(text)
    assert span in [e.text for e in doc.ents if e.label_ == "DATE"]


def test_a_dash_without_a_name_after_it_leaves_the_entity_whole(accord_annotator):
    from accord.nlp.extract.entities import _split_at_dashes

    doc = accord_annotator.nlp.make_doc("Talks ran 28 - 30 June.")
    from spacy.tokens import Span

    ent = Span(doc, 2, 6, label="DATE")
    assert [(s.start, s.end) for s in _split_at_dashes([ent], [])] == [(2, 6)]
