"""Every form the date normaliser reads, with and without an anchor (issue 17: the handlers for
months with "this/last/next", decades, centuries, spoken years, year ranges, weekdays, day words,
seasons and vague references had no test, so a mutation in them passed).

Anchor 2023-04-11, a Tuesday, unless the case says None. Each case is the whole list of
expressions found: (text, value, type, mod).
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import time_expressions
from accord.nlp.extract.dates.normalise import spoken_number

ANCHOR = "2023-04-11"


def found(text, anchor=ANCHOR):
    return [(t.text, t.value, t.type, t.mod) for t in time_expressions(text, anchor)]


@pytest.mark.parametrize("text,expected", [
    # months: "this" is the anchor's year, "last"/"next" never the anchor's own month, bare by tense
    ("Talks were held this May.", ("this May", "2023-05", "DATE", None)),
    ("Talks will be held next May.", ("next May", "2023-05", "DATE", None)),
    ("Talks were held last May.", ("last May", "2022-05", "DATE", None)),
    ("It happened in May.", ("May", "2022-05", "DATE", None)),
    ("In May 2019 it met.", ("May 2019", "2019-05", "DATE", None)),
    ("In late May 2019 it met.", ("late May 2019", "2019-05", "DATE", "END")),
    ("In May nineteen ninety it met.", ("May nineteen ninety", "1990-05", "DATE", None)),
    # years, spoken years, edges
    ("Early 2019 it met.", ("Early 2019", "2019", "DATE", "START")),
    ("Mid-2019 it met.", ("Mid-2019", "2019", "DATE", "MID")),
    ("In nineteen ninety-six it began.", ("nineteen ninety-six", "1996", "DATE", None)),
    ("In two thousand and five it began.", ("two thousand and five", "2005", "DATE", None)),
    ("In nineteen oh five it began.", ("nineteen oh five", "1905", "DATE", None)),
    ("In nineteen seventy it began.", ("nineteen seventy", "1970", "DATE", None)),
    # decades and centuries
    ("In the 1990s it grew.", ("the 1990s", "199", "DATE", None)),
    ("In the '90s it grew.", ("the '90s", "199", "DATE", None)),
    ("This decade has been hard.", ("This decade", "202", "DATE", None)),
    ("In the last decade it grew.", ("the last decade", "201", "DATE", None)),
    ("In the next decade it will.", ("the next decade", "203", "DATE", None)),
    ("In the coming decade it will.", ("the coming decade", "203", "DATE", None)),
    ("Over the past decade it grew.", ("the past decade", "P10Y", "DURATION", None)),
    ("In the 19th century it began.", ("the 19th century", "18", "DATE", None)),
    ("In the twentieth century it began.", ("the twentieth century", "19", "DATE", None)),
    ("In the 21st century it grows.", ("the 21st century", "20", "DATE", None)),
    ("In the 1st century", ("the 1st century", "00", "DATE", None)),
    ("Last century was long.", ("Last century", "19", "DATE", None)),
    ("This century is new.", ("This century", "20", "DATE", None)),
    ("Next century it ends.", ("Next century", "21", "DATE", None)),
    # weekdays: the tense picks the direction; "last"/"next" skip the anchor's own week day
    ("On Friday it met.", ("Friday", "2023-04-07", "DATE", None)),
    ("It will meet on Friday.", ("Friday", "2023-04-14", "DATE", None)),
    ("Last Friday it met.", ("Last Friday", "2023-04-07", "DATE", None)),
    ("Next Friday it meets.", ("Next Friday", "2023-04-14", "DATE", None)),
    ("This Friday it meets.", ("This Friday", "2023-04-14", "DATE", None)),
    ("On Friday morning it met.", ("Friday morning", "2023-04-07TMO", "TIME", None)),
    ("Last Friday night it met.", ("Last Friday night", "2023-04-07TNI", "TIME", None)),
    ("The previous Friday it met.", ("The previous Friday", "2023-04-07", "DATE", None)),
    # day words
    ("Yesterday it met.", ("Yesterday", "2023-04-10", "DATE", None)),
    ("Tomorrow it meets.", ("Tomorrow", "2023-04-12", "DATE", None)),
    ("Tonight it meets.", ("Tonight", "2023-04-11TNI", "TIME", None)),
    ("Last night it met.", ("Last night", "2023-04-10TNI", "TIME", None)),
    ("Yesterday morning it met.", ("Yesterday morning", "2023-04-10TMO", "TIME", None)),
    ("Tomorrow night it meets.", ("Tomorrow night", "2023-04-12TNI", "TIME", None)),
    ("The day before yesterday it met.", ("The day before yesterday", "2023-04-09", "DATE", None)),
    ("The day after tomorrow it meets.", ("The day after tomorrow", "2023-04-13", "DATE", None)),
    # vague references
    ("Currently it meets.", ("Currently", "PRESENT_REF", "DATE", None)),
    ("These days it meets.", ("These days", "PRESENT_REF", "DATE", None)),
    ("Recently it met.", ("Recently", "PAST_REF", "DATE", None)),
    ("In the past it grew.", ("the past", "PAST_REF", "DATE", None)),
    ("In the future it meets.", ("the future", "FUTURE_REF", "DATE", None)),
    ("In the near future it meets.", ("the near future", "FUTURE_REF", "DATE", None)),
    ("In the long term it meets.", ("the long term", "FUTURE_REF", "DATE", None)),
    # seasons: "last" the one before the anchor's, "next"/"coming" the one after, bare by tense
    ("Last summer it met.", ("Last summer", "2022-SU", "DATE", None)),
    ("This summer it meets.", ("This summer", "2023-SU", "DATE", None)),
    ("Next summer it meets.", ("Next summer", "2023-SU", "DATE", None)),
    ("This spring it meets.", ("This spring", "2023-SP", "DATE", None)),
    ("Next winter it meets.", ("Next winter", "2023-WI", "DATE", None)),
    ("The coming winter it meets.", ("The coming winter", "2023-WI", "DATE", None)),
    ("Last autumn it met.", ("Last autumn", "2022-FA", "DATE", None)),
    ("Last fall it met.", ("Last fall", "2022-FA", "DATE", None)),
    ("In summer it met.", ("summer", "2022-SU", "DATE", None)),
    ("In the winter it met.", ("the winter", "2022-WI", "DATE", None)),
    ("In the summer of 2019 it met.", ("the summer of 2019", "2019-SU", "DATE", None)),
    ("In fall 2020 it met.", ("fall 2020", "2020-FA", "DATE", None)),
])
def test_a_form_anchored(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Talks were held this May.", ("this May", "XXXX-05", "DATE", None)),
    ("In May it met.", ("May", "XXXX-05", "DATE", None)),
    ("This decade has been hard.", ("This decade", "XXX", "DATE", None)),
    ("Last century was long.", ("Last century", "XX", "DATE", None)),
    ("On Friday it met.", ("Friday", "XXXX-WXX-5", "DATE", None)),
    ("Friday morning it met.", ("Friday morning", "XXXX-WXX-5TMO", "TIME", None)),
    ("Yesterday it met.", ("Yesterday", "XXXX-XX-XX", "DATE", None)),
    ("Today it meets.", ("Today", "PRESENT_REF", "DATE", None)),
    ("Tonight it meets.", ("Tonight", "XXXX-XX-XXTNI", "TIME", None)),
    ("Last summer it met.", ("Last summer", "XXXX-SU", "DATE", None)),
    ("In the summer of 2019 it met.", ("the summer of 2019", "2019-SU", "DATE", None)),
    ("In the 1990s it grew.", ("the 1990s", "199", "DATE", None)),
])
def test_a_form_without_an_anchor_keeps_what_it_cannot_know_unknown(text, expected):
    assert found(text, None) == [expected]


@pytest.mark.parametrize("text,begin,finish", [
    ("In 2019-20 it ran.", "2019", "2020"), ("In 1990-95 it ran.", "1990", "1995"),
    ("From 2019-2021 it ran.", "2019", "2021"),
    # both years written: a plan's horizon, up to a century
    ("In 2019-2045 it ran.", "2019", "2045"), ("In 2019-2119 it ran.", "2019", "2119"),
    ("In 2001-21 it ran.", "2001", "2021"),
])
def test_a_year_range(text, begin, finish):
    [t] = time_expressions(text, ANCHOR)
    assert (t.value, t.role, t.begin, t.finish) == (begin, "range", begin, finish)


@pytest.mark.parametrize("text", ["In 1995-1990 it ran.", "In 2019-2120 it ran.",
                                  "In 2001-22 it ran.", "In 2001-99 it ran."])
def test_a_backwards_or_over_long_year_range_is_not_a_range(text):
    assert all(t.role != "range" for t in time_expressions(text, ANCHOR))


@pytest.mark.parametrize("text,expected", [
    # durations
    ("It lasted two weeks.", [("two weeks", "P2W", "DURATION", None)]),
    ("It lasted for over 30 years.", [("over 30 years", "P30Y", "DURATION", "MORE_THAN")]),
    ("It was a 10-year plan.", [("10-year", "P10Y", "DURATION", None)]),
    ("It took 5 1/2 hours.", [("5 1/2 hours", "PT5H30M", "DURATION", None)]),
    ("It took two and a half years.", [("two and a half years", "P2Y6M", "DURATION", None)]),
    ("It took a couple of days.", [("a couple of days", "P2D", "DURATION", None)]),
    ("It took a dozen years.", [("a dozen years", "P12Y", "DURATION", None)]),
    ("It took a few days.", [("a few days", "PXD", "DURATION", None)]),
    ("It took several weeks.", [("several weeks", "PXW", "DURATION", None)]),
    ("It took one day.", [("one day", "P1D", "DURATION", None)]),
    ("Islam will one day be central.", [("one day", "FUTURE_REF", "DATE", None)]),
    ("It took a quarter of the time.", []), ("He came a second time.", []),
    ("For years it grew.", [("years", "PXY", "DURATION", None)]),
    # spans and offsets
    ("In the next two weeks it grows.", [("the next two weeks", "P2W", "DURATION", None)]),
    ("In the first nine months it grew.", [("the first nine months", "P9M", "DURATION", None)]),
    ("Two days ago it met.", [("Two days ago", "2023-04-09", "DATE", None)]),
    # with no date named before, "later" counts from an event told without one: unknown (fa24)
    ("A week later it met.", [("A week later", "XXXX-WXX", "DATE", None)]),
    ("Three years later it met.", [("Three years later", "XXXX", "DATE", None)]),
    ("Two years from now it ends.", [("Two years from now", "2025", "DATE", None)]),
    ("Two days before the summit it met.", [("Two days", "P2D", "DURATION", None)]),
    ("A week after the summit it met.", [("A week", "P1W", "DURATION", None)]),
    ("On April 3, 2023 it met. Two days later it talked.",
     [("April 3, 2023", "2023-04-03", "DATE", None), ("Two days later", "2023-04-05", "DATE", None)]),
    ("On April 3, 2023 it met. Earlier that day it talked.",
     [("April 3, 2023", "2023-04-03", "DATE", None), ("Earlier that day", "2023-04-03", "DATE", None)]),
    ("On April 3, 2023 it met. Later that week it talked.",
     [("April 3, 2023", "2023-04-03", "DATE", None), ("Later that week", "2023-W14", "DATE", None)]),
    ("In May 2019 it met. Later that month it talked.",
     [("May 2019", "2019-05", "DATE", None), ("Later that month", "2019-05", "DATE", None)]),
    ("In 2019 it met. Later that year it talked.",
     [("2019", "2019", "DATE", None), ("Later that year", "2019", "DATE", None)]),
    ("On April 3, 2023 it met. The next day it talked.",
     [("April 3, 2023", "2023-04-03", "DATE", None), ("The next day", "2023-04-04", "DATE", None)]),
    ("On April 3, 2023 it met. The following morning it talked.",
     [("April 3, 2023", "2023-04-03", "DATE", None), ("The following morning", "2023-04-04TMO", "TIME", None)]),
    ("On April 3, 2023 it met. The previous night it talked.",
     [("April 3, 2023", "2023-04-03", "DATE", None), ("The previous night", "2023-04-02TNI", "TIME", None)]),
    ("The next day it talked.", [("The next day", "2023-04-12", "DATE", None)]),
    # sets
    ("It meets daily.", [("daily", "P1D", "SET", None)]),
    ("It meets annually.", [("annually", "P1Y", "SET", None)]),
    ("It meets weekly.", [("weekly", "P1W", "SET", None)]),
    ("It meets every year.", [("every year", "P1Y", "SET", None)]),
    ("It meets each week.", [("each week", "P1W", "SET", None)]),
    ("It meets every other week.", [("every other week", "P2W", "SET", None)]),
    ("It meets every two years.", [("every two years", "P2Y", "SET", None)]),
    ("It meets every Monday.", [("every Monday", "XXXX-WXX-1", "SET", None)]),
    ("It meets each July.", [("each July", "XXXX-07", "SET", None)]),
    # times of day, on the day the sentence is about
    ("At 10:30 am it met.", [("10:30 am", "2023-04-11T10:30", "TIME", None)]),
    ("At about 10:30 am it met.", [("about 10:30 am", "2023-04-11T10:30", "TIME", "APPROX")]),
    ("At 3 p.m. it met.", [("3 p.m.", "2023-04-11T15:00", "TIME", None)]),
    ("At 12 am it met.", [("12 am", "2023-04-11T00:00", "TIME", None)]),
    ("At 13 pm it met.", []),
    ("At 4 in the morning it met.", [("4 in the morning", "2023-04-11T04:00", "TIME", None)]),
    ("At 7 in the evening it met.", [("7 in the evening", "2023-04-11T19:00", "TIME", None)]),
    ("It met at 10:30.", [("10:30", "2023-04-11T10:30", "TIME", None)]),
    ("On Friday at 3 p.m. it met.", [("Friday", "2023-04-07", "DATE", None), ("3 p.m.", "2023-04-07T15:00", "TIME", None)]),
    ("At noon it met.", [("noon", "2023-04-11T12:00", "TIME", None)]),
    ("At midday it met.", [("midday", "2023-04-11T12:00", "TIME", None)]),
    ("At midnight it met.", [("midnight", "2023-04-11T24:00", "TIME", None)]),
    ("Shortly before noon it met.", [("Shortly before noon", "2023-04-11T12:00", "TIME", "BEFORE")]),
    # holidays and year words
    ("On Christmas it met.", [("Christmas", "2022-12-25", "DATE", None)]),
    ("On Christmas Eve 2020 it met.", [("Christmas Eve 2020", "2020-12-24", "DATE", None)]),
    ("On Thanksgiving it met.", [("Thanksgiving", "2022-11-24", "DATE", None)]),  # the fourth Thursday
    ("On Anzac Day it will meet.", [("Anzac Day", "2023-04-25", "DATE", None)]),
    ("By year-end it grows.", [("year-end", "2023-12-31", "DATE", None)]),
    ("Since year-end it grew.", [("year-end", "2022-12-31", "DATE", None)]),
    ("In the new year it will grow.", [("the new year", "2024", "DATE", None)]),
    ("For the full year it grew.", [("the full year", "2023", "DATE", None)]),
    ("In the fiscal year it grew.", [("the fiscal year", "P1Y", "DURATION", None)]),
])
def test_durations_offsets_sets_times_and_holidays(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,begin", [
    ("In the past two months it grew.", "2023-02-11"), ("In the last three years it grew.", "2020-04-11"),
    ("In the past two quarters it grew.", "2022-10-11"), ("Over the past ten days it grew.", "2023-04-01"),
    ("Over the past two weeks it grew.", "2023-03-28"),
])
def test_a_past_span_ends_on_the_anchor(text, begin):
    [t] = time_expressions(text, ANCHOR)
    assert (t.type, t.begin, t.finish) == ("DURATION", begin, ANCHOR)


@pytest.mark.parametrize("text,expected", [
    ("On Christmas it met.", ("Christmas", "XXXX-12-25", "DATE", None)),
    ("On Thanksgiving it met.", ("Thanksgiving", "XXXX-11-XX", "DATE", None)),
    ("By year-end it grows.", ("year-end", "XXXX-12-31", "DATE", None)),
    ("At noon it met.", ("noon", "XXXX-XX-XXT12:00", "TIME", None)),
    ("At 3 p.m. it met.", ("3 p.m.", "XXXX-XX-XXT15:00", "TIME", None)),
    ("The next day it talked.", ("The next day", "XXXX-XX-XX", "DATE", None)),
    ("Two days ago it met.", ("Two days ago", "XXXX-XX-XX", "DATE", None)),
    ("Later that day it talked.", ("Later that day", "XXXX-XX-XX", "DATE", None)),
    ("Later that year it talked.", ("Later that year", "XXXX", "DATE", None)),
])
def test_relative_forms_without_an_anchor(text, expected):
    assert found(text, None) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("On 4/11/2023 it met.", [("4/11/2023", "2023-04-11", "DATE", None)]),  # month first
    ("On 11/4/23 it met.", [("11/4/23", "2023-11-04", "DATE", None)]),  # a two-digit year up to 30: 20xx
    ("On 12/31/99 it met.", [("12/31/99", "1999-12-31", "DATE", None)]),  # above 30: 19xx
    ("On 2/30/2023 it met.", []),
    ("On 2023-04-11 it met.", [("2023-04-11", "2023-04-11", "DATE", None)]),
    ("At 2023-04-11T10:30 it met.", [("2023-04-11T10:30", "2023-04-11T10:30", "TIME", None)]),
    ("On 2023-02-30 it met.", []),
    ("In May this year it met.", [("May this year", "2023-05", "DATE", None)]),
    ("In May next year it meets.", [("May next year", "2024-05", "DATE", None)]),
    ("It took place in spring 2019.", [("spring 2019", "2019-SP", "DATE", None)]),
])
def test_numeric_dates_and_months_of_a_named_year(text, expected):
    assert found(text) == expected


def test_a_month_of_a_named_year_without_an_anchor():
    assert found("In May last year it met.", None) == [("May last year", "XXXX-05", "DATE", None)]


# --- issue 17, second pass: the forms and boundaries the mutation run showed no test pinned ---

@pytest.mark.parametrize("words,year", [
    ("two thousand", 2000), ("two thousand five", 2005), ("two thousand and twenty-one", 2021),
    ("nineteen hundred", 1900), ("nineteen hundred and five", 1905), ("twenty oh five", 2005),
    ("twenty twenty-one", 2021), ("nineteen-eighty-four", 1984), ("nineteen ninety-six", 1996),
    # a tail of a hundred or more, or one that is no number, is not a year
    ("nineteen one hundred", None), ("nineteen ninety-nine", 1999), ("nineteen something", None),
])
def test_a_spoken_year_is_the_century_and_its_tail(words, year):
    assert spoken_number(words) == year


@pytest.mark.parametrize("text,anchor,expected", [
    # a spoken year up to 2099, the last one two words can say
    ("In twenty ninety-nine it will freeze.", ANCHOR, [("twenty ninety-nine", "2099", "DATE", None)]),
    ("In the winter of twenty ninety-nine it will freeze.", ANCHOR,
     [("the winter of twenty ninety-nine", "2099-WI", "DATE", None)]),
    # seasons of a spoken or written year, with their edge
    ("In the winter of nineteen ninety-four it froze.", ANCHOR,
     [("the winter of nineteen ninety-four", "1994-WI", "DATE", None)]),
    ("In early winter of nineteen ninety-four it froze.", ANCHOR,
     [("early winter of nineteen ninety-four", "1994-WI", "DATE", "START")]),
    ("In early summer 2019 it met.", ANCHOR, [("early summer 2019", "2019-SU", "DATE", "START")]),
    ("In the late summers it met.", ANCHOR, [("the late summers", "2022-SU", "DATE", "END")]),
    ("In late summer it met.", None, [("late summer", "XXXX-SU", "DATE", "END")]),
    # "past" is "last"; "next" and "coming" skip the season the anchor is in (spring here)
    ("The past spring was wet.", ANCHOR, [("The past spring", "2022-SP", "DATE", None)]),
    ("The past summer was hot.", ANCHOR, [("The past summer", "2022-SU", "DATE", None)]),
    ("Next spring it meets.", ANCHOR, [("Next spring", "2024-SP", "DATE", None)]),
    ("The coming spring will be dry.", ANCHOR, [("The coming spring", "2024-SP", "DATE", None)]),
    # decades and months with their edge
    ("In the early 1990s it grew.", ANCHOR, [("the early 1990s", "199", "DATE", "START")]),
    ("In the late '80s it grew.", ANCHOR, [("the late '80s", "198", "DATE", "END")]),
    ("In late May it met.", ANCHOR, [("late May", "2022-05", "DATE", "END")]),
    # "this/next/coming decade" from a year ending in 9, "the last decade" from one ending in 0
    ("This decade has been hard.", "2019-06-01", [("This decade", "201", "DATE", None)]),
    ("In the next decade it will.", "2019-06-01", [("the next decade", "202", "DATE", None)]),
    ("In the coming decade it will.", "2019-06-01", [("the coming decade", "202", "DATE", None)]),
    ("In the last decade it grew.", "2020-06-01", [("the last decade", "201", "DATE", None)]),
    ("This century has begun.", "2001-09-12", [("This century", "20", "DATE", None)]),
    ("In the 22nd century it ends.", ANCHOR, []),
    # "next April" said in April is next year's; "May last year" the anchor's year before
    ("Talks will be held next April.", ANCHOR, [("next April", "2024-04", "DATE", None)]),
    ("In May last year it met.", ANCHOR, [("May last year", "2022-05", "DATE", None)]),
    # a two-digit year up to 30 is 20xx, from 31 19xx; four digits are kept as written
    ("On 1/2/30 it met.", ANCHOR, [("1/2/30", "2030-01-02", "DATE", None)]),
    ("On 1/2/31 it met.", ANCHOR, [("1/2/31", "1931-01-02", "DATE", None)]),
    ("On 4/11/0100 it met.", ANCHOR, [("4/11/0100", "0100-04-11", "DATE", None)]),
    ("At 2023-02-29T10:30 it met.", ANCHOR, []),
    # a weekday and a day without a year: the nearby year in which that day is that weekday
    ("On Tuesday, April 25 it met.", ANCHOR, [("Tuesday, April 25", "2023-04-25", "DATE", None)]),
    ("On Thursday, April 25 it met.", ANCHOR, [("Thursday, April 25", "2024-04-25", "DATE", None)]),
    ("On Monday, April 25 it met.", ANCHOR, [("Monday, April 25", "2022-04-25", "DATE", None)]),
    ("On Thursday, February 29 it met.", ANCHOR, [("Thursday, February 29", "2024-02-29", "DATE", None)]),
    ("On Fri. it met.", ANCHOR, [("Fri.", "2023-04-07", "DATE", None)]),
])
def test_calendar_forms_at_their_boundaries(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize("text,expected", [
    ("In 1990-2090 it ran.", ("1990", "2090")),  # both years written: a century is still a range
    ("In 1990-2091 it ran.", None),  # a century and a year: not
    ("In 1979-99 it ran.", ("1979", "1999")),  # the second year in two digits: twenty years still
    ("In 1978-99 it ran.", None),  # twenty-one: not
    ("In 2019-2019 it ran.", None),  # no length: not
    ("In 2019-2020 it ran.", ("2019", "2020")),  # one year: a range
])
def test_a_year_range_is_at_most_a_century_or_twenty_years_in_two_digits_and_at_least_one(text, expected):
    ts = time_expressions(text, ANCHOR)
    ranges = [(t.type, t.value, t.begin, t.finish) for t in ts if t.role == "range"]
    assert ranges == ([("DATE", expected[0], expected[0], expected[1])] if expected else [])


@pytest.mark.parametrize("text,anchor,expected", [
    # Easter 2023 was on April 9: the days of Easter follow the tense like a day without a year
    ("At Easter it met.", ANCHOR, [("Easter", "2023-04-09", "DATE", None)]),
    ("On Easter Sunday it met.", ANCHOR, [("Easter Sunday", "2023-04-09", "DATE", None)]),
    ("On Good Friday it met.", ANCHOR, [("Good Friday", "2023-04-07", "DATE", None)]),
    ("On Easter Monday it met.", ANCHOR, [("Easter Monday", "2023-04-10", "DATE", None)]),
    ("During Easter week it met.", ANCHOR, [("Easter week", "2023-W14", "DATE", None)]),
    ("At Easter it will meet.", ANCHOR, [("Easter", "2024-03-31", "DATE", None)]),
    ("On Good Friday it will meet.", ANCHOR, [("Good Friday", "2024-03-29", "DATE", None)]),
    ("At Easter 2019 it met.", ANCHOR, [("Easter 2019", "2019-04-21", "DATE", None)]),
    ("On Good Friday 2016 it met.", None, [("Good Friday 2016", "2016-03-25", "DATE", None)]),
    ("On Easter Monday 2024 it will meet.", ANCHOR, [("Easter Monday 2024", "2024-04-01", "DATE", None)]),
    ("At Easter it met.", None, [("Easter", "XXXX-XX-XX", "DATE", None)]),
    ("During Easter week it met.", None, [("Easter week", "XXXX-WXX", "DATE", None)]),
    # Thanksgiving: the fourth Thursday (November 1, 2024 was a Friday), ahead when it is near
    ("On Thanksgiving 2024 it met.", ANCHOR, [("Thanksgiving 2024", "2024-11-28", "DATE", None)]),
    ("On Thanksgiving it will meet.", ANCHOR, [("Thanksgiving", "2023-11-23", "DATE", None)]),
    # (the near window counts to the day itself: 2023's Thanksgiving, Nov. 23, is 60 days after
    # Sept. 24)
    ("The vote was moved to Thanksgiving.", "2023-09-24", [("Thanksgiving", "2023-11-23", "DATE", None)]),
    ("The vote was moved to Thanksgiving.", "2023-09-23", [("Thanksgiving", "2022-11-24", "DATE", None)]),
    # "the new year" said before March in the past tense is the anchor's year; from March, the next
    ("In the new year it grew.", "2023-02-27", [("the new year", "2023", "DATE", None)]),
    ("In the new year it grew.", "2023-03-01", [("the new year", "2024", "DATE", None)]),
    ("In the new year it will grow.", "2023-01-10", [("the new year", "2024", "DATE", None)]),
    # vague amounts, "another", "or so", "or more", "more than"
    ("It waited for a while.", ANCHOR, [("a while", "PXX", "DURATION", None)]),
    ("It waited for some time.", None, [("some time", "PXX", "DURATION", None)]),
    ("It took 12 to 18 months.", ANCHOR, [("12 to 18 months", "PXM", "DURATION", None)]),
    ("It took a year or two.", ANCHOR, [("a year or two", "PXY", "DURATION", None)]),
    ("It took a year or three.", ANCHOR, [("a year or three", "PXY", "DURATION", None)]),
    ("It took a year or so.", ANCHOR, [("a year or so", "P1Y", "DURATION", "APPROX")]),
    ("It took two years or more.", ANCHOR, [("two years or more", "P2Y", "DURATION", "EQUAL_OR_MORE")]),
    ("It took more than two years.", ANCHOR, [("more than two years", "P2Y", "DURATION", "MORE_THAN")]),
    ("It took couple of days.", ANCHOR, [("couple of days", "P2D", "DURATION", None)]),
    ("It lasted another year.", ANCHOR, [("another year", "P1Y", "DURATION", None)]),
    ("It took one second.", ANCHOR, []), ("It lasted a weekend.", ANCHOR, []),
    # "one day" after a modal is the future, wherever the modal is in the words before
    ("Islam could one day be central.", ANCHOR, [("one day", "FUTURE_REF", "DATE", None)]),
    ("Islam might one day be central.", ANCHOR, [("one day", "FUTURE_REF", "DATE", None)]),
    ("Islam may one day be central.", ANCHOR, [("one day", "FUTURE_REF", "DATE", None)]),
    ("Islam would one day be central.", ANCHOR, [("one day", "FUTURE_REF", "DATE", None)]),
    ("So it may one day be central.", ANCHOR, [("one day", "FUTURE_REF", "DATE", None)]),
    # offsets: "hence" is ahead, "earlier" counts from the day named last, a mod is kept
    ("Two years hence it ends.", ANCHOR, [("Two years hence", "2025", "DATE", None)]),
    ("About two days ago it met.", ANCHOR, [("About two days ago", "2023-04-09", "DATE", "APPROX")]),
    ("On April 3, 2023 it met. Two days earlier it talked.", ANCHOR,
     [("April 3, 2023", "2023-04-03", "DATE", None), ("Two days earlier", "2023-04-01", "DATE", None)]),
    ("About two weeks before the vote it met.", ANCHOR, [("About two weeks", "P2W", "DURATION", "APPROX")]),
    ("Two weeks before the vote and a day before the count, it met.", ANCHOR,
     [("Two weeks", "P2W", "DURATION", None), ("a day", "P1D", "DURATION", None)]),
    # "that month/year" with nothing named before: the anchor's
    ("Later that month it talked.", ANCHOR, [("Later that month", "2023-04", "DATE", None)]),
    ("Later that year it talked.", ANCHOR, [("Later that year", "2023", "DATE", None)]),
    ("Later that month it talked.", None, [("Later that month", "XXXX-XX", "DATE", None)]),
    # sets of days
    ("It meets every Fri.", ANCHOR, [("every Fri.", "XXXX-WXX-5", "SET", None)]),
    ("It meets every Jan.", ANCHOR, [("every Jan.", "XXXX-01", "SET", None)]),
    ("It meets every Tuesday night.", ANCHOR, [("every Tuesday night", "XXXX-WXX-2TNI", "SET", None)]),
    ("It meets on Tuesdays.", ANCHOR, [("Tuesdays", "XXXX-WXX-2", "SET", None)]),
    # clock times: 12 p.m. is noon, a.m./p.m. need 1-12, a 24-hour clock stops at 24:00
    ("At 12:30 p.m. it met.", ANCHOR, [("12:30 p.m.", "2023-04-11T12:30", "TIME", None)]),
    ("At 3 in the afternoon it met.", ANCHOR, [("3 in the afternoon", "2023-04-11T15:00", "TIME", None)]),
    ("At 3 p m it met.", ANCHOR, [("3 p m", "2023-04-11T15:00", "TIME", None)]),
    ("At 1 a.m. it met.", ANCHOR, [("1 a.m.", "2023-04-11T01:00", "TIME", None)]),
    ("At 0 a.m. it met.", ANCHOR, []),
    ("At 24:00 it met.", ANCHOR, [("24:00", "2023-04-11T24:00", "TIME", None)]),
    ("At 25:00 it met.", ANCHOR, []),
    ("At just after 3 p.m. it met.", ANCHOR, [("just after 3 p.m.", "2023-04-11T15:00", "TIME", "AFTER")]),
    # the day written with the clock, or its weekday, in the tense of the sentence
    ("At 5 p.m. EST, Nov. 6 it met.", ANCHOR, [("5 p.m. EST, Nov. 6", "2022-11-06T17:00", "TIME", None)]),
    ("At 5 p.m. on Friday it will meet.", ANCHOR, [("5 p.m. on Friday", "2023-04-14T17:00", "TIME", None)]),
    ("At 5 p.m. on Fri. it met.", ANCHOR, [("5 p.m. on Fri.", "2023-04-07T17:00", "TIME", None)]),
])
def test_holidays_amounts_offsets_sets_and_clock_times(text, anchor, expected):
    assert found(text, anchor) == expected


@pytest.mark.parametrize("text,anchor,begin", [
    ("In the past two decades it grew.", ANCHOR, "2003-04-11"),
    ("In the past year it grew.", ANCHOR, "2022-04-11"),
    ("In the past two years or so it grew.", ANCHOR, "2021-04-11"),
    ("In the past month it grew.", "2023-03-31", "2023-02-28"),  # no February 31: the 28th
    ("In the next two weeks it grows.", ANCHOR, None),  # only a past span ends on the anchor
    ("In the past two months it grew.", None, None),
])
def test_a_past_span_begins_its_length_before_the_anchor(text, anchor, begin):
    [t] = time_expressions(text, anchor)
    assert (t.type, t.begin, t.finish) == ("DURATION", begin, anchor if begin else None)


@pytest.mark.parametrize("gap,day", [(299, "2023-04-03"), (300, ANCHOR)])
def test_a_clock_time_is_on_the_day_named_up_to_300_characters_before(gap, day):
    text = "April 3, 2023: talks opened. The talks went on"
    while len(text) + len(" and on") + 4 <= gap:
        text += " and on"
    text = text.ljust(gap - 4) + " at 3 p.m."
    assert text.index("3 p.m.") == gap
    assert found(text)[-1] == ("3 p.m.", f"{day}T15:00", "TIME", None)


def test_a_clock_time_counts_its_distance_from_where_the_day_was_named():
    text = "It rained. " * 40 + "On April 3, 2023 it met. At 3 p.m. it talked."
    assert found(text)[-1] == ("3 p.m.", "2023-04-03T15:00", "TIME", None)


@pytest.mark.parametrize("text,expected", [
    # "the previous/following Friday" counts from the day named last, never that day itself
    ("On April 3, 2023 it met. The previous Friday it talked.", ("The previous Friday", "2023-03-31", "DATE", None)),
    ("On April 7, 2023 it met. The previous Friday it talked.", ("The previous Friday", "2023-03-31", "DATE", None)),
    ("On April 3, 2023 it met. The following Friday it talked.", ("The following Friday", "2023-04-07", "DATE", None)),
    ("On April 3, 2023 it met. The following Monday morning it talked.",
     ("The following Monday morning", "2023-04-10TMO", "TIME", None)),
])
def test_the_previous_or_following_weekday_counts_from_the_day_named_last(text, expected):
    assert found(text)[-1] == expected
