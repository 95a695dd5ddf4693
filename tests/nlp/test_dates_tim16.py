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


@pytest.mark.parametrize("text,anchor,value", [
    # a season that is not under way: the tense picks the next or the last one
    ("The alliance will hold drills this spring.", "2023-12-15", "2024-SP"),
    ("The alliance held drills this spring.", "2023-12-15", "2023-SP"),
    ("It was bitterly cold this winter.", "2023-10-10", "2022-WI"),
    ("Heavy snow is forecast this winter.", "2023-10-10", "2023-WI"),
    # under way: the current one whatever the tense
    ("It was bitterly cold this winter.", "2024-02-29", "2023-WI"),
    ("It will be bitterly cold this winter.", "2024-01-15", "2023-WI"),
])
def test_this_season_by_tense(text, anchor, value):
    assert values(text, anchor)[0][1] == value


@pytest.mark.parametrize("text,last,expected", [
    # counted from the year or month the article named last, not from the anchor
    ("The summit was held in 2019. Two years later the pact was signed.", "2019",
     ("Two years later", "2021")),
    ("The summit was held in 2019. A decade earlier the pact was signed.", "2019",
     ("A decade earlier", "2009")),
    ("The summit was held in May 2019. Three months later the pact was signed.", "2019-05",
     ("Three months later", "2019-08")),
    ("The summit was held in May 2019. A year later the pact was signed.", "2019-05",
     ("A year later", "2020")),
    # the latest date named counts, whatever its precision
    ("The summit was held on May 3, 2019, and again in 2020. Two years later the pact was "
     "signed.", "2020", ("Two years later", "2022")),
    ("The summit was held in 2019 and again on May 3, 2020. Two years later the pact was "
     "signed.", "2020-05-03", ("Two years later", "2022")),
])
def test_later_and_earlier_count_from_the_last_year_or_month_named(text, last, expected):
    found = values(text, "2023-04-11")
    assert found[-2][1] == last
    assert found[-1][:2] == expected


def test_later_without_a_date_before_it_is_not_counted_from_the_anchor():
    # counted from an event the article told without a date (fa24: "applied on the same day as
    # Finland but joined a year later"), not from the article's own day: unknown
    assert values("Two years later the pact was signed.", "2023-04-11") == [
        ("Two years later", "XXXX", "DATE")]
    assert values("The pact was signed on 11 April 2023. Two years later it ended.", "2024-01-01")[-1] == (
        "Two years later", "2025", "DATE")


def test_a_finer_unit_than_the_last_date_does_not_count_from_it():
    # a year is no day to count days from: the month named is not taken as its first day
    found = values("The summit was held in May 2019. Three days later it ended.", "2023-04-11")
    assert found[-1][1] != "2019-05-04"


@pytest.mark.parametrize("text,expected", [
    ("The second half of the decade was calm.", ("The second half of the decade", "202", "END")),
    ("Sales slumped in the last half of the '90s.", ("the last half of the '90s", "199", "END")),
    ("Sales rose in the first half of the 1990s.", ("the first half of the 1990s", "199", "START")),
    ("Output fell in the first two quarters of 2021.", ("the first two quarters of 2021",
                                                          "2021-H1", None)),
    ("Output fell in the last two quarters of 2021.", ("the last two quarters of 2021",
                                                         "2021-H2", None)),
])
def test_a_half_of_a_decade_or_two_quarters_of_a_year(text, expected):
    (t,) = time_expressions(text, "2023-04-11")
    assert (t.text, t.value, t.mod) == expected


def test_the_second_two_quarters_is_no_half():
    assert all(not t.value.endswith(("H1", "H2")) for t in
               time_expressions("Output fell in the second two quarters of 2021.", "2023-04-11"))


def test_the_decade_of_an_unknown_anchor():
    (t,) = time_expressions("The second half of the decade was calm.", None)
    assert (t.value, t.mod) == ("XXX", "END")


