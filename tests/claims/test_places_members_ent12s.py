"""Places and members read the same way across the claim families (issue 12, ent12s), with
sentences written for these tests and the bundled KB.

- a summit noun that does not name its organisation ("the summit"), given the very days of the
  one summit the article is about, in another place, is that summit in the wrong place; not when
  the place held another KB event on those days, nor when the day given is not the summit's;
- "the summit was hosted by X" puts the summit in X, as "X hosted the summit" does;
- an ally's ratification of an accession the allies signed no protocol for is contradicted;
- an application to join the EU since 2022 that the KB does not list is contradicted: the KB
  lists every one since then."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

VILNIUS_DAY = "2023-07-11"  # the 2023 Vilnius summit: 11-12 July
LEAD = "NATO leaders gather in Vilnius for the alliance summit. "


# --- a summit's place, the summit named by its days in the article about it -----------------------

@pytest.mark.parametrize("text, expected", [
    ("Allies are split over Kyiv's hopes ahead of the summit taking place on 11-12 July in Vilnius.",
     ["supported"]),
    ("Allies are split over Kyiv's hopes ahead of the summit taking place on 11-12 July in Ottawa.",
     ["contradicted_by_kb"]),
    ("Diplomats said the summit, which opens on 11 July in Vilnius, will discuss Ukraine.", ["supported"]),
    ("Diplomats said the summit, which opens on 11 July in Riga, will discuss Ukraine.", ["contradicted_by_kb"]),
])
def test_the_article_summit_named_by_its_days_in_another_place(accord_annotator, text, expected):
    assert verdicts(accord_annotator, LEAD + text, VILNIUS_DAY, "located_in").count("contradicted_by_kb") \
        == expected.count("contradicted_by_kb")


@pytest.mark.parametrize("text", [
    # a day before the summit's first: not its days, so not surely the summit
    "Diplomats said the summit, which opens on 10 July in Riga, will discuss Ukraine.",
    # the month only: not the days
    "Diplomats said the summit in July in Riga will discuss Ukraine.",
])
def test_a_day_that_is_not_the_summits_is_no_contradiction_of_its_place(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, LEAD + text, VILNIUS_DAY, "located_in")


def test_a_place_that_held_another_kb_event_on_those_days_is_not_flagged(accord_annotator):
    # the 2022 Madrid summit (28-30 June) and the G7's Elmau summit (26-28 June) share 28 June
    lead = "NATO leaders gather in Madrid for the alliance summit. "
    text = lead + "Leaders flew in from the summit that met on 28 June in Elmau, officials said."
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2022-06-28", "located_in")
    text = lead + "Leaders flew in for the summit that met on 29 June in Elmau, officials said."
    assert "contradicted_by_kb" in verdicts(accord_annotator, text, "2022-06-28", "located_in")


# --- the host a passive names: "the summit was hosted by X" ---------------------------------------

@pytest.mark.parametrize("text, date, expected", [
    ("The NATO summit was hosted by Lithuania on July 11, 2023.", "2023-07-20", "supported"),
    ("The NATO summit was hosted by Latvia on July 11, 2023.", "2023-07-20", "contradicted_by_kb"),
    ("The second in-person Quad Leaders' Summit was hosted by Japan on May 24, 2022.", "2023-05-20", "supported"),
    ("The second in-person Quad Leaders' Summit was hosted by Lithuania on May 24, 2022.", "2023-05-20",
     "contradicted_by_kb"),
    ("The 2022 NATO summit was hosted by Spain.", "2023-03-01", "supported"),
    ("The 2022 NATO summit was hosted by Norway.", "2023-03-01", "contradicted_by_kb"),
])
def test_a_summit_was_hosted_by_the_state_it_took_place_in(accord_annotator, text, date, expected):
    assert verdicts(accord_annotator, text, date, "located_in") == [expected]


def test_a_person_who_hosted_the_summit_is_no_place(accord_annotator):
    text = "The NATO summit was hosted by Jens Stoltenberg on July 11, 2023."
    assert verdicts(accord_annotator, text, "2023-07-20", "located_in") == []


# --- applications to join the EU since 2022 ----------------------------------------------------------

@pytest.mark.parametrize("text, date, expected", [
    ("Moldova applied for EU membership on March 3, 2022.", "2022-06-20", "supported"),
    ("Chile applied for EU membership on March 3, 2022.", "2022-06-20", "contradicted_by_kb"),
    ("Kosovo formally applied to join the European Union in December 2022.", "2023-01-20", "supported"),
    ("Serbia formally applied to join the European Union in December 2022.", "2023-01-20", "contradicted_by_kb"),
    ("Ukraine submitted its application to join the EU on February 28, 2022.", "2022-06-20", "supported"),
    ("Norway submitted its application to join the EU on February 28, 2022.", "2022-06-20", "contradicted_by_kb"),
])
def test_an_eu_application_since_2022_the_kb_does_not_list_is_contradicted(accord_annotator, text, date, expected):
    assert verdicts(accord_annotator, text, date, "applied_to") == [expected]


@pytest.mark.parametrize("text, date", [
    # before the list begins (2022-01-01): the KB does not know
    ("Serbia applied for EU membership in December 2021.", "2023-01-20"),
    ("Serbia applied for EU membership in 2009.", "2023-01-20"),
    # undated, by a state the KB lists as a candidate: it applied before the list begins
    ("Serbia has applied to join the European Union.", "2023-01-20"),
])
def test_an_eu_application_before_the_list_or_by_a_candidate_is_not_contradicted(accord_annotator, text, date):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, date, "applied_to")


# --- a ratified accession presupposes the allies' accession protocol ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Turkey's parliament voted Thursday to approve Finland's bid to join NATO.", ["supported"]),
    ("Turkey's parliament voted Thursday to approve Uzbekistan's bid to join NATO.", ["contradicted_by_kb"]),
    ("Hungary ratified Sweden's accession to the alliance on Thursday.", ["supported"]),
    ("Hungary ratified Austria's accession to the alliance on Thursday.", ["contradicted_by_kb"]),
    ("All 30 allies have now ratified Finland's accession to NATO.", ["supported"]),
    ("All 30 allies have now ratified Peru's accession to NATO.", ["contradicted_by_kb"]),
])
def test_an_ally_ratifies_only_an_accession_the_allies_signed_a_protocol_for(accord_annotator, text, expected):
    assert verdicts(accord_annotator, "NATO allies met in Brussels. " + text, "2023-03-31",
                    "accession_to_ratify") == expected


@pytest.mark.parametrize("text, date", [
    ("The German parliament ratified Cyprus's accession to the EU on Thursday.", "2003-07-31"),  # no EU protocols
    ("Italy's parliament ratified Spain's accession to NATO.", "2023-03-31"),  # joined before the list (1982)
    ("Hungary refused to ratify Peru's bid to join NATO.", "2023-03-31"),  # not a ratification
    ("Hungary may ratify Peru's bid to join NATO next week.", "2023-03-31"),  # not a fact
])
def test_no_contradiction_outside_the_list_of_protocols(accord_annotator, text, date):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, date, "accession_to_ratify")


@pytest.mark.parametrize("day, flagged", [
    ("15 December 1997", False),  # before the first protocol the KB lists: it does not know
    ("16 December 1997", True),   # the day the first ones were signed
])
def test_the_list_of_protocols_begins_with_the_first_one(accord_annotator, day, flagged):
    text = f"The Norwegian parliament ratified Peru's accession to NATO on {day}."
    found = verdicts(accord_annotator, text, "1997-12-20", "accession_to_ratify")
    assert found and ("contradicted_by_kb" in found) == flagged
