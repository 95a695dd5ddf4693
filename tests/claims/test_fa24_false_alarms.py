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
Found on articles 31-40, written after those fixes:
- a change of office told in the present with a day and no year ("Rutte becomes NATO's secretary
  general on 1 October", in July) is the coming day, as "takes over ... on 1 October" already was
  (`dates.tense._SCHEDULED`);
- "the / that vote" right after a sentence about a vote of no confidence (an investiture, a
  censure, a referendum, a budget) is that vote, not the people's: "he lost that vote on 21 June"
  is no national election (`elections._told_before`).
A second look with sentences of our own after those fixes (the families' subjects in more
wordings) found one more:
- "a year later" / "a week earlier" in an article that has named no date before it counts from an
  event told without a date ("applied on the same day as Finland but joined almost a year
  later"), not from the article's own day: its value is unknown
  (`dates.normalise_more.offset`), as "later that year" with no year named already was.
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


@pytest.mark.parametrize("text,date,expected", [
    ("Rutte becomes NATO's secretary general on 1 October.", "2024-07-02", "supported"),
    ("Rutte, prime minister since 2010, becomes NATO's secretary general on 1 October.", "2024-07-02", "supported"),
    # the day itself, and the day before it, are still the coming one
    ("Rutte becomes NATO's secretary general on 1 October.", "2024-09-30", "supported"),
    # a wrong day is still caught, and the past tense still looks back
    ("Rutte becomes NATO's secretary general on 1 September.", "2024-07-02", "flagged"),
    ("Rutte became NATO's secretary general on 1 October.", "2024-10-02", "supported"),
    ("Rutte became NATO's secretary general on 1 October.", "2024-07-02", "flagged"),
])
def test_a_change_of_office_in_the_present_with_a_day_is_the_coming_day(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.parametrize("text", [
    "Lofven became the first Swedish head of government to lose a vote of no confidence. "
    "Lofven lost that vote on 21 June and resigned a week later.",
    "The government faced a censure motion in parliament. Lofven lost the vote on 21 June.",
    "Parliament held a vote on the budget. Lofven lost that vote on 21 June.",
])
def test_the_vote_told_in_the_sentence_before_is_not_the_peoples(checker, text):
    assert outcome(checker, text, "2021-07-07") != "flagged"


@pytest.mark.parametrize("text,expected", [
    # after a sentence about the people's vote, "the vote" is still an election: no Swedish one on 21 June 2021
    ("Swedish voters went to the polls. Lofven lost the vote on 21 June.", "flagged"),
    ("Swedish voters went to the polls. Andersson lost the vote on 11 September 2022.", "supported"),
])
def test_the_vote_after_a_sentence_about_an_election_is_still_read(checker, text, expected):
    assert outcome(checker, text, "2022-10-01") == expected


@pytest.mark.parametrize("text", [
    "Sweden applied to join NATO on the same day as Finland but joined almost a year later.",
    "Sweden joined NATO a year later.",
    "Finland applied to join NATO. A year later it joined.",
])
def test_a_later_date_with_no_date_named_before_is_not_counted_from_the_article(checker, text):
    assert outcome(checker, text, "2024-05-01") != "flagged"


@pytest.mark.parametrize("text,expected", [
    # counted from a date the article named: still read, either side of the accession's month
    ("Sweden applied to join NATO in May 2022 but joined almost two years later.", "supported"),
    ("Sweden applied to join NATO in May 2022 and joined a year later.", "flagged"),
    ("Finland applied to join NATO on 18 May 2022. Eleven months later it joined.", "supported"),
    ("Finland applied to join NATO on 18 May 2022. Ten months later it joined.", "flagged"),
])
def test_a_later_date_counted_from_a_named_date_is_still_checked(checker, text, expected):
    assert outcome(checker, text, "2024-05-01") == expected
