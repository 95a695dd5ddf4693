"""A member a list keeps with no first day is known to be one only from the day the list is
declared complete: the Schengen area's list is complete from 2001-03-25 (body22, session 15) and
keeps France, one of the seven that began it in 1995, with no start; before that day "France is
not part of the Schengen area" is not contradicted. Croatia, kept with its own days (land and sea
borders from 2023-01-01, a partial term; airports from 2023-03-26), is checked against them. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("day, expected", [
    ("1999-01-01", "none"),
    ("2001-03-24", "none"),      # the day before the list's coverage begins
    ("2001-03-25", "flagged"),   # its first day: France is a member then
    ("2025-06-01", "flagged"),
])
def test_a_denied_membership_before_the_lists_first_day(checker, day, expected):
    assert outcome(checker, "France is not part of the passport-free Schengen area.", day) == expected


@pytest.mark.parametrize("day, expected", [
    ("2020-01-01", "supported"),
    ("2022-12-31", "supported"),  # the day before Croatia's first day in the area
    ("2023-01-01", "none"),       # in for land and sea borders: a denial may mean the airports too
    ("2023-03-25", "none"),
    ("2023-03-26", "flagged"),    # airports too
    ("2025-06-01", "flagged"),
])
def test_a_denied_membership_of_a_dated_member(checker, day, expected):
    assert outcome(checker, "Croatia is not part of the passport-free Schengen area.", day) == expected
