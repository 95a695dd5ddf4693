"""Speaker phrases as PolNeAR draws them (issue 16, third round), on sentences written for the
purpose: what is cut from the phrase and what stays.

Each quotation is read as (kind, content, speaker phrase).
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.quotes import quotations

pytestmark = pytest.mark.model


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [(q.kind, text[q.content[0]:q.content[1]], text[q.speaker[0]:q.speaker[1]] if q.speaker else None)
            for q in quotations(doc)]


def speakers(nlp, text: str) -> list[str | None]:
    return [q[2] for q in found(nlp, text)]


@pytest.mark.parametrize("text, speaker", [
    ("“The port will close in June,” said one official, who spoke on condition of anonymity.", "one official"),
    ("A harbour engineer who requested anonymity said the cranes were too old.", "A harbour engineer"),
    ("“We are not ready,” said a council aide, who asked not to be named.", "a council aide"),
])
def test_a_clause_on_anonymity_is_no_part_of_the_speaker(spacy_model, text, speaker):
    assert speakers(spacy_model, text)[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # an ordinary relative clause stays, as PolNeAR draws it at least as often
    ("“The port will close in June,” said Jane Doe, who runs the harbour trust.", "Jane Doe, who runs the harbour trust"),
    ("Tom Lind, who chairs the council, said the bridge would open in May.", "Tom Lind, who chairs the council"),
])
def test_other_relative_clauses_stay(spacy_model, text, speaker):
    assert speakers(spacy_model, text)[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Even some allies of the mayor said the plan was too expensive.", "some allies of the mayor"),
    ("Even Jane Doe said the bridge would open late.", "Jane Doe"),
])
def test_even_before_the_speaker_is_cut(spacy_model, text, speaker):
    assert speakers(spacy_model, text)[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Only two senators said the bill would pass.", "Only two senators"),
    ("Just 28 percent of voters said the mayor was doing well.", "Just 28 percent of voters"),
])
def test_only_and_just_stay(spacy_model, text, speaker):
    assert speakers(spacy_model, text)[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The town published polls showing the mayor well ahead of her rival.", "polls"),
    ("Harbour workers marched past, Democrats saying the port had been sold too cheaply.", "Democrats"),
])
def test_a_participle_is_said_by_the_noun_it_describes(spacy_model, text, speaker):
    assert speaker in speakers(spacy_model, text)


@pytest.mark.parametrize("text", [
    "The town ran ads calling the mayor a coward.",
    "The decisive victory making her the favourite came in May.",
])
def test_a_participle_of_a_thing_has_no_speaker(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[2] is not None] == []


def test_a_clause_headed_by_a_noun_is_reported(spacy_model):
    # the tagger heads the copular clause by "preludes"; it has a subject, so it is a clause
    assert found(spacy_model, "Jane Doe says such closures are preludes to a wider strike.") == [
        ("reported", "such closures are preludes to a wider strike", "Jane Doe")]


def test_a_noun_object_is_no_clause(spacy_model):
    assert found(spacy_model, "Jane Doe says a prayer before every launch.") == []
