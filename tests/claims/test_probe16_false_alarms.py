"""The false alarms the held-out probes cr16a/cr16b found on their clean articles (session 11,
measured at b6e5404 before any fix), each as a phenomenon with its boundary twin:
- a new term or re-election of an office already held for a year or more, or a swearing-in or
  inauguration alone two years or more into it, is a new mandate within a tenure the KB keeps as
  one term (`terms._renewed_term`);
- a title on the one a past verb of choosing chose ("was confirmed", "the Senate confirmed
  Secretary X") is the office to come, not one held on the day of the vote (`offices._chosen`);
- "since" on a verb of taking up an office opens a window for a count ("his fifth cabinet post
  since 2019"), not the start of the term (`terms._since_window`).
And two found by the session's other helpers: a state that is a verb's subject after a city ("in
Berlin, Britain said") is the sayer (`city_states`); a state that signs the North Atlantic Treaty
accedes to it, and does not date the founding (`treaty._state_signer`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


# --- a new term of an office already held --------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("Vladimir Putin was sworn in for a fifth term as Russia's president on Tuesday.", "2024-05-10"),
    ("Vladimir Putin was sworn in as Russia's president on Tuesday.", "2024-05-10"),
    ("Recep Tayyip Erdogan was inaugurated for another five-year term as Turkey's president on Saturday.",
     "2023-06-05"),
])
def test_a_new_term_within_a_tenure_is_not_its_start(checker, text, date):
    assert outcome(checker, text, date) != "flagged"


# Albanese's tenure as prime minister began on 23 May 2022: a mandate is at least a year, so a
# swearing-in 364 days in is a wrong date and one 365 days in a new term.
@pytest.mark.parametrize("day, expected", [
    ("22 May 2023", "flagged"),
    ("23 May 2023", "supported"),  # the new term unverifiable, the office held that day supported
])
def test_a_new_term_begins_a_year_or_more_into_the_tenure(checker, day, expected):
    text = f"Anthony Albanese was sworn in for a second term as Australia's prime minister on {day}."
    assert outcome(checker, text, "2025-06-01") == expected


# Told by the ceremony alone ("sworn in as prime minister"), a new term needs two years (730 days)
# into the tenure: a first swearing-in moved by a year is a wrong date.
@pytest.mark.parametrize("day, expected", [
    ("21 May 2024", "flagged"),    # 729 days in
    ("22 May 2024", "supported"),  # 730 days in
])
def test_a_swearing_in_alone_is_a_new_term_two_years_into_the_tenure(checker, day, expected):
    text = f"Anthony Albanese was sworn in as Australia's prime minister on {day}."
    assert outcome(checker, text, "2025-06-01") == expected


@pytest.mark.parametrize("text", [
    # no swearing-in, inauguration, election or term told: a start, checked
    "Anthony Albanese became Australia's prime minister on 23 May 2023.",
    # the tenure had ended by then: no new term of it
    "Boris Johnson was sworn in for a second term as Britain's prime minister on 1 December 2022.",
])
def test_a_start_without_a_running_tenure_or_a_renewal_is_still_checked(checker, text):
    assert outcome(checker, text, "2025-06-01") == "flagged"


# --- a title on the one a vote or an appointment chose --------------------------------------------

@pytest.mark.parametrize("text", [
    "Secretary of State Marco Rubio was confirmed 99-0 on Monday, hours after the inauguration.",
    "The Senate confirmed Secretary of State Marco Rubio on Monday.",
])
def test_a_title_on_who_was_confirmed_is_the_office_to_come(checker, text):
    # confirmed on 20 January 2025, sworn in on the 21st (the KB's start)
    assert outcome(checker, text, "2025-01-25") != "flagged"


@pytest.mark.parametrize("text, date", [
    ("Secretary of State Marco Rubio spoke on Monday, hours after the inauguration.", "2025-01-25"),  # no vote
    ("Secretary of State Marco Rubio was confirmed 99-0 on Monday.", "2021-02-01"),  # years before his term
])
def test_a_title_without_a_choosing_verb_or_a_term_soon_after_is_still_checked(checker, text, date):
    assert outcome(checker, text, date) == "flagged"


# --- "since" on taking up an office --------------------------------------------------------------

def test_since_on_taking_a_post_counts_posts_not_the_start(checker):
    text = ("Grant Shapps was named Britain's defence secretary on Thursday. Shapps takes his fifth cabinet "
            "post since 2019, after spells at transport and the Home Office.")
    assert outcome(checker, text, "2023-09-02") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("Grant Shapps became Britain's defence secretary in 2019.", "flagged"),
    ("Grant Shapps became Britain's defence secretary on Thursday.", "supported"),
])
def test_a_dated_start_of_a_post_is_still_checked(checker, text, expected):
    assert outcome(checker, text, "2023-09-02") == expected


# --- a state that speaks after a city ("in Berlin, Britain said") ---------------------------------

@pytest.mark.parametrize("text", [
    "The talks will continue next month in Berlin, Britain said.",
    "Ministers will meet again in Warsaw, Germany announced on Monday.",
])
def test_a_state_that_speaks_after_a_city_is_not_its_state(checker, text):
    assert outcome(checker, text, "2024-03-01") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("The ministers met in Berlin, Britain.", "flagged"),
    ("The ministers met in Vilnius, Lithuania, on Tuesday.", "supported"),
])
def test_a_city_with_its_state_is_still_read(checker, text, expected):
    assert outcome(checker, text, "2024-03-01") == expected


# --- a state that signs the founding treaty later accedes to it -----------------------------------

@pytest.mark.parametrize("text", [
    "Montenegro signed the North Atlantic Treaty in 2017.",
    "Greece and Turkey signed the North Atlantic Treaty in 1952.",
])
def test_a_state_signing_the_treaty_does_not_date_the_founding(checker, text):
    assert outcome(checker, text, "2024-03-01") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("The twelve founding members signed the North Atlantic Treaty in 1949.", "supported"),
    ("The founders signed the North Atlantic Treaty in 1952.", "flagged"),
])
def test_the_founders_signing_still_dates_the_founding(checker, text, expected):
    assert outcome(checker, text, "2024-03-01") == expected
