"""The false alarm the fa23 probe (bench/probes/fa23: 40 correct articles of new genres: live blogs,
corrections notices, obituaries, Q&A explainers, anniversaries, counterfactual op-eds, sport,
state visits, parliamentary sketches, polls, translated quotes, sub-national first ministers and
premiers, namesakes, and organisations other than NATO and the EU with members and a secretary
general; session 16) found, as a phenomenon with its twins:

- a body an organisation has, written with the organisation's name as a modifier of a body noun
  ("the UN refugee agency", "the UN health agency", "the NATO Parliamentary Assembly", "the EU
  delegation"), is that body, whose head is not the organisation's: leading it is not holding the
  organisation's head office (`led_offices.own_body`, used by led_offices.led_office, hence by
  terms.py's "from A to B", and by durations.py's "led O for N years"). The nouns an organisation
  is called by itself ("the NATO alliance", "the EU bloc") and "council" and "commission" (which
  terms.py takes for the organisation) still name it, so a wrong date there is still flagged.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


# -- a body of the organisation's is not the organisation --------------------------------------------
@pytest.mark.parametrize("text, date", [
    ("Antonio Guterres led the UN refugee agency from 2005 to 2015.", "2021-06-19"),
    ("Antonio Guterres ran the UN refugee agency from 2005 to 2015.", "2021-06-19"),
    ("Antonio Guterres headed the UN refugee agency between 2005 and 2015.", "2021-06-19"),
    ("Antonio Guterres led the UN refugee agency for ten years before 2015.", "2021-06-19"),
    ("Guterres, who ran the UN refugee agency for a decade, became the ninth secretary-general in 2017.",
     "2021-06-19"),
    ("Filippo Grandi has led the UN refugee agency since January 2016.", "2024-06-01"),
    ("Filippo Grandi, who has headed the UN refugee agency since 2016, visited Moldova.", "2024-06-01"),
    ("Tedros Adhanom Ghebreyesus, who has led the UN health agency since 2017, warned of a new pandemic.",
     "2024-06-01"),
    ("Anders Fogh Rasmussen led the NATO Parliamentary Assembly from 2009 to 2014.", "2016-06-19"),
    ("Kaja Kallas has headed the EU delegation since December 2024.", "2025-06-19"),
])
def test_leading_a_body_of_the_organisation_is_not_its_head_office(checker, text, date):
    assert outcome(checker, text, date) != "flagged"


def test_the_guterres_career_reads_no_un_term_before_2017(checker):
    text = ("Guterres, 72, was prime minister of Portugal from 1995 to 2002 and led the UN refugee agency "
            "from 2005 to 2015. He became the ninth secretary-general in January 2017.")
    found = checker.findings(text, "2021-06-19")
    assert not [f for f in found if "United Nations" in str(f.get("claim")) and "2005" in str(f.get("claim"))]
    assert outcome(checker, text, "2021-06-19") != "flagged"


# -- the organisation itself, by name or by the noun it is called by: still read ----------------------
@pytest.mark.parametrize("text, date", [
    ("Antonio Guterres has led the UN since 2005.", "2021-06-19"),
    ("Antonio Guterres has led the UN since 2016.", "2021-06-19"),  # a year before the KB's start
    ("Jens Stoltenberg has led the NATO alliance since 2012.", "2018-06-19"),
    ("Jens Stoltenberg led the NATO alliance from 2012 to 2017.", "2018-06-19"),
    ("Antonio Guterres has led the UN for ten years.", "2021-06-19"),  # 4.5 years by then
])
def test_leading_the_organisation_itself_with_a_wrong_date_is_flagged(checker, text, date):
    assert outcome(checker, text, date) == "flagged"


@pytest.mark.parametrize("text, date", [
    ("Antonio Guterres has led the UN since 2017.", "2021-06-19"),
    ("Jens Stoltenberg has led the NATO alliance since 2014.", "2018-06-19"),
    ("Antonio Guterres has led the UN for four years.", "2021-06-19"),
])
def test_leading_the_organisation_itself_with_the_right_date_is_not_flagged(checker, text, date):
    assert outcome(checker, text, date) != "flagged"
