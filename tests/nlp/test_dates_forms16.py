"""Time expression forms added for issue 16: quarter codes ("Q3 2023"), decades in words ("the
nineties"), seasons without a determiner ("in spring"), "the previous year" as a date, year
ranges written in full ("2019-2045") and "once a week" as a frequency.

Anchor 2023-04-11, a Tuesday, unless the case says otherwise. Each case is the whole list of
expressions found: (text, value, type, mod).
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import time_expressions

ANCHOR = "2023-04-11"


def found(text, anchor=ANCHOR):
    return [(t.text, t.value, t.type, t.mod) for t in time_expressions(text, anchor)]


@pytest.mark.parametrize("text,expected", [
    ("Revenue rose in Q3 2023.", [("Q3 2023", "2023-Q3", "DATE", None)]),
    ("Revenue rose in Q1 of 2021.", [("Q1 of 2021", "2021-Q1", "DATE", None)]),
    ("Revenue rose in 3Q 2022.", [("3Q 2022", "2022-Q3", "DATE", None)]),
    ("The H1 2024 figures are due.", [("H1 2024", "2024-H1", "DATE", None)]),
    ("Results for Q2 FY2022 were weak.", [("Q2 FY2022", "2022-Q2", "DATE", None)]),
    # no year: the tense picks it, as for "the third quarter"
    ("Q3 sales were weak.", [("Q3", "2022-Q3", "DATE", None)]),
    ("Q3 sales will be strong.", [("Q3", "2023-Q3", "DATE", None)]),
])
def test_a_quarter_code_is_a_quarter(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "The file q3 was lost.",        # lower case: a name, not a quarter
    "The road h1 runs north.",
    "He scored 3Q on the test.",    # "3Q" needs a year after it
    "The Q5 model sold well.",      # there is no fifth quarter
])
def test_a_code_that_is_not_a_quarter(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Prices soared in the nineties.", [("the nineties", "199", "DATE", None)]),
    ("It peaked in the late eighties.", [("the late eighties", "198", "DATE", "END")]),
    ("It began in the early seventies.", [("the early seventies", "197", "DATE", "START")]),
    ("In the nineteen-sixties it grew.", [("the nineteen-sixties", "196", "DATE", None)]),
    ("In the eighteen-nineties it grew.", [("the eighteen-nineties", "189", "DATE", None)]),
    # the anchor's century once the decade has begun, else the one before
    ("Sales rose in the twenties.", [("the twenties", "202", "DATE", None)]),
    ("Sales rose in the thirties.", [("the thirties", "193", "DATE", None)]),
])
def test_a_decade_in_words(text, expected):
    assert found(text) == expected


def test_a_decade_in_words_takes_its_century_from_the_anchor():
    assert found("Sales rose in the twenties.", "2019-06-01") == [
        ("the twenties", "192", "DATE", None)]
    assert found("Sales rose in the twenties.", "2020-01-01") == [
        ("the twenties", "202", "DATE", None)]
    assert found("Sales rose in the nineties.", None) == [("the nineties", "199", "DATE", None)]


@pytest.mark.parametrize("text", [
    "He is in his forties.",                      # an age: no "the"
    "Temperatures were in the nineties.",         # a thermometer
    "It was in the nineties degrees all week.",
])
def test_a_number_word_that_is_not_a_decade(text):
    assert all(t.type != "DATE" or not t.value.startswith("19") for t in
               time_expressions(text, ANCHOR))
    assert not any("ties" in t.text for t in time_expressions(text, ANCHOR))


@pytest.mark.parametrize("text,expected", [
    # anchor 2023-07-11, in summer: the tense picks the spring before or after it
    ("In spring the snow melts.", [("spring", "2023-SP", "DATE", None)]),
    ("They will plant in spring.", [("spring", "2024-SP", "DATE", None)]),
    ("They planted in spring, and it grew.", [("spring", "2023-SP", "DATE", None)]),
    ("The law passed in fall, and it took effect.", [("fall", "2022-FA", "DATE", None)]),
    ("The plant opens by spring.", [("spring", "2024-SP", "DATE", None)]),
])
def test_spring_and_fall_after_a_preposition_are_seasons(text, expected):
    assert found(text, "2023-07-11") == expected


@pytest.mark.parametrize("text", [
    "They drank in spring water.",
    "Crops were lost in fall armyworm attacks.",
    "Prices fall sharply.",
])
def test_spring_and_fall_as_nouns_and_verbs_are_not_seasons(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    # without a date before it: the year (month, week) before the anchor's, a date, not a span
    ("The previous year it shrank.", [("The previous year", "2022", "DATE", None)]),
    ("In 1995 it grew; the previous year it shrank.",
     [("1995", "1995", "DATE", None), ("the previous year", "1994", "DATE", None)]),
    ("In June 1998 it rose, after a fall the previous month.",
     [("June 1998", "1998-06", "DATE", None), ("the previous month", "1998-05", "DATE", None)]),
    # "the past year" stays the span up to the anchor
    ("Over the past year it grew.", [("the past year", "P1Y", "DURATION", None)]),
])
def test_the_previous_unit_is_a_date_the_past_unit_a_span(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("They meet once a week.", [("a week", "P1W", "SET", None)]),
    ("They meet twice a month.", [("a month", "P1M", "SET", None)]),
    # a duration after "for" or "in" is not a frequency
    ("They met for a week.", [("a week", "P1W", "DURATION", None)]),
    ("It was done in a week.", [("a week", "P1W", "DURATION", None)]),
])
def test_once_a_week_is_a_frequency(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # one expression, the year from "of next/last/this year"
    ("Sales should recover in the first half of next year.",
     [("the first half of next year", "2024-H1", "DATE", None)]),
    ("Sales fell in the fourth quarter of last year.",
     [("the fourth quarter of last year", "2022-Q4", "DATE", None)]),
    ("Sales rose in the first quarter of this year.",
     [("the first quarter of this year", "2023-Q1", "DATE", None)]),
    ("Sales rose in the first quarter of 2021.",
     [("the first quarter of 2021", "2021-Q1", "DATE", None)]),
])
def test_a_quarter_of_a_relative_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a fraction of a year back is a month
    ("A year and a half ago it fell.", [("A year and a half ago", "2021-10", "DATE", None)]),
    ("Two and a half years ago it fell.", [("Two and a half years ago", "2020-10", "DATE", None)]),
    ("Two years ago it fell.", [("Two years ago", "2021", "DATE", None)]),
    # before an event: the duration alone
    ("It fell a year and a half before the vote.",
     [("a year and a half", "P1Y6M", "DURATION", None)]),
])
def test_a_year_and_a_half_ago(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "later" after hours or minutes: the clock time it counts from is unknown, so the
    # expression is the duration
    ("Just over an hour later, he was gone.", [("over an hour", "PT1H", "DURATION", "MORE_THAN")]),
    ("A minute and a half later, it landed.", [("A minute and a half", "PT1M30S", "DURATION", None)]),
    ("Two hours earlier, it rained.", [("Two hours", "PT2H", "DURATION", None)]),
    # days and longer count from the last day named
    ("On March 3 it rained. Two days later, it snowed.",
     [("March 3", "2023-03-03", "DATE", None), ("Two days later", "2023-03-05", "DATE", None)]),
])
def test_hours_later_is_a_duration_days_later_a_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share of something, not a span of quarters
    ("Iraq imports about three-quarters of its food.", []),
    ("Three quarters of the vote went to him.", []),
    # a span of quarters
    ("The economy shrank for three quarters.", [("three quarters", "P3Q", "DURATION", None)]),
    ("It took two quarters of growth to recover.", [("two quarters", "P2Q", "DURATION", None)]),
])
def test_three_quarters_of_something_is_a_share(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,value", [
    # a deadline the past overtook looks back (anchor Tuesday 2023-04-11)
    ("The offer had been due to expire Friday.", "2023-04-07"),
    ("The offer had originally been scheduled to expire Friday.", "2023-04-07"),
    ("The deal had been set to close on Friday.", "2023-04-07"),
    ("The offer had expired by Friday.", "2023-04-07"),
    ("Most had already left by Friday.", "2023-04-07"),
    # a deadline ahead, even with a past perfect in another clause
    ("The offer expires Friday.", "2023-04-14"),
    ("The offer, which had been extended, expires Friday.", "2023-04-14"),
    ("The offer will expire by Friday.", "2023-04-14"),
    ("The deal is set to close on Friday.", "2023-04-14"),
    # "as soon as" and "as early as" look ahead
    ("A vote could come as early as Thursday.", "2023-04-13"),
    ("They could leave as soon as Thursday, he said.", "2023-04-13"),
    ("The vote came on Thursday.", "2023-04-06"),
])
def test_deadlines_overtaken_by_the_past_and_as_soon_as(text, value):
    [t] = time_expressions(text, ANCHOR)
    assert t.value == value


@pytest.mark.parametrize("text,value", [
    # "takes effect / office / place" told in the present is a schedule (anchor 2023-04-11)
    ("The law takes effect in July.", "2023-07"),
    ("He takes office on Friday.", "2023-04-14"),
    ("The law took effect in July.", "2022-07"),
    ("He took office on Friday.", "2023-04-07"),
])
def test_takes_effect_is_a_schedule(text, value):
    [t] = time_expressions(text, ANCHOR)
    assert t.value == value


@pytest.mark.parametrize("text,expected", [
    # days in words, as spoken news writes them (anchor Thursday 1998-03-05)
    ("It is this coming Sunday, March eighth.", [("Sunday, March eighth", "1998-03-08")]),
    ("On March twenty-first it ends.", [("March twenty-first", "1998-03-21")]),
    ("On the eighth of March it ends.", [("the eighth of March", "1998-03-08")]),
    ("On January first, nineteen ninety-nine, it ends.",
     [("January first, nineteen ninety-nine", "1999-01-01")]),
    ("It was on February twenty-seventh.", [("February twenty-seventh", "1998-02-27")]),
    ("It closed on October thirty-first, 1997.", [("October thirty-first, 1997", "1997-10-31")]),
    # "May" and "March" need a preposition, a weekday or a year
    ("They May second the motion.", []),
    ("On May second they will meet.", [("May second", "1998-05-02")]),
    # there is no February 30: the month alone
    ("On February thirtieth it ended.", [("February", "1998-02")]),
])
def test_a_day_of_the_month_in_words(text, expected):
    assert [(t.text, t.value) for t in time_expressions(text, "1998-03-05")] == expected


@pytest.mark.parametrize("text,value", [
    # "this coming" and "this past" never the anchor's own day (Thursday 1998-03-05)
    ("They meet this coming Thursday.", "1998-03-12"),
    ("They met this past Thursday.", "1998-02-26"),
    ("They meet this coming Sunday.", "1998-03-08"),
    ("They met this past Sunday.", "1998-03-01"),
])
def test_this_coming_and_this_past_weekdays(text, value):
    [t] = time_expressions(text, "1998-03-05")
    assert t.value == value and t.text.startswith("this ")


@pytest.mark.parametrize("text", [
    "This is VOA Today.",
    "He spoke on NBC's Today show.",
    'He said on ABC News\' "This Week," that it was over.',
    "He said on ABC-TV's \"This Week With David Brinkley\" that it was over.",
])
def test_a_programme_named_today_or_this_week_is_not_a_date(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("``Today, I'm here to tell you,'' he said.", ("Today", "2023-04-11")),
    ('"Today we vote," he said.', ("Today", "2023-04-11")),
    ("This week, NATO met.", ("This week", "2023-W15")),
    ("US officials today said no.", ("today", "2023-04-11")),
    ("Today NATO met.", ("Today", "2023-04-11")),
])
def test_today_and_this_week_in_a_sentence_are_dates(text, expected):
    assert [(t.text, t.value) for t in time_expressions(text, ANCHOR)] == [expected]
