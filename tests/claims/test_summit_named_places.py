"""A NATO summit named by its year and its city together ("the 2021 Vilnius summit"): the city
singles the summit out as it does in "NATO's 2021 summit in Vilnius", so a year that is not its
year is a wrong date, not a link to that year's summit elsewhere; and a city the tagger took for a
person nobody knows ("Vilnius" before "summit") is still read as the city. Sentences written for
these tests."""

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


def test_a_city_with_no_summit_leaves_the_years_summit_unchallenged(checker):
    # no NATO summit was ever held in Tallinn: nothing singles out another summit, so the city
    # does not move the link off the year's summit (and nothing is flagged on a guess)
    assert outcome(checker, "Allies recalled the 2021 Tallinn summit, where the 2030 agenda was agreed.",
                   "2024-07-10") != "flagged"


def test_the_flag_is_on_the_year_of_the_citys_summit(checker):
    # the city's summit is the one meant: its date is the wrong part, and its place is not denied
    found = checker.findings("Allies recalled the 2021 Vilnius summit, where Sweden's bid was cleared.", "2024-07-10")
    flagged = [f for f in found if "contradict" in str(f.get("kind"))]
    assert flagged and all("Vilnius" in str(f.get("claim")) and "on 2021" in str(f.get("claim")) for f in flagged)
    assert not any("Brussels" in str(f.get("claim")) for f in found)
