"""World cities from GeoNames (accord.kb.cities): size, state, ambiguity, and the names never read."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from accord.kb import cities


def test_an_unambiguous_world_city_and_its_state():
    city = cities.lookup("Lisbon")
    assert city is not None and city.state == "state:PRT" and city.population >= 500_000


def test_accents_are_folded_for_lookup_and_ids():
    assert cities.key("Córdoba") == "cordoba" and cities.key("The Hague") == "the-hague"
    assert cities.by_id("place:the-hague").state == "state:NLD"


def test_a_far_larger_namesake_wins_a_near_one_makes_it_ambiguous():
    assert cities.lookup("Paris").state == "state:FRA"  # Paris, Texas is under 1/20 of Paris
    assert cities.lookup("Birmingham") is None  # UK and Alabama
    assert cities.lookup("Washington") is None  # US and UK


def test_a_state_given_picks_the_city_of_that_state():
    assert cities.lookup("Barcelona") is None  # Spain and Venezuela
    assert cities.lookup("Barcelona", state="state:ESP").state == "state:ESP"
    assert cities.lookup("Barcelona", state="state:PRT") is None


@pytest.mark.parametrize("name", ["Reading", "Mobile", "Split", "Of", "the", "Nice"])
def test_common_words_are_never_cities(name):
    assert cities.lookup(name) is None


def test_a_name_the_kb_knows_is_the_kbs():
    kb = SimpleNamespace(resolve=lambda name: [SimpleNamespace(id="state:GEO")] if name == "Tbilisi" else [])
    assert cities.lookup("Tbilisi") is not None
    assert cities.lookup("Tbilisi", kb) is None


@pytest.fixture
def fake_index(monkeypatch):
    def use(rows):
        monkeypatch.setattr(cities, "_index", lambda: {"testville": rows})
    return use


def test_population_boundary(fake_index):
    fake_index([(cities.MIN_POPULATION, "PT")])
    assert cities.lookup("Testville").state == "state:PRT"
    fake_index([(cities.MIN_POPULATION - 1, "PT")])
    assert cities.lookup("Testville") is None


def test_namesake_boundary(fake_index):
    fake_index([(2_000_000, "FR"), (100_000, "US")])  # exactly 1/20: ambiguous
    assert cities.lookup("Testville") is None
    fake_index([(2_000_000, "FR"), (99_999, "US")])
    assert cities.lookup("Testville").state == "state:FRA"
    fake_index([(2_000_000, "FR"), (1_000_000, "FR")])  # namesakes in one state: the state is sure
    assert cities.lookup("Testville") == cities.City("Testville", "state:FRA", 2_000_000, 1_000_000)
