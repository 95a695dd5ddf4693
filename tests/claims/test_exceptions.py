"""A group with exceptions (session 11; lists16 found the first): "all ... but / except / apart
from X" leaves X out of the group (`grammar.excepted`, `grammar.excepting`). Before, "All Nordic
countries but Sweden and Finland are NATO members" flagged Sweden and Finland as members, and "All
NATO members except Hungary and Turkey have ratified" read that every ally had ratified.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "All Nordic countries but Sweden and Finland are NATO members.",
    "All Nordic countries are NATO members except Sweden and Finland.",
    "All Nordic countries apart from Sweden and Finland are NATO members.",
])
def test_the_excepted_states_are_left_out_of_the_group(checker, text):
    assert outcome(checker, text, "2023-01-10") == "supported"


# Finland joined NATO on 4 April 2023: "all but Sweden" is true from that day.
@pytest.mark.parametrize("date, expected", [
    ("2023-04-03", "flagged"),
    ("2023-04-04", "supported"),
])
def test_the_states_not_excepted_are_still_checked(checker, date, expected):
    assert outcome(checker, "All Nordic countries but Sweden are NATO members.", date) == expected


@pytest.mark.parametrize("text, expected", [
    ("All NATO members except Hungary and Turkey have ratified the accession of Finland.", "supported"),
    ("All NATO members have ratified the accession of Finland.", "flagged"),
])
def test_all_but_some_is_not_all(checker, text, expected):
    assert outcome(checker, text, "2023-01-10") == expected
