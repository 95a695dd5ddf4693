"""Dates the fa22 probe (session 15) showed read against the wrong year, in histories and
reviews: a day without its year right after its month was named with a year ("... covers March
1999. On 12 March ..."), and a month of "that year" ("in October of that year", "that
December"), which took the year nearest the article's date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates import time_expressions

ANCHOR = "2019-04-04"


def values(text: str, anchor: str = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in time_expressions(text, anchor)]


# -- a day after its month and year ------------------------------------------------------------------
@pytest.mark.parametrize("text, day", [
    ("The second part covers March 1999. On 12 March three states joined.", "1999-03-12"),
    ("In March 1999, on 12 March, three states joined.", "1999-03-12"),
    ("His diary resumes in June 2004. By 28 June the summit had opened.", "2004-06-28"),
    ("His diary resumes in June 2004. By June 28 the summit had opened.", "2004-06-28"),
])
def test_a_day_after_its_month_and_year_is_of_that_year(text, day):
    assert values(text)[-1][1] == day


@pytest.mark.parametrize("text, day", [
    # another month: the year nearest the article's, as before
    ("The second part covers March 1999. On 12 February three states joined.", "2019-02-12"),
    # two sentences back: too far to lean on
    ("The second part covers March 1999. It is long. On 12 March three states joined.", "2019-03-12"),
    # a weekday fixes its own year
    ("The second part covers March 1999. On Tuesday, 12 March three states joined.", "2019-03-12"),
    # the month's year is the anchor's: nothing to change
    ("Sales fell in March 2019. On 12 March the board met.", "2019-03-12"),
])
def test_other_days_keep_the_year_nearest_the_article(text, day):
    assert values(text)[-1][1] == day


# -- a month of that year ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The war ended in 1995. He took office in October of that year.", "1995-10"),
    ("The war ended in 1995. He took office in October of the same year.", "1995-10"),
    ("The war ended in 1995. He took office that December.", "1995-12"),
    ("The treaty was signed in May 2004. Talks resumed that September.", "2004-09"),
])
def test_a_month_of_that_year_is_of_the_year_named_last(text, value):
    assert values(text)[-1][1] == value


@pytest.mark.parametrize("text, value", [
    ("He took office in October of that year.", "XXXX-10"),
    ("He took office that December.", "XXXX-12"),
])
def test_a_month_of_that_year_with_no_year_named_is_unknown(text, value):
    assert values(text)[-1][1] == value


def test_that_before_a_day_is_not_a_month_of_that_year():
    # "that May 5 was cold": the day is the date, "that" the conjunction
    assert values("I remember that May 5 was cold.") == [("May 5", "2019-05-05")]
