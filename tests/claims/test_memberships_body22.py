"""Memberships of other bodies by date (body22, session 15): the Schengen area's members with the
days the Schengen rules took effect for them (Bulgaria and Romania in for air and sea borders
from 2024-03-31, for land borders too from 2025-01-01), states that use the euro without being
in the euro area, the OSCE's 57 participating States, the Nordic Council, and a state put out of
a body ("expelled from the Council of Europe", "suspended from the G8") on a day the KB's term
ends. A body the KB does not know, or a list it does not declare complete, gives no flag.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


# -- the Schengen area ----------------------------------------------------------------------------
@pytest.mark.parametrize("day, expected", [
    ("2022-12-31", "flagged"),    # the day before Croatia's first day in the area
    ("2023-01-01", "supported"),
])
def test_croatia_in_the_schengen_area_from_its_first_day(checker, day, expected):
    assert outcome(checker, "Croatia is part of the Schengen area.", day) == expected


@pytest.mark.parametrize("text, expected", [
    ("Croatia joined the Schengen area on 1 January 2023.", "supported"),
    ("Croatia joined the Schengen area on 2 January 2023.", "flagged"),
    ("Croatia joined the Schengen area on 31 December 2022.", "flagged"),
    ("Croatia joined Schengen in 2023.", "supported"),
    ("Croatia joined Schengen in 2022.", "flagged"),
    ("Poland joined the Schengen area in December 2007.", "supported"),
    ("Poland joined the Schengen area in March 2008.", "supported"),   # its airports
    ("Poland joined the Schengen area in 2004.", "flagged"),
    ("Switzerland joined the Schengen area in 2009.", "supported"),    # its airports
    ("Croatia, a member of the Schengen area since 2023, welcomed the visitors.", "supported"),
    ("Croatia, a member of the Schengen area since 2021, welcomed the visitors.", "flagged"),
    ("Norway, a member of the Schengen area since 2001, is outside the EU.", "supported"),
    ("Norway, a member of the Schengen area since 2004, is outside the EU.", "flagged"),
    ("Switzerland joined the Schengen area in 2008.", "supported"),
    ("Switzerland joined the Schengen area in 2004.", "flagged"),
    ("Liechtenstein, which joined the Schengen area in 2011, is small.", "supported"),
    ("Liechtenstein, which joined the Schengen area in 2010, is small.", "flagged"),
    ("Ireland joined the Schengen area in 2005.", "flagged"),
    # the seven that began it in 1995 signed years before: their start is not kept
    ("France joined the Schengen area in 1985.", "none"),
])
def test_schengen_entry_days(checker, text, expected):
    assert outcome(checker, text, "2025-06-01") == expected


@pytest.mark.parametrize("text, expected", [
    ("Romania and Bulgaria joined the Schengen area for air and sea travel on March 31, 2024.", "supported"),
    ("Romania and Bulgaria joined the Schengen area for air and sea travel on March 30, 2024.", "flagged"),
    ("Romania and Bulgaria became full members of the Schengen area on January 1, 2025.", "supported"),
    ("Romania and Bulgaria became full members of the Schengen area on January 1, 2023.", "flagged"),
])
def test_bulgaria_and_romania_joined_on_two_days(checker, text, expected):
    assert outcome(checker, text, "2025-06-01") == expected


@pytest.mark.parametrize("day, expected", [
    ("2024-03-30", "supported"),  # the day before the air and sea borders opened
    ("2024-03-31", "none"),       # in for some borders: a denial may mean the full membership
    ("2024-12-31", "none"),
    ("2025-01-01", "flagged"),    # land borders too: a member
])
def test_romania_denied_the_schengen_area(checker, day, expected):
    assert outcome(checker, "Romania is not a member of the Schengen area.", day) == expected


@pytest.mark.parametrize("text, day, expected", [
    ("Cyprus is not in the Schengen area.", "2025-06-01", "supported"),
    ("Ireland is not in Schengen.", "2025-06-01", "supported"),
    ("Ireland is in Schengen.", "2025-06-01", "flagged"),
    ("Cyprus, a member of the Schengen area, welcomed the visitors.", "2025-06-01", "flagged"),
    ("Cyprus, a member of the Schengen area, welcomed the visitors.", "2023-06-01", "flagged"),
    # Bulgaria and Romania counted or not in 2024: a gap in the list
    ("Cyprus, a member of the Schengen area, welcomed the visitors.", "2024-06-01", "none"),
    ("Sweden is not in Schengen.", "2025-06-01", "flagged"),
])
def test_eu_states_outside_the_schengen_area(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day, expected", [
    ("The 29-member Schengen area is under strain.", "2025-06-01", "supported"),
    ("The 27-member Schengen area is under strain.", "2025-06-01", "flagged"),
    ("The 27-member Schengen area is under strain.", "2024-06-01", "none"),   # 27 or 29 that year
    ("The 27-member Schengen area is under strain.", "2023-06-01", "supported"),
    ("The 26-member Schengen area is under strain.", "2023-06-01", "flagged"),
])
def test_schengen_counts(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text", [
    "The Schengen Agreement was signed in Schengen, Luxembourg, in 1985.",
    "Visitors need a Schengen visa to enter Germany.",
    "Ministers met in Schengen on Tuesday.",
])
def test_schengen_the_village_and_the_visa_are_no_membership(checker, text):
    assert outcome(checker, text, "2025-06-01") == "none"


# -- the euro without the euro area ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Montenegro, which is not a member of the euro zone, uses the euro.", "supported"),
    ("Kosovo, a eurozone member, uses the euro.", "flagged"),
    ("Montenegro uses the euro.", "none"),
    ("Andorra uses the euro.", "none"),
    ("Sweden, which is not part of the euro area, kept the krona.", "supported"),
    ("Finland, which is not part of the euro area, kept the markka.", "flagged"),
])
def test_the_euro_used_outside_the_euro_area(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected


# -- the OSCE and the Nordic Council --------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The 57-member OSCE met in Vienna.", "supported"),
    ("The 56-member OSCE met in Vienna.", "flagged"),
    ("The 58-member OSCE met in Vienna.", "flagged"),
    ("The OSCE's 57 participating states met in Vienna.", "supported"),
    ("The OSCE's 56 participating states met in Vienna.", "flagged"),
    ("Kosovo is a member of the OSCE.", "flagged"),
    ("Ukraine is a member of the OSCE.", "supported"),
    ("Mongolia joined the OSCE in 2012.", "supported"),
    ("Mongolia joined the OSCE in 2011.", "flagged"),
    ("Mongolia joined the OSCE in 2013.", "flagged"),
    ("Ukraine joined the OSCE in 1992.", "none"),   # a member the list keeps no start for
    ("Finland, a member of the Nordic Council, voted.", "supported"),
    ("Ireland, a member of the Nordic Council, voted.", "flagged"),
])
def test_osce_and_nordic_council(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected


@pytest.mark.parametrize("day, expected", [
    ("2012-11-20", "none"),       # the day before Mongolia's first day (and the list's)
    ("2012-11-21", "supported"),
])
def test_mongolia_in_the_osce_from_its_first_day(checker, day, expected):
    assert outcome(checker, "Mongolia is a member of the OSCE.", day) == expected


# -- put out of a body --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Russia was expelled from the Council of Europe in 2022.", "supported"),
    ("Russia was expelled from the Council of Europe in 2021.", "flagged"),
    ("Russia was expelled from the Council of Europe in 2023.", "flagged"),
    ("The Council of Europe expelled Russia in March 2022.", "supported"),
    ("Russia was suspended from the G8 in 2014.", "supported"),
    ("Russia was suspended from the G8 in 2013.", "flagged"),
    ("Russia was suspended from the G8 in 2015.", "flagged"),
    ("Russia was kicked out of the G8 in 2014.", "supported"),
    ("Russia was suspended from the G8.", "supported"),
    ("Qatar left OPEC in December 2018.", "supported"),   # out from 2019-01-01
    ("Qatar left OPEC in 2017.", "flagged"),
    ("Qatar left OPEC in 2020.", "flagged"),
    # Romania's partial term ends on the day its full one begins: no leaving
    ("Romania left the Schengen area in January 2025.", "none"),
])
def test_expelled_or_suspended_on_the_terms_end(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected


# -- bodies and lists the KB does not keep complete -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Malta is a member of the Mediterranean Group.",    # a body the KB does not know
    "Mali was suspended from the African Union in 2020.",   # the AU keeps a suspended state a member (count23)
    "The 40 participating nations sent troops.",
])
def test_unknown_bodies_and_lists_give_no_flag(checker, text):
    assert outcome(checker, text, "2024-06-01") == "none"


@pytest.mark.parametrize("year, expected", [("2014", "supported"), ("2016", "flagged")])
def test_suspended_from_what_was_then_a_body(checker, year, expected):
    text = f"Russia was suspended from what was then the G8 in {year} after it annexed Crimea."
    assert outcome(checker, text, "2018-06-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("Along with Belgium and Denmark, Luxembourg forms the Benelux.", "flagged"),
    ("Along with Belgium and the Netherlands, Luxembourg forms the Benelux.", "supported"),
    ("Along with Belgium and Denmark, it forms the Benelux union, whose leaders meet often.", "flagged"),
    ("Along with Belgium and the Netherlands, it forms the Benelux union, whose leaders meet often.", "supported"),
    ("Together with Poland and Austria, Hungary makes up the Visegrad Group.", "flagged"),
    ("Along with France and Germany, it forms the backbone of the EU.", "none"),
    ("Along with Belgium and Denmark, Luxembourg formed a committee.", "none"),
])
def test_states_along_with_which_a_state_forms_a_grouping(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected


# -- "the last country to join" --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Croatia was the last country to join the euro, in January 2023.", "supported"),
    ("Croatia was the last country to join the euro, in January 2021.", "flagged"),
    ("Croatia was the last country to join the euro, in December 2022.", "flagged"),  # the month before
    ("Lithuania was the 19th country to join the euro, in 2015.", "supported"),
    ("Lithuania was the 19th country to join the euro, in 2014.", "flagged"),
    ("Croatia was the last country to join the Schengen area, in 2021.", "flagged"),
    ("Croatia was the last to join the EU, in 2013.", "supported"),
    ("Croatia was the last to join the EU, in 2011.", "flagged"),
    ("Sweden was the last country to join NATO, in March 2024.", "supported"),
    ("Sweden was the last country to join NATO, in March 2023.", "flagged"),
    # a joiner the sentence does not name, or a joining still to come, is not read
    ("It was a chance to join the euro in 2011.", "none"),
    ("Ukraine wants to be the next country to join NATO in 2030.", "none"),
    ("Kosovo was the first country to adopt the euro without a deal, in 2002.", "none"),
])
def test_the_last_country_to_join(checker, text, expected):
    assert outcome(checker, text, "2026-01-02") == expected
