"""A plan not to attend an event, told more than a week before it, is a plan, not a fact (issue
12, neg20; _negation.check_not_done): "Macron will not attend the NATO summit in Washington",
written a month before the summit he then attended, is `unverifiable`; in the last week before it
(travel settled, tests/claims/test_attendance_polarity.py) and after it, the KB's record of the
attendance contradicts the denial. The boundary day is tested on both sides. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# kb/data/summits.yaml: the Washington summit 2024-07-09 to 2024-07-11, Macron among its attendees.
TEXT = "Emmanuel Macron will not attend the NATO summit in Washington."


@pytest.mark.parametrize("published, expected", [
    ("2024-06-01", ["unverifiable"]),  # weeks before: a plan
    ("2024-07-01", ["unverifiable"]),  # eight days before
    ("2024-07-02", ["contradicted_by_kb"]),  # seven days before: settled
    ("2024-07-08", ["contradicted_by_kb"]),
])
def test_a_plan_not_to_attend_is_judged_only_in_the_last_week(accord_annotator, published, expected):
    assert verdicts(accord_annotator, TEXT, published, "attended") == expected


def test_the_done_denial_after_the_event_is_contradicted(accord_annotator):
    text = "Emmanuel Macron did not attend the NATO summit in Washington."
    assert verdicts(accord_annotator, text, "2024-07-12", "attended") == ["contradicted_by_kb"]


def test_the_affirmed_plan_is_not_flagged(accord_annotator):
    text = "Emmanuel Macron will attend the NATO summit in Washington."
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-06-01", "attended")
