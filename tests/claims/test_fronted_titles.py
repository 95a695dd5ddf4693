"""A title fronted with "As" (claims/fronted_titles.py, cr13b): "As T from A to B, X ...", "As T,
X visited Y in D". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


@pytest.mark.parametrize("text, date, right, wrong", [
    ("As foreign minister from 2020 to 2024, Dmytro Kuleba toured dozens of capitals.",
     "2025-01-10", "from 2020", "from 2018"),
    ("As foreign minister, Penny Wong visited Beijing in December 2022.", "2023-02-01",
     "December 2022", "December 2021"),
    ("As defence secretary, Ben Wallace flew to Kyiv on 17 February 2023.", "2023-03-01",
     "Ben Wallace", "Grant Shapps"),
])
def test_fronted_title_both_sides(checker, text, date, right, wrong):
    assert outcome(checker, text, date) == "supported"
    assert outcome(checker, text.replace(right, wrong), date) == "flagged"


@pytest.mark.parametrize("text", [
    "As prime minister, Rishi Sunak defended the 2019 manifesto.",  # a date inside the object
    "As prime minister, Rishi Sunak would have visited Kyiv in 2019.",  # not a fact
    "As prime minister, he visited Kyiv in March 2019.",  # a pronoun
    "As a minister, Rishi Sunak visited Kyiv in March 2019.",  # one of several ministers
    "As prime minister until 2024, Rishi Sunak visited Kyiv.",  # an end alone
])
def test_fronted_title_not_read(accord_annotator, checker, text):
    found = [s for s in read(accord_annotator, text, "2025-01-10")
             if s.property in ("holds_office", "took_office", "left_office")]
    assert not found
    assert outcome(checker, text, "2025-01-10") != "flagged"