def mods(text, anchor="1998-03-05"):
    return [(t.text, t.value, t.mod) for t in time_expressions(text, anchor)]


@pytest.mark.parametrize("text,expected", [
    # "early"/"late" before "this morning"/"last night" is inside, as the mod
    ("The minister arrived late last night.", [("late last night", "1998-03-04TNI", "END")]),
    ("Rebels attacked early this morning.", [("early this morning", "1998-03-05TMO", "START")]),
    ("They will meet later this afternoon.", [("later this afternoon", "1998-03-05TAF", None)]),
    ("Rebels attacked this morning.", [("this morning", "1998-03-05TMO", None)]),
])
def test_early_and_late_before_a_part_of_the_day(text, expected):
    assert mods(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Troops will withdraw by the end of the decade.", [("the end of the decade", "199", "END")]),
    ("The plan runs to the end of the century.", [("the end of the century", "19", "END")]),
    ("The plan began at the start of the decade.", [("the start of the decade", "199", "START")]),
])
def test_the_end_of_the_decade_keeps_its_mod(text, expected):
    assert mods(text) == expected


@pytest.mark.parametrize("anchor,value", [
    # the fourth quarter of 2023 has begun on Oct. 1: from then on it may be the one reported
    ("2023-09-30", "2022-Q3"),
    ("2023-10-01", "2022-Q4"),
])
def test_a_quarter_not_begun_is_a_forecast_not_the_reported_quarter(anchor, value):
    text = ("Profit rose 5% in the third quarter. Sales may grow in the fourth quarter of 2023. "
            "A year earlier, profit was flat.")
    assert values(text, anchor)[-1] == ("A year earlier", value, "DATE")


@pytest.mark.parametrize("text,expected", [
    ("The cuts will save $500 million a year.", [("a year", "P1Y", "SET")]),
    ("Imports run at 2 million barrels a day.", [("a day", "P1D", "SET")]),
    ("The job pays $40,000 a year.", [("a year", "P1Y", "SET")]),
    # after "for" or "in" it is a span of time
    ("He was jailed for a year.", [("a year", "P1Y", "DURATION")]),
    ("The talks will resume in a year.", [("a year", "P1Y", "DURATION")]),
])
def test_an_amount_per_unit_is_a_frequency(text, expected):
    assert values(text, "2023-04-11") == expected


@pytest.mark.parametrize("text,expected", [
    # "in the long run" is an idiom for "in the end"; "the long term" names the future
    ("In the long run, prices will fall.", []),
    ("In the short run, prices will rise.", []),
    ("In the long term, prices will fall.", [("the long term", "FUTURE_REF", "DATE")]),
    ("Growth will slow in the near term.", [("the near term", "FUTURE_REF", "DATE")]),
])
def test_the_long_run_is_an_idiom_the_long_term_the_future(text, expected):
    assert values(text, "2023-04-11") == expected


@pytest.mark.parametrize("text,expected", [
    ("It was one of the great events of the past century.",
     [("the past century", "P100Y", "DURATION")]),
    ("It was one of the great events of the last century.", [("the last century", "19", "DATE")]),
    ("Grain prices rose over the past decade.", [("the past decade", "P10Y", "DURATION")]),
])
def test_the_past_century_is_a_span_not_the_past(text, expected):
    assert values(text, "2023-04-11") == expected


@pytest.mark.parametrize("text,expected", [
    ("The year-long inquiry ended.", [("year-long", "P1Y", "DURATION")]),
    ("The weeklong strike ended.", [("weeklong", "P1W", "DURATION")]),
    ("It was a yearlong effort.", [("yearlong", "P1Y", "DURATION")]),
    # the article stays outside, as in "a [two-year] contract"
    ("A decade-long war ended.", [("decade-long", "P10Y", "DURATION")]),
    ("The decades-long feud ended.", [("decades-long", "PXY", "DURATION")]),
    ("The 10-year-long war ended.", [("10-year-long", "P10Y", "DURATION")]),
    ("The feud lasted a year long.", [("a year long", "P1Y", "DURATION")]),
    ("He waited for the years to pass.", [("the years", "PXY", "DURATION")]),
])
def test_a_unit_long_is_one_unit(text, expected):
    assert values(text, "2013-03-22") == expected


