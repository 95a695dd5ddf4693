"""False alarms fa24 found on its clean articles (session 16, bench/probes/fa24: correct articles
about the session's new claim families), each as a phenomenon with its twins still read:
- a gapped remnant dated relative to the article's year ("Finland joined NATO in April 2023 and
  Sweden in March last year"): the parser hangs the stray "year" on the verb, which made the
  remnant's date the nearest to the first clause's verb; a split time expression now ranks by
  its prepositional part (`grammar._split_depth`), and the remnant's relative year counts as
  said (`_gapping._year_said`), so the remnant is read with its own date;
- a count of an organisation's members followed by the part of them in another body ("the EU has
  27 members, 20 of them in the eurozone"): the counted noun after "have" names the subject's
  own members, never a membership of the subject (`relations._counted_by_subject`, now also
  when an "in" phrase hangs on the noun);
- a list opened by a colon after "outside" an organisation ("27 countries, four of them outside
  the EU: Iceland, ..."): the listed states are not members (`lists._placed_outside`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text,date,expected", [
    ("Finland joined NATO in April 2023 and Sweden in March last year.", "2025-01-01", "supported"),
    ("Finland joined NATO in April 2023 and Sweden in March last year, while Austria stayed out.",
     "2025-06-30", "supported"),
    # the article's year moves "last year" back by one: March 2023 was no accession of Sweden's
    ("Finland joined NATO in April 2023 and Sweden in March last year.", "2024-12-31", "flagged"),
    # the first clause keeps its own date, and a wrong one is still caught
    ("Finland joined NATO in May 2023 and Sweden in March last year.", "2025-01-01", "flagged"),
    ("Finland joined NATO in April 2023 and Sweden in February last year.", "2025-01-01", "flagged"),
])
def test_a_gapped_remnant_with_a_relative_year_keeps_each_clause_its_date(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.parametrize("text", [
    "Today the EU has 27 members, 20 of them in the eurozone.",
    "NATO has 32 members, 23 of them in the European Union.",
    "The EU has 27 members in Europe and beyond.",
])
def test_a_counted_membership_after_have_is_the_subjects_own(checker, text):
    assert outcome(checker, text, "2025-01-01") != "flagged"


@pytest.mark.parametrize("text,expected", [
    ("Austria is a member of the eurozone.", "supported"),
    ("Sweden is a member of the eurozone.", "flagged"),
])
def test_a_membership_is_still_read_without_the_count(checker, text, expected):
    assert outcome(checker, text, "2025-01-01") == expected


@pytest.mark.parametrize("text", [
    "Schengen now has 27 countries, four of them outside the EU: Iceland, Liechtenstein, Norway and Switzerland.",
    "The area has 29 countries, four of them outside the European Union: Norway, Iceland, Switzerland and Liechtenstein.",
    "Several European states stay beyond the EU: Norway, Switzerland and Iceland.",
])
def test_a_list_opened_after_outside_is_of_non_members(checker, text):
    assert outcome(checker, text, "2023-01-01") != "flagged"


@pytest.mark.parametrize("text,expected", [
    # a member of the EU listed as outside it is caught
    ("Schengen now has 27 countries, four of them outside the EU: Iceland, Liechtenstein, Norway and Sweden.",
     "flagged"),
    # and a list opened after the organisation itself is still of its members
    ("The Baltic states are all in the EU: Estonia, Latvia and Lithuania.", "supported"),
])
def test_the_twins_of_a_list_opened_after_outside(checker, text, expected):
    assert outcome(checker, text, "2023-01-01") == expected
