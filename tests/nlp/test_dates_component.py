"""The `accord_dates` component: doc._.times from the text and doc._.document_date."""

from __future__ import annotations

import spacy

from accord.model import Annotation
from accord.nlp.components import dates  # noqa: F401  (registers the factory)


def _nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("accord_dates")
    return nlp


def _run(text: str, published: str | None):
    nlp = _nlp()
    doc = nlp.make_doc(text)
    doc._.document_date = published
    return nlp(doc)


def test_component_sets_time_annotations_anchored_on_the_document_date():
    doc = _run("The summit will be held on July 11. Last month they met.", "2023-04-11")
    assert [(a.layer, a.text, a.label, a.data["value"]) for a in doc._.times] == [
        ("time", "July 11", "DATE", "2023-07-11"), ("time", "Last month", "DATE", "2023-03")]
    first = doc._.times[0]
    assert isinstance(first, Annotation)
    assert doc.text[first.start:first.end] == first.text
    assert set(first.data) == {"value", "precision", "mod", "role", "begin", "finish"}


def test_component_without_a_date_leaves_years_unknown():
    doc = _run("The summit will be held on July 11.", None)
    assert [a.data["value"] for a in doc._.times] == ["XXXX-07-11"]


def test_component_declares_what_it_assigns():
    analysis = _nlp().analyze_pipes()
    assert analysis["summary"]["accord_dates"]["assigns"] == ["doc._.times"]
    assert not analysis["problems"]["accord_dates"]


def test_annotation_round_trips_through_a_dict():
    doc = _run("Since 2001 they have met.", "2023-04-11")
    [annotation] = doc._.times
    assert Annotation.from_dict(annotation.to_dict()) == annotation
    assert annotation.data["role"] == "start"
