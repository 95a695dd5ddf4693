"""Speaker phrases as PolNeAR draws them (issue 16, third round), on sentences written for the
purpose: what is cut from the phrase and what stays.

Each quotation is read as (kind, content, speaker phrase).
"""

from __future__ import annotations

import pytest

from tests.nlp._quotes import found

pytestmark = pytest.mark.model


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
    # an alliance or a state supporting another: a deed, no stance
    "New Zealand bolsters its ties with the alliance supporting Ukraine's fight against Russia.",
])
def test_a_participle_of_a_thing_has_no_speaker(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[2] is not None] == []


def test_a_clause_headed_by_a_noun_is_reported(spacy_model):
    # the tagger heads the copular clause by "preludes"; it has a subject, so it is a clause
    assert found(spacy_model, "Jane Doe says such closures are preludes to a wider strike.") == [
        ("reported", "such closures are preludes to a wider strike", "Jane Doe")]


def test_a_noun_object_is_no_clause(spacy_model):
    assert found(spacy_model, "Jane Doe says a prayer before every launch.") == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Many voters see the mayor as the stronger candidate.", "the mayor as the stronger candidate", "Many voters"),
    ("Some residents regard the bridge as a waste of money.", "the bridge as a waste of money", "Some residents"),
    ("Most pilots view the new runway favorably.", "the new runway favorably", "Most pilots"),
])
def test_regarding_something_as_something(spacy_model, text, content, speaker):
    assert ("belief", content, speaker) in found(spacy_model, text)


@pytest.mark.parametrize("text", [
    "We saw the harbour from the bridge.",  # seeing, no regarding
    "The mayor was seen as the favourite.",  # passive: read by the unsourced rule, no holder
])
def test_seeing_is_no_regarding(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[0] == "belief" and q[2] is not None] == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Asked about the bridge, 46 percent of voters said yes.", "yes", "46 percent of voters"),
    ("The senator said no.", "no", "The senator"),
    ("Only half said so, and the rest did not answer.", "so", "Only half"),
])
def test_one_word_answers(spacy_model, text, content, speaker):
    assert ("reported", content, speaker) in found(spacy_model, text)


def test_no_one_word_answer_inside_a_longer_phrase(spacy_model):
    assert [q for q in found(spacy_model, "The senator said no more than a few words.") if q[1] == "no"] == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Jane Doe's support for the new bridge surprised the council.", "the new bridge", "Jane Doe's"),
    ("His attacks on the mayor grew sharper in May.", "the mayor", "His"),
    ("Her claim that the port was safe was false.", "that the port was safe", "Her"),
    ("The council's decision to close the harbour angered the fishermen.", "to close the harbour",
     "The council's"),
])
def test_nouns_of_stance_with_a_possessor(spacy_model, text, content, speaker):
    assert ("belief", content, speaker) in found(spacy_model, text)


@pytest.mark.parametrize("text", [
    "Support for the new bridge grew in May.",  # no one's stance
    "Its decision to close surprised nobody.",  # "its": no holder named
    "His defence, delivered in May, was short.",  # a participle, no content
])
def test_nouns_of_stance_without_a_holder_or_content(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[0] == "belief"] == []


@pytest.mark.parametrize("text, speaker", [
    ("Jane Doe on the Harbour Plan: We Will Not Sell the Docks\n\nThe mayor spoke on Monday.", "Jane Doe"),
    ("Doe campaign: the harbour plan would cost the town dearly\n\nThe mayor spoke on Monday.", "Doe campaign"),
    ("Poll: Jane Doe leads the race for mayor by ten points\n\nThe mayor spoke on Monday.", "Poll"),
])
def test_headline_labels(spacy_model, text, speaker):
    assert speaker in speakers(spacy_model, text)


@pytest.mark.parametrize("text", [
    "Update on the Harbour: the docks will close in June\n\nThe mayor spoke on Monday.",
    "Follow Jane Doe on Twitter: she posts every day about the harbour\n\nThe mayor spoke on Monday.",
])
def test_labels_that_name_no_speaker(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[2] is not None and q[1].startswith(("the docks", "she posts"))] == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Tom Lind is eager to sell the old harbour.", "to sell the old harbour", "Tom Lind"),
    ("Many fishermen are hungry for change.", "for change", "Many fishermen"),
    ("Some members have been sympathetic to the new port plan.", "to the new port plan", "Some members"),
])
def test_attitudes_with_a_deed_or_their_own_preposition(spacy_model, text, content, speaker):
    assert ("belief", content, speaker) in found(spacy_model, text)


