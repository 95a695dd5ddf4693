"""A bare "became a (full) member" is read as joining the article's topic only when the topic is
the one organisation with members the article names (relations.sole_membership_org, as for "a
member since 2004"): an article on an EU trade deal with Mercosur leaves "Bolivia became a full
member in July" open (fa26). Sentences written for these tests; Croatia joined the EU on 1 July
2013, Bolivia Mercosur in July 2024."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "The European Union and Mercosur agreed a deal on Friday. Bolivia, which became a full member in July, "
    "is not covered yet.",
    "Venezuela has been suspended from Mercosur since 2016. Bolivia became a full member in July, "
    "the European Union said.",
    "The European Union signed the pact with Mercosur, and Bolivia, which became a member in July, "
    "will join it later.",
])
def test_a_bare_membership_is_left_open_when_another_group_with_members_is_named(checker, text):
    assert outcome(checker, text, "2024-12-06") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("The European Union has 27 members. Croatia became a member on 1 July 2013.", "supported"),
    ("The European Union has 27 members. Croatia became a member on 1 July 2014.", "flagged"),
    ("Croatia became a member of the European Union on 1 July 2014.", "flagged"),  # the group named
])
def test_the_topic_still_lends_itself_when_it_is_the_only_group(checker, text, expected):
    assert outcome(checker, text, "2024-12-06") == expected