@pytest.mark.parametrize("text,anchor,expected", [
    ("Protesters gathered this past weekend.", "2013-03-22", ("this past weekend", "2013-W11-WE")),
    ("Sales fell this past week.", "2013-03-22", ("this past week", "2013-W11")),
    ("Sales rose this past year.", "2013-03-22", ("this past year", "2012")),
    ("The vote is this coming week.", "2013-03-22", ("this coming week", "2013-W13")),
    # "this coming weekend" is the next one: this week's up to Friday, next week's from Saturday
    ("Crowds will gather this coming weekend.", "2013-03-22", ("this coming weekend", "2013-W12-WE")),
    ("Crowds will gather this coming weekend.", "2013-03-23", ("this coming weekend", "2013-W13-WE")),
])
def test_this_past_and_this_coming_units(text, anchor, expected):
    assert [(t.text, t.value) for t in time_expressions(text, anchor)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Earnings grew over a three-year period.", [("a three-year period", "P3Y", "DURATION")]),
    ("He will serve a one-year term.", [("a one-year term", "P1Y", "DURATION")]),
    ("The 90-day period ends soon.", [("The 90-day period", "P90D", "DURATION")]),
    # any other noun after the unit stays outside, with the article
    ("He took a two-year break.", [("two-year", "P2Y", "DURATION")]),
    ("The term lasted two years.", [("two years", "P2Y", "DURATION")]),
])
def test_a_period_or_term_of_a_length_is_inside(text, expected):
    assert values(text, "1998-02-13") == expected


@pytest.mark.parametrize("text,value", [
    # the sentence compares nine months (or a half, or the year): the year before
    ("Profit rose 5% in the third quarter. In the first nine months, net rose 10% from a year "
     "earlier.", "1988"),
    ("Profit rose 5% in the third quarter. For the first half, sales were up 3% from a year "
     "earlier.", "1988"),
    # the quarter named after the longer part, or in another sentence: the quarter
    ("In the first nine months, net rose. Third-quarter profit rose 5% from a year earlier.",
     "1988-Q3"),
    ("Profit rose 5% in the third quarter. For the nine months, net was flat. Sales rose 8% from "
     "a year earlier.", "1988-Q3"),
    ("Profit rose 5% in the third quarter from a year earlier.", "1988-Q3"),
])
def test_a_year_earlier_compares_with_the_period_of_its_sentence(text, value):
    assert values(text, "1989-11-02")[-1] == ("a year earlier", value, "DATE")


@pytest.mark.parametrize("text,expected", [
    ("The talks resume at noon tomorrow.", [("noon tomorrow", "2013-01-11T12:00", "TIME")]),
    ("The polls close at 8 o'clock tonight.", [("8 o'clock tonight", "2013-01-10T20:00", "TIME")]),
    ("He left at 10 p.m. yesterday.", [("10 p.m. yesterday", "2013-01-09T22:00", "TIME")]),
    ("The ceasefire began at 06:00 GMT on Jan. 3.",
     [("06:00 GMT on Jan. 3", "2013-01-03T06:00", "TIME")]),
    # a capital opens another sentence: the day word is a date of its own
    ("Talks began at 10 a.m. Today, they ended.",
     [("10 a.m.", "2013-01-10T10:00", "TIME"), ("Today", "2013-01-10", "DATE")]),
    ("Talks began at noon. Tomorrow they end.",
     [("noon", "2013-01-10T12:00", "TIME"), ("Tomorrow", "2013-01-11", "DATE")]),
])
def test_a_clock_time_with_its_day_word(text, expected):
    assert values(text, "2013-01-10") == expected