@pytest.mark.parametrize("text", [
    "The rule is open to interpretation.",  # "open to" is no attitude here
    "The harbour is close to the station.",
    "The crew was quick.",  # no deed after "quick"
])
def test_adjectives_that_name_no_attitude(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[0] == "belief"] == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Jane Doe is a strong supporter of the new bridge.", "the new bridge", "Jane Doe"),
    ("Tom Lind was a fierce critic of the harbour plan.", "the harbour plan", "Tom Lind"),
    ("Her stated goal is to reopen the old harbour.", "to reopen the old harbour", "Her"),
])
def test_copula_stances(spacy_model, text, content, speaker):
    assert ("belief", content, speaker) in found(spacy_model, text)


@pytest.mark.parametrize("text", [
    "Tom Lind, a critic of the plan, opened the meeting.",  # an apposition: PolNeAR marks none
    "The goal is to reopen the harbour.",  # no one's goal
])
def test_no_copula_stance_without_a_holder(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[0] == "belief" and q[1] in ("the plan", "to reopen the harbour")] == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Jane Doe said in a statement that the harbour would close in June.",
     "that the harbour would close in June", "Jane Doe"),
    ("Tom Lind told reporters in an interview that the bridge was safe.", "that the bridge was safe", "Tom Lind"),
])
def test_a_that_clause_after_a_phrase(spacy_model, text, content, speaker):
    assert ("reported", content, speaker) in found(spacy_model, text)


def test_a_relative_that_after_a_phrase_is_no_content(spacy_model):
    # "that" opens a relative clause of the noun, not what was said
    text = "Jane Doe spoke at the meeting that the council held in May."
    assert [q for q in found(spacy_model, text) if q[0] == "reported"] == []


@pytest.mark.parametrize("text, content, speaker", [
    ("The mayor led in a new poll, in which Jane Doe took just six percent of the vote.",
     "Jane Doe took just six percent of the vote", "a new poll"),
    ("In a new poll, half of the voters chose the northern route.", "half of the voters chose the northern route",
     "a new poll"),
])
def test_what_a_poll_found(spacy_model, text, content, speaker):
    assert ("belief", content, speaker) in found(spacy_model, text)


@pytest.mark.parametrize("text", [
    "Jane Doe wrote in a survey that the harbour was too small.",  # the verb is the cue
    "The mayor fell in the polls after May.",  # plural "polls": a standing, no finding
    "In the house, in which Jane Doe was born, the council met.",  # "in which" of no poll
])
def test_no_poll_finding(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[2] in ("a survey", "the polls", "the house")] == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Jane Doe agreed with the council's plan.", "the council's plan", "Jane Doe"),
    ("Tom Lind has sought greater control over the harbour.", "greater control over the harbour", "Tom Lind"),
    ("A council spokesman did not respond to a request for comment.", "a request for comment",
     "A council spokesman"),
    ("Jane Doe pushed for a new vote on the bridge.", "a new vote on the bridge", "Jane Doe"),
])
def test_agreeing_seeking_responding_pushing(spacy_model, text, content, speaker):
    # "agree" and "respond" are verbs of speech too: their kind is "reported"
    assert any(q[0] in ("belief", "reported") and content in q[1] and q[2] == speaker for q in found(spacy_model, text))


@pytest.mark.parametrize("text", [
    "The army pushed for the river crossing.",  # a deed of an army, no stance
    "Jane Doe spoke to reporters in the harbour.",  # "spoke to" names a listener
])
def test_no_stance_for_pushing_armies_or_listeners(spacy_model, text):
    assert [q for q in found(spacy_model, text) if q[0] == "belief"] == []


def test_agreeing_to_a_deed_is_no_attribution(spacy_model):
    text = "NATO members have agreed to commit two percent of their output to defence."
    assert found(spacy_model, text) == []
