"""What was joined: the organisation itself, or a partnership framework it runs. Sentences
written for these tests."""

from __future__ import annotations

import re

import pytest

from accord.model import Annotation
from accord.nlp.extract.claims import statements

from .test_claims import parse, triples

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def kb():
    from accord.kb import load

    return load()


def with_programme(nlp, text, times=()):
    doc = parse(nlp, text, times=times)
    doc._.mentions += [Annotation("mention", m.start(), m.end(), m.group(), entity="programme:nato-pfp")
                       for m in re.finditer(r"Partnership for Peace", text)]
    return doc


def test_joining_what_an_organisation_owns_is_not_joining_it(spacy_model):
    doc = parse(spacy_model, "Finland joined NATO's partnership programme in 1994.",
                times=[("in 1994", {"value": "1994", "precision": "year"})])
    assert not [s for s in statements(doc) if s.property == "joined"]


def test_joining_the_organisation_named_as_a_compound_is_joining_it(spacy_model):
    doc = parse(spacy_model, "Finland joined the NATO alliance in April 2023.",
                times=[("in April 2023", {"value": "2023-04", "precision": "month"})])
    assert triples(s for s in statements(doc) if s.property == "joined") == [
        ("state:FIN", "joined", "org:NATO", "affirmed")]


def test_joining_a_partnership_framework_starts_a_partnership_then(spacy_model, kb):
    doc = with_programme(spacy_model, "Finland joined NATO's Partnership for Peace in 1994.",
                         times=[("in 1994", {"value": "1994", "precision": "year"})])
    [st] = [s for s in statements(doc, kb) if s.property == "partner_of"]
    assert (st.subject, st.value, st.start.value) == ("state:FIN", "org:NATO", "1994")
    assert not [s for s in statements(doc, kb) if s.property == "joined"]


@pytest.mark.parametrize("text, subject, polarity", [
    ("Japan, though not a NATO member, sent troops.", "state:JPN", "negated"),
    ("Japan is not part of NATO.", "state:JPN", "negated"),
    ("Japan, a non-NATO member, sent troops.", "state:JPN", "negated"),
    ("Sweden, a NATO member, sent troops.", "state:SWE", "affirmed"),
])
def test_membership_in_asides_and_part_of(spacy_model, text, subject, polarity):
    found = [s for s in statements(parse(spacy_model, text)) if s.property == "member_of"]
    assert [(s.subject, s.value, s.polarity) for s in found] == [(subject, "org:NATO", polarity)]


def test_part_of_something_else_is_no_membership(spacy_model):
    assert not statements(parse(spacy_model, "Japan is part of the plan that NATO drew up."))


def test_an_aside_takes_its_date(spacy_model):
    doc = parse(spacy_model, "Sweden, a NATO member since 2024, sent troops.",
                times=[("since 2024", {"value": "2024", "precision": "year", "role": "start"})])
    [st] = [s for s in statements(doc) if s.property == "member_of"]
    assert st.start.value == "2024"


def test_an_ally_of_a_state_is_no_member_of_the_organisation_beside_it(spacy_model):
    doc = parse(spacy_model, "Japan, a key Australia ally and not a NATO member, sent troops.")
    found = [(s.subject, s.value, s.polarity) for s in statements(doc) if s.property == "member_of"]
    assert found == [("state:JPN", "org:NATO", "negated")]
