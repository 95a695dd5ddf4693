"""Titles the KB cannot settle as of the article's day (found by bench/false_alarms.py
--polnear train --dated on correct political news of 2015-2016): a year just before a first term
("voted for President Obama in 2008"), a holder imagined ("a President Donald Trump", "a
would-be president", "X, a White House press secretary"), a title of a body named after a state
("the president of the United States Hispanic Chamber of Commerce"). Each is `unverifiable`
or not read, never flagged; a definite present title stays checked.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.kb.types import Fact
from accord.model import Reference, Statement, TimeQualifier
from accord.reconcile.kbcheck import ELECTION_YEAR_DAYS, _election_year


def _term(start: str, end: str, precision: str = "day") -> Fact:
    return Fact(subject="person:x", property="holds_office", value="office:y",
                start=TimeQualifier(start, precision), end=TimeQualifier(end, precision))


def _title(when: str, precision: str = "year") -> Statement:
    return Statement(subject="person:x", property="holds_office", value="office:y",
                     point_in_time=TimeQualifier(when, precision),
                     references=[Reference("d", 0, 1, "Many voted for President X in that year.")])


@pytest.mark.parametrize("start, aside", [
    # 2008 ends on 2008-12-31: a first term starting ELECTION_YEAR_DAYS after that is the year's election
    ((date(2008, 12, 31) + timedelta(days=ELECTION_YEAR_DAYS)).isoformat(), True),
    ((date(2008, 12, 31) + timedelta(days=ELECTION_YEAR_DAYS + 1)).isoformat(), False),
    ("2009-01-20", True),
])
def test_a_year_that_ends_just_before_the_first_term_is_the_election_year(start, aside):
    got = _election_year(_title("2008"), [_term(start, "2017-01-20")])
    assert (got is not None) == aside


def test_a_day_before_the_first_term_is_not_an_election_year():
    assert _election_year(_title("2008-11-04", "day"), [_term("2009-01-20", "2017-01-20")]) is None


def test_a_first_term_known_only_to_the_year_gives_no_election_year():
    assert _election_year(_title("2008"), [_term("2009", "2017", "year")]) is None


def test_a_negated_title_is_left_to_the_usual_check():
    st = _title("2008")
    st.polarity = "negated"
    assert _election_year(st, [_term("2009-01-20", "2017-01-20")]) is None


def test_a_year_the_person_held_the_office_is_not_aside():
    assert _election_year(_title("2010"), [_term("2009-01-20", "2017-01-20")]) is None


def _outcome(checker, text: str, day: str) -> str:
    from bench.paraphrases import outcome

    return outcome(checker.findings(text, day))


SILENT = [
    ("Many Democrats voted for President Obama in 2008.", "2016-03-15"),
    ("Ohio, won by President Obama in 2008, is leaning toward the Republicans.", "2016-07-18"),
    ("And what of the prospects of a President Donald Trump?", "2016-02-20"),
    ("That is good news for a would-be president Donald Trump.", "2015-11-24"),
    ("A Prime Minister Keir Starmer would face the unions.", "2023-02-01"),
    ("An American President Donald Trump would change the alliance.", "2016-02-01"),
    ("A President Trump would be dealing with many problems.", "2016-05-05"),
    # an indefinite apposition: one of the office's holders, at some time
    ("That is wrong, said Ms. Perino, a White House press secretary for George W. Bush.", "2016-08-22"),
    ("Dana Perino, a White House press secretary, wrote the book.", "2016-08-22"),
    # a body named after a state: the office is the body's
    ("He understands the immigrant, said Javier Palomarez, the president of the United States Hispanic "
     "Chamber of Commerce.", "2015-12-18"),
    ("Ann Smith, the president of the United States Olympic Committee, said so on Monday.", "2016-05-02"),
    ("The chairman of the United States Chamber of Commerce, Tom Jones, spoke on Monday.", "2016-05-02"),
    ("Ivan Petrov, the president of the Russian Academy of Sciences, said so on Monday.", "2016-05-02"),
]

FLAGGED = [
    ("President Donald Trump met allies in Brussels on Thursday.", "2016-02-20"),
    ("Secretary General Jens Stoltenberg opened the summit.", "2025-06-24"),
    ("The Prime Minister, Keir Starmer, spoke to Parliament.", "2023-02-01"),
    ("Barack Obama became president in 2007.", "2016-03-15"),
    ("Dana Perino, the White House press secretary, said so on Monday.", "2016-08-22"),
    ("Joe Biden, the President of the United States, spoke on Thursday.", "2015-12-18"),
    ("Tom Jones, the president of the United States, spoke on Monday.", "2016-05-02"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, day", SILENT)
def test_titles_the_kb_cannot_settle_are_not_flagged(checker, text, day):
    assert _outcome(checker, text, day) != "flagged"


@pytest.mark.model
@pytest.mark.parametrize("text, day", FLAGGED)
def test_wrong_holders_of_the_day_are_still_flagged(checker, text, day):
    assert _outcome(checker, text, day) == "flagged"


@pytest.mark.model
def test_a_former_holder_in_an_indefinite_apposition_is_still_read(checker):
    # "a former" is a past holder, read as one, not an imagined holder
    assert _outcome(checker, "Stoltenberg, a former prime minister of Norway, will stay on.", "2023-07-04") == "supported"
