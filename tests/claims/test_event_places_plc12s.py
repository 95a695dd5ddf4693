"""Where events took place (issue 12, helper plc12s: `bench/sweeps/places.py`), on sentences written
for these tests: the true place is supported (or left alone), the swapped one flagged, and an event
the text does not clearly identify makes no claim.

- a bare summit whose clause is the organisation's people's through an infinitive ("the push for
  allies to spend more at a summit in X", "NATO allies agreed to ... at a summit in X");
- "last year's / this year's / next year's NATO summit in X" names that year's regular summit;
- a NATO ministerial meeting named and placed, in a report filed during the KB's meeting of that
  level ("at the NATO Foreign Ministers Meeting in X", the day on the main verb);
- where the alliance's leaders acted on a day of the summit the article reports ("In X on
  Wednesday, NATO leaders agreed ...");
- someone meeting the organisation's people named as such ("met with his NATO counterparts in X").

Summits and meetings used (summits.yaml): Brussels 11-12 July 2018, Madrid 28-30 June 2022,
Vilnius 11-12 July 2023, Washington 9-11 July 2024, The Hague 24-25 June 2025; foreign ministers
in Brussels 28-29 November 2023 and 3-4 April 2024, in Bucharest 29-30 November 2022.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

FLAG, OK = ["contradicted_by_kb"], ["supported"]


@pytest.mark.parametrize("text, published, kind", [
    ("Allies brushed off the call as part of the president's push for allies to spend more on defence at a "
     "summit in Brussels.", "2018-07-11", OK),
    ("Allies brushed off the call as part of the president's push for allies to spend more on defence at a "
     "summit in Helsinki.", "2018-07-11", FLAG),
    ("NATO allies agreed to spend more on their forces at a summit in Helsinki.", "2018-07-11", FLAG),
    ("NATO allies agreed to spend more on their forces at a summit in Brussels.", "2018-07-11", OK),
    # the infinitive's subject is a state, or no one the organisation's: a summit of anyone
    ("The president renewed his push for Germany to spend more at a summit in Helsinki.", "2018-07-11", []),
    ("China wants to spend more at a summit in Helsinki.", "2018-07-11", []),
    # filed a week after the summit: no summit under way, the year alone is a guess
    ("Allies brushed off the call as part of the president's push for allies to spend more on defence at a "
     "summit in Helsinki.", "2018-07-19", []),
])
def test_a_bare_summit_is_the_organisations_when_its_people_do_the_infinitive(accord_annotator, text, published, kind):
    found = verdicts(accord_annotator, text, published, "located_in")
    assert [k for k in found if k != "unverifiable"] == kind


@pytest.mark.parametrize("text, kind", [
    ("Last year's NATO summit in Madrid was a first for the islands.", OK),
    ("Last year's NATO summit in Oslo was a first for the islands.", FLAG),
    ("This year's NATO summit in Vilnius will test the allies.", OK),
    ("This year's NATO summit in Tallinn will test the allies.", FLAG),
    ("Next year's NATO summit in Washington will mark the anniversary.", OK),
    ("Next year's NATO summit in Rome will mark the anniversary.", FLAG),
    # another organisation's summit of last year is none of NATO's
    ("Last year's G7 summit in Rome was a first for the islands.", []),
])
def test_a_summit_named_by_last_this_or_next_year_is_that_years(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2023-03-15", "located_in") == kind


@pytest.mark.parametrize("text, published, kind", [
    ("The secretary wrapped up a day of talks at the NATO Foreign Ministers Meeting in Brussels on Tuesday.",
     "2023-11-28", OK),
    ("The secretary wrapped up a day of talks at the NATO Foreign Ministers Meeting in Helsinki on Tuesday.",
     "2023-11-28", FLAG),
    ("The envoy held talks at the NATO foreign ministers' meeting in Helsinki.", "2024-04-04", FLAG),
    ("The envoy held talks at the meeting of NATO foreign ministers in Madrid this week.", "2024-04-04", FLAG),
    # a day off the meeting's, a year, "next", another level: maybe another meeting
    ("The secretary wrapped up a day of talks at the NATO Foreign Ministers Meeting in Helsinki on Friday.",
     "2023-11-28", []),
    ("Last year the secretary held talks at the NATO foreign ministers' meeting in Helsinki.", "2023-11-28", []),
    ("The secretary will attend the next NATO foreign ministers' meeting in Helsinki.", "2023-11-28", []),
    ("The secretary held talks at a NATO defence ministers' meeting in Helsinki.", "2023-11-28", []),
    ("The secretary held talks at an informal NATO foreign ministers' meeting in Helsinki.", "2023-11-28", []),
])
def test_a_ministerial_meeting_named_during_the_one_under_way_is_that_one(accord_annotator, text, published, kind):
    found = verdicts(accord_annotator, text, published, "located_in")
    assert [k for k in found if k != "unverifiable"] == kind


def test_a_place_of_an_earlier_meeting_of_that_level_is_not_flagged(accord_annotator):
    """The text may mean that one (Bucharest, November 2022)."""
    found = verdicts(accord_annotator, "The secretary held talks at the NATO foreign ministers' meeting in Bucharest.",
                     "2023-11-28", "located_in")
    assert "contradicted_by_kb" not in found


@pytest.mark.parametrize("published, read", [
    ("2023-11-26", False),  # two days before the meeting opened
    ("2023-11-27", True),  # the day before
    ("2023-11-30", True),  # the day after it closed
    ("2023-12-01", False),  # two days after
])
def test_a_ministerial_meeting_is_under_way_from_the_day_before_to_the_day_after(accord_annotator, published, read):
    found = verdicts(accord_annotator, "The envoy held talks at the NATO foreign ministers' meeting in Helsinki.",
                     published, "located_in")
    assert found == (FLAG if read else [])


@pytest.mark.parametrize("text, published, kind", [
    ("In Vilnius on Wednesday, the allied leaders agreed on aid for Kyiv.", "2023-07-12", OK),
    ("In Riga on Wednesday, the allied leaders agreed on aid for Kyiv.", "2023-07-12", FLAG),
    ("NATO leaders agreed in Riga on Wednesday to send more aid to Kyiv.", "2023-07-12", FLAG),
    ("NATO leaders agreed in Vilnius on Wednesday to send more aid to Kyiv.", "2023-07-12", OK),
    ("In the Lithuanian capital on Wednesday, NATO leaders endorsed a pledge on industry.", "2023-07-12", OK),
    ("In the Latvian capital on Wednesday, NATO leaders endorsed a pledge on industry.", "2023-07-12", FLAG),
    # a place after the object is the object's; ministers meet any day; no summit reported
    ("NATO leaders on Wednesday endorsed a plan for a new command in Norway.", "2023-07-12", []),
    ("NATO leaders on Wednesday agreed to station more troops in Poland.", "2023-07-12", []),
    ("In Riga on Wednesday, NATO foreign ministers agreed on aid for Kyiv.", "2023-07-12", []),
    ("In Riga on Wednesday, the allied leaders agreed on aid for Kyiv.", "2023-07-20", []),
])
def test_where_the_leaders_acted_on_a_day_of_the_reported_summit_is_its_place(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "located_in") == kind


@pytest.mark.parametrize("text, published, kind", [
    ("She stressed the allies' resolve as she met with her alliance counterparts in The Hague.", "2025-06-25", OK),
    ("She stressed the allies' resolve as she met with her alliance counterparts in Helsinki.", "2025-06-25", FLAG),
    ("The chancellor met his NATO counterparts in Helsinki.", "2025-06-25", FLAG),
    ("Prime Minister Jones met his NATO counterparts in Helsinki.", "2025-06-25", FLAG),
    ("The foreign minister met with fellow NATO foreign ministers in Helsinki on Tuesday.", "2023-11-28", FLAG),
    ("The foreign minister met with fellow NATO foreign ministers in Brussels on Tuesday.", "2023-11-28", OK),
    # counterparts not named the organisation's, allies alone, a minister's counterparts, no summit under way
    ("The chancellor met his counterparts in Helsinki.", "2025-06-25", []),
    ("The chancellor met with allies in Helsinki.", "2025-06-25", []),
    ("The defence minister met his NATO counterparts in Helsinki.", "2025-06-25", []),
    ("The chancellor met his NATO counterparts in Helsinki.", "2025-07-02", []),
    ("The chancellor met his NATO counterparts in Helsinki last year.", "2025-06-25", []),
    # the only summit ever held in the place given names none: a meeting there last year may be any
    ("The chancellor met fellow NATO leaders in Lisbon last year.", "2025-06-25", []),
    ("The chancellor met fellow NATO leaders in Helsinki.", "2025-06-25", FLAG),
])
def test_meeting_the_organisations_counterparts_is_a_gathering(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "located_in") == kind


@pytest.mark.parametrize("text, published, kind", [
    ("The allies, meeting in Helsinki, agreed on more aid.", "2024-07-10", FLAG),
    ("The allies, meeting in Washington, agreed on more aid.", "2024-07-10", OK),
    # someone else's people, or no summit under way
    ("EU leaders, meeting in Helsinki, agreed on more aid.", "2024-07-10", []),
    ("The allies, meeting in Helsinki, agreed on more aid.", "2024-07-20", []),
])
def test_the_peoples_participle_meeting_is_a_gathering_whatever_its_tag(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "located_in") == kind


@pytest.mark.parametrize("text, kind", [
    ("In Brussels on Tuesday, NATO foreign ministers agreed to send more aid.", OK),
    ("In Helsinki on Tuesday, NATO foreign ministers agreed to send more aid.", FLAG),
    ("NATO foreign ministers agreed in Helsinki on Tuesday to send more aid.", FLAG),
    # another level, no level, a day on no listed meeting, another organisation's ministers
    ("In Helsinki on Tuesday, NATO defence ministers agreed to send more aid.", []),
    ("In Helsinki on Tuesday, NATO ministers agreed to send more aid.", []),
    ("In Helsinki on Friday, NATO foreign ministers agreed to send more aid.", []),
    ("In Helsinki on Tuesday, EU foreign ministers agreed to send more aid.", []),
])
def test_where_ministers_acted_on_a_day_of_their_meeting_is_its_place(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2023-11-28", "located_in") == kind


@pytest.mark.parametrize("text, published, kind", [
    ("The Brussels-based alliance weighed its reply.", "2023-11-28", OK),
    ("The Madrid-based alliance weighed its reply.", "2023-11-28", FLAG),
    ("NATO, the Brussels-based military alliance, weighed its reply.", "2023-11-28", OK),
    ("NATO, the Madrid-based military alliance, weighed its reply.", "2023-11-28", FLAG),
    # a command, not the organisation; before the headquarters moved to Brussels (not checked: new)
    ("The Mons-based command weighed its reply.", "2023-11-28", []),
    ("The Paris-based alliance weighed its reply.", "1967-10-15", ["new"]),
    ("The Paris-based alliance weighed its reply.", "1967-10-16", FLAG),
])
def test_an_x_based_alliance_has_its_headquarters_in_x(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "headquartered_in") == kind


@pytest.mark.parametrize("text, published, kind", [
    ("NATO foreign ministers gathered in Brussels to discuss aid.", "2023-11-28", OK),
    ("NATO foreign ministers gathered in Helsinki to discuss aid.", "2023-11-28", FLAG),
    ("NATO foreign ministers, meeting in Helsinki, agreed to send aid.", "2023-11-28", FLAG),
    # another level, a date off the meeting's days, no meeting under way
    ("NATO defence ministers gathered in Helsinki to discuss aid.", "2023-11-28", []),
    ("NATO foreign ministers gathered in Helsinki last month to discuss aid.", "2023-11-28", []),
    ("NATO foreign ministers gathered in Helsinki to discuss aid.", "2023-11-20", []),
])
def test_ministers_gathering_during_their_meeting_are_at_it(accord_annotator, text, published, kind):
    assert verdicts(accord_annotator, text, published, "located_in") == kind
