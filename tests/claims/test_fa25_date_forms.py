"""Date forms that made the checker sure of a wrong date in true sentences (fa25): a span of two
years ("the 2023/24 winter"), a year after an apostrophe ("7 March '24"), a year in brackets after
each of several subjects ("Finland (2023) and Sweden (2024)"), a numeric date whose day and month
could be swapped ("7/3/2024"). Each true form passes; a wrong date in the same form is still
flagged. Finland joined NATO on 4 April 2023, Sweden on 7 March 2024, Croatia the EU on 1 July
2013; Keir Starmer became prime minister on 5 July 2024. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome

DAY = "2025-07-15"


@pytest.mark.parametrize("text", [
    "Sweden joined NATO during the 2023/24 winter.",
    "Sweden joined NATO in 2023-24, after Turkey and Hungary ratified.",
    "Sweden joined NATO in the 2023–24 parliamentary year.",
])
def test_an_event_in_a_span_of_two_years_is_not_dated_by_the_first(checker, text):
    assert outcome(checker, text, DAY) != "flagged"


@pytest.mark.parametrize("text, expected", [
    ("Sweden joined NATO on 7 March '24.", "supported"),
    ("Sweden joined NATO on March 7, '24.", "supported"),
    ("Sweden joined NATO on 7 March ’24 after a long wait.", "supported"),
    ("Sweden joined NATO on 7 March '23.", "flagged"),   # a year early
    ("Sweden joined NATO on 8 March '24.", "flagged"),   # a day late
    ("Sweden joined NATO in May '24.", "flagged"),
])
def test_an_apostrophe_year_dates_the_day(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("Finland (2023) and Sweden (2024) joined NATO after Russia's invasion.", "supported"),
    ("Finland (2024) and Sweden (2023) joined NATO after Russia's invasion.", "flagged"),  # swapped
    ("Finland (2023) and Sweden (2023) joined NATO after Russia's invasion.", "flagged"),  # Sweden a year early
    ("Croatia (2013) joined the EU.", "supported"),
    ("Croatia (2012) joined the EU.", "flagged"),
])
def test_a_bracketed_year_dates_its_own_subject(checker, text, expected):
    assert outcome(checker, text, DAY) == expected


def test_a_subject_without_its_own_bracketed_year_is_not_dated_by_another_s(checker):
    assert outcome(checker, "Finland (2023) and Sweden joined NATO after Russia's invasion.", DAY) != "flagged"


@pytest.mark.parametrize("text, date", [
    ("Sweden joined NATO on 7/3/2024, almost two years after applying.", DAY),
    ("Sweden joined NATO on 07/03/2024.", DAY),
    ("On 6/7/2024 Prime Minister Keir Starmer visited Scotland.", "2024-07-20"),
])
def test_a_numeric_date_read_either_way_dates_no_claim(checker, text, date):
    assert outcome(checker, text, date) != "flagged"


@pytest.mark.parametrize("text, date", [
    ("Sweden joined NATO on 3/17/2024.", DAY),                       # 17 is no month: read, ten days late
    ("Finland joined NATO on 4/4/2022.", DAY),                       # the same either way: a year early
    ("On 6/17/2024 Prime Minister Keir Starmer visited Scotland.", "2024-07-20"),  # before his term
])
def test_a_numeric_date_read_one_way_only_is_still_checked(checker, text, date):
    assert outcome(checker, text, date) == "flagged"
