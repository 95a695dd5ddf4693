"""A rank of accession on the second of two coordinated verbs (claims/ranks.py, num21): "Finland
joined NATO on Tuesday and became the alliance's 31st member" (the subject is the first verb's).
A forecast ("Sweden will join and become the 31st member": Sweden was the 32nd) is not read.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ._pipeline import outcome, read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, date, expected", [
    ("Finland joined NATO on Tuesday and became the alliance's 31st member.", "2023-04-05", "supported"),
    ("Finland joined NATO on Tuesday and became the alliance's 30th member.", "2023-04-05", "flagged"),
    ("Finland joined NATO on Tuesday and became the alliance's 32nd member.", "2023-04-05", "flagged"),
    ("Montenegro joined NATO in 2017 and became the alliance's 29th member.", "2023-04-05", "supported"),
    ("Montenegro joined NATO in 2017 and became the alliance's 28th member.", "2023-04-05", "flagged"),
    ("Sweden joined NATO on Thursday and became its 32nd member.", "2024-03-08", "supported"),
    ("Sweden joined NATO on Thursday and became its 33rd member.", "2024-03-08", "flagged"),
])
def test_rank_on_a_coordinated_verb(checker, text, date, expected):
    assert outcome(checker, text, date) == expected


@pytest.mark.parametrize("text", [
    "Sweden will join NATO and become the alliance's 31st member.",
    "Sweden would join NATO and become the alliance's 31st member.",
    "Sweden could join NATO next year and become the alliance's 31st member.",
    "Sweden did not join NATO and become the alliance's 31st member.",
])
def test_no_rank_in_a_forecast_or_denial(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2022-07-05") if s.property == "member_rank"]
