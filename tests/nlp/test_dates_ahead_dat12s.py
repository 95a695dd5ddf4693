"""A date governed by "ahead of" is of an event still to come (issue 12, dat12s), when no verb
of its clause gives a tense: "The announcement comes ahead of a August 28-30 gathering", in June,
is this August's gathering, not last year's (a day more than 60 days ahead was read as past).
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from accord.nlp.extract.dates.tense import FUTURE, PAST

from .test_dates_tense import tense_of, value

JUNE = "2022-06-15"


@pytest.mark.parametrize("text, expression, year", [
    ("The announcement comes ahead of a August 28-30 gathering of the alliance.", "August 28-30", "2022"),
    ("The visit comes ahead of the October 3 vote on the budget.", "October 3", "2022"),
    ("The statement, ahead of its December 3 meeting, calls for calm.", "December 3", "2022"),
    ("Ministers talk ahead of September 20 elections.", "September 20", "2022"),
])
def test_a_date_ahead_of_is_the_next_one(text, expression, year):
    assert tense_of(text, expression) == FUTURE
    assert value(text, JUNE, expression).startswith(year)


@pytest.mark.parametrize("text, expression, published, year", [
    # a past verb nearer to the left wins: the deadline the talks came before
    ("Leaders met ahead of the August 28 deadline.", "August 28", JUNE, "2021"),
    ("Leaders met ahead of the August 28 deadline.", "August 28", "2022-09-15", "2022"),
])
def test_a_past_verb_outweighs_ahead_of(text, expression, published, year):
    assert tense_of(text, expression) == PAST
    assert value(text, published, expression).startswith(year)


def test_ahead_of_governs_the_date_only_across_one_determiner():
    # "ahead of the delayed October 3 vote": two words between, the rule does not read it
    assert tense_of("The visit comes ahead of the delayed October 3 vote.", "October 3") is None
    assert tense_of("The visit comes ahead of the October 3 vote.", "October 3") == FUTURE
    assert tense_of("The visit comes ahead of October 3 talks.", "October 3") == FUTURE
    # "ahead" alone is no cue: "the road ahead, on October 3"
    assert tense_of("The road ahead for the talks on October 3 is long.", "October 3") is None