@pytest.mark.parametrize("text,expected", [
    ("The guards change every morning.", [("every morning", "XXXX-XX-XXTMO", "SET")]),
    ("The talks are held every summer.", [("every summer", "XXXX-SU", "SET")]),
    ("The leaders meet each spring.", [("each spring", "XXXX-SP", "SET")]),
    ("The council meets every weekend.", [("every weekend", "XXXX-WXX-WE", "SET")]),
    ("Markets close on weekends.", [("weekends", "XXXX-WXX-WE", "SET")]),
    ("Every few years, the treaty is reviewed.", [("Every few years", "PXY", "SET")]),
    # counted weekends are no frequency
    ("It took three weekends.", []),
])
def test_frequencies_of_seasons_parts_of_the_day_and_weekends(text, expected):
    assert values(text, "2013-01-10") == expected


@pytest.mark.parametrize("text,expected", [
    ("The reform passed at the beginning of the 1990s.", ("the beginning of the 1990s", "199", "START")),
    ("The wall fell at the end of the 1980s.", ("the end of the 1980s", "198", "END")),
    ("Oil rose in the middle of the 1970s.", ("the middle of the 1970s", "197", "MID")),
    ("Prices rose in the late '80s.", ("the late '80s", "198", "END")),
])
def test_an_edge_of_a_decade(text, expected):
    assert mods(text, "2013-01-10") == [expected]


@pytest.mark.parametrize("text,expected", [
    # no quarter named: the year before
    ("Sales rose from the same period last year.", [("the same period last year", "2012", "DATE")]),
    # after a quarter: that quarter a year before
    ("Profit rose in the third quarter from the same period last year.",
     [("the third quarter", "2012-Q3", "DATE"), ("the same period last year", "2011-Q3", "DATE")]),
])
def test_the_same_period_last_year(text, expected):
    assert values(text, "2013-01-10") == expected


@pytest.mark.parametrize("text,expected", [
    ("The meeting lasted a half-hour.", [("a half-hour", "PT30M", "DURATION")]),
    ("The alliance has kept the peace for a half-century.", [("a half-century", "P50Y", "DURATION")]),
    ("It has been a quarter-century since the war.", [("a quarter-century", "P25Y", "DURATION")]),
    ("The fund grew for three straight years.", [("three straight years", "P3Y", "DURATION")]),
    ("He served two consecutive years.", [("two consecutive years", "P2Y", "DURATION")]),
    # without the article it modifies a noun; a share is no duration
    ("Unemployment is near its quarter-century low.", []),
    ("A quarter of the troops left.", []),
])
def test_halves_quarters_and_straight_years_as_durations(text, expected):
    assert values(text, "2013-01-10") == expected


@pytest.mark.parametrize("text,anchor,expected", [
    # the n-th weekday of a month
    ("Stores open on Labor Day 2012.", "2013-01-10", ("Labor Day 2012", "2012-09-03")),
    ("He spoke on Memorial Day 2012.", "2013-01-10", ("Memorial Day 2012", "2012-05-28")),
    ("The rally is on Martin Luther King Jr. Day 2013.", "2013-01-10",
     ("Martin Luther King Jr. Day 2013", "2013-01-21")),
    ("Markets close on Presidents' Day 2013.", "2013-01-10", ("Presidents' Day 2013", "2013-02-18")),
    ("They celebrated Mother's Day.", "2013-01-10", ("Mother's Day", "2012-05-13")),
    ("They will celebrate Father's Day.", "2013-01-10", ("Father's Day", "2013-06-16")),
    ("Columbus Day 2012 was quiet.", "2013-01-10", ("Columbus Day 2012", "2012-10-08")),
    # fixed days
    ("Parades were held on Veterans' Day.", "2013-01-10", ("Veterans' Day", "2012-11-11")),
    ("Workers marched on May Day.", "2013-01-10", ("May Day", "2012-05-01")),
    ("Bastille Day 2012 was hot.", "2013-01-10", ("Bastille Day 2012", "2012-07-14")),
])
def test_holidays_on_a_weekday_of_a_month_and_fixed_ones(text, anchor, expected):
    assert [(t.text, t.value) for t in time_expressions(text, anchor)][0] == expected


