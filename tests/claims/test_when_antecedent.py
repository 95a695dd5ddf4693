"""A title in a "when" clause on an earlier time names the office at that time ("acting secretary
since November, when President Trump fired Esper", written in January 2021: Trump's office in
November 2020, not on the article's day; offices._when_antecedent). Sentences written for these
tests; Trump's first term ended on 20 January 2021, Biden's began that day."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


SENT = "Miller had been acting secretary since November, when President {} fired Mark Esper."


@pytest.mark.parametrize("who, expected", [
    ("Donald Trump", "supported"),   # in office in November 2020, gone on the article's day
    ("Joe Biden", "flagged"),        # not yet in office in November 2020
])
def test_a_when_clause_on_a_month_dates_the_title(checker, who, expected):
    assert outcome(checker, SENT.format(who), "2021-01-22") == expected


@pytest.mark.parametrize("who, expected", [
    ("Boris Johnson", "supported"),  # prime minister from July 2019
    ("Rishi Sunak", "flagged"),      # from October 2022
])
def test_a_when_clause_on_a_year_dates_the_title(checker, who, expected):
    text = f"The alliance has grown since 2019, when Prime Minister {who} hosted its leaders near London."
    assert outcome(checker, text, "2024-06-01") == expected


def test_a_when_clause_in_the_article_s_month_told_in_the_past_dates_the_title(checker):
    # 22 January 2021: "January, when President Trump fired him" is the January of his last days
    text = "Miller had been acting secretary since January, when President Donald Trump fired Mark Esper."
    assert outcome(checker, text, "2021-01-22") == "supported"


def test_a_when_clause_on_a_time_to_come_leaves_the_article_s_day(checker):
    # 1 December 2020: Trump is president on the article's day; February 2021 would flag him
    text = "The report is due in February, when President Donald Trump will no longer be in office."
    assert outcome(checker, text, "2020-12-01") == "supported"
