"""Past heads of government and state added in session 12 (kb19): Greece's prime ministers from
1990, Germany's chancellors from 1982, France's presidents from 1981. Sentences written for these
tests: a term's years, a year moved by one on each side, "former" titles, and a father known by his
full name so that the family name he shares stays his son's."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model

DAY = "2024-02-14"


@pytest.mark.parametrize("text, expected", [
    ("Konstantinos Mitsotakis was prime minister of Greece from 1990 to 1993.", "supported"),
    ("Konstantinos Mitsotakis was prime minister of Greece from 1991 to 1993.", "flagged"),
    ("Konstantinos Mitsotakis was prime minister of Greece from 1990 to 1992.", "flagged"),
    ("Konstantinos Mitsotakis was prime minister of Greece from 1990 to 1994.", "flagged"),
    ("Costas Simitis was prime minister of Greece from 1996 to 2004.", "supported"),
    ("Costas Simitis was prime minister of Greece from 1996 to 2005.", "flagged"),
    ("Helmut Kohl was chancellor of Germany from 1982 to 1998.", "supported"),
    ("Helmut Kohl was chancellor of Germany from 1983 to 1998.", "flagged"),
    ("Helmut Kohl was chancellor of Germany from 1982 to 1997.", "flagged"),
    ("Jacques Chirac, who was president of France from 1995 to 2007, opposed the war in Iraq.", "supported"),
    ("Jacques Chirac, who was president of France from 1995 to 2006, opposed the war in Iraq.", "flagged"),
    ("Jacques Chirac, who was president of France from 1994 to 2007, opposed the war in Iraq.", "flagged"),
])
def test_a_past_term_by_its_years(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("text", [
    "Former Greek prime minister George Papandreou criticised the plan.",
    "Greece's former prime minister Costas Simitis spoke at the event.",
    "Former German chancellor Gerhard Schröder defended his ties to Moscow.",
    "Former French president Nicolas Sarkozy appealed against the ruling.",
    "Former Greek prime minister Lucas Papademos led a technocratic government.",
])
def test_a_former_title_held_before_the_article(checker, text):
    assert outcome(checker, text, DAY) == "supported"


def test_a_former_title_on_a_sitting_holder_is_flagged(checker):
    assert outcome(checker, "Former German chancellor Olaf Scholz criticised the plan.", "2024-02-14") == "flagged"
    assert outcome(checker, "Former German chancellor Olaf Scholz criticised the plan.", "2025-06-14") == "supported"


def test_a_start_before_the_list_begins_is_not_flagged(checker):
    # the list of Greek prime ministers begins on 1990-04-11: an earlier term would not be in it
    assert outcome(checker, "Konstantinos Mitsotakis was prime minister of Greece from 1989 to 1993.", DAY) != "flagged"


@pytest.mark.parametrize("text", [
    # the father is named in full; "Mitsotakis" alone stays the son's
    "Kyriakos Mitsotakis, whose father Konstantinos Mitsotakis led Greece in the early 1990s, met "
    "the president on Monday. Mitsotakis has been prime minister of Greece since 2019.",
    "Greek Prime Minister Kyriakos Mitsotakis spoke on Monday. His father, Konstantinos Mitsotakis, "
    "was prime minister of Greece from 1990 to 1993. Mitsotakis is the prime minister of Greece.",
    "George Papandreou was prime minister of Greece from 2009 to 2011. His father Andreas Papandreou "
    "had led the country in the 1980s. Papandreou resigned in 2011.",
])
def test_a_shared_family_name_stays_with_the_son(checker, text):
    assert outcome(checker, text, DAY) != "flagged"


@pytest.mark.parametrize("text, expected", [
    # a subject named in an apposition to a common noun with an owner ("His father, X,")
    ("Greek Prime Minister Kyriakos Mitsotakis spoke on Monday. His father, Konstantinos Mitsotakis, "
     "was prime minister from 1990 to 1993.", "supported"),
    ("Greek Prime Minister Kyriakos Mitsotakis spoke on Monday. His father, Konstantinos Mitsotakis, "
     "was prime minister from 1990 to 1994.", "flagged"),
    ("Her predecessor, Helmut Kohl, was chancellor of Germany from 1982 to 1998.", "supported"),
    ("Her predecessor, Helmut Kohl, was chancellor of Germany from 1982 to 1999.", "flagged"),
])
def test_a_term_of_a_person_named_in_an_apposition(checker, text, expected):
    assert outcome(checker, text, DAY) == expected
