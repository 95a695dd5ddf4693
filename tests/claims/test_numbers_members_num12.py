"""Numbers and members read on sentences written for these tests (issue 12, num12): a state
named before "and other ORG members", OPEC's members and their stints, the newest members and an
accession's states counted ("the three new members", "the three countries' entry into NATO",
"the accession of the three countries", "extending membership to these three democracies"), and
a leaving told as a noun presupposing the membership ("British withdrawal from the European
Union", "Norway's decision to leave the EU"). Each boundary a verdict depends on has a sentence
on each side of it."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("Iraq would retaliate against Venezuela and other OPEC members if they pump more oil.", "1990-08-15", "supported"),
    ("Iraq would retaliate against Mexico and other OPEC members if they pump more oil.", "1990-08-15", "flagged"),
    ("Germany and the other NATO allies sent ships to the Baltic.", "2016-05-01", "supported"),
    ("Ukraine and the other NATO allies sent ships to the Baltic.", "2016-05-01", "flagged"),
    ("France and fellow EU member states agreed on sanctions.", "2016-05-01", "supported"),
    ("Norway and fellow EU member states agreed on sanctions.", "2016-05-01", "flagged"),
    ("Poland and other members of NATO met in Warsaw.", "2016-05-01", "supported"),
    ("Estonia and other Baltic states fear Russia.", "2016-05-01", "supported"),
    ("Poland and other Baltic states fear Russia.", "2016-05-01", "flagged"),
    # Sweden joined on 7 March 2024: the day before it was no member, the day itself it was
    ("Sweden and other NATO members met in Brussels.", "2024-03-06", "flagged"),
    ("Sweden and other NATO members met in Brussels.", "2024-03-07", "supported"),
    # not read: no organisation, a non-member noun, another set, a condition
    ("Ukraine and other countries met in Geneva.", "2016-05-01", "none"),
    ("Sweden and other non-NATO members met in Geneva.", "2016-05-01", "none"),
    ("Norway and other EU countries' neighbours met in Oslo.", "2016-05-01", "none"),
    ("If Sweden and other NATO members agree, the plan will pass.", "2016-05-01", "none"),
])
def test_and_other_members(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("Venezuela, an OPEC member, is in crisis.", "2016-05-01", "supported"),
    ("Mexico, an OPEC member, is in crisis.", "2016-05-01", "flagged"),
    # Qatar left on 1 January 2019
    ("Qatar is a member of OPEC.", "2018-12-31", "supported"),
    ("Qatar is a member of OPEC.", "2019-01-02", "flagged"),
    # Gabon rejoined on 1 July 2016 after leaving in January 1995
    ("Gabon is a member of OPEC.", "2016-07-01", "supported"),
    ("Gabon is a member of OPEC.", "2005-06-01", "flagged"),
])
def test_opec_members(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("The State Department said the three new members enhance NATO's ability to defend Europe.", "1999-03-13", "supported"),
    ("The State Department said the four new members enhance NATO's ability to defend Europe.", "1999-03-13", "flagged"),
    ("The State Department said the two new members enhance NATO's ability to defend Europe.", "1999-03-13", "flagged"),
    ("The ambassadors said the three countries' entry into NATO will consolidate security.", "1999-03-13", "supported"),
    ("The ambassadors said the four countries' entry into NATO will consolidate security.", "1999-03-13", "flagged"),
    ("NATO admitted Poland today. Extending membership to these three democracies helps.", "1999-03-12", "supported"),
    ("NATO admitted Poland today. Extending membership to these four democracies helps.", "1999-03-12", "flagged"),
    ("NATO admitted Poland on Friday. Solana said the accession of the four countries is a milestone.",
     "1999-03-13", "flagged"),
    # said months ahead: the accession of 12 March 1999 is within a year of the article's day
    ("NATO's three new members will take part in the April summit.", "1998-12-05", "supported"),
    ("NATO's four new members will take part in the April summit.", "1998-12-05", "flagged"),
    # a chain of accessions no more than seven years apart: 10 in 2004, 2 in 2007, 1 in 2013
    ("The EU's ten new members held a party in Dublin.", "2004-05-03", "supported"),
    ("The EU's nine new members held a party in Dublin.", "2004-05-03", "flagged"),
    ("The EU's 13 new member states met in Sofia.", "2013-08-01", "supported"),
    ("The EU's 11 new member states met in Sofia.", "2013-08-01", "flagged"),
    # no accession from 60 days before to a year after: a count of states still to join, not read
    ("The six countries' accession to the EU is years away.", "2018-02-06", "none"),
    # narrowed, or not definite: not read
    ("NATO has 12 new members since 1999.", "2024-04-01", "none"),
    ("Five new members want to join NATO.", "1999-03-13", "none"),
])
def test_new_members(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("Cameron argued against British withdrawal from the European Union.", "2016-06-27", "supported"),
    ("Cameron argued against Swiss withdrawal from the European Union.", "2016-06-27", "flagged"),
    ("Leaders met after Britain's decision to leave the European Union.", "2016-09-18", "supported"),
    ("Leaders met after Norway's decision to leave the European Union.", "2016-09-18", "flagged"),
    ("A US withdrawal from NATO would be a disaster.", "2016-05-01", "supported"),
    # Sweden joined NATO on 7 March 2024: its withdrawal presupposes membership only from then
    ("Sweden's withdrawal from NATO would be a disaster.", "2024-03-06", "flagged"),
    ("Sweden's withdrawal from NATO would be a disaster.", "2024-03-07", "supported"),
    # not the organisation itself: not read
    ("France's withdrawal from NATO's integrated command came in 1966.", "2016-05-01", "none"),
])
def test_withdrawal_presupposes_membership(checker, text, date, expected):
    assert outcome(checker, text, date) == expected
