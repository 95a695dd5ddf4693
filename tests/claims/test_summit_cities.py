"""Summit places and datelines naming world cities the KB does not know (accord.kb.cities):
sentences written for these tests, the small summit KB of summitkb.py."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims import _summitplaces as near
from accord.nlp.extract.claims import statements
from accord.reconcile.verify import verify

from .summitkb import SummitKB, day, parse

pytestmark = pytest.mark.model
MADRID = [("29 June 2022", day("2022-06-29"))]


@pytest.fixture(scope="module")
def kb():
    return SummitKB()


def places(nlp, kb, text, times=MADRID, date="2022-06-29"):
    found = statements(parse(nlp, text, times, date), kb, "d")
    mine = [s for s in found if s.property == "located_in" and s.value.startswith("place:")]
    ids = {s.id for s in mine}
    return ([(s.subject, s.value, s.references[0].confidence.get("link")) for s in mine],
            sorted(f.kind for f in verify(found, {"d": date}, kb) if f.statement_id in ids))


def test_a_summit_put_in_a_city_of_another_state_is_contradicted(spacy_model, kb):
    said, kinds = places(spacy_model, kb, "NATO leaders gathered for the summit in Lisbon on 29 June 2022.")
    assert said == [("summit:nato-2022-madrid", "place:lisbon", 0.6)]
    assert "contradicted_by_kb" in kinds


def test_a_town_of_the_summits_state_is_no_claim(spacy_model, kb):
    # Getafe (Spain, under 500,000) may be a venue or suburb of Madrid
    assert places(spacy_model, kb, "NATO leaders gathered for the summit in Getafe on 29 June 2022.")[0] == []


def test_a_big_city_of_the_summits_state_is_contradicted(spacy_model, kb):
    times = [("10 July 2024", day("2024-07-10"))]
    said, kinds = places(spacy_model, kb, "NATO leaders gathered for the summit in Chicago on 10 July 2024.",
                         times, "2024-07-10")
    assert said == [("summit:nato-2024-washington", "place:chicago", 0.6)] and "contradicted_by_kb" in kinds


@pytest.mark.parametrize("city", ["Birmingham", "Barcelona", "Reading"])  # ambiguous, or a common word
def test_an_ambiguous_name_is_no_claim(spacy_model, kb, city):
    assert places(spacy_model, kb, f"NATO leaders gathered for the summit in {city} on 29 June 2022.")[0] == []


def test_a_venue_town_written_with_the_summits_state_is_no_claim(spacy_model, kb):
    assert places(spacy_model, kb, "NATO leaders gathered for the summit in Getafe, Spain, on 29 June 2022.")[0] == []


def test_a_big_city_written_with_the_summits_state_is_still_contradicted(spacy_model, kb):
    said, kinds = places(spacy_model, kb, "NATO leaders gathered for the summit in Barcelona, Spain, on 29 June 2022.")
    assert said == [("summit:nato-2022-madrid", "place:barcelona", 0.6)] and "contradicted_by_kb" in kinds


def test_big_city_boundary(kb, monkeypatch):
    from accord.kb import cities

    def sized(least):
        monkeypatch.setattr(cities, "by_id", lambda *a, **k: cities.City("Testville", "state:ESP", least, least))
        return near.may_contradict(kb, "summit:nato-2022-madrid", "place:testville")

    assert sized(near.BIG_CITY) is True
    assert sized(near.BIG_CITY - 1) is False


def lies_in(nlp, kb, text):
    found = statements(parse(nlp, text, (), "2023-07-11"), kb, "d")
    ids = {s.id for s in found if s.property in ("lies_in", "located_in")}
    return ([(s.subject, s.property, s.value) for s in found if s.id in ids],
            sorted(f.kind for f in verify(found, {"d": "2023-07-11"}, kb) if f.statement_id in ids))


def test_a_dateline_world_city_in_its_state(spacy_model, kb):
    assert lies_in(spacy_model, kb, "TALLINN, Lithuania — Leaders talked about Ukraine.") == (
        [("place:tallinn", "lies_in", "state:LTU")], ["contradicted_by_kb"])
    assert lies_in(spacy_model, kb, "KAUNAS, Lithuania — Leaders talked about Ukraine.") == (
        [("place:kaunas", "lies_in", "state:LTU")], ["supported"])


@pytest.mark.parametrize("text", [
    "KAUNAS — The NATO summit opened on Tuesday.",           # a city alone: no claim about the summit
    "BIRMINGHAM, Spain — Leaders talked about Ukraine.",     # ambiguous name
    "TALLINN, Estonia — Leaders talked about Ukraine.",      # a state the test KB does not know
])
def test_no_dateline_claim(spacy_model, kb, text):
    assert lies_in(spacy_model, kb, text)[0] == []
