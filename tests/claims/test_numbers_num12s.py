"""Numbers the KB can settle, read on sentences written for these tests (issue 12, num12s, the
numbers sweep): an organisation's Nth anniversary is marked in the year founding + N, so an
anniversary one off in the wrong year is flagged, while a sentence that looks ahead keeps the
wide window. Each boundary a verdict depends on has a sentence on each side of it."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.model
@pytest.mark.parametrize("text, date, expected", [
    # NATO was founded on 4 April 1949: its 70th anniversary falls in 2019
    ("Leaders who gathered in London for the 70th anniversary of NATO adopted a declaration.", "2019-12-04", "supported"),
    ("Leaders who gathered in London for the 71st anniversary of NATO adopted a declaration.", "2019-12-04", "flagged"),
    ("NATO leaders reaffirm their bond on the alliance's 70th anniversary.", "2019-12-04", "supported"),
    ("NATO leaders reaffirm their bond on the alliance's 71st anniversary.", "2019-12-04", "flagged"),
    ("The gathering was meant to celebrate the 70th birthday of NATO.", "2019-12-04", "supported"),
    ("The gathering was meant to celebrate the 71st birthday of NATO.", "2019-12-04", "flagged"),
    ("NATO celebrated its 69th anniversary with a ceremony.", "2019-12-04", "flagged"),
    # the year's last day and the next year's first: a 71st anniversary may be marked from 2020
    ("NATO celebrated its 71st anniversary with a ceremony.", "2019-12-31", "flagged"),
    ("NATO celebrated its 71st anniversary with a ceremony.", "2020-01-01", "supported"),
    # ... and a 70th one still, months later
    ("NATO celebrated its 70th anniversary with a ceremony.", "2020-01-01", "supported"),
    # an age is an anniversary too
    ("NATO, 70 years old, faces new threats.", "2018-12-31", "flagged"),
    ("NATO, 70 years old, faces new threats.", "2019-01-01", "supported"),
])
def test_an_anniversary_falls_in_its_own_year(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "NATO leaders will celebrate the alliance's 70th anniversary in London.",
    "NATO plans to celebrate its 70th anniversary with a summit.",
    "Preparations for NATO's 70th anniversary are under way.",
    "Ahead of NATO's 70th anniversary, the allies met in Brussels.",
    "NATO is set to mark its 70th anniversary with a summit.",
])
def test_an_anniversary_looked_ahead_to_is_not_flagged(checker, text):
    # written in December 2018, four months before the 70th anniversary
    assert outcome(checker, text, "2018-12-04") == "supported"
