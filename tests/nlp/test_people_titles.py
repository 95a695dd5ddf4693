"""Titled names, consistent people and offices, on hand-built Docs (no model)."""

from __future__ import annotations

from accord.model import Annotation
from accord.nlp.extract.entities import Gazetteer, gazetteer_matches, merge_entities
from accord.nlp.extract.linking import link_mentions
from accord.nlp.extract.offices import minted_office, office_statements, offices
from accord.nlp.extract.people import resolve_people, slug
from accord.nlp.extract.titles import titled_names
from tests.nlp.helpers import blank, make_doc
from tests.nlp.kbfake import small_kb

KB = small_kb()
GAZ = Gazetteer.from_kb(blank(), KB)

CAZALET = ("NATO/PROPN/B-ORG deputy/ADJ spokesperson/NOUN Piers/PROPN/B-ORG Cazalet/PROPN/I-ORG told/VERB "
           "Newshub/PROPN/B-ORG Nation/PROPN/I-ORG ./PUNCT Cazalet/PROPN/B-ORG said/VERB so/ADV ./PUNCT")


def annotate(spec: str, on: str | None = None):
    """The NLP core's steps in pipeline order on a hand-built Doc."""
    doc = make_doc(spec)
    spans, links = merge_entities(doc, gazetteer_matches(doc, GAZ))
    doc.ents = spans
    spans, person_links, people = resolve_people(doc, KB, titled_names(doc))
    doc.ents = spans
    mentions = link_mentions(doc, KB, {**links, **person_links})
    return doc, mentions, people, offices(doc, KB, titled_names(doc), mentions, on)


def test_titled_name_is_a_person_and_its_family_name_too():
    doc, mentions, people, _ = annotate(CAZALET)
    persons = [(m.text, m.label, m.entity) for m in mentions if m.label == "PERSON"]
    assert persons == [("Piers Cazalet", "PERSON", "person:piers-cazalet"), ("Cazalet", "PERSON", "person:piers-cazalet")]
    assert people["person:piers-cazalet"]["kb"] is False
    assert len(people["person:piers-cazalet"]["mentions"]) == 2


def test_short_name_resolves_to_the_kb_person():
    _, mentions, _, _ = annotate("Nanaia/PROPN/B-PERSON Mahuta/PROPN/I-PERSON spoke/VERB ./PUNCT "
                                 "Mahuta/PROPN/B-ORG left/VERB")
    assert [(m.text, m.entity, m.data["kb"]) for m in mentions] == [
        ("Nanaia Mahuta", "person:nanaia-mahuta", True), ("Mahuta", "person:nanaia-mahuta", True)]


def test_office_of_a_titled_person_with_its_organisation():
    _, _, _, found = annotate(CAZALET, on="2022-06-20")
    (office,) = found
    assert office.text == "NATO deputy spokesperson Piers Cazalet"
    assert {k: office.data[k] for k in ("person", "office", "office_title", "organisation", "on", "kb")} == {
        "person": "person:piers-cazalet", "office": "office:nato-deputy-spokesperson",
        "office_title": "deputy spokesperson", "organisation": "org:NATO", "on": "2022-06-20", "kb": True}


def test_government_title_alone_takes_the_state_the_article_names():
    spec = ("New/PROPN/B-GPE Zealand/PROPN/I-GPE votes/VERB ./PUNCT Prime/PROPN Minister/PROPN "
            "Chris/PROPN/B-PERSON Hipkins/PROPN/I-PERSON spoke/VERB")
    _, _, _, (office,) = annotate(spec)
    assert (office.data["office"], office.data["organisation"], office.data["inferred"], office.data["on"]) == (
        "office:nzl-prime-minister", "state:NZL", True, None)


def test_title_with_of_and_an_apposition_comma():
    doc = make_doc("US/PROPN/B-GPE Secretary/PROPN of/ADP State/PROPN/B-ORG Antony/PROPN/B-PERSON "
                   "Blinken/PROPN/I-PERSON and the/DET alliance/NOUN 's/PART head/NOUN of/ADP policy/NOUN "
                   "planning/NOUN ,/PUNCT Dr/PROPN Benedetta/PROPN/B-PERSON Berti/PROPN/I-PERSON")
    titles = titled_names(doc)
    assert [(doc[slice(*t.name)].text, t.title_text, t.honorific) for t in titles] == [
        ("Antony Blinken", "Secretary of State", None), ("Benedetta Berti", "head of policy planning", "Dr")]
    assert doc[slice(*titles[0].jurisdiction)].text == "US"


def test_title_in_apposition_after_the_name():
    doc = make_doc("Jens/PROPN/B-PERSON Stoltenberg/PROPN/I-PERSON ,/PUNCT NATO/PROPN/B-ORG 's/PART "
                   "spokesperson/NOUN ,/PUNCT said/VERB")
    (title,) = titled_names(doc)
    assert (title.title_text, title.apposition, doc[slice(*title.jurisdiction)].text) == ("spokesperson", True, "NATO")


def test_former_title_is_no_current_office():
    _, _, _, found = annotate("former/ADJ Prime/PROPN Minister/PROPN John/PROPN/B-PERSON Key/PROPN/I-PERSON "
                              "in/ADP New/PROPN/B-GPE Zealand/PROPN/I-GPE")
    assert all(a.data["held"] for a in found)  # a held_office statement, never holds_office


def test_office_statements_merge_references_and_carry_the_date():
    sentence = Annotation("sentence", 0, 20, "Prime Minister X Y.")
    office = Annotation("office", 0, 18, "Prime Minister X Y", data={"person": "person:x-y", "office": "office:nzl-prime-minister", "on": "2023-04-11"})
    again = Annotation("office", 0, 18, "Prime Minister X Y", data={**office.data})
    (st,) = office_statements("doc1", [sentence, office, again], "Prime Minister X Y. ")
    assert (st.subject, st.property, st.value, st.point_in_time.value, st.point_in_time.precision) == (
        "person:x-y", "holds_office", "office:nzl-prime-minister", "2023-04-11", "day")
    assert [(r.doc_id, r.start, r.end, r.sentence) for r in st.references] == [("doc1", 0, 18, "Prime Minister X Y.")] * 2


def test_unknown_date_gives_no_point_in_time():
    office = Annotation("office", 0, 5, "x", data={"person": "person:x", "office": "office:y", "on": None})
    (st,) = office_statements("d", [office], "xxxxx")
    assert st.point_in_time is None


def test_minted_ids():
    assert slug("Dr Benedetta Bertí") == "dr-benedetta-berti"
    assert minted_office("Deputy Spokesperson", "org:NATO", None) == "office:nato-deputy-spokesperson"
    assert minted_office("Professor", None, "Otago University") == "office:otago-university-professor"
    assert minted_office("spokesperson", None, None) is None
