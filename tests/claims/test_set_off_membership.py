"""A state's membership told by a verbless "in" phrase set off by commas and dated by its own
"since": "Croatia, in the Schengen zone since 2023, welcomed the decision"
(`relations._set_off_state`). Without a "since" the phrase takes its time from the clause ("Britain,
in the EU at the time, opposed the plan") and is not read; a phrase whose object is no organisation
("Ukraine, in NATO's view, ...") places nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text,expected", [
    ("Croatia, in the Schengen zone since 2023, welcomed the decision.", "supported"),
    ("Croatia, in the Schengen zone since 2022, welcomed the decision.", "flagged"),  # a year early
    ("Finland, in NATO since April 2023, backed the plan.", "supported"),
    ("Finland, in NATO since March 2023, backed the plan.", "flagged"),  # a month early
    ("Britain, in the EU since 1973, voted to leave in 2016.", "supported"),
    ("Britain, in the EU since 1972, voted to leave in 2016.", "flagged"),
])
def test_a_set_off_in_phrase_with_since_dates_the_membership(checker, text, expected):
    assert outcome(checker, text, "2024-05-01") == expected


@pytest.mark.parametrize("text", [
    "Britain, in the EU at the time, opposed the plan.",
    "Britain, in the EU for 47 years, left in 2020.",
    "Britain, in the EU until 2020, opposed the plan in 2015.",
    "Ukraine, in NATO's view, must reform first.",
])
def test_an_undated_or_non_membership_phrase_is_not_read(checker, text):
    assert outcome(checker, text, "2024-05-01") != "flagged"
