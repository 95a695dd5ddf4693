"""Dates moved by one edit (issue 12, helper dat12s: `bench/sweeps/dates.py`), on sentences written
for these tests: the true sentence is supported (or left unverifiable), the moved date flagged.

- "the anniversary of NATO’s founding on 4 April 1949": a possessive the parse hangs apart from
  the founding noun still names whose founding it is, so a moved day or month is read and checked.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind", [
    ("The comments from Ukraine’s top diplomat coincided with the anniversary of NATO’s founding on April 4, 1949.",
     "supported"),
    ("The comments from Ukraine’s top diplomat coincided with the anniversary of NATO’s founding on June 4, 1949.",
     "contradicted_by_kb"),
    ("The visit coincided with the anniversary of NATO’s founding on April 4, 1949.", "supported"),
    ("The visit coincided with the anniversary of NATO’s founding on May 4, 1949.", "contradicted_by_kb"),
    ("Protests marked the anniversary of NATO’s founding on 4 April 1949.", "supported"),
    ("Protests marked the anniversary of NATO’s founding on 4 August 1949.", "contradicted_by_kb"),
    # a day off by one is a clash too
    ("The visit coincided with the anniversary of NATO’s founding on April 5, 1949.", "contradicted_by_kb"),
    ("The visit coincided with the anniversary of NATO’s founding on April 3, 1949.", "contradicted_by_kb"),
])
def test_a_founding_day_after_a_split_possessive_is_checked(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, "2024-04-04", "established") == [kind]
