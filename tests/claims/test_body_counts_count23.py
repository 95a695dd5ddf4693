"""Counts and ranks of the bodies other than NATO (count23, session 16): the Nordic Council's five
states beside its three autonomous areas (the Faroe Islands and Åland from 1970, Greenland from
1984), ranks in a list that leaves its first members undated (the Schengen area's ten before
2001-03-25), "the Nth country to adopt the euro" (the euro area's order), "the Nth Schengen
country" (a one-word organisation's name the tagger took for a person), and the Council of
Europe's size either side of Russia's expulsion (2022-03-16). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


# -- the Nordic Council: five states and three autonomous areas ------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Nordic Council's five states met in Oslo.", "supported"),           # the states alone
    ("The Nordic Council has five member countries.", "supported"),
    ("The Nordic Council's six states met in Oslo.", "flagged"),
    ("The Nordic Council's four states met in Oslo.", "flagged"),
    ("The Nordic Council's eight members met in Oslo.", "supported"),         # with the three areas
    ("The Nordic Council's seven members met in Oslo.", "flagged"),           # 1970 to 1983
    ("The Nordic Council's nine members met in Oslo.", "flagged"),
])
def test_nordic_council_states_and_members(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected


@pytest.mark.parametrize("text, expected", [
    ("Greenland joined the Nordic Council in 1984.", "supported"),
    ("Greenland joined the Nordic Council in 1983.", "flagged"),
    ("Greenland joined the Nordic Council in 1985.", "flagged"),
    ("The Faroe Islands joined the Nordic Council in 1970.", "supported"),
    ("The Faroe Islands joined the Nordic Council in 1969.", "flagged"),
    ("The Nordic Council had eight members in 1982.", "flagged"),             # seven until 1984
    ("The Nordic Council had seven members in 1982.", "supported"),
    ("The Nordic Council had seven members in 1968.", "flagged"),             # five until 1970
    ("The Nordic Council had five members in 1968.", "supported"),
])
def test_nordic_council_areas_joined_later(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected


# -- ranks in a list whose first members are undated (the Schengen area) ------------------------------
@pytest.mark.parametrize("text, day, expected", [
    ("Croatia became the 27th member of the Schengen area in January.", "2023-05-10", "supported"),
    ("Croatia became the 26th member of the Schengen area in January.", "2023-05-10", "flagged"),
    ("Croatia became the 28th member of the Schengen area in January.", "2023-05-10", "flagged"),
    ("Liechtenstein became the 26th Schengen country in December 2011.", "2012-05-10", "supported"),
    ("Liechtenstein became the 25th Schengen country in December 2011.", "2012-05-10", "flagged"),
    ("Liechtenstein became the 27th Schengen country in December 2011.", "2012-05-10", "flagged"),
    ("Croatia became the 27th Schengen country in January.", "2023-05-10", "supported"),
    ("Croatia became the 28th Schengen country in January.", "2023-05-10", "flagged"),
    # the nine of 2007-12-21 share places 16 to 24: no rank inside the range is flagged
    ("Estonia joined the Schengen area in December 2007 as its 16th member.", "2008-05-10", "supported"),
    ("Estonia joined the Schengen area in December 2007 as its 24th member.", "2008-05-10", "supported"),
    ("Estonia joined the Schengen area in December 2007 as its 15th member.", "2008-05-10", "flagged"),
    ("Estonia joined the Schengen area in December 2007 as its 25th member.", "2008-05-10", "flagged"),
])
def test_schengen_ranks_count_the_undated_first_members(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("rank, flagged", [
    ("1st", False),     # the undated ten may have come in with the list's first day: 1 to 15
    ("10th", False),
    ("11th", False),
    ("15th", False),
    ("16th", True),     # more than the five of that day and the ten before them
])
def test_rank_on_the_lists_first_day_is_a_range(checker, rank, flagged):
    text = f"Denmark became the {rank} member of the Schengen area in 2001."
    assert (outcome(checker, text, "2024-06-01") == "flagged") is flagged


@pytest.mark.parametrize("text", [
    "Germany became the 11th Schengen country to reintroduce border checks.",   # another order
    "Germany was the first Schengen country to reintroduce border checks.",
    "Trump administration officials met Schengen officials in Paris.",
])
def test_other_orders_and_names_are_no_rank(checker, text):
    assert outcome(checker, text, "2024-06-01") == "none"


# -- the euro area's order ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Lithuania became the 19th country to adopt the euro on 1 January 2015.", "supported"),
    ("Lithuania became the 18th country to adopt the euro on 1 January 2015.", "flagged"),
    ("Lithuania became the 20th country to adopt the euro on 1 January 2015.", "flagged"),
    ("Latvia, the 18th country to introduce the euro, joined in 2014.", "supported"),
    ("Latvia, the 17th country to introduce the euro, joined in 2014.", "flagged"),
    ("Montenegro became the 21st country to use the euro.", "none"),   # uses it, outside the area
])
def test_nth_country_to_adopt_the_euro(checker, text, expected):
    assert outcome(checker, text, "2015-05-10") == expected


@pytest.mark.parametrize("text, expected", [
    ("Croatia became the 20th country to switch to the euro.", "supported"),
    ("Croatia became the 19th country to switch to the euro.", "flagged"),
    ("Croatia became the 21st country to switch to the euro.", "flagged"),
])
def test_nth_country_to_switch_to_the_euro(checker, text, expected):
    assert outcome(checker, text, "2023-05-10") == expected


# -- the Council of Europe either side of Russia's expulsion (2022-03-16) -----------------------------
@pytest.mark.parametrize("day, expected", [
    ("2022-05-14", "supported"),   # 47 until 2022-03-15, 60 days before
    ("2022-05-15", "flagged"),
])
def test_council_of_europe_47_until_the_expulsion(checker, day, expected):
    assert outcome(checker, "The Council of Europe has 47 member states.", day) == expected


@pytest.mark.parametrize("day, expected", [
    ("2022-03-01", "flagged"),     # 46 from 2022-03-16, 14 days after
    ("2022-03-02", "supported"),
])
def test_council_of_europe_46_from_the_expulsion(checker, day, expected):
    assert outcome(checker, "The Council of Europe has 46 member states.", day) == expected


# -- the African Union: 54 from South Sudan's accession (2011-07-27), 55 from Morocco's (2017-01-31) --
@pytest.mark.parametrize("text, day, expected", [
    ("The AU's 55 member states agreed on a mission.", "2023-05-10", "supported"),
    ("The 54-member African Union condemned the coup.", "2023-05-10", "flagged"),
    ("The 56-member African Union condemned the coup.", "2023-05-10", "flagged"),
    ("The African Union now has 55 members.", "2017-01-16", "flagged"),
    ("The African Union now has 55 members.", "2017-01-17", "supported"),   # 14 days before Morocco's day
    ("The African Union now has 54 members.", "2017-03-31", "supported"),   # 60 days after the day before it
    ("The African Union now has 54 members.", "2017-04-01", "flagged"),
    ("The African Union now has 55 members.", "2015-05-10", "flagged"),
    ("Morocco became the 55th member of the African Union in January 2017.", "2023-05-10", "supported"),
    ("Morocco became the 54th member of the African Union in January 2017.", "2023-05-10", "flagged"),
    ("Morocco is not a member of the African Union.", "2017-01-30", "supported"),
    ("Morocco is not a member of the African Union.", "2017-01-31", "flagged"),
])
def test_african_union_members(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


# -- "Member States" with capitals (the EU's and the UN's own style) ----------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The 27 Member States of the EU agreed.", "supported"),
    ("The 26 Member States of the EU agreed.", "flagged"),
    ("The EU's 28 Member States agreed.", "flagged"),
    ("The 193 Member States of the United Nations voted.", "supported"),
    ("The 192 Member States of the United Nations voted.", "flagged"),
    ("The 56 participating States of the OSCE met in Vienna.", "flagged"),
    ("The United States and its allies met in Vienna.", "none"),   # a name, not a count
])
def test_capitalised_member_states_are_counted(checker, text, expected):
    assert outcome(checker, text, "2023-05-10") == expected


def test_capitalised_count_noun_repair(accord_annotator):
    doc = accord_annotator.nlp("The 27 Member States of the EU agreed. The United States agreed.")
    states = [t for t in doc if t.text == "States"]
    assert (states[0].tag_, states[0].lemma_) == ("NNS", "state")
    assert states[1].tag_ != "NNS"   # no number of its own: left as the name's


@pytest.mark.parametrize("text, expected", [
    ("Spain is a member of the African Union.", "flagged"),            # the AU's list is complete
    ("Mali was suspended from the African Union in 2020.", "none"),    # a suspended state stays a member
    ("The African Union suspended Niger after the coup.", "none"),
    ("Russia was suspended from the G8 in 2014.", "supported"),        # the G8's suspension ended it
])
def test_a_suspension_from_the_african_union_is_no_leaving(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected
