"""Candidates made by "make" (issue 12, pm16): "EU leaders made Ukraine and Moldova official
candidates to join the bloc". Sentences written for these tests; the bundled KB dates the EU
candidacies of Ukraine and Moldova from 23 June 2022 and Georgia's from 14 December 2023."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, date, expected", [
    ("European Union leaders on Thursday made Ukraine and Moldova official candidates to join the bloc.",
     "2022-06-24", ["supported", "supported"]),
    ("European Union leaders on Thursday made Ukraine and Georgia official candidates to join the bloc.",
     "2022-06-24", ["contradicted_by_kb", "supported"]),
    ("EU leaders on Thursday made Georgia an official candidate to join the bloc.", "2022-06-24",
     ["contradicted_by_kb"]),
    ("The EU made Georgia a candidate for membership in December 2023.", "2024-01-10", ["supported"]),
    ("The EU made Georgia a candidate for membership in June 2022.", "2024-01-10", ["contradicted_by_kb"]),
])
def test_made_a_candidate_is_a_candidacy_from_the_clause_date(accord_annotator, text, date, expected):
    assert verdicts(accord_annotator, text, date, "candidate_for") == expected


@pytest.mark.parametrize("day, expected", [
    ("13 December 2023", ["contradicted_by_kb"]),  # the day before the KB's start
    ("14 December 2023", ["supported"]),
    ("15 December 2023", ["contradicted_by_kb"]),
])
def test_the_day_of_the_candidacy_is_checked_to_the_day(accord_annotator, day, expected):
    text = f"EU leaders made Georgia an official candidate on {day}."
    assert verdicts(accord_annotator, text, "2024-01-10", "candidate_for") == expected


@pytest.mark.parametrize("text", [
    "The EU made it clear in 2022 that Georgia was not yet a candidate.",
    "The EU made Ukraine, but not Georgia, a candidate in June 2022.",
    "The EU did not make Georgia a candidate in 2022.",
    "The IMF made Ukraine a candidate for a loan in 2022.",
    "NATO made Ukraine's foreign minister a candidate for the post in 2022.",
])
def test_no_candidacy_of_a_state_is_made(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-01-10", "candidate_for")
