"""A footnote marker run into a date ("in April 2023.4 Sweden followed") no longer costs the date
its year (ingest/clean.FOOTNOTE_MARKS, fa25): read with the marker, the year was lost and the
month read in the article's year, a false contradiction. The true date passes, a wrong year is
still flagged with the marker beside it. Finland joined NATO on 4 April 2023, Sweden on 7 March
2024, Croatia adopted the euro on 1 January 2023. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "Finland joined NATO in April 2023.4 Sweden followed in 2024.",
    "Finland joined NATO on 4 April 2023.14",
    "Finland joined NATO in April 2023,4 and Sweden followed in March 2024.",
    "Finland joined NATO in April 2023⁴ and Sweden followed in March 2024.",
    "NATO has 32 allies.12 Sweden joined the Alliance in March 2024.13",
    "Croatia joined the euro area in January 2023.21 Bulgaria followed later.",
])
def test_a_true_date_with_a_footnote_marker_is_not_flagged(checker, text):
    assert outcome(checker, text, "2025-07-15") != "flagged"


@pytest.mark.parametrize("text", [
    "Finland joined NATO in April 2022.4 Sweden followed in 2024.",
    "Finland joined NATO on 4 April 2024.14",
    "Finland joined NATO in April 2021,4 and Sweden followed in March 2024.",
    "NATO has 32 allies.12 Sweden joined the Alliance in March 2023.13",
    "Croatia joined the euro area in January 2022.21 Bulgaria followed later.",
])
def test_a_wrong_year_with_a_footnote_marker_is_still_flagged(checker, text):
    assert outcome(checker, text, "2025-07-15") == "flagged"


@pytest.mark.parametrize("text, expected", [
    ("Finland joined NATO on 4 April 2023.", "supported"),   # the day itself
    ("Finland joined NATO on 5 April 2023.", "flagged"),     # one day late
])
def test_the_same_sentence_without_a_marker_is_read_to_the_day(checker, text, expected):
    assert outcome(checker, text, "2025-07-15") == expected
