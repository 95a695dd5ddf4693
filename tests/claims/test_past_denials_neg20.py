"""A denied grant of candidate status told in the simple past with no date of its own ("Georgia
was not granted EU candidate status", "EU leaders refused to grant Georgia candidate status")
speaks of some earlier occasion, which the sentence before may date: it is not flagged against a
status the KB gives on the article's day (claims/_past_denials.py; issue 12, neg20). The present
perfect and the present ("has not been granted", "is not a candidate") speak of that day and are
still flagged, the day the status began decides; a dated denial is judged at its date.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# kb/data: Georgia an EU candidate from 2023-12-14.
PROP = "candidate_for"


@pytest.mark.parametrize("text", [
    "In June 2022, EU leaders made Ukraine and Moldova candidates. Georgia was not granted candidate status.",
    "Georgia was not granted EU candidate status.",
    "EU leaders refused to grant Georgia candidate status.",
    "EU leaders did not grant Georgia candidate status.",
    "EU leaders denied Georgia candidate status.",
])
def test_a_past_denial_with_no_date_is_not_flagged(accord_annotator, text):
    found = verdicts(accord_annotator, text, "2024-06-01", PROP)
    assert "contradicted_by_kb" not in found
    assert "unverifiable" in found  # read, but which occasion is meant is not written


@pytest.mark.parametrize("text", [
    "Georgia has not been granted EU candidate status.",
    "Georgia is not an EU candidate.",
    "EU leaders have refused to grant Georgia candidate status.",
])
def test_a_denial_of_the_articles_day_is_still_flagged(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2024-06-01", PROP) == ["contradicted_by_kb"]


@pytest.mark.parametrize("published, expected", [
    ("2023-12-13", ["new"]),  # the day before the status: true
    ("2023-12-15", ["contradicted_by_kb"]),  # the day after
])
def test_the_day_the_status_began_decides(accord_annotator, published, expected):
    assert verdicts(accord_annotator, "Georgia has not been granted EU candidate status.", published, PROP) == expected


@pytest.mark.parametrize("text, expected", [
    ("Georgia was not granted EU candidate status in December 2023.", ["contradicted_by_kb"]),
    ("EU leaders did not grant Georgia candidate status in December 2023.", ["contradicted_by_kb"]),
    ("Georgia was granted EU candidate status in December 2023.", ["supported"]),
])
def test_a_dated_denial_is_judged_at_its_date(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2024-06-01", PROP) == expected
