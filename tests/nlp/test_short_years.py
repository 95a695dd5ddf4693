"""A year written with two digits after an apostrophe ("7 March '24", "March '24"), and numeric
dates whose day and month could be swapped ("7/3/2024"), fa25. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import time_expressions
from accord.nlp.extract.dates.normalise import day_month_ambiguous, short_year

ANCHOR = "2025-07-15"


def found(text, anchor=ANCHOR):
    return [(t.text, t.value) for t in time_expressions(text, anchor)]


@pytest.mark.parametrize("text, expected", [
    ("Sweden joined on 7 March '24.", [("7 March '24", "2024-03-07")]),
    ("Sweden joined on 7 March ’24.", [("7 March ’24", "2024-03-07")]),
    ("Sweden joined on March 7, '24.", [("March 7, '24", "2024-03-07")]),
    ("Sweden joined in March '24.", [("March '24", "2024-03")]),
    ("It was founded in April '49.", [("April '49", "1949-04")]),          # above 30: the 1900s
    ("It met on 30 June '30.", [("30 June '30", "2030-06-30")]),           # 30 itself: the 2000s
    ("It met on 30 June '31.", [("30 June '31", "1931-06-30")]),           # 31: the 1900s
])
def test_an_apostrophe_year_after_a_day_or_month_is_read(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The class of '24 met in March.", [("March", "2025-03")]),          # no month before it
    ("Sweden joined on 7 March '245.", [("7 March", "2025-03-07")]),     # three digits: no year
])
def test_an_apostrophe_number_elsewhere_is_no_year(text, expected):
    assert found(text) == expected


def test_two_digit_years_split_at_thirty():
    assert (short_year("30"), short_year("31"), short_year("00"), short_year("99")) == (2030, 1931, 2000, 1999)


@pytest.mark.parametrize("text, expected", [
    ("7/3/2024", True), ("3/7/2024", True), ("12/11/24", True), ("07/03/2024", True),
    ("3/13/2024", False),   # 13 is no month: March 13 only
    ("13/3/2024", False),
    ("12/12/2024", False),  # the same either way
    ("4/04/2023", False),
    ("7/3", False),         # no year: not a date this rule reads
    ("2024-03-07", False),
])
def test_a_numeric_date_is_ambiguous_when_day_and_month_could_swap(text, expected):
    assert day_month_ambiguous(text) is expected
