"""Every form the date normaliser reads, with and without an anchor (issue 17: the handlers for
months with "this/last/next", decades, centuries, spoken years, year ranges, weekdays, day words,
seasons and vague references had no test, so a mutation in them passed).

Anchor 2023-04-11, a Tuesday, unless the case says None. Each case is the whole list of
expressions found: (text, value, type, mod).
"""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import time_expressions

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
    ("In the long run it meets.", ("the long run", "FUTURE_REF", "DATE", None)),
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
])
def test_a_year_range(text, begin, finish):
    [t] = time_expressions(text, ANCHOR)
    assert (t.value, t.role, t.begin, t.finish) == (begin, "range", begin, finish)


@pytest.mark.parametrize("text", ["In 1995-1990 it ran.", "In 2019-2045 it ran."])
def test_a_backwards_or_over_long_year_range_is_not_a_range(text):
    assert all(t.role != "range" for t in time_expressions(text, ANCHOR))
