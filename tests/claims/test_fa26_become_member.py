"""A bare "became a (full) member" is read as joining the article's topic organisation, but not
when the sentence names another organisation with members (relations._other_group_in): an
article on an EU trade deal with Mercosur leaves "suspended from Mercosur, and Bolivia, which became
a full member in July" open (fa26). Sentences written for these tests; Croatia joined the EU on 1 July
2013, Montenegro NATO on 5 June 2017, Bolivia Mercosur in July 2024."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "The European Union signed the deal with Mercosur on Friday, and Bolivia, which became a full member in "
    "July, is not covered yet.",
    "The European Union signed the deal on Friday. Venezuela has been suspended from Mercosur since 2016, "
    "and Bolivia became a full member in July.",
    "The European Union signed the pact with Mercosur, and Bolivia, which became a member in July, "
    "will join it later.",
])
def test_a_bare_membership_is_left_open_when_another_group_with_members_is_named(checker, text):
    assert outcome(checker, text, "2024-12-06") != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("The European Union has 27 members. Croatia became a member on 1 July 2013.", "supported"),
    ("The European Union has 27 members. Croatia became a member on 1 July 2014.", "flagged"),
    ("Croatia became a member of the European Union on 1 July 2014.", "flagged"),  # the group named
    # another group named in an earlier sentence leaves the topic in charge (cr13a/15's wording)
    ("Albania and Croatia joined NATO on 1 April 2009, bringing NATO to 28 members. Croatia joined the EU "
     "in July 2013. Since then, Montenegro has become the 29th member, in June 2017.", "supported"),
    ("Albania and Croatia joined NATO on 1 April 2009, bringing NATO to 28 members. Croatia joined the EU "
     "in July 2013. Since then, Montenegro has become the 29th member, in June 2018.", "flagged"),
])
def test_the_topic_still_lends_itself_when_it_is_the_only_group(checker, text, expected):
    assert outcome(checker, text, "2024-12-06") == expected
