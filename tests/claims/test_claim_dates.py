"""Which time expression dates a claim: the verb's own, never one that dates another event in a
clause or an "after/before X" phrase of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims import statements

from .test_claims import parse

pytestmark = pytest.mark.model

MAY = ("last May", {"value": "2022-05", "precision": "month"})
FEB = ("last February", {"value": "2023-02", "precision": "month"})


def dated(found, prop):
    return sorted((s.subject, (s.point_in_time or s.start).value if (s.point_in_time or s.start) else None)
                  for s in found if s.property == prop)


def test_the_date_of_an_after_phrase_is_not_the_claims(spacy_model):
    doc = parse(spacy_model, "After the war began last February, Finland applied to join NATO last May.",
                times=[FEB, MAY])
    assert dated(statements(doc), "applied_to") == [("state:FIN", "2022-05")]


def test_the_date_inside_an_after_phrase_on_the_verb_is_left_out(spacy_model):
    doc = parse(spacy_model, "Sweden applied to join NATO after the launch of the invasion last February.",
                times=[FEB])
    assert dated(statements(doc), "applied_to") == [("state:SWE", None)]


def test_the_date_of_a_relative_clause_is_not_the_claims(spacy_model):
    doc = parse(spacy_model, "Finland joined the alliance, which was founded in 1949, in April 2023.",
                times=[("in 1949", {"value": "1949", "precision": "year"}),
                       ("in April 2023", {"value": "2023-04", "precision": "month"})], date="2023-05-01")
    assert dated(statements(doc), "joined") == [("state:FIN", "2023-04")]


def test_the_nearest_of_two_own_dates_wins(spacy_model):
    # both hang on the verb; the one attached to it directly is taken
    doc = parse(spacy_model, "Finland applied to join NATO last May.", times=[MAY])
    assert dated(statements(doc), "applied_to") == [("state:FIN", "2022-05")]
