"""Time expression kinds fixed or added in the TempEval pass of issue 16: ranges over a month's
end ("April 28-May 3"), "this winter" in January and February, and the cases listed by each test.

Each case is the whole list of expressions found; sentences are our own.
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import time_expressions


def ranges(text, anchor):
    return [(t.text, t.value, t.begin, t.finish, t.role) for t in time_expressions(text, anchor)]


def values(text, anchor):
    return [(t.text, t.value, t.type) for t in time_expressions(text, anchor)]


@pytest.mark.parametrize("text,anchor,expected", [
    # each end keeps its own month (this was read as "April" and "May 3")
    ("The talks ran April 28-May 3 in Geneva.", "2023-06-01",
     [("April 28-May 3", "2023-04-28", "2023-04-28", "2023-05-03", "range")]),
    ("The talks will run April 28-May 3.", "2023-06-01",
     [("April 28-May 3", "2024-04-28", "2024-04-28", "2024-05-03", "range")]),
    ("Drills were held Sept. 29 – Oct. 2, 2022.", "2023-06-01",
     [("Sept. 29 – Oct. 2, 2022", "2022-09-29", "2022-09-29", "2022-10-02", "range")]),
    # over the year's end: the last day is in the next year; a written year is the last day's
    ("The exercise ran Dec. 30-Jan. 4.", "2024-02-10",
     [("Dec. 30-Jan. 4", "2023-12-30", "2023-12-30", "2024-01-04", "range")]),
    ("The exercise runs Dec. 30-Jan. 4, 2025.", "2024-02-10",
     [("Dec. 30-Jan. 4, 2025", "2024-12-30", "2024-12-30", "2025-01-04", "range")]),
    # February's last day is a valid end only in a leap year
    ("The fair ran Feb. 20-Feb. 29, 2024.", "2024-06-01",
     [("Feb. 20-Feb. 29, 2024", "2024-02-20", "2024-02-20", "2024-02-29", "range")]),
])
def test_a_range_over_a_months_end_keeps_both_months(text, anchor, expected):
    assert ranges(text, anchor) == expected


@pytest.mark.parametrize("text,anchor,begin,finish", [
    # said in the future tense while the range runs: the running one, not next year's
    ("The summit will be held April 28-May 3.", "2023-04-28", "2023-04-28", "2023-05-03"),
    ("The summit will be held April 28-May 3.", "2023-05-03", "2023-04-28", "2023-05-03"),
    ("The summit will be held April 28-May 3.", "2023-05-04", "2024-04-28", "2024-05-03"),
    ("The summit will be held April 28-May 3.", "2023-04-27", "2023-04-28", "2023-05-03"),
    # a range over the new year said on its last day, and the day after
    ("The exercise will run Dec. 30-Jan. 4.", "2024-01-04", "2023-12-30", "2024-01-04"),
    ("The exercise will run Dec. 30-Jan. 4.", "2024-01-05", "2024-12-30", "2025-01-04"),
])
def test_a_range_under_way_is_the_current_one(text, anchor, begin, finish):
    (t,) = time_expressions(text, anchor)
    assert (t.begin, t.finish) == (begin, finish)


@pytest.mark.parametrize("text,expected", [
    # "and" joins two days, not a range; "to" after "from" stays a start and an end
    ("Talks were held on April 28 and May 3.",
     [("April 28", "2023-04-28", None, None, "point"), ("May 3", "2023-05-03", None, None, "point")]),
    ("Talks ran from April 28 to May 3.",
     [("April 28", "2023-04-28", None, None, "start"), ("May 3", "2023-05-03", None, None, "end")]),
])
def test_what_is_not_a_range_over_a_months_end(text, expected):
    assert ranges(text, "2023-06-01") == expected


def test_a_backwards_range_in_one_month_is_no_range():
    assert all(t.role != "range" for t in time_expressions("The fair ran May 3-May 1.", "2023-06-01"))


@pytest.mark.parametrize("anchor,value", [
    ("2024-01-15", "2023-WI"),  # January: the winter under way, begun last December
    ("2024-02-29", "2023-WI"),  # the winter's last day in a leap year
    ("2024-03-01", "2024-WI"),  # spring: the coming winter
    ("2023-11-30", "2023-WI"),
    ("2023-12-01", "2023-WI"),  # the winter begins in the anchor's year
])
def test_this_winter_is_the_current_winter(anchor, value):
    assert values("Ministers expect heavy snow this winter.", anchor) == [
        ("this winter", value, "DATE")]


def test_this_summer_in_january_is_the_coming_summer():
    assert values("The alliance will meet this summer.", "2024-01-15") == [
        ("this summer", "2024-SU", "DATE")]
