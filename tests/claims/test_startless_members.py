"""A member a list keeps with no first day (the Schengen area's list, complete from 2025-01-01, the
day Bulgaria and Romania lifted their land border checks) is known to be one only from the day the
list is declared complete: before it, "X is not part of the Schengen area" is not contradicted
(Croatia joined on 2023-01-01, a day the list does not keep). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("day, expected", [
    ("2020-01-01", "none"),
    ("2024-12-31", "none"),      # the day before the list's coverage begins
    ("2025-01-01", "flagged"),   # its first day: Croatia is a member then
    ("2025-06-01", "flagged"),
])
def test_a_denied_membership_before_the_lists_first_day(checker, day, expected):
    assert outcome(checker, "Croatia is not part of the passport-free Schengen area.", day) == expected
