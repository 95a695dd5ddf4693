"""ISO weeks, weekends and seasons of a year as dates ("last week" 2019-W26, "at the weekend"
2019-W26-WE, "the summer of 2022" 2022-SU): their first and last day, and `overlaps`, `bounds`
and `label` on each side of them."""

from __future__ import annotations

from datetime import date

import pytest

from accord.model import TimeQualifier
from accord.reconcile.timecmp import SEASONS, bounds, label, overlaps, week_bounds


@pytest.mark.parametrize("value, expected", [
    ("2019-W26", (date(2019, 6, 24), date(2019, 6, 30))),  # Monday to Sunday
    ("2019-W26-WE", (date(2019, 6, 29), date(2019, 6, 30))),  # Saturday and Sunday
    ("2020-W53", (date(2020, 12, 28), date(2021, 1, 3))),  # a 53rd week runs into the next year
    (" 2019-W01 ", (date(2018, 12, 31), date(2019, 1, 6))),  # spaces around it; week 1 starts in December
    ("2019-W53", None),  # 2019 has 52 weeks
    ("2022-SP", (date(2022, 3, 1), date(2022, 6, 20))),
    ("2022-SU", (date(2022, 6, 1), date(2022, 9, 22))),
    ("2022-FA", (date(2022, 9, 1), date(2022, 12, 20))),
    ("2022-WI", None),  # winter straddles two years: not read
    ("2019-06", None), ("2019", None), ("", None), (None, None), ("2019-W6", None),
])
def test_week_weekend_and_season_bounds(value, expected):
    assert week_bounds(value) == expected
    if value is not None:
        assert week_bounds(TimeQualifier(value, "week")) == expected  # the same read off a qualifier


def test_every_season_is_read_with_its_year():
    for code, ((m1, d1), (m2, d2)) in SEASONS.items():
        assert week_bounds(f"2021-{code}") == (date(2021, m1, d1), date(2021, m2, d2))
        assert week_bounds(f"1999-{code}") == (date(1999, m1, d1), date(1999, m2, d2))


def test_bounds_of_a_week_are_its_days():
    assert bounds("2019-W26") == (date(2019, 6, 24), date(2019, 6, 30))
    assert bounds(TimeQualifier("2022-SU", "season")) == (date(2022, 6, 1), date(2022, 9, 22))


@pytest.mark.parametrize("stated, start, end, expected", [
    # the week of Monday 2019-06-24 .. Sunday 2019-06-30 against a span ending or starting next to it
    ("2019-W26", "2019-01-01", "2019-06-23", False),  # ended the Sunday before
    ("2019-W26", "2019-01-01", "2019-06-24", True),  # ended on its Monday
    ("2019-W26", "2019-06-30", "2019-12-31", True),  # started on its Sunday
    ("2019-W26", "2019-07-01", "2019-12-31", False),  # started the Monday after
    ("2019-W26-WE", "2019-01-01", "2019-06-28", False),  # ended the Friday before the weekend
    ("2019-W26-WE", "2019-01-01", "2019-06-29", True),  # ended on its Saturday
    ("2019-W26-WE", "2019-07-01", None, False),
    ("2019-W26", None, None, True),  # no span: any week
    ("2022-SU", "2022-09-22", "2022-12-31", True),  # the season's last day
    ("2022-SU", "2022-09-23", "2022-12-31", False),  # the day after it
    ("2022-SU", "2022-01-01", "2022-05-31", False),  # ended the day before it
    ("2022-SU", "2022-01-01", "2022-06-01", True),  # ended on its first day
])
def test_overlaps_a_week_or_season_at_its_first_and_last_day(stated, start, end, expected):
    assert overlaps(stated, start, end) is expected


def test_label_of_a_week_or_season_gives_its_days():
    assert label("2019-W26") == "2019-W26 (2019-06-24 to 2019-06-30)"
    assert label(TimeQualifier("2022-SU", "season")) == "2022-SU (2022-06-01 to 2022-09-22)"
    assert label("sometime") == "sometime"
