"""Possibility, intention and expectation are not facts; headlines are read unsure. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims import statements

from .test_claims import parse

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Finland joined NATO.", "fact"),
    ("Finland may join NATO.", "hypothetical"),
    ("Finland could join NATO.", "hypothetical"),
    ("Finland will join NATO.", "plan"),
])
def test_modality_of_joining(spacy_model, text, expected):
    [st] = [s for s in statements(parse(spacy_model, text)) if s.property == "joined"]
    assert st.modality == expected


@pytest.mark.parametrize("text", [
    "Finland was expected to join NATO in April.",
    "Finland is set to join NATO in April.",
    "Finland hopes to join NATO in April.",
    "Finland applied to join NATO in April.",
])
def test_joining_under_an_intention_is_no_accession(spacy_model, text):
    doc = parse(spacy_model, text, times=[("in April", {"value": "2023-04", "precision": "month"})])
    assert not [s for s in statements(doc) if s.property == "joined"]


def test_an_accession_still_to_come_is_read_unsure(spacy_model):
    [st] = [s for s in statements(parse(spacy_model, "Finland will join NATO.")) if s.property == "joined"]
    assert st.references[0].confidence["modality"] < 0.5


@pytest.mark.parametrize("text, headline", [
    ("Japan Set To Join Pact Against Rivals, Officials Say", True),
    ("Finland Joins NATO", False),  # too short to tell a headline from a name
    ("Finland joins the NATO alliance today.", False),
    ("The European Union and NATO met in Brussels.", False),
])
def test_headline_case(spacy_model, text, headline):
    from accord.nlp.extract.claims.grammar import headline_case

    assert headline_case(spacy_model(text)[:]) is headline


def test_a_claim_in_a_headline_is_read_unsure(spacy_model):
    found = statements(parse(spacy_model, "Finland Becomes A Member Of The Alliance Before Sweden, Officials Say"))
    assert found and all(s.references[0].confidence["modality"] < 0.5 for s in found)
