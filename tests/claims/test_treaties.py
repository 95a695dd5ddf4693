"""Named treaties beyond NATO's (claims/treaties.py, treaties.yaml): the day a treaty was signed,
where, the day it entered into force and the year it is named by, on sentences written for these
tests, each date moved by one on both sides."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

DAY = "2024-03-05"


@pytest.mark.parametrize("text, kind", [
    ("The Lisbon Treaty came into force in 2009.", "supported"),
    ("The Lisbon Treaty came into force in 2008.", "contradicted_by_kb"),
    ("The Lisbon Treaty came into force in 2010.", "contradicted_by_kb"),
    ("The Treaty of Lisbon entered into force on 1 December 2009.", "supported"),
    ("The Treaty of Lisbon entered into force on 30 November 2009.", "contradicted_by_kb"),
    ("The Treaty of Lisbon entered into force on 2 December 2009.", "contradicted_by_kb"),
    ("The Lisbon Treaty, which took effect in December 2009, gave the bloc a mutual assistance clause.", "supported"),
    ("The Maastricht Treaty went into effect in November 1993.", "supported"),
    ("The Maastricht Treaty went into effect in November 1992.", "contradicted_by_kb"),
    ("New START entered into force in February 2011.", "supported"),
])
def test_entry_into_force(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "in_force_from") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("The Maastricht Treaty was signed in 1992.", "supported"),
    ("The Maastricht Treaty was signed in 1991.", "contradicted_by_kb"),
    ("The Maastricht Treaty was signed in 1993.", "contradicted_by_kb"),
    ("Leaders signed the Treaty of Rome on 25 March 1957.", "supported"),
    ("Leaders signed the Treaty of Rome on 24 March 1957.", "contradicted_by_kb"),
    ("Leaders signed the Treaty of Rome on 26 March 1957.", "contradicted_by_kb"),
    ("The Lisbon Treaty, signed in December 2007, reformed the bloc.", "supported"),
    ("The Lisbon Treaty, signed in December 2009, reformed the bloc.", "contradicted_by_kb"),
    ("The United States and the Soviet Union signed the INF Treaty in 1987.", "supported"),
    ("The United States and the Soviet Union signed the INF Treaty in 1988.", "contradicted_by_kb"),
])
def test_signing_day(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "signed_on") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("The Maastricht Treaty was signed in Maastricht in 1992.", "supported"),
    ("The Maastricht Treaty was signed in Brussels in 1992.", "contradicted_by_kb"),
    ("New START was signed in Prague in 2010.", "supported"),
    ("New START was signed in Moscow in 2010.", "contradicted_by_kb"),
    ("The Aachen Treaty was signed in Germany.", "supported"),  # the state that holds the city
    ("The Aachen Treaty was signed in France.", "contradicted_by_kb"),
])
def test_signing_place(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "signed_in") == [kind]


@pytest.mark.parametrize("text, kind", [
    ("The 1992 Maastricht Treaty created the European Union.", "supported"),  # signed
    ("The 1993 Maastricht Treaty created the European Union.", "supported"),  # in force
    ("The 1994 Maastricht Treaty created the European Union.", "contradicted_by_kb"),
    ("The 1991 Maastricht Treaty created the European Union.", "contradicted_by_kb"),
])
def test_the_year_a_treaty_is_named_by(accord_annotator, text, kind):
    assert verdicts(accord_annotator, text, DAY, "treaty_year") == [kind]


def test_a_year_in_a_treatys_name_does_not_date_what_it_founded(accord_annotator):
    text = "The 1992 Maastricht Treaty created the European Union."
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, DAY, "established")


@pytest.mark.parametrize("text", [
    "The Treaty of Versailles was signed in 1920.",  # a treaty the KB does not know
    "The Lisbon Treaty was not signed until 2007.",
    "Croatia signed up to the Lisbon Treaty in 2013.",
    "The Nice Treaty was signed in Brussels.",  # no place in the KB for it
    "It was a new start for the alliance in 2001.",
])
def test_no_treaty_flag_where_the_kb_cannot_tell(accord_annotator, text):
    for prop in ("signed_on", "signed_in", "in_force_from", "treaty_year"):
        assert "contradicted_by_kb" not in verdicts(accord_annotator, text, DAY, prop)
