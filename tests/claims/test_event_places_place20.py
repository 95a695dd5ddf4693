"""Where gatherings took place (session 13, helper place20), on sentences written for these tests:

- the events of kb/data/meetings.yaml: the European Political Community's summits (Granada
  5 October 2023, Blenheim Palace 18 July 2024), the Ukraine Recovery Conference in Berlin
  (11-12 June 2024), the first Ukraine Defense Contact Group meeting at Ramstein Air Base
  (26 April 2022), the peace summit at Bürgenstock (15-16 June 2024): the right city, a region
  that holds the venue, a wrong city of the same country, a wrong country, a town the KB does
  not know, the day before and after the event when the day picks it out;
- a word of the event's own name that is its topic, not its place ("the Ukraine peace summit");
- "at a hotel in CITY" for the 2019 NATO summit at Watford, with Windsor (a town the KB knows,
  in Berkshire) contradicting it;
- a dateline for a report of the summit under way whose lead names a person by a title with a
  state ("U.S. President Donald Trump"): the state is the title's, not where the lead is told from.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

FLAG, OK = ["contradicted_by_kb"], ["supported"]


def sure(found: list[str]) -> list[str]:
    return sorted(set(k for k in found if k != "unverifiable"))


@pytest.mark.parametrize("text, kind", [
    ("European leaders gathered for the European Political Community summit in Granada, Spain, on 5 October 2023.", OK),
    ("European leaders gathered for the European Political Community summit in Madrid on 5 October 2023.", FLAG),
    ("European leaders gathered for the European Political Community summit in Tirana on 5 October 2023.", FLAG),
    # the day before and the day after: no summit of the series that day, nothing is claimed of one
    ("European leaders gathered for the European Political Community summit in Madrid on 4 October 2023.", []),
    ("European leaders gathered for the European Political Community summit in Madrid on 6 October 2023.", []),
    # a town the KB does not know says nothing of the summit's place
    ("European leaders gathered for the European Political Community summit in Armilla on 5 October 2023.", []),
])
def test_an_epc_summit_picked_out_by_its_day_is_placed(accord_annotator, text, kind):
    assert sure(verdicts(accord_annotator, text, "2023-10-06", "located_in")) == kind


@pytest.mark.parametrize("text, kind", [
    ("The fourth European Political Community summit was held at Blenheim Palace in Oxfordshire.", OK),
    ("The fourth European Political Community summit was held in Oxfordshire.", OK),
    ("The fourth European Political Community summit was held in England.", OK),
    ("The fourth European Political Community summit was held in Windsor.", FLAG),
    ("The fourth European Political Community summit was held in Berkshire.", FLAG),
    ("The fourth European Political Community summit was held in Hungary.", FLAG),
])
def test_an_epc_summit_named_by_its_number_is_placed_by_region(accord_annotator, text, kind):
    assert sure(verdicts(accord_annotator, text, "2024-07-20", "located_in")) == kind


@pytest.mark.parametrize("text, kind", [
    ("The Ukraine Recovery Conference in Berlin on June 11 drew 2,000 participants.", OK),
    ("The Ukraine Recovery Conference was held in Paris on June 11.", FLAG),
    # London held the 2023 conference: the text may mean that one on a wrong day, so no flag
    ("The Ukraine Recovery Conference in London on June 11 drew 2,000 participants.", []),
    ("The Ukraine Recovery Conference was held in Berlin on June 12.", OK),
    # the day after its last day: the day picks no conference, the city alone none of a series
    ("The Ukraine Recovery Conference was held in Paris on June 13.", []),
])
def test_a_recovery_conference_is_placed(accord_annotator, text, kind):
    assert sure(verdicts(accord_annotator, text, "2024-06-14", "located_in")) == kind


@pytest.mark.parametrize("text, kind", [
    ("Defence chiefs from 40 countries met at Ramstein Air Base in Germany on Tuesday for the first meeting of "
     "the Ukraine Defense Contact Group.", OK),
    ("Defence chiefs from 40 countries met at Ramstein Air Base in Poland on Tuesday for the first meeting of "
     "the Ukraine Defense Contact Group.", ["contradicted_by_kb", "supported"]),  # the base is right, Poland is not
])
def test_the_first_contact_group_meeting_is_placed(accord_annotator, text, kind):
    assert sure(verdicts(accord_annotator, text, "2022-04-26", "located_in")) == kind


@pytest.mark.parametrize("text, kind", [
    ("Leaders from 92 countries gathered at the Bürgenstock resort in Switzerland for the Ukraine peace summit "
     "on June 15.", OK),
    ("Leaders from 92 countries gathered in Austria for the Ukraine peace summit on June 15.", FLAG),
    # "Ukraine" in the summit's name is what it is about: no claim that it was held there
    ("Leaders from 92 countries attended the Ukraine peace summit on June 15.", []),
])
def test_the_peace_summits_name_is_its_topic_not_its_place(accord_annotator, text, kind):
    assert sure(verdicts(accord_annotator, text, "2024-06-17", "located_in")) == kind


@pytest.mark.parametrize("text, kind", [
    ("NATO leaders met at a hotel in Watford on Wednesday.", OK),
    ("NATO leaders met at a hotel in Windsor on Wednesday.", FLAG),
    ("The leaders of NATO's 29 members wrapped up their meeting at The Grove, a hotel in Watford, on Wednesday.", OK),
    ("The leaders of NATO's 29 members wrapped up their meeting at The Grove, a hotel in Windsor, on Wednesday.", FLAG),
])
def test_a_hotel_in_a_town_places_the_summit(accord_annotator, text, kind):
    assert sure(verdicts(accord_annotator, text, "2019-12-04", "located_in")) == kind


LEAD = ("{city} – British Prime Minister Boris Johnson juggled campaigning with hosting a meeting of NATO leaders "
        "on Wednesday, keeping his distance from U.S. President Donald Trump.")


@pytest.mark.parametrize("city, published, kind", [
    ("WATFORD", "2019-12-04", OK),
    ("WINDSOR", "2019-12-04", FLAG),
    # filed two days after the summit's last day: no summit under way, the dateline says nothing of it
    ("WINDSOR", "2019-12-06", []),
])
def test_a_dateline_with_a_titled_lead_places_the_summit_under_way(accord_annotator, city, published, kind):
    assert sure(verdicts(accord_annotator, LEAD.format(city=city), published, "located_in")) == kind


def test_a_lead_on_the_way_to_the_summit_says_nothing_of_its_place(accord_annotator):
    text = "LONDON (AP) — U.S. President Joe Biden met King Charles III on Monday before heading to the NATO summit."
    assert sure(verdicts(accord_annotator, text, "2023-07-10", "located_in")) == []


@pytest.mark.parametrize("dateline, published, kind", [
    ("TAORMINA, Sicily (AP) — Leaders of the Group of Seven ended a two-day summit on Saturday.", "2017-05-27", OK),
    ("TAORMINA, Sardinia (AP) — Leaders of the Group of Seven ended a two-day summit on Saturday.", "2017-05-27", FLAG),
    ("CAMP DAVID, Maryland (AP) — Three leaders agreed on Friday to meet every year.", "2023-08-19", OK),
    ("CAMP DAVID, Virginia (AP) — Three leaders agreed on Friday to meet every year.", "2023-08-19", FLAG),
    ("OTTAWA, Ontario (AP) — Local officials met on Wednesday.", "2019-12-04", OK),
    ("OTTAWA, Quebec (AP) — Local officials met on Wednesday.", "2019-12-04", FLAG),
    # another Windsor, in another state than the KB's: nothing is claimed against the KB's
    ("WINDSOR, Ontario (AP) — Local officials met on Wednesday.", "2019-12-04", []),
])
def test_a_dateline_city_in_a_region(accord_annotator, dateline, published, kind):
    found = verdicts(accord_annotator, dateline, published, "lies_in")
    assert sorted(set(k for k in found if k in ("supported", "contradicted_by_kb"))) == kind


@pytest.mark.parametrize("text, kind", [
    ("Leaders of the Group of Seven ended their summit in Apulia on Saturday after agreeing a loan.", OK),
    ("Leaders of the Group of Seven ended their summit in Calabria on Saturday after agreeing a loan.", FLAG),
])
def test_a_summit_put_in_the_neighbouring_region(accord_annotator, text, kind):
    assert sure(verdicts(accord_annotator, text, "2024-06-15", "located_in")) == kind


@pytest.mark.parametrize("text, kind", [
    ("U.S. President Donald Trump withdrew his support hours after leaving the G7 summit in La Malbaie, Quebec.", OK),
    ("U.S. President Donald Trump withdrew his support hours after leaving the G7 summit in La Malbaie, Ontario.",
     ["contradicted_by_kb", "supported"]),  # the town is right, the province is not
])
def test_a_summit_town_put_in_another_province(accord_annotator, text, kind):
    assert sure(verdicts(accord_annotator, text, "2018-06-10", "located_in")) == kind


@pytest.mark.parametrize("text, published, kind", [
    ("The G7 summit was held at a resort in Cornwall, England, on Saturday.", "2021-06-13", OK),
    ("The G7 summit was held at a resort in Kent, England, on Saturday.", "2021-06-13", ["contradicted_by_kb", "supported"]),
    ("NATO leaders held their summit on Tuesday at the Litexpo centre in Vilnius.", "2023-07-11", OK),
    ("NATO leaders held their summit on Tuesday at the Litexpo centre in Riga.", "2023-07-11", FLAG),
    # a place inside another phrase than the venue's ("talks on a base in X") is not the event's
    ("NATO leaders held their summit on Tuesday after talks on the war in Syria.", "2023-07-11", []),
])
def test_a_venue_in_a_place_places_the_event(accord_annotator, text, published, kind):
    assert sure(verdicts(accord_annotator, text, published, "located_in")) == kind


@pytest.mark.parametrize("text", [
    "Biden spoke to troops at an air base in Poland during the NATO summit.",
    "During the NATO summit, Biden spoke to troops at a base in Poland.",
])
def test_a_venue_of_something_done_during_the_summit_is_not_its_place(accord_annotator, text):
    # (the parser may still hang "in Poland" on the verb, and the country alone then names the one
    # summit held there, 2016 Warsaw: supported, never the Vilnius summit of the day in Poland)
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2023-07-11", "located_in")
