"""A president's re-election, won or denied (neg25, election_winners._re_elected): "X was not
re-elected on D" / "X failed to win re-election in D" is contradicted when the KB has the
incumbent win that presidential election, supported when another won it; the affirmed form the
other way round. Other posts, bodies that chose, heads of government, first rounds and
conditionals are not judged. Sentences written for these tests, true facts (Macron re-elected on
24 April 2022, Trump beaten in November 2020, Erdogan re-elected in the run-off of 28 May 2023,
Orban's party won Hungary's parliamentary election of 3 April 2022)."""

from __future__ import annotations

import pytest

from ._pipeline import outcome, read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day, expected", [
    ("Emmanuel Macron was not re-elected on 24 April.", "2022-05-01", "flagged"),
    ("Emmanuel Macron failed to win re-election on 24 April.", "2022-05-01", "flagged"),
    ("Emmanuel Macron did not win re-election on 24 April.", "2022-05-01", "flagged"),
    ("Emmanuel Macron won re-election on 24 April.", "2022-05-01", "supported"),
    ("Donald Trump was re-elected in November 2020.", "2021-01-10", "flagged"),
    ("Donald Trump was not re-elected in November 2020.", "2021-01-10", "supported"),
    ("Donald Trump failed to win re-election in November 2020.", "2021-01-10", "supported"),
    ("Recep Tayyip Erdogan was not re-elected on 28 May.", "2023-06-01", "flagged"),
    ("Emmanuel Macron did not win a second term on 24 April.", "2022-05-01", "flagged"),
    ("Emmanuel Macron failed to win a second five-year term on 24 April.", "2022-05-01", "flagged"),
    ("Emmanuel Macron won a second term on 24 April.", "2022-05-01", "supported"),
    ("Donald Trump failed to win a second term in November 2020.", "2021-01-10", "supported"),
    ("Donald Trump won a second term in November 2020.", "2021-01-10", "flagged"),
])
def test_a_re_election(checker, text, day, expected):
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day", [
    ("Recep Tayyip Erdogan failed to win re-election on 14 May.", "2023-06-01"),  # a first round: true
    ("Viktor Orban was not re-elected on 3 April.", "2022-04-10"),                # a head of government
    ("Emmanuel Macron was not re-elected as party leader on 24 April.", "2022-05-01"),
    ("Emmanuel Macron was not re-elected to lead the party on 24 April.", "2022-05-01"),
    ("Emmanuel Macron was not re-elected by parliament on 24 April.", "2022-05-01"),
    ("If Emmanuel Macron was not re-elected on 24 April, Marine Le Pen would have won.", "2022-05-01"),
    ("Joe Biden was not re-elected in November 2024.", "2024-12-01"),             # true: he did not run
    ("Viktor Orban did not win a fourth term on 3 April.", "2022-04-10"),         # a head of government
    ("Emmanuel Macron did not win a second term as party leader on 24 April.", "2022-05-01"),
])
def test_no_flag(checker, text, day):
    assert outcome(checker, text, day) != "flagged"


def test_only_an_incumbent_is_read(accord_annotator):
    """Trump was not in office in November 2024: his return is not a re-election of the incumbent."""
    found = read(accord_annotator, "Donald Trump was not re-elected in November 2024.", "2024-12-01")
    assert [s for s in found if s.property == "won_presidential_election"] == []


def test_a_second_term_of_one_not_in_office_is_no_re_election(accord_annotator):
    """Trump's second term, won in November 2024 out of office: read by term_ordinals only."""
    found = read(accord_annotator, "Donald Trump won a second term in November 2024.", "2025-01-10")
    assert [s for s in found if s.property == "won_presidential_election"] == []
