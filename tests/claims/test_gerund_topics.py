"""A gerund that a stance or a debate is about is no deed told (issue 12, session 9: found by
probing with our own correct sentences): "Sweden's ruling Social Democrats backed joining NATO on
Sunday" read "Sweden joined NATO on Sunday" and flagged it. `grammar._gerund_topic`: the gerund as
a verb's object or complement (not an aspect verb's: "began ratifying"), or after a topic
preposition ("in favour of joining"), is a plan; after "since / after / before" it still dates a
deed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


@pytest.mark.parametrize("text", [
    "Sweden's ruling Social Democrats backed joining NATO on Sunday.",
    "The party voted in favour of joining NATO on Sunday.",
    "Finland's parliament debated joining NATO on Sunday.",
])
def test_a_gerund_spoken_of_is_not_an_accession(checker, text):
    assert outcome(checker, text, "2022-05-16") != "flagged"


@pytest.mark.parametrize("text, expect", [
    # twin: the finite verb tells the deed, dated by "on Sunday" (Sweden joined in March 2024)
    ("Sweden joined NATO on Sunday.", "flagged"),
    # after "since", the gerund still dates a deed done
    ("Since joining NATO in 2004, Estonia has hosted allied troops.", "supported"),
    ("Since joining NATO in 2006, Estonia has hosted allied troops.", "flagged"),
])
def test_a_gerund_of_a_deed_is_still_checked(checker, text, expect):
    date = "2022-05-16" if "Sweden" in text else "2024-03-12"
    assert outcome(checker, text, date) == expect
