"""The KB gazetteer and its merge with NER, on hand-built Docs (no model)."""

from __future__ import annotations

from accord.nlp.extract.entities import Gazetteer, gazetteer_matches, merge_entities
from accord.nlp.extract.linking import link_mentions, name_key
from tests.nlp.helpers import blank, make_doc
from tests.nlp.kbfake import small_kb

KB = small_kb()
GAZ = Gazetteer.from_kb(blank(), KB)


def merged(spec: str):
    doc = make_doc(spec)
    spans, links = merge_entities(doc, gazetteer_matches(doc, GAZ))
    doc.ents = spans
    return doc, links


def linked(spec: str) -> list[tuple[str, str, str | None]]:
    doc, links = merged(spec)
    return [(m.text, m.label, m.entity) for m in link_mentions(doc, KB, links)]


def test_variants_of_nato_link_to_one_entity():
    assert linked("NATO/PROPN/B-ORG and Nato/PROPN/B-ORG met") == [("NATO", "ORG", "org:NATO"), ("Nato", "ORG", "org:NATO")]


def test_lowercase_words_never_match_names():
    assert linked("support nato/NOUN and native/ADJ allies") == []


def test_korea_variants_resolve_to_one_state():
    found = linked("the/DET/B-GPE Republic/PROPN/I-GPE of/ADP/I-GPE Korea/PROPN/I-GPE , South/PROPN/B-NORP "
                   "Korean/PROPN/I-NORP and Korea/PROPN/B-GPE")
    assert found == [("the Republic of Korea", "GPE", "state:KOR"), ("South Korean", "NORP", "state:KOR"),
                     ("Korea", "GPE", "state:KOR")]


def test_kb_name_ner_missed_is_added():
    assert linked("talks/NOUN with/ADP Slovenia/PROPN today") == [("Slovenia", "GPE", "state:SVN")]


def test_context_alias_needs_the_entity_named_in_the_document():
    assert linked("NATO/PROPN/B-ORG said the/DET alliance/NOUN will grow") == [
        ("NATO", "ORG", "org:NATO"), ("the alliance", "ORG", "org:NATO")]
    assert linked("the/DET alliance/NOUN will grow") == []


def test_wrong_ner_merge_is_split_at_an_abbreviation():
    found = linked("told/VERB Newshub/PROPN/B-ORG Nation/PROPN/I-ORG NATO/PROPN/I-ORG and")
    assert found == [("Newshub Nation", "ORG", "org:newshub-nation"), ("NATO", "ORG", "org:NATO")]


def test_kb_name_at_the_start_of_a_longer_name_is_a_modifier():
    found = linked("the/DET NATO/PROPN/B-ORG Leaders/PROPN/I-ORG Summit/PROPN/I-ORG")
    assert found == [("NATO Leaders Summit", "ORG", None)]


def test_person_wins_over_a_state_inside_the_name():
    assert linked("Michael/PROPN/B-PERSON Jordan/PROPN/I-PERSON played") == [("Michael Jordan", "PERSON", None)]


def test_a_state_tagged_as_a_person_at_the_head_of_a_sentence_is_the_state():
    # the tagger takes "Slovenia joined ..." for a person: a state's name and nothing else is the state
    assert linked("Slovenia/PROPN/B-PERSON joined/VERB NATO/PROPN/B-ORG") == [
        ("Slovenia", "GPE", "state:SVN"), ("NATO", "ORG", "org:NATO")]
    assert linked("Jordan/PROPN/B-PERSON said/VERB it/PRON would/AUX help/VERB") == [("Jordan", "GPE", "state:JOR")]
    assert linked("Slovenia/PROPN/B-PERSON 's/PART/I-PERSON army/NOUN grew") == [("Slovenia", "GPE", "state:SVN")]


def test_a_state_name_before_a_surname_stays_a_person():
    # "Jordan" with a capitalised word after it that no KB name covers: a given name
    assert linked("Jordan/PROPN/B-PERSON Henderson/PROPN said/VERB") == [("Jordan", "PERSON", None)]
    # the same word with a lower-case word after it is the state
    assert linked("Jordan/PROPN/B-PERSON henderson/NOUN said/VERB") == [("Jordan", "GPE", "state:JOR")]


def test_a_state_name_the_document_gives_a_person_stays_a_person():
    text = "Jordan/PROPN/B-PERSON Henderson/PROPN/I-PERSON arrived/VERB ./PUNCT Jordan/PROPN/B-PERSON said/VERB"
    assert linked(text) == [("Jordan Henderson", "PERSON", None), ("Jordan", "PERSON", None)]
    # another person's longer name does not make the state a person
    text = "Nanaia/PROPN/B-PERSON Mahuta/PROPN/I-PERSON arrived/VERB ./PUNCT Jordan/PROPN/B-PERSON said/VERB"
    assert ("Jordan", "GPE", "state:JOR") in linked(text)


def test_a_person_tag_over_a_state_and_more_words_stays_a_person():
    assert linked("Jordan/PROPN/B-PERSON Smith/PROPN/I-PERSON said/VERB") == [("Jordan Smith", "PERSON", None)]


def test_two_letter_abbreviation_before_an_amount_is_not_a_state():
    assert linked("a/DET GB/PROPN #/SYM 20/NUM billion/NUM deal") == []
    assert linked("the/DET GB/PROPN/B-GPE team") == [("GB", "GPE", "state:GBR")]


def test_unknown_names_stay_unlinked_with_zero_confidence():
    doc, links = merged("Otago/PROPN/B-ORG University/PROPN/I-ORG said")
    (m,) = link_mentions(doc, KB, links)
    assert (m.entity, m.data["kb"], m.data["confidence"], m.data["how"]) == (None, False, 0.0, "unlinked")


def test_name_key_drops_article_and_possessive():
    assert name_key("the Alliance's") == "Alliance"
    assert name_key("New Zealand’s") == "New Zealand"
