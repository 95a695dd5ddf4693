"""Reported speech, reported beliefs and their sources (issue 16), on sentences written for the
purpose and parsed by the spaCy model: one test per form, several sentences each.

Each quotation is read as (kind, content, speaker phrase, resolved speaker name).
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.quotes import quotations, quote_annotations, said_statements

pytestmark = pytest.mark.model


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    out = []
    for q in quotations(doc):
        speaker = text[q.speaker[0]:q.speaker[1]] if q.speaker else None
        out.append((q.kind, text[q.content[0]:q.content[1]], speaker, q.speaker_text))
    return out


@pytest.mark.parametrize("text, content, speaker", [
    ("Jane Doe warned that the bridge would close in May.", "that the bridge would close in May", "Jane Doe"),
    ("Tom Lind has insisted the port is safe.", "the port is safe", "Tom Lind"),
    ("Anna Berg argued the plan was too expensive.", "the plan was too expensive", "Anna Berg"),
    ("The council had claimed the works were finished.", "the works were finished", "The council"),
    ("Jane Doe added that the bridge would carry four lanes.", "that the bridge would carry four lanes",
     "Jane Doe"),
    ("Tom Lind noted that the port had grown every year.", "that the port had grown every year", "Tom Lind"),
    ("The mayor's office announced that the budget would grow.", "that the budget would grow",
     "The mayor's office"),
    ("Anna Berg stressed the harbour needed more cranes.", "the harbour needed more cranes", "Anna Berg"),
])
def test_verb_cues_before_their_clause(spacy_model, text, content, speaker):
    assert found(spacy_model, text)[0][:3] == ("reported", content, speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("The harbour will close in June, Jane Doe said.", "The harbour will close in June", "Jane Doe"),
    ("The harbour will close in June, said Jane Doe.", "The harbour will close in June", "Jane Doe"),
    ("The talks had stalled, officials said on Monday.", "The talks had stalled", "officials"),
])
def test_cue_after_the_content(spacy_model, text, content, speaker):
    assert found(spacy_model, text)[0][:3] == ("reported", content, speaker)


@pytest.mark.parametrize("text, speaker", [
    ("The harbour, Jane Doe said, will close in June.", "Jane Doe"),
    ("The bigger risk, he said, is a clash between the two fleets.", "he"),
])
def test_cue_between_commas_inside_the_content(spacy_model, text, speaker):
    (q,) = found(spacy_model, text)
    assert q[0] == "reported" and q[2] == speaker
    assert q[1] == text.rstrip(".")  # the clause on both sides of the cue


@pytest.mark.parametrize("text, content, speaker", [
    ("The bridge will open in May, according to the city engineer.", "The bridge will open in May",
     "the city engineer"),
    ("According to the Daily Courier, the mayor has resigned.", "the mayor has resigned", "the Daily Courier"),
    ("In a statement, the council said the works would resume.", "the works would resume", "the council"),
    ("The Daily Courier reported that the mayor had resigned.", "that the mayor had resigned",
     "The Daily Courier"),
])
def test_organisations_newspapers_and_statements_as_sources(spacy_model, text, content, speaker):
    assert found(spacy_model, text)[0][:3] == ("reported", content, speaker)


@pytest.mark.parametrize("text, content, speaker", [
    ("Tom Lind believes the city can win the bid.", "the city can win the bid", "Tom Lind"),
    ("Tom Lind wants to build a second bridge.", "to build a second bridge", "Tom Lind"),
    ("A council report found that the bridge was unsafe.", "that the bridge was unsafe", "A council report"),
    ("Tom Lind supports the new bridge.", "the new bridge", "Tom Lind"),
    ("Jane Doe called for a new vote on the budget.", "for a new vote on the budget", "Jane Doe"),
    # PolNeAR's source keeps the possessive ending (on train 5 speakers won, 1 lost)
    ("Jane Doe's view is that the city must grow.", "that the city must grow", "Jane Doe's"),
])
def test_beliefs_and_stances(spacy_model, text, content, speaker):
    assert found(spacy_model, text)[0][:3] == ("belief", content, speaker)


@pytest.mark.parametrize("text", [
    "New Zealand contributed ten million dollars to the fund to support Ukraine.",  # a purpose, no stance
    "If Russia attacks an ally, the alliance will defend itself.",  # deeds between states
    "The council called a meeting on Monday.",  # summoning, not a stance
])
def test_deeds_and_purposes_are_no_beliefs(spacy_model, text):
    assert found(spacy_model, text) == []


@pytest.mark.parametrize("text, content, kind", [
    ("The bridge is expected to open in May.", "The bridge is expected to open in May", "belief"),
    ("The mayor seems to favour the northern route.", "The mayor seems to favour the northern route", "belief"),
    ("The mayor reportedly met the minister on Monday.", "The mayor reportedly met the minister on Monday",
     "reported"),
])
def test_attributions_without_a_named_source(spacy_model, text, content, kind):
    assert found(spacy_model, text) == [(kind, content, None, None)]


def test_passive_cue_with_its_agent(spacy_model):
    (q,) = found(spacy_model, "The bridge was described as unsafe by the engineers.")
    assert q[0] == "reported" and q[2] == "the engineers"


def test_beliefs_inside_someone_s_words_are_part_of_them(spacy_model):
    """`Cazalet said if Russia attacked, NATO would support …`: the inner verbs are Cazalet's words."""
    quotes = found(spacy_model, "Jane Doe said the council supports the bridge and wants to build it soon.")
    assert [q[0] for q in quotes] == ["reported"] and quotes[0][2] == "Jane Doe"


