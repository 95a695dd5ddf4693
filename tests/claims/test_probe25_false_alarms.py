"""probe25's false alarm (cr25b, session 17), fixed as a phenomenon and tested on sentences
written for this test: a term told without its title ("who took office in 2011") is of an office
the person had taken up by the article's day, never of one the KB has them take later (an article
of 2019 on Draghi's ECB years is not about the premiership he took in 2021)."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, date", [
    ("Christine Lagarde will succeed Mario Draghi as president of the European Central Bank. Draghi, "
     "who took office in 2011, steps down on 31 October.", "2019-07-03"),
    ("Mario Draghi, who took office in 2011, leaves the central bank in October.", "2019-07-03"),
    ("Mario Draghi took office in 2011.", "2019-07-03"),
])
def test_an_office_taken_after_the_article_is_not_the_one_it_tells_of(checker, text, date):
    assert outcome(checker, text, date) != "flagged"


@pytest.mark.parametrize("text, date, expected", [
    # the premiership had begun by then: the untitled term is of it, and a wrong year is flagged
    ("Mario Draghi, who took office in 2019, resigned as prime minister.", "2022-07-21", "flagged"),
    ("Mario Draghi, who took office in 2021, resigned as prime minister.", "2022-07-21", "supported"),
    # Rutte's later office (NATO, 2024) is not his yet in 2023: the premiership is the one meant
    ("Mark Rutte, who took office in 2010, said he would step down.", "2023-07-08", "supported"),
])
def test_an_office_taken_by_then_is_still_read(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.parametrize("date, expected", [
    ("2021-02-12", "none"),      # the day before Draghi's premiership: not his office yet
    ("2021-02-13", "flagged"),   # its first day: the untitled term is of it
])
def test_the_day_the_later_office_begins(checker, date, expected):
    assert outcome(checker, "Mario Draghi took office in 2011.", date) == expected
