"""A NATO summit named by its year and its city together ("the 2021 Vilnius summit"): a city
the tagger took for a person nobody knows ("Vilnius" before "summit") is still read as the city,
so a year and a city that name no one summit are flagged (linked by the year, the city is the
wrong place). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Allies recalled the 2023 Vilnius summit, where Sweden's bid was cleared.", "supported"),
    ("Allies recalled the 2021 Vilnius summit, where Sweden's bid was cleared.", "flagged"),
    ("Allies recalled the 2022 Madrid summit, where Finland and Sweden were invited.", "supported"),
    ("Allies recalled the 2021 Madrid summit, where Finland and Sweden were invited.", "flagged"),
    ("Allies recalled the 2023 Madrid summit, where Finland and Sweden were invited.", "flagged"),
])
def test_a_summit_named_by_year_and_city_is_the_citys(checker, text, expected):
    assert outcome(checker, text, "2024-07-10") == expected


def test_a_city_with_no_nato_summit_is_no_claim(checker):
    # no NATO summit was ever held in Tallinn: the name makes it some other body's meeting, and
    # nothing is flagged on a guess
    assert outcome(checker, "Allies recalled the 2021 Tallinn summit, where the 2030 agenda was agreed.",
                   "2024-07-10") != "flagged"

