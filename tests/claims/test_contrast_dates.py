"""A date the clause is set against ("unlike in 2022", "in contrast to 2022", "compared with
2022", "as opposed to 2022") is not the clause's date (claims/grammar.own_times). Sentences
written for these tests; Sweden joined NATO on 7 March 2024."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "Unlike in 2022, Sweden is now a member of NATO.",
    "In contrast to 2022, Sweden is now a NATO member.",
    "Compared with 2022, Sweden is now a NATO member.",
    "As opposed to 2022, Sweden is now a NATO member.",
    "Sweden is now a NATO member, unlike in 2022.",
])
def test_a_contrasted_year_does_not_date_the_status(checker, text):
    assert outcome(checker, text, "2024-06-01") == "supported"


def test_the_clause_s_own_date_is_still_checked(checker):
    # twin: the clause's own "in March 2021" dates the joining, three years early
    assert outcome(checker, "Unlike in 2022, Sweden joined NATO in March 2021.", "2024-06-01") == "flagged"


def test_the_status_without_the_contrast_is_dated_by_its_year(checker):
    # the boundary of the rule: the same year, not contrasted, dates the status (and is wrong)
    assert outcome(checker, "In 2022, Sweden was a NATO member.", "2024-06-01") == "flagged"
