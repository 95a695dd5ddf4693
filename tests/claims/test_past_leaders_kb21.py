"""Heads of state before 2014 and other holders added in session 14 (kb21): sentences written for
these tests, in several wordings (a title before the name, a term's years, "former"), each with
the holder right and wrong, and a year moved by one on either side of a term."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day, expected", [
    ("Hungarian Prime Minister Ferenc Gyurcsány met his Slovak counterpart on Monday.", "2007-03-05", "supported"),
    ("Hungarian Prime Minister Ferenc Gyurcsány met his Slovak counterpart on Monday.", "2012-03-05", "flagged"),
    ("Czech President Vaclav Klaus signed the law on Tuesday.", "2009-11-03", "supported"),
    ("Czech President Václav Klaus signed the law on Tuesday.", "2015-11-03", "flagged"),
    ("Latvian President Valdis Zatlers visited Vilnius on Friday.", "2009-05-08", "supported"),
    ("Latvian President Valdis Zatlers visited Vilnius on Friday.", "2012-05-04", "flagged"),
    ("German President Horst Köhler opened the conference on Thursday.", "2008-06-12", "supported"),
    ("German President Christian Wulff opened the conference on Thursday.", "2008-06-12", "flagged"),
    ("Romanian Foreign Minister Teodor Meleșcanu arrived in Brussels on Wednesday.", "2018-04-25", "supported"),
    ("Romanian Foreign Minister Teodor Meleșcanu arrived in Brussels on Wednesday.", "2021-04-28", "flagged"),
])
def test_a_title_and_its_holder_on_the_day(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tarja Halonen was president of Finland from 2000 to 2012.", "supported"),
    ("Tarja Halonen was president of Finland from 2000 to 2011.", "flagged"),
    ("Tarja Halonen was president of Finland from 2001 to 2012.", "flagged"),
    ("Lech Kaczyński was president of Poland from 2005 to 2010.", "supported"),
    ("Lech Kaczyński was president of Poland from 2006 to 2010.", "flagged"),
    ("Valdas Adamkus was president of Lithuania from 2004 to 2009.", "supported"),
    ("Valdas Adamkus was president of Lithuania from 2004 to 2010.", "flagged"),
])
def test_a_past_term_by_its_years(checker, text, expected):
    assert outcome(checker, text, "2024-02-14") == expected


@pytest.mark.parametrize("text", [
    "Former Hungarian prime minister Ferenc Gyurcsány leads the Democratic Coalition.",
    "Former Polish president Aleksander Kwaśniewski spoke at the event.",
    "Former Slovenian president Danilo Türk ran for UN secretary-general in 2016.",
    "Former Croatian president Stjepan Mesić attended the ceremony.",
])
def test_a_former_title(checker, text):
    assert outcome(checker, text, "2024-02-14") == "supported"


def test_a_lone_family_name_keeps_its_person(checker):
    # "Rau" after Zbigniew Rau's full name is his, not Johannes Rau's (President of Germany 1999-2004)
    text = "Polish Foreign Minister Zbigniew Rau arrived in Kyiv on Monday. Rau said Poland would help."
    assert outcome(checker, text, "2022-03-07") == "supported"
