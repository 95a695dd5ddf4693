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
