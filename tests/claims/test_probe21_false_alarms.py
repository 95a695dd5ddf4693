"""The three false alarms the held-out probes cr21a and cr21b found on their clean articles
(session 14, measured at 002641e9 before they were fixed), each as a phenomenon with its twins:
- a membership coordinated with another ("a founding member of NATO and a member of the EU since
  1986") takes neither the other's date (`relations._own_tokens`) nor the other's organisation
  (`grammar.names_own_body`, in relations and treaty: "a founding member of the OSCE", a body the
  KB does not hold, is not the article's topic);
- "who led the country from 1995 to 2013": a leading verb with an object that names no office of
  the KB is not the person's one office in the KB (`terms._leads_unread`);
- a word written the same way twice in one article is a name, not a slip of the keys
  (`anomalies._repeated`); once, it is still flagged;
- "President Klaus signed the Lisbon Treaty on Tuesday" (kb21's find, true text): one party's
  signature dates no signing of the treaty (`treaties._one_party`, date sure 0.4).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text, expected", [
    ("Denmark, a founding member of NATO and a member of the European Union since 1973, sent ships.", "supported"),
    ("Portugal, a founding member of NATO in 1949 and a member of the EU since 1986, sent ships.", "supported"),
    # the twin: the date written on the NATO membership itself is still checked
    ("Denmark, a member of NATO since 1973 and a founding member of the OSCE, sent ships.", "flagged"),
    ("Greece, a member of NATO since 1952 and of the European Union since 1981, sent a frigate.", "supported"),
])
def test_a_coordinated_membership_keeps_its_own_date(checker, text, expected):
    assert outcome(checker, text, "2020-11-20") == expected


@pytest.mark.parametrize("text, expected", [
    ("Spain, a founding member of the OSCE and a member of NATO since 1982, hosted the meeting.", "supported"),
    ("Spain, a founding member of NATO, hosted the meeting.", "flagged"),
    ("Norway, a founding member of NATO, hosted the meeting.", "supported"),
])
def test_a_founding_member_of_an_unknown_body_is_not_one_of_the_topic(checker, text, expected):
    assert outcome(checker, text, "2020-11-20") == expected


@pytest.mark.parametrize("text, expected", [
    ("Frieden served under Jean-Claude Juncker, who led the country from 1995 to 2013 before becoming "
     "president of the European Commission.", "none"),
    ("Jean-Claude Juncker, who headed the party from 1990 to 1995, spoke on Monday.", "none"),
    # the twins: an object that names the office is still read and checked
    ("Jens Stoltenberg led NATO from 2014 to 2024.", "supported"),
    ("Jens Stoltenberg led NATO from 2015 to 2024.", "flagged"),
])
def test_a_thing_led_that_names_no_office_dates_no_term(checker, text, expected):
    assert outcome(checker, text, "2023-11-20") == expected


@pytest.mark.parametrize("text, expected", [
    ("Syriza won the election. The new government will stay in the euro zone, Syriza officials said.", "none"),
    ("Leaders from Solvenia and Croatia met in Zagreb. Solvenia sent troops.", "none"),
    ("Leaders from Solvenia and Croatia met in Zagreb.", "flagged"),  # once: still a misspelling
])
def test_a_word_written_twice_is_a_name(checker, text, expected):
    assert outcome(checker, text, "2020-01-26") == expected


@pytest.mark.parametrize("text, published, expected", [
    # kb21 (session 14): one party's signature (a ratification, on a day of its own) is not the treaty's signing
    ("Czech President Vaclav Klaus signed the Lisbon Treaty on Tuesday.", "2009-11-03", "supported"),  # his office
    ("Klaus signed the Lisbon Treaty on 3 November, the last EU leader to do so.", "2009-11-05", "none"),
    # the twins: the signing itself, by the leaders together or in the passive, is still checked
    ("EU leaders signed the Lisbon Treaty on 13 December 2008.", "2009-11-05", "flagged"),
    ("EU leaders signed the Lisbon Treaty on 13 December 2007.", "2009-11-05", "supported"),
    ("The Lisbon Treaty was signed on 14 December 2007.", "2009-11-05", "flagged"),
])
def test_one_partys_signature_is_not_the_treatys_signing(checker, text, published, expected):
    assert outcome(checker, text, published) == expected
