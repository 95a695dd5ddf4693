"""The direction of a change of an organisation's size (neg25, claims/count_directions.py):
"grew / rose / expanded to N" against "shrank / fell to N", checked by how the KB's member list
reached N. Sentences written for these tests, true facts (NATO: 31 members from 4 April 2023,
32 from 7 March 2024; the EU: 27 from 1 January 2007 and again from 1 February 2020)."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims.count_directions import arrivals

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day, expected", [
    ("NATO's membership rose to 32 in March 2024.", "2024-03-10", "supported"),
    ("NATO's membership fell to 32 in March 2024.", "2024-03-10", "flagged"),
    ("NATO expanded to 31 allies on 4 April.", "2023-04-10", "supported"),
    ("NATO shrank to 31 allies on 4 April.", "2023-04-10", "flagged"),
    ("NATO has shrunk to 32 members.", "2024-03-10", "flagged"),
    ("NATO has grown to 32 members.", "2024-03-10", "supported"),
    ("The EU shrank to 27 members in February 2020.", "2020-03-01", "supported"),
    ("The EU grew to 27 members in February 2020.", "2020-03-01", "flagged"),
    ("The EU grew to 27 members in January 2007.", "2020-03-01", "supported"),
    ("The EU shrank to 27 members in January 2007.", "2020-03-01", "flagged"),
])
def test_a_direction(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day", [
    ("The EU grew to 27 members.", "2021-03-01"),                   # 2007 or 2020: both ways
    ("The EU shrank to 27 members.", "2021-03-01"),
    ("NATO's membership fell by two in March 2024.", "2024-03-10"),  # no size
    ("Support for NATO fell to 32 percent in March 2024.", "2024-03-10"),
    ("NATO shrank to 32 members when Sweden joined on 7 March.", "2024-03-10"),  # the count's date unsure
    ("NATO shrank to 31 allies on 3 April.", "2023-04-10"),        # the day before the 31st joined: no arrival
    ("NATO shrank to 31 allies on 5 April.", "2023-04-10"),        # the day after
])
def test_no_flag(checker, text, day):
    assert outcome(checker, text, day) != "flagged"


def test_the_days_a_size_was_reached(accord_annotator):
    facts = accord_annotator.kb.facts(property="member_of", value="org:NATO")
    assert arrivals(facts, 32) == [("2024-03-07", "up")]
    assert arrivals(facts, 31) == [("2023-04-04", "up")]
    eu = accord_annotator.kb.facts(property="member_of", value="org:EU")
    assert [w for _, w in arrivals(eu, 27)] == ["up", "down"]
