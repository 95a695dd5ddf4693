"""Reported speech and stances the rules of issue 16 missed at first, on sentences written for
the purpose: naming with "call", a participle after a comma, a report after a quotation that
ends its sentence, a partial quotation between a speaker and the cue.

Each quotation is read as (kind, content, speaker phrase).
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.quotes import quotations
from tests.nlp._quotes import found

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, content, speaker", [
    ("Sanders called her fallen son her hero before leaving.", "her fallen son her hero", "Sanders"),
    ("Jane Doe called the harbour plan “a costly mistake for the town.”", None, "Jane Doe"),
])
def test_call_naming_what_someone_is(spacy_model, text, content, speaker):
    beliefs = [q for q in found(spacy_model, text) if q[0] == "belief"]
    assert beliefs and beliefs[0][2] == speaker
    assert content is None or beliefs[0][1] == content


@pytest.mark.parametrize("text", [
    "The council called a meeting for Tuesday.",
    "She called the police after the crash.",
])
def test_call_summoning_is_no_stance(spacy_model, text):
    assert found(spacy_model, text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Trump lashed out at Cruz, calling him a liar.", "him a liar", "Trump"),
    ("The senator attacked the bill, calling it a giveaway to banks.", "it a giveaway to banks", "The senator"),
])
def test_participle_after_a_comma_takes_the_clause_subject(spacy_model, text, content, speaker):
    assert ("belief", content, speaker) in found(spacy_model, text)


def test_purpose_is_no_participle_stance(spacy_model):
    # `to support` is the purpose of a gift: no stance of the giver (and no participle)
    text = "The fund gave $10m to support the harbour."
    assert [q for q in found(spacy_model, text) if q[1].endswith("harbour")] == []


def test_report_after_a_quotation_that_ends_its_sentence(spacy_model):
    text = ("Jane Doe said the inquiry was “still open.” He said the police had not commented on the "
            "scope of the inquiry.")
    quotes = found(spacy_model, text)
    assert ("reported", "the police had not commented on the scope of the inquiry", "He") in quotes
    assert not any(q[0] == "direct" and q[2] == "He" for q in quotes)


def test_cue_after_a_quotation_still_introduces_it_without_a_clause(spacy_model):
    text = "“The harbour will close in June,” Jane Doe said on Monday."
    assert found(spacy_model, text)[0] == ("direct", "The harbour will close in June", "Jane Doe")


def test_partial_quote_between_speaker_and_cue(spacy_model):
    text = ("Tom Lind, citing ''the quiet strength of the port,'' said the harbour could grow in "
            "states like Maine and Ohio.")
    quotes = found(spacy_model, text)
    assert ("reported", "the harbour could grow in states like Maine and Ohio", "Tom Lind") in quotes
    assert not any(q[2] == "the harbour" for q in quotes)


@pytest.mark.parametrize("text, content, asker", [
    ("Jane Doe asked whether the bridge would open in May.", "whether the bridge would open in May", "Jane Doe"),
    ("The mayor was asked by a reporter whether the harbour would close.", "whether the harbour would close",
     "a reporter"),
    ("Asked if he was ever bullied, the candidate said no.", "if he was ever bullied", None),
    ("When asked about the strike, Tom Lind said nothing.", "the strike", None),
    ("Reporters asked questions about the budget to all three leaders.", "the budget", "Reporters"),
])
def test_questions_and_who_asked_them(spacy_model, text, content, asker):
    assert ("question", content, asker) in found(spacy_model, text)


def test_a_request_to_act_is_no_question(spacy_model):
    assert [q[0] for q in found(spacy_model, "She asked me to leave.")] == ["reported"]


def test_questions_make_no_said_statement(spacy_model):
    from accord.nlp.extract.quotes import quote_annotations, said_statements

    doc = spacy_model("Jane Doe asked whether the bridge would open in May.")
    annotations = quote_annotations(doc, quotations(doc))
    assert [a.label for a in annotations] == ["question"]
    assert said_statements(annotations, "d1", doc.text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Jane Doe: Harbour Will Close in June\n\nThe mayor spoke on Monday.", "Harbour Will Close in June", "Jane Doe"),
    ("Q: When will the harbour close?\n\nThe mayor did not answer.", "When will the harbour close", "Q"),
])
def test_a_line_labelled_with_a_name_and_a_colon(spacy_model, text, content, speaker):
    assert ("reported", content, speaker) in found(spacy_model, text)


@pytest.mark.parametrize("text", [
    "UPDATE: The harbour will close in June.",
    "WASHINGTON: The harbour will close in June.",
    "Note: figures are rounded to the nearest ten.",
])
def test_labels_and_datelines_name_no_speaker(spacy_model, text):
    assert found(spacy_model, text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Jane Doe attacked the harbour plan on Monday.", "the harbour plan", "Jane Doe"),
    ("Tom Lind defended his vote for the new bridge.", "his vote for the new bridge", "Tom Lind"),
])
def test_attack_and_defend_by_a_person_are_stances(spacy_model, text, content, speaker):
    assert ("belief", content, speaker) in found(spacy_model, text)


@pytest.mark.parametrize("text", [
    "Russia attacked Ukraine in February.",
    "The alliance will defend every member state.",
])
def test_attack_and_defend_by_a_state_are_deeds(spacy_model, text):
    assert found(spacy_model, text) == []


def test_pointing_to_something(spacy_model):
    text = "Jane Doe pointed to the rising cost of the bridge."
    assert any(q[1].endswith("the rising cost of the bridge") and q[2] == "Jane Doe" for q in found(spacy_model, text))


def test_reported_speech_running_into_a_quotation_gives_it_its_speaker(spacy_model):
    text = ("Jane Doe said that whatever the council decides, “the harbour will have to close for a "
            "year, and nobody can change that.”")
    quotes = found(spacy_model, text)
    assert any(q[0] == "reported" and q[2] == "Jane Doe" and "whatever the council decides" in q[1] for q in quotes)
    assert all(q[2] == "Jane Doe" for q in quotes)


def test_a_quotation_opening_its_sentence_is_not_inside_another(spacy_model):
    text = "Jane Doe spoke on Monday. “The harbour will have to close for a whole year,” she said."
    assert ("direct", "The harbour will have to close for a whole year", "she") in found(spacy_model, text)


@pytest.mark.parametrize("text, content, speaker", [
    ("As The Harbour Times reported, the council issued new permits to the port.",
     "the council issued new permits to the port", "The Harbour Times"),
    ("The council issued new permits to the port, as Jane Doe noted on Monday.",
     "The council issued new permits to the port", "Jane Doe"),
])
def test_as_someone_reported(spacy_model, text, content, speaker):
    assert ("reported", content, speaker) in found(spacy_model, text)


def test_as_without_a_cue_is_no_report(spacy_model):
    assert found(spacy_model, "As she spoke, the crowd left the square.") == []


def test_noting_something(spacy_model):
    text = "Jane Doe noted her years as mayor of the town."
    assert ("reported", "her years as mayor of the town", "Jane Doe") in found(spacy_model, text)
