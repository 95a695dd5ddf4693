"""Places of birth in the KB (session 16, birth24): kb/data/birthplaces.yaml's `born_in` facts
(person -> place) and the places they name, each lying in its city, region or state."""

from __future__ import annotations

import pytest

from accord.kb import load
from accord.nlp.extract.claims._eventlink import within
from accord.nlp.extract.claims.birthplaces import state_of


@pytest.fixture(scope="module")
def kb():
    return load()


def test_every_birthplace_is_a_place_with_a_state_and_a_source(kb):
    facts = kb.facts(property="born_in")
    assert 150 <= len(facts) <= 300
    people = [f.subject for f in facts]
    assert len(people) == len(set(people))  # one place of birth each
    for f in facts:
        assert f.subject.startswith("person:") and kb.has(f.subject)
        assert f.value.startswith(("place:", "state:")) and kb.has(f.value)
        assert f.source.startswith("https://en.wikipedia.org/wiki/"), f.subject
        if f.value != "place:jerusalem":  # the one place whose state the KB does not give
            assert state_of(kb, f.value) is not None, f.value


@pytest.mark.parametrize("person, place, state", [
    ("person:mark-rutte", "place:the-hague", "state:NLD"),  # not the capital
    ("person:boris-johnson", "place:new-york-city", "state:USA"),  # abroad
    ("person:krisjanis-karins", "place:wilmington-delaware", "state:USA"),
    ("person:kaja-kallas", "place:tallinn", "state:EST"),
    ("person:jens-stoltenberg", "place:oslo", "state:NOR"),
    ("person:sergio-mattarella", "place:palermo", "state:ITA"),
    ("person:juan-carlos-i", "place:rome", "state:ITA"),
    ("person:ursula-von-der-leyen", "place:ixelles", "state:BEL"),
])
def test_known_places_of_birth(kb, person, place, state):
    assert [f.value for f in kb.facts(subject=person, property="born_in")] == [place]
    assert state_of(kb, place) == state


@pytest.mark.parametrize("old, new", [
    ("Danzig", "place:gdansk"), ("Gdansk", "place:gdansk"), ("Leningrad", "place:saint-petersburg"),
    ("St Petersburg", "place:saint-petersburg"), ("Lwów", "place:lviv"), ("Lemberg", "place:lviv"),
    ("Dnipropetrovsk", "place:dnipro"), ("Titograd", "place:podgorica"), ("Krivoy Rog", "place:kryvyi-rih"),
])
def test_a_renamed_place_is_one_place_with_all_its_names(kb, old, new):
    entity = kb.entity(new)
    assert old in [entity.name, *entity.aliases]


def test_a_district_lies_in_its_city_and_a_city_in_its_region(kb):
    assert {"place:brussels", "state:BEL"} <= within(kb, "place:ixelles")
    assert {"place:new-york-city", "state:USA"} <= within(kb, "place:brooklyn")
    assert {"place:sicily", "state:ITA"} <= within(kb, "place:palermo")
    assert {"place:quebec", "state:CAN"} <= within(kb, "place:quebec-city")


def test_a_former_state_contradicts_nothing(user_dir):
    """"born in the Soviet Union" for Leningrad: a state with no ISO 3166-1 code (a former one) held
    places of several of today's states, so it is no other state than Russia."""
    from types import SimpleNamespace

    from accord.kb import DATA_DIR, build
    from accord.model import Statement
    from accord.nlp.extract.claims.birthplaces import check_born_in

    folder = user_dir({"former.yaml": {"entities": [
        {"id": "state:SUN", "name": "Soviet Union", "source": "https://en.wikipedia.org/wiki/Soviet_Union"}]}})
    kb = build([DATA_DIR, folder])
    checker = SimpleNamespace(kb=kb, name=lambda e: kb.entity(e).name)

    def kind(value):
        st = Statement(subject="person:vladimir-putin", property="born_in", value=value)
        verdict = check_born_in(checker, st, None)
        return verdict.kind if verdict is not None else None

    assert kind("state:SUN") is None
    assert kind("state:RUS") == "supported"
    assert kind("state:UKR") == "contradicted_by_kb"  # a state of today
    assert kind("place:moscow") == "contradicted_by_kb"  # another city of the same state
    assert kind("place:pskov") == "contradicted_by_kb"
    assert kind("place:saint-petersburg") == "supported"


def test_a_territory_sovereign_contradicts_nothing(kb):
    from types import SimpleNamespace

    from accord.model import Statement
    from accord.nlp.extract.claims.birthplaces import check_born_in

    checker = SimpleNamespace(kb=kb, name=lambda e: kb.entity(e).name)
    st = Statement(subject="person:ma-ying-jeou", property="born_in", value="state:CHN")
    assert check_born_in(checker, st, None) is None
    st = Statement(subject="person:ma-ying-jeou", property="born_in", value="state:TWN")
    assert check_born_in(checker, st, None).kind == "contradicted_by_kb"
