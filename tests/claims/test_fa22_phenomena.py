"""The phenomena the fa22 probe (bench/probes/fa22: 40 correct articles of genres the earlier fa
sets had not used: opinion with hypotheticals, numbered explainers, timelines, a review of a
history of the 1990s, sport, business, disasters, interviews with former officials, sketches,
letters, tables as text, Gaelic, Catalan and Basque names, names without diacritics, royals,
acting holders and deputies, mayors, ambassadors, regional presidents, namesake towns,
anniversaries and officials' slips; session 15) found, each with its boundary twin: the same
shape made false, or without the device, is still flagged.

- a day without its year right after its month was named with a year ("... covers March 1999. On
  12 March the three joined") is of that year (the dates are tested in tests/nlp/test_dates_fa22.py);
- "October of that year", "that December" are of the year named last, never the article's;
- a bare title ("Its president, Ursula von der Leyen") of a person the KB lists in an
  organisation's office of that title is not the like-named office of the person's own state;
- "after eight years as T" is a post of another span: the verb's dates ("led NATO from 2009 to
  2014") are not given to T;
- alternatives ("has been president or prime minister since 1999") claim neither office;
- a title on a holder who signs or hands in an abdication or resignation, or whose relative clause
  tells the leaving ("President X, who resigned on Monday,"), is the office given up;
- a family name of several words alone ("De Croo") is the holder's name, not an unknown person who
  "never held" the office;
- a short quotation with no verb that a verb of wording introduces ('referred to the "summit in
  Warsaw next month"') is a form of words reported, not the writer's claim.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


# -- a day after its month and year ------------------------------------------------------------------
def test_a_day_after_its_month_and_year_is_of_that_year(checker):
    text = "The third chapter turns to March 1999. On 12 March, Poland joined NATO with two of its neighbours."
    assert outcome(checker, text, "2021-06-01") == "supported"
    text = "His memoir reaches April 2009. On 1 April, Albania joined NATO, days before the summit."
    assert outcome(checker, text, "2019-10-10") == "supported"


def test_a_wrong_day_after_its_month_and_year_is_flagged(checker):
    text = "The third chapter turns to March 1999. On 16 March, Poland joined NATO with two of its neighbours."
    assert outcome(checker, text, "2021-06-01") == "flagged"


# -- "of that year" ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The book covers the Kosovo war of 1999. George Robertson succeeded Javier Solana in October of that year.",
    "The author returns to 1999. George Robertson took over from Javier Solana in October of the same year.",
])
def test_a_month_of_that_year_is_of_the_year_named_last(checker, text):
    assert outcome(checker, text, "2019-04-04") != "flagged"


# -- a bare title of an organisation's office ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The European Commission promised aid to the flooded towns. Its president, Ursula von der Leyen, "
    "visited on Friday.",
    "Brussels promised aid. The president, Ursula von der Leyen, visited the region on Friday.",
    "President Ursula von der Leyen promised aid to the flooded towns.",
])
def test_a_bare_title_is_the_organisations_office(checker, text):
    assert outcome(checker, text, "2024-11-08") != "flagged"


def test_the_state_written_with_the_title_is_still_read(checker):
    text = "Germany's president, Ursula von der Leyen, promised aid to the flooded towns."
    assert outcome(checker, text, "2024-11-08") == "flagged"


# -- "after N years as T" -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Anders Fogh Rasmussen led NATO from 2009 to 2014, after almost eight years as Danish prime minister.",
    "Anders Fogh Rasmussen ran the alliance from 2009 to 2014, following a long spell as prime minister "
    "of Denmark.",
    "Mark Rutte took over NATO in October 2024, after fourteen years as prime minister of the Netherlands.",
])
def test_the_post_of_an_earlier_span_takes_no_date_of_the_verb(checker, text):
    assert outcome(checker, text, "2025-01-10") != "flagged"


def test_a_post_written_with_its_own_dates_is_read(checker):
    text = "Mark Rutte served as prime minister of the Netherlands from 2012 to 2024."
    assert outcome(checker, text, "2025-01-10") == "flagged"


# -- alternatives -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vladimir Putin has been president or prime minister of Russia since 1999.",
    "In Moscow, where Vladimir Putin has been prime minister or president since 1999, nothing moves.",
    "Vladimir Putin served as president or prime minister from 1999 onwards.",
])
def test_alternative_offices_claim_neither(checker, text):
    assert outcome(checker, text, "2024-10-01") != "flagged"


def test_one_office_with_a_wrong_start_is_flagged(checker):
    assert outcome(checker, "Vladimir Putin has been president of Russia since 1999.", "2024-10-01") == "flagged"


# -- leaving told by a paper or a relative clause -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Crowds gathered hours after Queen Margrethe II signed her abdication.",
    "Hours after Queen Margrethe II handed in her abdication, the crowd sang.",
    "Minutes after his mother, Queen Margrethe II, abdicated, the new king waved.",
])
def test_a_title_on_a_holder_who_abdicates_is_the_office_given_up(checker, text):
    assert outcome(checker, text, "2024-01-15") != "flagged"


@pytest.mark.parametrize("text", [
    "President Klaus Iohannis, who resigned on Monday, thanked his staff.",
    "President Klaus Iohannis, who stepped down on Monday, thanked his staff.",
])
def test_a_relative_clause_of_leaving_gives_the_office_up(checker, text):
    assert outcome(checker, text, "2025-02-13") != "flagged"


@pytest.mark.parametrize("text", [
    "Queen Margrethe II signed the visitors' book.",
    "Queen Margrethe II handed in the keys of the palace.",
])
def test_a_title_on_a_holder_who_signs_something_else_is_read(checker, text):
    assert outcome(checker, text, "2024-01-15") == "flagged"


def test_a_relative_clause_of_something_else_keeps_the_office(checker):
    text = "President Klaus Iohannis, who met the king on Monday, thanked his staff."
    assert outcome(checker, text, "2025-02-13") == "flagged"


# -- family names of several words --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "De Croo was succeeded as prime minister by Bart De Wever in February 2025.",
    "Belgium's De Croo handed over to Bart De Wever as prime minister in February 2025.",
])
def test_a_family_name_of_several_words_is_the_holders(checker, text):
    assert outcome(checker, text, "2025-06-01") != "flagged"


def test_another_name_is_still_no_holder(checker):
    text = "Jan Peeters was succeeded as prime minister by Bart De Wever in February 2025."
    assert outcome(checker, text, "2025-06-01") == "flagged"


# -- a form of words in quotation marks ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    'In her speech the minister referred to the "NATO summit in Warsaw next month" by mistake.',
    'The envoy twice spoke of "the Warsaw summit in July" when he meant Vilnius.',
])
def test_quoted_words_of_a_summit_are_no_claim(checker, text):
    assert outcome(checker, text, "2023-06-01") != "flagged"


def test_the_same_words_outside_quotation_marks_are_read(checker):
    text = "NATO leaders will gather at the summit in Warsaw next month."
    assert outcome(checker, text, "2023-06-01") == "flagged"
