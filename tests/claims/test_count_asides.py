"""Member counts told in an aside (claims/counts.py, num21): a relative clause set off by a comma
("NATO's 29 democracies, which had fought ...") tells of the whole membership and does not narrow
the count; "whose N members" counts the organisation the clause hangs on. Sentences written for
these tests (NATO had 29 members from June 2017 to March 2020, the EU 27 from February 2020)."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, date, expected", [
    ("The minister pointed to NATO's 29 democracies, which had fought alongside U.S. forces.", "2018-12-21",
     "supported"),
    ("The minister pointed to NATO's 30 democracies, which had fought alongside U.S. forces.", "2018-12-21",
     "flagged"),
    ("The minister pointed to NATO's 28 democracies, which had fought alongside U.S. forces.", "2018-12-21",
     "flagged"),
    ("NATO's 29 members, who met in Brussels, agreed on the plan.", "2019-06-26", "supported"),
    ("NATO's 30 members, who met in Brussels, agreed on the plan.", "2019-06-26", "flagged"),
    ("Unlike NATO, whose 32 members promise to defend one another, the Quad has no mutual defence pact.",
     "2024-06-10", "supported"),
    ("Unlike NATO, whose 31 members promise to defend one another, the Quad has no mutual defence pact.",
     "2024-06-10", "flagged"),
    ("Unlike NATO, whose 33 members promise to defend one another, the Quad has no mutual defence pact.",
     "2024-06-10", "flagged"),
    ("The EU, whose 27 member states agreed on Monday, imposed new sanctions.", "2022-03-01", "supported"),
    ("The EU, whose 26 member states agreed on Monday, imposed new sanctions.", "2022-03-01", "flagged"),
])
def test_counts_in_an_aside(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.parametrize("text", [
    "The 22 allies that meet the target were praised.",  # restrictive: a part of the membership
    "The 12 allies, which signed the treaty in 1949, founded NATO.",  # dated: counted on that day
    "Poland, whose 16 regions voted, backed the plan.",  # not an organisation's members
    "The 30 allies, which joined on Monday, were welcomed.",
])
def test_no_false_alarm(checker, text):
    assert outcome(checker, text, "2018-12-21") != "flagged"
