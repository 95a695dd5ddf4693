"""Likely misspellings of KB names (no model)."""

from __future__ import annotations

import pytest

from accord.model import Annotation
from accord.nlp.extract.anomalies import FormIndex, close_form, link_misspelt, misspellings
from tests.nlp.helpers import make_doc
from tests.nlp.kbfake import small_kb

KB = small_kb()
INDEX = FormIndex.from_kb(KB)


@pytest.mark.parametrize("word, entity", [("NAITO", "org:NATO"), ("Solvenia", "state:SVN"), ("Slovnia", "state:SVN"),
                                          ("Spian", "state:ESP"), ("Spain", None), ("Slovakian", None), ("Slovenias", None),
                                          ("Natives", None), ("NATOs", None), ("Korae", "state:KOR"),
                                          ("Spin", None), ("Korah", None)])
def test_close_form(word, entity):
    hit = close_form(word, INDEX)
    assert (hit[1] if hit else None) == entity


def test_full_person_names_and_lowercase_words_are_never_candidates():
    doc = make_doc("Slovena/PROPN/B-PERSON met/VERB native/ADJ allies/NOUN in/ADP Solvenia/PROPN/B-GPE")
    # "Slovena" was named in full earlier in the article: a person, not a misspelt country
    mentions = [Annotation("mention", 0, 7, "Slovena", "PERSON", "person:anna-slovena"),
                Annotation("mention", 35, 43, "Solvenia", "GPE", None)]
    found = misspellings(doc, INDEX, mentions, KB)
    assert [(a.text, a.start, a.data["suggestion"], a.data["suggested_name"]) for a in found] == [
        ("Solvenia", 35, "state:SVN", "Slovenia")]
    link_misspelt(mentions, found)
    assert (mentions[1].entity, mentions[1].data["anomaly"], mentions[1].data["confidence"]) == ("state:SVN", True, 0.5)


def test_misspelt_name_ner_missed_is_found_among_proper_nouns():
    doc = make_doc("members/NOUN of/ADP NAITO/PROPN agree/VERB")
    (found,) = misspellings(doc, INDEX, [], KB)
    assert (found.text, found.start, found.end, found.data["suggestion"]) == ("NAITO", 11, 16, "org:NATO")


def test_a_lone_word_ner_took_for_a_person_can_be_a_misspelt_country():
    doc = make_doc("It/PRON describes/VERB Slovneia/PROPN/B-PERSON as/ADP a/DET friend/NOUN")
    mentions = [Annotation("mention", 13, 21, "Slovneia", "PERSON", "person:slovneia")]
    found = misspellings(doc, INDEX, mentions, KB)
    assert [(a.text, a.data["suggestion"]) for a in found] == [("Slovneia", "state:SVN")]


def test_all_capitals_outside_any_entity_are_candidates():
    doc = make_doc("NAITO/NOUN leaders/NOUN met/VERB")
    assert [(a.text, a.data["suggestion"]) for a in misspellings(doc, INDEX, [], KB)] == [("NAITO", "org:NATO")]


def test_a_one_letter_change_outside_places_and_organisations_is_another_name():
    doc = make_doc("General/PROPN Franco/PROPN/B-PERSON ruled/VERB")
    mentions = [Annotation("mention", 8, 14, "Franco", "PERSON", "person:franco")]
    assert misspellings(doc, INDEX, mentions, KB) == []


def test_known_correct_names_near_kb_names_are_not_flagged():
    from types import SimpleNamespace

    tiny = SimpleNamespace(entities=lambda type=None: [SimpleNamespace(id="state:COL", type="state")],
                           surface_forms=lambda: iter([("Colombia", "state:COL", "name")]))
    index = FormIndex.from_kb(tiny)
    assert close_form("Colmbia", index) is not None  # a real misspelling is still found
    assert close_form("Columbia", index) is None  # the District, the university, the river


def test_capitals_in_a_heading_are_not_candidates():
    doc = make_doc("FROM/ADP THE/DET NAITO/PROPN ARCHIVES/NOUN")
    assert misspellings(doc, INDEX, [], KB) == []


def _places_kb():
    from types import SimpleNamespace

    return SimpleNamespace(entities=lambda type=None: [SimpleNamespace(id="place:wellington", type="place")],
                           surface_forms=lambda: iter([("Wellington", "place:wellington", "name")]),
                           name=lambda id: "Wellington")


def test_two_edits_only_when_the_article_names_the_entity_rightly():
    kb = _places_kb()
    index = FormIndex.from_kb(kb)
    doc = make_doc("Leaders/NOUN met/VERB in/ADP Wilmington/PROPN/B-GPE")
    town = Annotation("mention", 19, 29, "Wilmington", "GPE", None, data={"kb": False})
    assert misspellings(doc, index, [town], None) == []  # another real town
    doc = make_doc("Wellington/PROPN/B-GPE and/CCONJ Wallingtun/PROPN/B-GPE")
    mentions = [Annotation("mention", 0, 10, "Wellington", "GPE", "place:wellington", data={"kb": True}),
                Annotation("mention", 15, 25, "Wallingtun", "GPE", None, data={"kb": False})]
    assert [a.text for a in misspellings(doc, index, mentions, None)] == ["Wallingtun"]


def test_a_misspelt_abbreviation_inside_a_longer_name():
    doc = make_doc("at/ADP NAITO/PROPN/B-ORG Headquarters/PROPN/I-ORG")
    mention = Annotation("mention", 3, 21, "NAITO Headquarters", "ORG", None, data={"kb": False})
    assert [(a.text, a.data["suggestion"]) for a in misspellings(doc, INDEX, [mention], KB)] == [("NAITO", "org:NATO")]


def test_one_unlinked_word_of_any_label_is_a_candidate():
    from accord.nlp.extract.anomalies import candidates

    doc = make_doc("Spian/PROPN/B-WORK_OF_ART tweeted/VERB")
    mention = Annotation("mention", 0, 5, "Spian", "WORK_OF_ART", None, data={"kb": False})
    assert (0, 5, "Spian", "") in list(candidates(doc, [mention]))
    assert [a.data["suggestion"] for a in misspellings(doc, INDEX, [mention], KB)] == ["state:ESP"]


def _codes_index(words=frozenset()):
    index = FormIndex([("ROC", "state:TWN", "abbreviation"), ("NATO", "org:NATO", "abbreviation"),
                       ("Chicago", "place:chicago", "name")])
    index.words = words
    return index


def test_a_kb_form_of_three_letters_suggests_nothing():
    # "ROTC" is one letter from "ROC" as "NAITO" is from "NATO": a code that short is one letter
    # from too many acronyms; four letters is enough.
    index = _codes_index()
    assert close_form("ROTC", index) is None
    assert close_form("NAITO", index)[1] == "org:NATO"


def test_an_english_word_is_never_a_misspelt_name():
    assert close_form("Chicano", _codes_index())[1] == "place:chicago"  # without the lexicon
    index = _codes_index(frozenset({"chicano", "nato"}))
    assert close_form("Chicano", index) is None
    assert close_form("CHICANO", index) is None  # any case
    assert close_form("Chicanos", index) is None  # with a plural ending
    assert close_form("Chicaqo", index)[1] == "place:chicago"  # a slip that is no word
