"""Datelines opening an article or paragraph: the city in its state, and the city of the summit
the article is about (sentences written for these tests, a small KB built here)."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims import statements
from accord.reconcile.verify import verify

from .summitkb import SummitKB, day, parse

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def kb():
    return SummitKB()


def read(nlp, kb, text, times=(), date="2023-07-11"):
    return statements(parse(nlp, text, times, date), kb, "d")


def lies_in(found, kb):
    ids = {s.id for s in found if s.property == "lies_in"}
    return [(s.subject, s.value) for s in found if s.id in ids], sorted(
        f.kind for f in verify(found, {"d": "2023-07-11"}, kb) if f.statement_id in ids)


def test_a_dateline_city_in_its_state_is_supported(spacy_model, kb):
    found = read(spacy_model, kb, "VILNIUS, Lithuania — Leaders talked about Ukraine on Tuesday.")
    assert lies_in(found, kb) == ([("place:vilnius", "state:LTU")], ["supported"])


def test_a_dateline_city_put_in_another_state_is_contradicted(spacy_model, kb):
    found = read(spacy_model, kb, "VILNIUS, Latvia — Leaders talked about Ukraine on Tuesday.")
    assert lies_in(found, kb) == ([("place:vilnius", "state:LVA")], ["contradicted_by_kb"])


def test_a_dateline_after_a_blank_line(spacy_model, kb):
    text = "Leaders talked at length.\n\nVILNIUS, Lithuania — Leaders talked about Ukraine again."
    assert lies_in(read(spacy_model, kb, text), kb)[0] == [("place:vilnius", "state:LTU")]


def test_a_dateline_opens_a_paragraph_too_with_an_agency(spacy_model, kb):
    text = "Leaders talked.\nMADRID, Spain (Reuters) - Leaders talked about Ukraine again."
    assert lies_in(read(spacy_model, kb, text), kb)[0] == [("place:madrid", "state:ESP")]


@pytest.mark.parametrize("text", [
    "WINDSOR, England – Leaders talked about Ukraine on Tuesday.",   # a city the KB does not know
    "BRUSSELS (Reuters) - Leaders talked about Ukraine on Tuesday.",  # no state given
    "They said that VILNIUS, Latvia — was the place.",                # not opening a paragraph
    "Leaders talked at length. VILNIUS, Latvia — was the place.",     # a sentence, not a line, starts there
])
def test_no_claim_without_a_known_city_and_state_at_the_start(spacy_model, kb, text):
    assert lies_in(read(spacy_model, kb, text), kb)[0] == []


def test_a_dateline_in_the_summit_city_supports_the_summits_place(spacy_model, kb):
    text = "VILNIUS – The NATO summit opened on 11 July 2023 with a pledge."
    found = read(spacy_model, kb, text, [("11 July 2023", day("2023-07-11"))])
    assert ("summit:nato-2023-vilnius", "located_in", "place:vilnius") in [
        (s.subject, s.property, s.value) for s in found]


def test_a_dateline_elsewhere_says_nothing_of_a_summit_its_lead_places(spacy_model, kb):
    text = "MADRID – The NATO summit in Vilnius opened on 11 July 2023 with a pledge."
    found = read(spacy_model, kb, text, [("11 July 2023", day("2023-07-11"))])
    assert [s.value for s in found if s.property == "located_in"] == ["place:vilnius"]


@pytest.mark.parametrize("date, claimed", [
    ("2023-07-11", True),  # filed on the summit's first day
    ("2023-07-13", True),  # the day after it
    ("2023-07-14", False),  # two days after: not the summit under way
])
def test_a_lead_that_names_no_place_takes_the_datelines_for_the_summit_under_way(spacy_model, kb, date, claimed):
    text = "MADRID – NATO leaders opened their summit on Tuesday with a pledge."
    found = read(spacy_model, kb, text, date=date)
    assert (("place:madrid" in [s.value for s in found if s.property == "located_in"]) is claimed)


def test_a_lead_about_something_else_takes_nothing_from_the_dateline(spacy_model, kb):
    text = "MADRID – President Biden said on Tuesday that Ukraine would get more aid."
    assert [s for s in read(spacy_model, kb, text) if s.property == "located_in"] == []
