from datetime import date

from accord.model import TimeQualifier
from accord.reconcile.timecmp import active_on, bounds, label, overlaps, parts, same_time


def test_parts_by_precision():
    assert parts("2012-06-04") == (2012, 6, 4)
    assert parts("2012-06") == (2012, 6, None)
    assert parts("2012") == (2012, None, None)
    assert parts("XXXX-06-28") == (None, 6, 28)
    assert parts(TimeQualifier("2021", "year")) == (2021, None, None)
    assert parts("P30Y") is None


def test_year_precision_claim_contradicts_a_different_year():
    assert same_time("2021", "2012-06-04") is False


def test_year_precision_claim_agrees_with_a_day_in_that_year():
    assert same_time("2012", "2012-06-04") is True
    assert same_time("XXXX-06-28", "2022-06-28") is True
    assert same_time("XXXX-06-28", "2022-06-29") is False


def test_bounds_of_a_month_cover_the_whole_month():
    assert bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert bounds("XXXX-02") is None


def test_overlaps_range_and_open_end():
    assert overlaps("2023-07-11", "2023-07-11", "2023-07-12") is True
    assert overlaps("2023-07-13", "2023-07-11", "2023-07-12") is False
    assert overlaps("2023", "2012-06-04", None) is True
    assert overlaps("2011", "2012-06-04", None) is False


def test_overlaps_with_unknown_year_matches_month_and_day():
    assert overlaps("XXXX-06-29", "2022-06-28", "2022-06-30") is True
    assert overlaps("XXXX-07-01", "2022-06-28", "2022-06-30") is False


def test_active_on():
    assert active_on("2023-01-25", "2023-11-27", "2023-04-11") is True
    assert active_on("2023-01-25", "2023-11-27", "2024-01-01") is False
    assert active_on("2023-01-25", None, None) is None


def test_label_names_the_precision():
    assert label("2021") == "2021 (year only)"
    assert label("2012-06-04") == "2012-06-04"
