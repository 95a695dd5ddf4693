"""A membership told with "yet" or "already" and no organisation written ("Montenegro, not yet a
member,", "Sweden, which is already a member,") is of the organisation the article is about, when
it names no other with members (`relations._yet_or_already`, `sole_membership_org`). An apposition
in a clause told in the past speaks of that clause's day: with none, nothing is read ("In 2016
Montenegro, not yet a member, attended": it has joined since) (`relations._past_clause_verb`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text,date,expected", [
    ("NATO leaders meet in Vilnius. Sweden, not yet a member, is attending as a guest.", "2023-07-11",
     "supported"),
    ("NATO leaders meet in Vilnius. Finland, not yet a member, is attending as a guest.", "2023-07-11",
     "flagged"),  # a member since 2023-04-04
    ("NATO leaders met in Warsaw. Montenegro, which is not yet a member, attended as an invitee.",
     "2016-07-10", "supported"),
    ("NATO leaders met in Warsaw. Montenegro, which is already a member, attended as an invitee.",
     "2016-07-10", "flagged"),
    # a past clause with its own day: the apposition is of that day (Sweden joined on 2024-03-07)
    ("NATO leaders met in Vilnius. Sweden, not yet a member, attended the summit on 11 July 2023.",
     "2024-07-10", "supported"),
    ("NATO leaders met in Vilnius. Sweden, already a member, attended the summit on 11 July 2023.",
     "2024-07-10", "flagged"),
])
def test_yet_and_already_tie_a_bare_membership_to_the_articles_organisation(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.parametrize("text", [
    # past clause with no day of its own: not yet a member then, a member now
    "NATO leaders met in Warsaw in 2016. Montenegro, not yet a member, attended as an invitee.",
    # two organisations with members: which one is open
    "NATO and EU leaders met in Warsaw. Montenegro, not yet a member, attended the summit.",
    # a modified membership ("full", "associate") is not the plain one
    "NATO leaders met in Vilnius. Sweden, not yet a full member, is attending the summit.",
])
def test_an_undated_past_or_open_organisation_is_not_read(checker, text):
    assert outcome(checker, text, "2024-07-10") != "flagged"
