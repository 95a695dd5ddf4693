"""A territory (a KB state with `territory_of`) said to be in a group its state belongs to is not
contradicted: "Greenland is part of NATO through Denmark" speaks of the territory covered through
its state (kbcheck._sovereign_member, fa26's second look). A group its state is not in, and states
that are no territory, are still checked. Sentences written for these tests: Denmark is a member
of NATO and of the Arctic Council; Greenland and the Faroe Islands are its self-governing
territories and sit in the Nordic Council themselves."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "Greenland is part of NATO through Denmark.",
    "Greenland is a member of the Arctic Council through the Kingdom of Denmark.",
    "Greenland and the Faroe Islands are members of the Arctic Council through Denmark.",
])
def test_a_territory_in_its_state_s_group_is_not_flagged(checker, text):
    assert outcome(checker, text, "2024-06-01") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("Greenland is a member of the Shanghai Cooperation Organisation.", "flagged"),  # Denmark is not
    ("Norway is a member of the European Union.", "flagged"),  # a state, not a territory
    ("The Faroe Islands are members of the Nordic Council.", "supported"),  # listed themselves
])
def test_other_groups_and_states_are_still_checked(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected
