"""Every boundary day of reconcile.timecmp, at every precision (issue 17, item 1).

Each case moves one day (or one month, one year) across a boundary, so a comparison flipped, a
`<=` turned into `<` or a precision read too narrowly fails here. The term used throughout runs
from 2019-03-15 to 2020-01-31: `overlaps` reads the end as a day the stated date may fall on
(inclusive); `active_on` reads a day-precision end as the successor's first day (exclusive).
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.model import TimeQualifier
from accord.reconcile.timecmp import active_on, bounds, label, last_day, overlaps, parts, same_time

DAY_TERM = ("2019-03-15", "2020-01-31")
MONTH_TERM = ("2019-03", "2020-01")
YEAR_TERM = ("2012", "2013")


@pytest.mark.parametrize("stated,expected", [
    # day precision: the day before the start, the start, the end, the day after the end
    ("2019-03-14", False), ("2019-03-15", True), ("2020-01-31", True), ("2020-02-01", False),
    # month precision: the month before, the start's month, the end's month, the month after
    ("2019-02", False), ("2019-03", True), ("2020-01", True), ("2020-02", False),
    # year precision
    ("2018", False), ("2019", True), ("2020", True), ("2021", False),
    # an unknown year: the month and day are tried in every year of the term
    ("XXXX-03-14", False), ("XXXX-03-15", True), ("XXXX-02-01", False), ("XXXX-01-31", True),
])
def test_overlaps_a_day_precision_term_at_its_boundaries(stated, expected):
    assert overlaps(stated, *DAY_TERM) is expected


@pytest.mark.parametrize("stated,expected", [
    ("2019-02-28", False), ("2019-03-01", True), ("2020-01-31", True), ("2020-02-01", False),
    ("2019-02", False), ("2019-03", True), ("2020-01", True), ("2020-02", False),
])
def test_overlaps_a_month_precision_term_from_its_first_to_its_last_day(stated, expected):
    assert overlaps(stated, *MONTH_TERM) is expected


@pytest.mark.parametrize("stated,expected", [
    ("2011-12-31", False), ("2012-01-01", True), ("2013-12-31", True), ("2014-01-01", False),
    ("2011-12", False), ("2012-01", True), ("2013-12", True), ("2014-01", False),
    ("2011", False), ("2012", True), ("2013", True), ("2014", False),
])
def test_overlaps_a_year_precision_term_from_its_first_to_its_last_day(stated, expected):
    assert overlaps(stated, *YEAR_TERM) is expected


@pytest.mark.parametrize("stated,point,expected", [
    ("2012-03", "2012", True),  # a month inside a year overlaps it, both ways
    ("2012", "2012-03", True),
    ("2012-03-31", "2012-03", True), ("2012-04-01", "2012-03", False), ("2012-02-29", "2012-03", False),
    ("2012-03", "2012-03-01", True), ("2012-03", "2012-04-01", False), ("2012-03", "2012-02-29", False),
    ("2011-12", "2012", False), ("2013-01", "2012", False),
])
def test_overlaps_a_point_in_time_at_its_precision(stated, point, expected):
    assert overlaps(stated, point, point) is expected


@pytest.mark.parametrize("stated,start,end,expected", [
    ("XXXX", "2019-01-01", "2019-01-15", True),  # no month: January counts
    ("XXXX", "2019-12-10", "2019-12-20", True),  # no month: December counts
    ("XXXX-03", "2019-02-10", "2019-03-01", True),  # no day: the 1st counts
    ("XXXX-03", "2019-02-10", "2019-02-28", False),
    ("XXXX-02", "2020-02-29", "2020-03-05", True),  # no day: the 29th of a leap February counts
    ("XXXX-02", "2019-02-28", "2019-03-01", True),  # ... and the 28th of another
    ("XXXX-02-29", "2019-01-01", "2020-12-31", True),  # a year without the day is skipped, not the end
    ("XXXX-02-29", "2021-01-01", "2023-12-31", False),
    ("XXXX-06-01", None, "0001-12-31", True),  # an open start reaches back to the first year
])
def test_overlaps_with_an_unknown_year(stated, start, end, expected):
    assert overlaps(stated, start, end) is expected


def test_overlaps_is_none_for_what_is_not_a_date():
    assert overlaps("P30Y", "2019", "2020") is None
    assert overlaps("2019-07", "XXXX-03", None) is True  # an unknown-year start bounds nothing
    assert overlaps("2019-07", "2019", "XXXX-03") is True  # nor does an unknown-year end


@pytest.mark.parametrize("end,on,expected", [
    # a day-precision end is the successor's first day: the day before holds, the end does not
    ("2020-01-31", "2020-01-30", True), ("2020-01-31", "2020-01-31", False), ("2020-01-31", "2020-02-01", False),
    # a month or year end is read to its last day
    ("2020-01", "2020-01-31", True), ("2020-01", "2020-02-01", False),
    ("2020", "2020-12-31", True), ("2020", "2021-01-01", False),
])
def test_active_on_at_the_end_by_precision(end, on, expected):
    assert active_on("2019-03-15", end, on) is expected


@pytest.mark.parametrize("start,on,expected", [
    ("2019-03-15", "2019-03-14", False), ("2019-03-15", "2019-03-15", True),
    ("2019-03", "2019-02-28", False), ("2019-03", "2019-03-01", True), ("2019-03", "2019-03-10", True),
    ("2019", "2018-12-31", False), ("2019", "2019-01-01", True),
])
def test_active_on_from_the_first_day_the_start_can_mean(start, on, expected):
    assert active_on(start, None, on) is expected


@pytest.mark.parametrize("on,expected", [
    ("2020-01", True),  # the month the term ends in shares days with the term
    ("2020-02", False), ("2019-02", False), ("2019-03", True),
    ("2020", True), ("2021", False), ("2018", False),
    ("XXXX-01-30", True), ("XXXX-01-31", False), ("XXXX-03-14", False), ("XXXX-03-15", True),
])
def test_active_on_a_month_year_or_yearless_date(on, expected):
    assert active_on(*DAY_TERM, on) is expected


@pytest.mark.parametrize("point,on,expected", [
    ("2022-06-28", "2022-06-27", False), ("2022-06-28", "2022-06-28", True), ("2022-06-28", "2022-06-29", False),
    ("2022-06", "2022-05-31", False), ("2022-06", "2022-06-01", True), ("2022-06", "2022-06-30", True),
    ("2022-06", "2022-07-01", False),
    ("2022", "2021-12-31", False), ("2022", "2022-01-01", True), ("2022", "2022-12-31", True),
    ("2022", "2023-01-01", False),
])
def test_active_on_a_point_in_time_holds_on_that_point_only(point, on, expected):
    assert active_on(None, None, on, point=point) is expected


def test_active_on_is_none_when_the_date_is_unknown_or_not_a_date():
    assert active_on("2019", None, None) is None
    assert active_on("2019", None, "P30Y") is None


def test_active_on_a_point_in_time_does_not_widen_or_open_a_term():
    """With a start or an end the term decides; a point in time is only a note on it."""
    assert active_on("2019-03-15", "2020-01-31", "2019-06-01", point="2000") is True
    assert active_on("2019-03-15", "2020-01-31", "2000-06-01", point="2000") is False
    assert active_on(None, "2020-01-31", "2020-02-01") is False  # an end alone still ends it
    assert active_on("2019-03-15", None, "2019-03-14") is False


def test_active_on_ignores_bounds_with_an_unknown_year():
    assert active_on("XXXX-03", None, "2020-01-01") is True
    assert active_on("2019", "XXXX-03", "2030-01-01") is True


@pytest.mark.parametrize("end,expected", [
    ("2020-01-31", date(2020, 1, 30)), ("2020-01", date(2020, 1, 31)), ("2020-02", date(2020, 2, 29)),
    ("2020", date(2020, 12, 31)),
])
def test_last_day_by_precision(end, expected):
    assert last_day(end) == expected


@pytest.mark.parametrize("value,expected", [
    ("2012", (date(2012, 1, 1), date(2012, 12, 31))),
    ("2023-02", (date(2023, 2, 1), date(2023, 2, 28))),
    ("2012-06-04", (date(2012, 6, 4), date(2012, 6, 4))),
    ("XXXX-06-04", None), ("nonsense", None),
])
def test_bounds_by_precision(value, expected):
    assert bounds(value) == expected


@pytest.mark.parametrize("a,b,expected", [
    ("2012-06", "2012-06-04", True), ("2012-07", "2012-06-04", False), ("2013", "2012-06", False),
    ("XXXX-06", "2012-06-30", True), ("2012-06-04", "2012-06-05", False), ("2012", "nonsense", None),
    (TimeQualifier("2012-06", "month"), TimeQualifier("2012-06-30", "day"), True),
])
def test_same_time_compares_only_the_parts_both_give(a, b, expected):
    assert same_time(a, b) is expected


def test_parts_and_label_of_every_precision():
    assert parts(" 2012-06 ") == (2012, 6, None)
    assert parts(None) is None
    assert label("2012-06") == "2012-06 (month only)"
    assert label(TimeQualifier("2021", "year")) == "2021 (year only)"
    assert label("P30Y") == "P30Y"
