"""A round named by its election: "the second round of the presidential election on 7 May", "the
run-off of France's presidential election" (`elections._round_of_a_vote`): the "of" phrase names
which election (its state, its kind) instead of ruling the noun out as "the election of a
president" does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text,expected", [
    ("Emmanuel Macron won the run-off of France's presidential election on 7 May.", "supported"),
    # a day either side is left unsure (elections.MARGIN), two days off is flagged
    ("Emmanuel Macron won the run-off of France's presidential election on 8 May.", "none"),
    ("Emmanuel Macron won the run-off of France's presidential election on 9 May.", "flagged"),
    ("PARIS — Emmanuel Macron won the second round of the presidential election on 7 May.", "supported"),
    ("PARIS — Emmanuel Macron won the second round of the presidential election on 5 May.", "flagged"),
])
def test_a_round_of_an_election_is_that_elections_day(checker, text, expected):
    assert outcome(checker, text, "2017-05-14") == expected


def test_a_round_of_another_kind_of_election_is_not_read(checker):
    assert outcome(checker, "The second round of the local election on 14 May went to the centrists.",
                   "2017-05-14") != "flagged"
