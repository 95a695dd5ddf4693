"""A presidential election dated only by its year or month, denied of its winner (neg25,
election_winners._head_state): "Joe Biden did not win the 2020 presidential election" names no
state; the state is the one whose head office a person named held on the vote's first possible
day or 150 days after its last possible one, so the winner-to-be (in office from January 2021)
is found and the denial contradicted. Sentences written for these tests, true facts."""

from __future__ import annotations

import pytest

from ._pipeline import outcome

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day, expected", [
    ("Joe Biden did not win the 2020 presidential election.", "2021-03-01", "flagged"),
    ("Joe Biden lost the 2020 presidential election.", "2021-03-01", "flagged"),
    ("Joe Biden won the 2020 presidential election.", "2021-03-01", "supported"),
    ("Donald Trump did not win the 2020 presidential election.", "2021-03-01", "supported"),
    ("Yoon Suk Yeol did not win the 2022 presidential election.", "2022-06-01", "flagged"),
    ("Alexander Stubb did not win the 2024 presidential election.", "2024-03-15", "flagged"),
    ("Alexander Stubb won the 2024 presidential election.", "2024-03-15", "supported"),
    ("Volodymyr Zelensky did not win the 2019 presidential election.", "2019-12-01", "flagged"),
    ("Petro Poroshenko did not win the 2019 presidential election.", "2019-12-01", "supported"),
])
def test_a_denied_win_of_a_year_dated_election(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day", [
    ("Pekka Haavisto did not win the 2024 presidential election.", "2024-03-15"),   # true: no state office
    ("Keir Starmer did not win the 2024 general election.", "2025-01-10"),          # parliamentary: a loser is never judged
    ("If Joe Biden did not win the 2020 presidential election, Donald Trump would have stayed.", "2021-03-01"),
])
def test_no_flag(checker, text, day):
    assert outcome(checker, text, day) != "flagged"
