"""Dates moved by one edit (issue 12, helper dat12s: `bench/sweeps/dates.py`), on sentences written
for these tests: the true sentence is supported (or left unverifiable), the moved date flagged.

- "the anniversary of NATO’s founding on 4 April 1949": a possessive the parse hangs apart from
  the founding noun still names whose founding it is, so a moved day or month is read and checked.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind", [
    ("The comments from Ukraine’s top diplomat coincided with the anniversary of NATO’s founding on April 4, 1949.",
     "supported"),
    ("The comments from Ukraine’s top diplomat coincided with the anniversary of NATO’s founding on June 4, 1949.",
     "contradicted_by_kb"),
    ("The visit coincided with the anniversary of NATO’s founding on April 4, 1949.", "supported"),
    ("The visit coincided with the anniversary of NATO’s founding on May 4, 1949.", "contradicted_by_kb"),
    ("Protests marked the anniversary of NATO’s founding on 4 April 1949.", "supported"),
    ("Protests marked the anniversary of NATO’s founding on 4 August 1949.", "contradicted_by_kb"),
    # a day off by one is a clash too
    ("The visit coincided with the anniversary of NATO’s founding on April 5, 1949.", "contradicted_by_kb"),
    ("The visit coincided with the anniversary of NATO’s founding on April 3, 1949.", "contradicted_by_kb"),
])
def test_a_founding_day_after_a_split_possessive_is_checked(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-04-04", "established") == [kind]


# The G7's 2024 summit (Apulia) ran 13-15 June 2024; the 2018 NATO summit (Brussels) 11-12 July.
@pytest.mark.parametrize("text, published, kind", [
    ("A Group of Seven summit opened on Thursday with a pact on Ukraine.", "2024-06-13", ["supported"]),
    ("A Group of Seven summit opened on Sunday with a pact on Ukraine.", "2024-06-13", ["contradicted_by_kb"]),
    ("The G7 summit ended on Saturday with a pact on Ukraine.", "2024-06-16", ["supported"]),
    ("The G7 summit ended on Sunday with a pact on Ukraine.", "2024-06-16", ["contradicted_by_kb"]),
    ("Trump said he had a great meeting with Merkel on the sidelines of a NATO summit on Wednesday.",
     "2018-07-12", ["supported"]),
    ("Trump said he had a great meeting with Merkel on the sidelines of a NATO summit on Saturday.",
     "2018-07-12", ["contradicted_by_kb"]),
    ("Trump met Merkel at the NATO summit on Monday.", "2018-07-12", ["contradicted_by_kb"]),
])
def test_a_summit_given_a_weekday_of_the_article_week_is_the_one_under_way(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "took_place_on") == kind


@pytest.mark.parametrize("published, read", [
    ("2024-06-11", False),  # two days before the summit opened: none under way
    ("2024-06-12", True),  # the day before
    ("2024-06-16", True),  # the day after it closed
    ("2024-06-17", False),  # two days after
])
def test_a_weekday_links_only_the_summit_under_way_from_the_day_before_to_the_day_after(
        accord_annotator, published, read):
    found = verdicts(accord_annotator, "A Group of Seven summit opened on Monday with a pact on Ukraine.",
                     published, "took_place_on")
    assert found == (["contradicted_by_kb"] if read else [])


@pytest.mark.parametrize("text", [
    "The G7 summit will open on Monday.",  # a plan: its weekday may be read in the wrong week
    "The G7 summit opened on Monday, June 10.",  # a weekday with its date dates itself
])
def test_no_weekday_link_for_a_plan_or_a_dated_weekday(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-06-14", "took_place_on") == []


MADRID = "Kishida will attend this month's NATO summit in Madrid. "


@pytest.mark.parametrize("text, kind", [
    ("The announcement comes ahead of a June 28-30 gathering of the military alliance.", ["supported"]),
    ("The announcement comes ahead of a June 28-30 gathering of allied leaders.", ["supported"]),
    (MADRID + "The announcement comes ahead of a June 28-30 gathering of the military alliance.",
     ["supported", "supported"]),
    (MADRID + "The announcement comes ahead of a June 21-23 gathering of the military alliance.",
     ["contradicted_by_kb", "supported"]),
    # "ahead of" a day more than 60 days on: this year's, so still the Madrid summit, on a wrong day
    (MADRID + "The announcement comes ahead of a August 28-30 gathering of the military alliance.",
     ["contradicted_by_kb", "supported"]),
    # someone else's gathering, and a gathering of no one's, are no NATO summit
    ("The announcement comes ahead of a June 28-30 gathering of G7 leaders.", []),
    ("Intelligence gathering by the alliance grew on June 28.", []),
])
def test_a_gathering_of_the_alliance_is_its_summit(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2022-06-15", "took_place_on") == kind


# Finland and Sweden applied to join NATO on 18 May 2022 (a Wednesday).
@pytest.mark.parametrize("text, kind", [
    ("Finland and Sweden submitted their NATO applications on Wednesday.", ["supported", "supported"]),
    ("Finland and Sweden submitted their NATO applications on Saturday.",
     ["contradicted_by_kb", "contradicted_by_kb"]),
    ("Finland filed its NATO application on May 18.", ["supported"]),
    ("Finland filed its NATO application on May 25.", ["contradicted_by_kb"]),
    ("Finland and Sweden handed in their NATO applications on May 25.", ["contradicted_by_kb", "contradicted_by_kb"]),
    ("Finland lodged its NATO application on May 19.", ["contradicted_by_kb"]),
    # a bid or a request named with an organisation may be for anything
    ("Finland submitted its NATO budget request on May 25.", []),
])
def test_an_application_named_with_its_organisation_is_dated(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2022-05-18", "applied_to") == kind


# Russia invaded Ukraine in February 2014 (Crimea) and on 24 February 2022 (the KB's two invasions).
@pytest.mark.parametrize("text, kind", [
    ("Romania has risen in profile since Russia's full-scale invasion of Ukraine in February 2022.", ["supported"]),
    ("Romania has risen in profile since Russia's full-scale invasion of Ukraine in February 2020.",
     ["contradicted_by_kb"]),
    ("Poland has spent more on defence since Russia's invasion of Ukraine in February 2022.", ["supported"]),
    ("Poland has spent more on defence since Russia's invasion of Ukraine in April 2022.", ["contradicted_by_kb"]),
    ("Russia's February 2022 invasion of Ukraine changed Europe.", ["supported"]),
    ("Russia's March 2022 invasion of Ukraine changed Europe.", ["contradicted_by_kb"]),
    ("The Russian invasion of Ukraine in February 2022 shocked Europe.", ["supported"]),
    ("The Russian invasion of Ukraine in April 2022 shocked Europe.", ["contradicted_by_kb"]),
    # a year against a year: 2014 was an invasion too
    ("Since Russia's invasion of Ukraine in 2014, the alliance has changed.", ["supported"]),
    ("Since Russia's invasion of Ukraine in 2016, the alliance has changed.", ["contradicted_by_kb"]),
])
def test_an_invasion_dated_by_its_noun_is_checked_at_its_precision(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-03-01", "invaded") == kind


@pytest.mark.parametrize("text", [
    "Kyiv feared a Russian invasion of Ukraine in January 2022.",  # "a": feared, not told as done
    "Zelensky marked the second anniversary of Russia's full-scale invasion of Ukraine in February.",
    "Russia's invasion of Ukraine on Thursday shocked Europe.",  # a weekday of the article's week
    "Europe has changed since Russia's invasion of Ukraine in February 2025.",  # after the article
])
def test_no_invasion_claim_from_a_date_that_may_not_be_its(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-03-01", "invaded") == []


@pytest.mark.parametrize("published, read", [("2022-02-23", False), ("2022-02-24", True)])
def test_an_invasion_noun_is_dated_no_later_than_the_article(accord_annotator, published, read):
    found = verdicts(accord_annotator, "Poland has spent more on defence since Russia's invasion of Ukraine on "
                     "24 February 2022.", published, "invaded")
    assert found == (["supported"] if read else [])


@pytest.mark.parametrize("text, kind", [
    ("NATO, founded 75 years ago, is stronger than ever.", ["supported"]),
    ("NATO, founded 70 years ago, is stronger than ever.", ["contradicted_by_kb"]),
    ("NATO, created 75 years ago, is stronger than ever.", ["supported"]),
    ("NATO, created 76 years ago, is stronger than ever.", ["contradicted_by_kb"]),  # 1948: a year off
    # 74 years before 2024-05-01 fits the treaty's entry into force (24 August 1949): not a clash
    ("NATO, created 74 years ago, is stronger than ever.", ["supported"]),
    ("NATO, created 73 years ago, is stronger than ever.", ["contradicted_by_kb"]),  # 1951
    ("NATO, founded in 1950, is stronger than ever.", ["contradicted_by_kb"]),
    # no comma, or an object of its own: NATO founded something else
    ("NATO founded a training mission in 2004.", []),
    ("NATO, in turn, founded a training mission in 1949.", []),
])
def test_a_founding_participle_set_off_by_commas_is_the_organisations(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-05-01", "established") == kind


# NATO's foreign ministers met in Bucharest on 29-30 November 2022 (the KB's only meeting of that
# level there that year).
@pytest.mark.parametrize("text, kind", [
    ("NATO foreign ministers met in Bucharest on November 29.", ["supported"]),
    ("NATO foreign ministers met in Bucharest on November 22.", ["contradicted_by_kb"]),
    ("NATO foreign ministers met in Bucharest on Tuesday and Wednesday.", ["supported"]),
    ("NATO foreign ministers met in Bucharest on Friday and Saturday.", ["contradicted_by_kb"]),
    ("NATO foreign ministers gathered in Bucharest in late September.", ["contradicted_by_kb"]),
    # another level: no meeting the KB lists, nothing to link
    ("NATO defence ministers met in Bucharest on November 22.", []),
])
def test_a_ministerial_meeting_in_its_city_and_year_on_another_day_is_checked(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2022-12-01", "took_place_on") == kind


def test_ministers_in_brussels_on_another_day_are_not_linked(accord_annotator):
    # ministers meet in Brussels several times a year: a day the KB's meetings miss may be another's
    # (the KB lists one Brussels meeting of foreign ministers in 2025, on 3-4 April)
    assert verdicts(accord_annotator, "NATO foreign ministers met in Brussels on April 3.", "2025-04-20",
                    "took_place_on") == ["supported"]
    assert verdicts(accord_annotator, "NATO foreign ministers met in Brussels on April 11.", "2025-04-20",
                    "took_place_on") == []


# NATO adopted Strategic Concepts in 1991, 1999, 2010 and 2022 (the KB's list, complete from 1991).
@pytest.mark.parametrize("text, published, kind", [
    ("The 2022 Strategic Concept named Russia the most significant threat.", "2024-05-01", ["supported"]),
    ("The 2020 Strategic Concept named Russia the most significant threat.", "2024-05-01", ["contradicted_by_kb"]),
    ("NATO's 2021 Strategic Concept identified China as a challenge.", "2024-05-01", ["contradicted_by_kb"]),
    ("Under the 2010 Strategic Concept, Russia was a partner.", "2024-05-01", ["supported"]),
    ("Under the 2012 Strategic Concept, Russia was a partner.", "2024-05-01", ["contradicted_by_kb"]),
    # an indefinite one may be wished for; a year after the article's is still to come
    ("Some allies want a 2024 Strategic Concept.", "2024-05-01", []),
    ("The 2023 Strategic Concept names China a challenge.", "2022-12-31", []),
    ("The 2023 Strategic Concept names China a challenge.", "2023-01-01", ["contradicted_by_kb"]),
])
def test_a_strategic_concept_named_by_its_year_was_adopted_that_year(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "adopted_strategic_concept") == kind


# NATO's foreign ministers met in Brussels on 28-29 November 2023.
@pytest.mark.parametrize("text, published, kind", [
    ("Blinken spoke at the meeting of NATO foreign ministers in Brussels on Tuesday.", "2023-11-28", ["supported"]),
    ("Blinken spoke at the meeting of NATO foreign ministers in Brussels on Saturday.", "2023-11-28",
     ["contradicted_by_kb"]),
    # three days before the meeting: none under way, the weekday links nothing
    ("Blinken spoke at the meeting of NATO foreign ministers in Brussels on Thursday.", "2023-11-25", []),
    # another level: no meeting of defence ministers under way
    ("Blinken spoke at the meeting of NATO defence ministers in Brussels on Sunday.", "2023-11-28", []),
])
def test_a_ministerial_meeting_given_a_weekday_of_the_article_week_is_the_one_under_way(
        accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "took_place_on") == kind