def test_a_holiday_name_in_lower_case_is_none():
    assert values("It was a memorial day for the victims.", "2013-01-10") == []


@pytest.mark.parametrize("anchor,value", [
    # Memorial Day 2024 is May 27 (May's last Monday); past tense: this year's from 60 days
    # before it (the near window of a day), the one before until then
    ("2024-05-28", "2024-05-27"),
    ("2024-03-28", "2024-05-27"),
    ("2024-03-27", "2023-05-29"),
])
def test_memorial_day_is_the_last_monday_of_may(anchor, value):
    assert values("Crowds gathered on Memorial Day.", anchor)[0][1] == value


@pytest.mark.parametrize("text,anchor,expected", [
    # a Friday anchor: the Friday after "next Thursday" is a week on, not the anchor
    ("The minister will visit next Thursday and Friday.", "1998-02-06",
     [("next Thursday", "1998-02-12"), ("Friday", "1998-02-13")]),
    ("The markets will be shut Saturday through Monday.", "1998-02-06",
     [("Saturday", "1998-02-07"), ("Monday", "1998-02-09")]),
    # a list in the past is read as before
    ("Talks were held on Monday and Tuesday.", "1998-02-06",
     [("Monday", "1998-02-02"), ("Tuesday", "1998-02-03")]),
    # not joined to it: the anchor's own Friday
    ("The minister will visit next Thursday. Officials will brief on Friday.", "1998-02-06",
     [("next Thursday", "1998-02-12"), ("Friday", "1998-02-06")]),
])
def test_a_weekday_joined_to_a_future_one_follows_it(text, anchor, expected):
    assert [(t.text, t.value) for t in time_expressions(text, anchor)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The vote is expected in the first week of April.", ("the first week of April", "2013-04", "START")),
    ("The summit is set for the second half of May.", ("the second half of May", "2013-05", "END")),
    ("The talks begin in the last week of March.", ("the last week of March", "2013-03", "END")),
    ("The second week of April is busy.", ("The second week of April", "2013-04", None)),
    ("Talks began in the first half of February 2012.",
     ("the first half of February 2012", "2012-02", "START")),
    # a day: the month's first or last
    ("The ban ends on the last day of June.", ("the last day of June", "2013-06-30", None)),
    ("The ban ends on the last day of February 2012.", ("the last day of February 2012", "2012-02-29", None)),
    ("The ban ends on the last day of February 2013.", ("the last day of February 2013", "2013-02-28", None)),
    ("The ban began on the first day of May 2012.", ("the first day of May 2012", "2012-05-01", None)),
    # an edge of a century
    ("The alliance was born in the mid-20th century.", ("the mid-20th century", "19", "MID")),
    ("The treaty dates from the early 19th century.", ("the early 19th century", "18", "START")),
])
def test_a_part_of_a_month_or_a_century(text, expected):
    assert mods(text, "2013-03-22") == [expected]


def test_the_last_day_of_february_without_a_year_is_not_guessed():
    assert mods("The ban ends on the last day of February.", None) == [
        ("the last day of February", "XXXX-02", "END")]
    assert mods("The ban ends on the last day of June.", None) == [
        ("the last day of June", "XXXX-06-30", None)]


@pytest.mark.parametrize("text,expected", [
    ("The deal should close by midyear.", [("midyear", "2013", "MID")]),
    ("The plan ends by mid-year.", [("mid-year", "2013", "MID")]),
    # a report's name, not a date
    ("Midyear results were weak.", []),
])
def test_midyear_after_a_preposition(text, expected):
    assert mods(text, "2013-03-22") == expected
