"""A NATO summit dated to a month in which no NATO summit met (claims/summit_months.py).
Sentences written for these tests; 2022's summits: 2022-02-25 (virtual), 2022-03-24 (Brussels,
extraordinary), 2022-06-28/30 (Madrid, the regular one)."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kinds", [
    ("Yoon was the first South Korean leader to attend a NATO summit in June last year.", ["supported"]),
    ("Yoon was the first South Korean leader to attend a NATO summit in July last year.", ["contradicted_by_kb"]),
    ("Yoon Suk Yeol attended the alliance's summit in September 2022.", ["contradicted_by_kb"]),
    ("Biden attended a NATO summit in March 2022.", ["supported"]),  # the extraordinary one
    ("Biden attended a NATO summit in May 2022.", ["contradicted_by_kb"]),
])
def test_no_nato_summit_that_month(accord_annotator, text, kinds):
    assert verdicts(accord_annotator, text, "2023-01-29", "took_place_on") == kinds


@pytest.mark.parametrize("text", [
    "Leaders met at the summit in July 2022.",  # not said to be NATO's
    "Yoon attended a NATO summit in July.",  # the year is a guess
    "Yoon attended a NATO summit in July 2013.",  # before the years the KB lists every summit for
    "Yoon attended a G7 summit in July 2022.",  # another organisation's
])
def test_not_read(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, "2023-01-29", "took_place_on")
