"""A "he" / "she" opening a sentence after a sentence whose subject is a body or a gathering ("the
new cabinet", "the government", "the summit") stands for the one person that sentence names
(`grammar.subject_before`, `BODY_NOUNS`); never when that sentence names two people or its subject
is a title with no name ("the new prime minister thanked X": X is not "he"). The twin for "it": a
person before is no "it", so "it" is the one state that sentence names. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text,date,expected", [
    ("The new Dutch cabinet took office in July under Dick Schoof. He replaces Mark Rutte.",
     "2024-10-01", "supported"),
    ("The new Dutch cabinet took office in July under Dick Schoof. He replaces Jan Peter Balkenende.",
     "2024-10-01", "flagged"),
    ("The Italian government was sworn in on Saturday, led by Giorgia Meloni. She replaces Mario Draghi.",
     "2022-10-30", "supported"),
    ("The Italian government was sworn in on Saturday, led by Giorgia Meloni. She replaces Matteo Renzi.",
     "2022-10-30", "flagged"),
])
def test_a_pronoun_after_a_body_subject_is_the_one_person_named(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.parametrize("text", [
    # the subject is a title with no name: the person named is not "he"
    "The new prime minister thanked Mark Rutte on Tuesday. He replaces Jan Peter Balkenende.",
    # two people named: no antecedent
    "The cabinet met Dick Schoof and Mark Rutte on Tuesday. He replaces Jan Peter Balkenende.",
])
def test_no_antecedent_when_the_subject_is_a_title_or_two_people_are_named(checker, text):
    assert outcome(checker, text, "2024-10-01") != "flagged"


@pytest.mark.parametrize("text,expected", [
    ("Slovenia's president welcomed the anniversary on Monday. It joined NATO in March 2004.", "supported"),
    ("Slovenia's president welcomed the anniversary on Monday. It joined NATO in March 2009.", "flagged"),
    ("President Natasa Pirc Musar of Slovenia spoke on Monday. It joined NATO in March 2009.", "flagged"),
])
def test_it_after_a_person_is_the_one_state_that_sentence_names(checker, text, expected):
    # a person is no "it" (`grammar.said_before`, PERSON_NOUNS)
    assert outcome(checker, text, "2024-04-01") == expected


def test_it_after_a_person_with_two_states_named_is_no_one(checker):
    assert outcome(checker, "Slovenia's president met Croatia's prime minister on Monday. It joined NATO "
                   "in March 2009.", "2024-04-01") != "flagged"
