"""Dates given item by item (ref19, session 12): a remnant after a bare comma ("Croatia joined NATO in
2009, Albania in 2009"), and a list after a colon that tells a group's claim state by state ("Both
are NATO members: A since 2009 and B since 2020", "Two states joined NATO: A in 2017 and B in
2020"). Each with twins: the item's year moved by one either side is flagged, and shapes that are
something else (a number of items that does not match, a date before the colon, a denial) are not
read.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read

DAY = "2024-06-03"


# -- a remnant after a comma -----------------------------------------------------------------------
@pytest.mark.parametrize("year, expected", [("2004", "supported"), ("2005", "flagged"), ("2003", "flagged")])
def test_a_remnant_after_a_comma_takes_its_own_date(checker, year, expected):
    text = f"Croatia joined NATO in 2009, Slovakia in {year}."
    assert outcome(checker, text, DAY) == expected


def test_a_comma_remnant_with_more_after_its_date_is_not_read(checker):
    text = "Croatia joined NATO in 2009, Slovakia in 2005 as officials said."
    assert outcome(checker, text, DAY) != "flagged"


# -- a list after a colon ------------------------------------------------------------------------
@pytest.mark.parametrize("since, expected", [("March 2020", "supported"), ("March 2019", "flagged"),
                                             ("2021", "flagged")])
def test_both_are_members_since_item_by_item(checker, since, expected):
    text = f"Both are already NATO members: Albania since 2009 and North Macedonia since {since}."
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("year, expected", [("2020", "supported"), ("2021", "flagged"), ("2019", "flagged")])
def test_two_states_joined_item_by_item(checker, year, expected):
    text = f"Two small states joined NATO in the last decade: Montenegro in 2017 and North Macedonia in {year}."
    assert outcome(checker, text, DAY) == expected


def test_a_count_that_is_not_the_items_is_not_read(checker):
    text = "Three small states joined NATO in the last decade: Montenegro in 2017 and North Macedonia in 2021."
    assert outcome(checker, text, DAY) == "none"


def test_a_denied_group_claim_makes_no_dated_membership(accord_annotator):
    text = "Both are not NATO members: Albania since 2008 and North Macedonia since 2019."
    found = read(accord_annotator, text, DAY)
    assert not [st for st in found if st.property == "member_of" and st.start is not None]


def test_items_leaning_on_the_clause_s_date_are_not_read(checker):
    text = "Both joined NATO in 2004: Estonia in March and Latvia in May."
    assert outcome(checker, text, DAY) != "flagged"


def test_a_named_subject_is_not_a_group_claim(checker):
    """The subject names a state: the families read it; the list is not made its members."""
    text = "Serbia and Kosovo are not NATO members: Albania since 2009 and North Macedonia since 2019."
    assert outcome(checker, text, DAY) != "flagged"
