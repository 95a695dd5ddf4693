"""Time expression values fixed in the value pass of issue 16 (item 3): weekdays before a plural
part of the day are frequencies, and "the quarter" takes the quarter its written end day closes.

Sentences are our own; each case lists every expression found.
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import time_expressions


def found(text, anchor="2023-05-10"):
    return [(t.text, t.type, t.value) for t in time_expressions(text, anchor)]


@pytest.mark.parametrize("text,expected", [
    ("Ferries cross the strait on Tuesday nights.",
     [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("Volunteers gather outside the embassy on Sunday mornings.",
     [("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
    ("The committee sits on Thursday afternoons when parliament is in session.",
     [("Thursday afternoons", "SET", "XXXX-WXX-4TAF")]),
    # every weekday of a list before the plural part shares it
    ("Two new flights will leave Auckland on Monday and Tuesday nights.",
     [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("Language classes run Monday, Wednesday and Friday evenings.",
     [("Monday", "SET", "XXXX-WXX-1TEV"), ("Wednesday", "SET", "XXXX-WXX-3TEV"),
      ("Friday evenings", "SET", "XXXX-WXX-5TEV")]),
    ("Saturday nights are the busiest for the border police.",
     [("Saturday nights", "SET", "XXXX-WXX-6TNI")]),
])
def test_a_weekday_before_a_plural_part_of_the_day_is_a_frequency(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the singular is one night: the boundary of the rule
    ("The minister arrived on Tuesday night.", [("Tuesday night", "TIME", "2023-05-09TNI")]),
    # a list of days with a singular part, or none, stays a list of days
    ("The talks ran Monday and Tuesday.",
     [("Monday", "DATE", "2023-05-08"), ("Tuesday", "DATE", "2023-05-09")]),
    ("The talks began Monday and ran into Tuesday night.",
     [("Monday", "DATE", "2023-05-08"), ("Tuesday night", "TIME", "2023-05-09TNI")]),
    # a plural part after another clause does not reach back over it
    ("The vote was held Tuesday night and Wednesday evenings are kept for debate.",
     [("Tuesday night", "TIME", "2023-05-09TNI"), ("Wednesday evenings", "SET", "XXXX-WXX-3TEV")]),
])
def test_what_stays_a_day(text, expected):
    assert found(text) == expected


def test_a_plural_part_without_an_anchor_is_still_a_frequency():
    assert found("Patrols go out on Friday nights.", None) == [
        ("Friday nights", "SET", "XXXX-WXX-5TNI")]


@pytest.mark.parametrize("text,expected", [
    ("Profit fell 4% in the quarter ended March 31.", "2023-Q1"),
    # the day after a quarter's last one is in the next quarter
    ("Profit fell 4% in the quarter ended April 1.", "2023-Q2"),
    ("Sales rose in the quarter ended Dec. 31.", "2022-Q4"),
    # "ended" is behind the article: June 30 said in May is last year's
    ("Orders doubled in the quarter ended June 30.", "2022-Q2"),
    # "ending" ahead when the tense says so
    ("Orders will double in the quarter ending June 30.", "2023-Q2"),
    ("Profit rose 12% during the last quarter, which ended December 30, 2022.", "2022-Q4"),
    ("The latest quarter, ended Sept. 30, 2021, was the company's best.", "2021-Q3"),
])
def test_the_quarter_is_the_one_its_written_end_day_closes(text, expected):
    quarters = [t for t in time_expressions(text, "2023-05-10") if "-Q" in t.value]
    assert [t.value for t in quarters] == [expected]


def test_a_quarter_named_before_keeps_its_fiscal_number():
    """A fiscal quarter named first stays the one "the quarter" refers to, whatever calendar
    quarter its end day falls in."""
    text = ("The company reported a loss for its fiscal first quarter. For the quarter ended "
            "Sept. 30, it lost $5 million.")
    assert [t.value for t in time_expressions(text, "2023-10-26") if "-Q" in t.value] == [
        "2023-Q1", "2023-Q1"]


def test_a_year_ago_quarter_is_not_moved_by_its_end_day():
    """ "the year-ago quarter ended Sept. 30": the day is last year's, so the end day does not
    decide it (without a quarter named before, it stays a year before the last one ended)."""
    text = "Net fell 5% from the year-ago quarter ended Sept. 30."
    assert [t.value for t in time_expressions(text, "2023-10-26") if "-Q" in t.value] == [
        "2022-Q3"]


def test_without_an_end_day_the_quarter_is_the_last_one_completed():
    assert [t.value for t in time_expressions("Sales rose in the quarter.", "2023-05-10")] == [
        "2023-Q1"]


@pytest.mark.parametrize("anchor,expected", [
    ("2023-06-30", "2023-Q2"),  # ended on the article's own day
    ("2023-06-29", "2022-Q2"),  # a day before it: last year's
])
def test_an_ended_quarter_is_not_after_the_article(anchor, expected):
    quarters = [t.value for t in time_expressions("Orders doubled in the quarter ended June 30.",
                                                  anchor) if "-Q" in t.value]
    assert quarters == [expected]


def days(text, anchor):
    return [(t.text, t.value, t.role) for t in time_expressions(text, anchor)]


# 2021-06-09 is a Wednesday.
@pytest.mark.parametrize("text,anchor,expected", [
    # past: the range ends before the article, so its start moves a week back
    ("Negotiations lasted from Monday through Thursday.", "2021-06-09",
     [("Monday", "2021-05-31", "start"), ("Thursday", "2021-06-03", "end")]),
    ("The strike lasted from Friday until Tuesday.", "2021-06-09",
     [("Friday", "2021-06-04", "start"), ("Tuesday", "2021-06-08", "end")]),
    ("The fair ran from Thursday to Monday.", "2021-06-09",
     [("Thursday", "2021-06-03", "start"), ("Monday", "2021-06-07", "end")]),
    # a range that ends on the anchor's own day is already in order
    ("The offices were closed from Monday to Wednesday.", "2021-06-09",
     [("Monday", "2021-06-07", "start"), ("Wednesday", "2021-06-09", "end")]),
    # future: the start is ahead, the end follows it
    ("The fair will run from Thursday to Monday.", "2021-06-11",
     [("Thursday", "2021-06-17", "start"), ("Monday", "2021-06-21", "end")]),
    ("The offices will be closed from Monday to Wednesday.", "2021-06-09",
     [("Monday", "2021-06-14", "start"), ("Wednesday", "2021-06-16", "end")]),
    ("Talks will be held between Tuesday and Friday.", "2021-06-09",
     [("Tuesday", "2021-06-15", "start"), ("Friday", "2021-06-18", "end")]),
])
def test_a_range_of_two_weekdays_runs_forwards_within_a_week(text, anchor, expected):
    assert days(text, anchor) == expected


def test_a_range_with_a_written_date_is_left_as_written():
    """Only two bare weekdays are placed together: a written day keeps its own date."""
    assert days("The fair ran from Thursday to June 7.", "2021-06-09") == [
        ("Thursday", "2021-06-03", "start"), ("June 7", "2021-06-07", "end")]


# 2021-06-09 is a Wednesday: the past Friday is 06-04, the coming one 06-11.
@pytest.mark.parametrize("text,value", [
    ("The president leaves Friday for a four-day tour of the region.", "2021-06-11"),
    ("The envoy departs Friday for Geneva.", "2021-06-11"),
    ("The foreign minister returns to Canberra on Friday.", "2021-06-11"),
    ("The delegation flies to Brussels on Friday.", "2021-06-11"),
    # the past form of the same verbs still looks back
    ("The president left Friday for a four-day tour of the region.", "2021-06-04"),
    ("The foreign minister returned to Canberra on Friday.", "2021-06-04"),
])
def test_a_journey_told_in_the_present_is_ahead(text, value):
    assert [t.value for t in time_expressions(text, "2021-06-09") if t.type == "DATE"] == [value]


@pytest.mark.parametrize("text,value", [
    # "that" before a past verb opens a relative clause: the verb dates the day
    ("Talks that began Monday are to end next month.", "2021-06-07"),
    ("The strike that started on Monday will go on.", "2021-06-07"),
    ("A report that was released Monday will be debated.", "2021-06-07"),
    ("The ceasefire that took effect on Monday should hold, officials will say.", "2021-06-07"),
    # a determiner before a participle is still an adjective with no tense
    ("The talks will resume on a still unspecified date.", None),
    ("The delegation will arrive at the long delayed summit on Monday.", "2021-06-14"),
])
def test_that_before_a_past_verb_is_a_relative_pronoun(text, value):
    days = [t.value for t in time_expressions(text, "2021-06-09") if t.precision == "day"]
    assert days == ([value] if value else [])


@pytest.mark.parametrize("text,expected", [
    # after a year alone: the year after (or before)
    ("The talks collapsed in 2015; the following spring, they resumed.", "2016-SP"),
    ("The treaty was signed in 1990, after talks the previous winter.", "1989-WI"),
    # after a month: the next such season after the one that month is in
    ("The talks collapsed in March 2015; the following spring, they resumed.", "2016-SP"),
    ("The talks collapsed in March 2015; the following summer, they resumed.", "2015-SU"),
    ("The talks collapsed in February 2015; the following spring, they resumed.", "2015-SP"),
    ("The treaty was signed in May 1990, after talks the previous winter.", "1989-WI"),
    # with nothing named before, from the anchor (2021-06-09, in summer)
    ("The talks will resume the following spring.", "2022-SP"),
])
def test_the_following_or_previous_season_counts_from_the_last_date(text, expected):
    assert [t.value for t in time_expressions(text, "2021-06-09")][-1] == expected


def test_this_weekend_is_the_anchor_weeks_even_in_the_past_tense():
    """Tried and taken back: reading "became public this weekend" said on a Monday as the
    weekend just past cost a value on MEANTIME, whose annotators keep the anchor's ISO week."""
    assert [t.value for t in time_expressions("The flaw became public this weekend.",
                                              "2010-01-25")] == ["2010-W04-WE"]
