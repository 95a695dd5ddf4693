"""Numbers the KB settles about an organisation's membership and history (issue 12, num16), read
on sentences written for these tests, each with a true and a corrupted twin and a sentence on
each side of every boundary a verdict depends on: the count an organisation began with
(claims/beginnings.py), a bare "now has 32" after it (counts._counted_before), the organisation's
age ("in its 71st year", "marks 75 years", "NATO at 70": claims/ages.py) and the time from a
state's application to its accession (claims/accession_gaps.py).

NATO's KB: founded 1949-04-04 (the treaty signed; the founders' membership starts 1949-08-24),
12 founders; Finland applied 2022-05-18 and joined 2023-04-04 (10.5 months), Sweden applied the
same day and joined 2024-03-07 (21.6 months). The EU's six founders."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


def props(annotator, text: str, date: str, prop: str) -> list[str]:
    return sorted(s.value for s in read(annotator, text, date) if s.property == prop)


# -- the count an organisation began with --------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("NATO leaders met. The alliance, which began with 12 members, now has 32.", "supported"),
    ("NATO leaders met. The alliance, which began with 14 members, now has 32.", "flagged"),
    ("NATO leaders met. The alliance, which began with 12 members, now has 30.", "flagged"),
    ("NATO started out with 12 countries.", "supported"),
    ("NATO started out with 10 countries.", "flagged"),
    ("NATO, which was founded with 12 members in 1949, now has 32.", "supported"),
    ("NATO, which was founded with 10 members in 1949, now has 32.", "flagged"),
    ("The European Union started with six members.", "supported"),
    ("The European Union started with nine members.", "flagged"),
])
def test_the_count_an_organisation_began_with(checker, text, expected):
    assert outcome(checker, text, "2024-05-01") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO leaders met. The mission began with 14 members.",  # the mission's
    "NATO started the mission with 14 members.",  # an object: what NATO started
    "NATO began with 14 European members.",  # a part of them
    "NATO began with more than 14 members.",  # approximate
    "NATO did not begin with 14 members.",  # denied
    "NATO leaders met. The talks began with 14 members absent.",
])
def test_no_founders_count_where_the_organisation_did_not_begin_so(accord_annotator, text):
    assert props(accord_annotator, text, "2024-05-01", "founding_members") == []


@pytest.mark.model
def test_the_count_begun_with_is_not_a_count_of_today(accord_annotator):
    text = "NATO leaders met. The alliance, which began with 12 members, now has 32."
    assert props(accord_annotator, text, "2024-05-01", "member_count") == ["32"]
    assert props(accord_annotator, text, "2024-05-01", "founding_members") == ["12"]


@pytest.mark.model
def test_a_bare_number_after_has_needs_a_counted_noun_in_the_subjects_clause(accord_annotator):
    assert props(accord_annotator, "NATO, which was founded in 1949, now has 32.", "2024-05-01", "member_count") == []


# -- the organisation's age ----------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("NATO leaders met near London on Wednesday marking the alliance's 70th year.", "2019-12-04", "supported"),
    ("NATO leaders met near London on Wednesday marking the alliance's 60th year.", "2019-12-04", "flagged"),
    ("NATO, now in its 75th year, faces new threats.", "2023-12-01", "supported"),
    ("NATO, now in its 65th year, faces new threats.", "2023-12-01", "flagged"),
    ("NATO, in its 75th year of existence, faces new threats.", "2023-12-01", "supported"),
    ("NATO, in its 65th year of existence, faces new threats.", "2023-12-01", "flagged"),
    # "its 71st year" runs from the 70th anniversary (2019-04-04) to the 71st, MARGIN_DAYS (300)
    # either side: from 2018-06-08; to the founders' membership (1949-08-24) + 71 years + 300 days
    ("NATO is in its 71st year.", "2018-06-07", "flagged"),
    ("NATO is in its 71st year.", "2018-06-08", "supported"),
    ("NATO is in its 71st year.", "2021-06-20", "supported"),
    ("NATO is in its 71st year.", "2021-06-21", "flagged"),
    ("NATO marks 75 years on Thursday.", "2024-04-04", "supported"),
    ("NATO marks 76 years on Thursday.", "2024-04-04", "flagged"),
    ("NATO celebrates 75 years this week.", "2024-07-10", "supported"),
    ("NATO celebrates 70 years this week.", "2024-07-10", "flagged"),
    ("NATO at 70: leaders meet in London.", "2019-12-04", "supported"),
    ("NATO at 60: leaders meet in London.", "2019-12-04", "flagged"),
    ("NATO at 75 faces an uncertain future.", "2024-07-10", "supported"),
    ("NATO at 65 faces an uncertain future.", "2024-07-10", "flagged"),
    # the ordinal parsed on "summit", not on "anniversary"; with no owner, the article's organisation
    ("NATO leaders met in Washington for the alliance's 75th anniversary summit.", "2024-07-10", "supported"),
    ("NATO leaders met in Washington for the alliance's 70th anniversary summit.", "2024-07-10", "flagged"),
    ("NATO leaders met. Leaders gathered for the 75th anniversary summit in Washington.", "2024-07-10", "supported"),
    ("NATO leaders met. Leaders gathered for the 70th anniversary summit in Washington.", "2024-07-10", "flagged"),
])
def test_the_age_of_an_organisation(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO leaders met. The war, now in its second year, dominated the talks.",  # the war's year
    "NATO leaders met. Its budget for its 5th year was approved.",
    "NATO leaders marked 75 years of peace in Europe.",  # the leaders, years of something
    "NATO marked 75 years since the end of the war.",
    "NATO at 2 percent: the allies spend more.",
    "NATO will be in its 76th year next year.",
    "NATO, in its 20th year of operations in Afghanistan, withdrew.",
    "NATO leaders met. Leaders gathered for the 70th anniversary summit of the Elysee Treaty.",
    "NATO leaders met. Leaders gathered for Biden's 70th anniversary summit.",
])
def test_no_age_where_the_years_are_not_the_organisations(accord_annotator, text):
    found = [s for s in read(accord_annotator, text, "2024-07-10") if s.property == "established"
             and any(w in s.value for w in ("year", "age", "anniversary"))]
    assert found == []


# -- from the application to the accession --------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("Sweden joined NATO almost two years after applying.", "2024-03-08", "supported"),
    ("Sweden joined NATO almost four years after applying.", "2024-03-08", "flagged"),
    ("Sweden joined NATO nearly two years after its application.", "2024-03-10", "supported"),
    ("Sweden joined NATO nearly a year after its application.", "2024-03-10", "flagged"),
    ("Finland joined NATO less than a year after applying.", "2023-04-04", "supported"),
    ("Finland joined NATO three years after applying.", "2023-04-04", "flagged"),
    ("NATO leaders met. Finland joined the alliance 11 months after it applied.", "2023-04-10", "supported"),
    ("NATO leaders met. Finland joined the alliance 15 months after it applied.", "2023-04-10", "flagged"),
    # 10.5 months: "more than 10" holds, "more than 11" does not
    ("Finland joined NATO more than 10 months after applying.", "2023-04-10", "supported"),
    ("Finland joined NATO more than 11 months after applying.", "2023-04-10", "flagged"),
    # 21.6 months against an exact count of months, slack a sixth of it: 19 (3.2) holds, 18 (3) not
    ("Sweden joined NATO 19 months after applying.", "2024-03-10", "supported"),
    ("Sweden joined NATO 18 months after applying.", "2024-03-10", "flagged"),
])
def test_the_time_from_application_to_accession(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sweden joined NATO two years after Russia invaded Ukraine.",
    "Sweden joined NATO a year after Finland applied.",
    "Sweden joined NATO a year after Finland's application.",
    "Sweden did not join NATO a year after applying.",
    "Sweden will join NATO a year after applying.",
])
def test_no_gap_read_where_the_after_is_not_the_states_own_application(accord_annotator, text):
    assert props(accord_annotator, text, "2024-03-10", "joined_after_applying") == []


# -- the number of the summit an article reports ------------------------------------------------
# The 49th G7 summit, in Hiroshima, 2023-05-19 to 2023-05-21; the Quad's fifth met there on 2023-05-20.
@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("Leaders of the G7 met in Hiroshima. The meeting was the 49th summit of the group.", "2023-05-21", "supported"),
    ("Leaders of the G7 met in Hiroshima. The meeting was the 47th summit of the group.", "2023-05-21", "flagged"),
    ("The G7 leaders met on Sunday. This year's gathering is the 49th G7 summit.", "2023-05-21", "supported"),
    ("The G7 leaders met on Sunday. This year's gathering is the 48th G7 summit.", "2023-05-21", "flagged"),
    ("Quad leaders met in Hiroshima. The meeting was the fifth summit of the group.", "2023-05-20", "supported"),
    ("Quad leaders met in Hiroshima. The meeting was the sixth summit of the group.", "2023-05-20", "flagged"),
    # the summit reported: under way on the article's day or in the three days after it
    ("Leaders of the G7 met in Hiroshima. The meeting was the 47th summit of the group.", "2023-05-19", "flagged"),
    ("Leaders of the G7 met in Hiroshima. The meeting was the 47th summit of the group.", "2023-05-24", "flagged"),
])
def test_the_number_of_the_reported_summit(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("date", ["2023-05-18", "2023-05-25"])
def test_no_summit_reported_the_day_before_or_four_days_after(checker, date):
    text = "Leaders of the G7 met in Hiroshima. The meeting was the 47th summit of the group."
    assert outcome(checker, text, date) != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Leaders of the G7 met in Hiroshima. The meeting was the first in-person summit of the group.",
    "Leaders of the G7 met in Hiroshima. The meeting was Biden's third summit of the group.",
    "Leaders of the G7 met in Hiroshima. The next meeting will be the 50th summit of the group.",
    "Leaders of the G7 met in Hiroshima. The meeting was the 47th summit of leaders he attended.",
    "Leaders of the G7 met in Hiroshima. The meeting was not the 47th summit of the group.",
])
def test_no_series_number_where_the_ordinal_counts_something_else(accord_annotator, text):
    assert props(accord_annotator, text, "2023-05-21", "series_number") == []


# -- how many times an organisation has enlarged --------------------------------------------------
# NATO's rounds: 1952, 1955, 1982, 1999-03-12, 2004, 2009, 2017, 2020, 2023, 2024 (ten days; nine
# or eight with the runs less than three years apart as one); the EU's: 1973, 1981, 1986, 1995,
# 2004, 2007, 2013 (seven, six).
@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    ("NATO has expanded three times before.", "1999-03-12", "supported"),
    ("NATO has expanded four times.", "2000-06-01", "supported"),
    ("NATO has expanded five times.", "2000-06-01", "flagged"),
    # a count may be of any day of the 60 before the article's: the fourth round on 1999-03-12
    ("NATO has expanded three times.", "1999-05-10", "supported"),
    ("NATO has expanded three times.", "1999-05-11", "flagged"),
    ("NATO has had ten rounds of enlargement.", "2024-06-01", "supported"),
    ("NATO has had nine rounds of enlargement.", "2024-06-01", "supported"),
    ("NATO has had seven rounds of enlargement.", "2024-06-01", "flagged"),
    ("The European Union has enlarged seven times since its founding.", "2014-06-01", "supported"),
    ("The European Union has enlarged nine times since its founding.", "2014-06-01", "flagged"),
])
def test_the_number_of_enlargements(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The European Union has enlarged twice since the end of the Cold War.",  # some of them
    "NATO has grown three times.",  # may be its size
    "NATO has expanded its budget three times.",
    "NATO has expanded eastward three times.",
    "NATO has not expanded three times.",
    "NATO will expand three times.",
    "NATO has expanded more than three times.",
])
def test_no_enlargements_read_where_the_count_is_not_of_every_round(accord_annotator, text):
    assert props(accord_annotator, text, "2014-06-01", "enlargements") == []
