"""A state's bid told as still open (claims/bids.py): "X's last hurdle to NATO membership" says X
is not a member on the article's day; sentences written for these tests."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, kind", [
    ("Hungary lifts Sweden's last hurdle to NATO membership.", "2024-02-27", "supported"),
    ("Hungary lifts Finland's last hurdle to NATO membership.", "2024-02-27", "contradicted_by_kb"),
    ("Turkey is blocking Sweden's NATO bid.", "2023-06-10", "supported"),
    ("Turkey is blocking Norway's bid to join NATO.", "2023-06-10", "contradicted_by_kb"),
    ("Ukraine's path to NATO membership remains long.", "2023-06-10", "supported"),
    # Sweden joined on 2024-03-07: within 30 days a stale "last hurdle" is not flagged, after it is
    ("Hungary lifts Sweden's last hurdle to NATO membership.", "2024-04-06", "unverifiable"),
    ("Hungary lifts Sweden's last hurdle to NATO membership.", "2024-04-07", "contradicted_by_kb"),
])
def test_an_open_bid_says_the_state_is_not_a_member_now(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, "member_of")


@pytest.mark.parametrize("text", [
    "Hungary lifted Finland's last hurdle to NATO membership last year.",  # the past: not today
    "Finland's bid to join NATO was approved in 2023.",
    "Turkey blocked Finland's NATO bid for months.",
])
def test_a_bid_told_in_the_past_says_nothing_of_today(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2024-02-27", "member_of")