@pytest.mark.parametrize("text, speaker, name", [
    ("Foreign Minister Anna Berg met Mayor Jane Doe in Oslo. The minister said the talks had gone well.",
     "The minister", "Anna Berg"),
    ("Prime Minister Chris Hipkins and Defence Minister Andrew Little spoke on Monday. The defence minister "
     "said the budget would grow.", "The defence minister", "Andrew Little"),
    ("Prime Minister Chris Hipkins and Defence Minister Andrew Little spoke on Monday. The prime minister "
     "told reporters that the trip was useful.", "The prime minister", "Chris Hipkins"),
])
def test_speaker_named_by_role_resolves_to_the_person(spacy_model, text, speaker, name):
    q = found(spacy_model, text)[-1]
    assert q[2:] == (speaker, name)


def test_role_nobody_holds_stays_as_written(spacy_model):
    q = found(spacy_model, "Mayor Jane Doe opened the bridge. The minister said the talks had gone well.")[-1]
    assert q[2:] == ("The minister", "The minister")


@pytest.mark.parametrize("text, speaker", [
    ('Jane Doe, standing beside Tom Lind, said: "We will build the bridge next year."', "Jane Doe"),
    ('"We will build the bridge next year," Jane Doe told Tom Lind.', "Jane Doe"),
    ('Mayor Jane Doe stood next to Tom Lind. "The bridge will open in May," Lind said.', "Tom Lind"),
])
def test_speaker_is_the_cue_s_subject_not_the_nearest_name(spacy_model, text, speaker):
    assert [q[3] for q in found(spacy_model, text)] == [speaker]


@pytest.mark.parametrize("text", [
    'Tom Lind said: "Jane Doe is right, the bridge is late."',
    '"Jane Doe said the bridge was late," Tom Lind said.',
])
def test_words_inside_a_quotation_stay_with_its_speaker(spacy_model, text):
    assert [(q[0], q[3]) for q in found(spacy_model, text)] == [("direct", "Tom Lind")]


def test_a_newspaper_s_sentence_is_not_given_to_the_minister_it_names(spacy_model):
    quotes = found(spacy_model, "The Daily Courier reported that Minister Jane Doe had resigned.")
    assert quotes[0][0] == "reported" and quotes[0][2] == "The Daily Courier"


def test_beliefs_make_no_said_statement(spacy_model):
    doc = spacy_model("Tom Lind said the port would grow. Tom Lind supports the new bridge.")
    annotations = quote_annotations(doc, quotations(doc))
    assert [a.label for a in annotations] == ["reported", "belief"]
    statements = said_statements(annotations, "doc1", doc.text)
    assert [s.value for s in statements] == ["the port would grow"]


def test_reported_clause_needs_three_tokens(spacy_model):
    """MIN_CONTENT_TOKENS: `said it rained` (two) is too short to be worth reporting; three is kept."""
    from accord.nlp.extract.quotes.indirect import MIN_CONTENT_TOKENS

    assert MIN_CONTENT_TOKENS == 3
    assert found(spacy_model, "Jane Doe said it rained.") == []
    assert found(spacy_model, "Jane Doe said it rained hard.")[0][:3] == ("reported", "it rained hard", "Jane Doe")


def test_a_stance_object_may_be_one_name(spacy_model):
    """MIN_OBJECT_TOKENS: `endorsed Lind` is a stance on one word."""
    assert found(spacy_model, "Jane Doe endorsed Lind.")[0][:3] == ("belief", "Lind", "Jane Doe")


@pytest.mark.parametrize("text, content, speaker", [
    ("Jane Doe made the case that the bridge was too expensive.", "that the bridge was too expensive", "Jane Doe"),
    ("Tom Lind raised concerns about the cost of the bridge.", "about the cost of the bridge", "Tom Lind"),
    ("The mayor made it clear that the works would resume.", "that the works would resume", "The mayor"),
    ("Anna Berg took issue with the council's plan.", "with the council's plan", "Anna Berg"),
])
def test_light_verbs_of_statement_and_stance(spacy_model, text, content, speaker):
    assert found(spacy_model, text)[0][:3] == ("belief", content, speaker)


def test_light_verb_with_an_ordinary_object_is_no_belief(spacy_model):
    assert found(spacy_model, "Jane Doe made a cake for the council.") == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Voters are concerned that the bridge will be late.", "that the bridge will be late", "Voters"),
    ("Jane Doe is critical of the plan.", "of the plan", "Jane Doe"),
])
def test_adjectives_of_attitude(spacy_model, text, content, speaker):
    assert found(spacy_model, text)[0][:3] == ("belief", content, speaker)


def test_object_of_a_verb_of_speech(spacy_model):
    assert found(spacy_model, "The council announced the closure of the harbour.")[0][:3] == (
        "reported", "the closure of the harbour", "The council")
