"""A clause with no date of its own takes the point in time of what it hangs on, when English
ties them: a "when" clause on a date ("until April 2009, when Croatia and Albania joined"), a
"when" clause on a dated clause ("In 2009, when Croatia joined NATO, ..."), the "that" clause of
a cleft ("It was in 2009 that Croatia joined NATO"); not a denied cleft ("It was not in 2010
that ..."), nor a "since" date (a start, not the point). claims/grammar.antecedent_times, read
by grammar.qualifiers. Sentences written for these tests: Slovakia and Slovenia joined NATO on
29 March 2004; Theresa May became prime minister on 13 July 2016."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


@pytest.mark.parametrize("text, expected", [
    ("Their preparations went on until March 2004, when Slovakia and Slovenia joined NATO.", "supported"),
    ("Their preparations went on until March 2005, when Slovakia and Slovenia joined NATO.", "flagged"),
    ("In 2004, when Slovenia joined NATO, the government held a referendum on it first.", "supported"),
    ("In 2006, when Slovenia joined NATO, the government held a referendum on it first.", "flagged"),
    ("It was in 2004 that Slovakia joined NATO.", "supported"),
    ("It was in 2003 that Slovakia joined NATO.", "flagged"),
])
def test_a_clause_without_a_date_takes_the_date_it_hangs_on(checker, text, expected):
    assert outcome(checker, text, "2024-06-01") == expected


def test_a_when_clause_on_a_since_date_takes_the_point_not_the_start(accord_annotator):
    found = [s for s in read(accord_annotator, "Boris Johnson had been foreign secretary since July 2016, "
                             "when Theresa May became prime minister.", "2018-01-10")
             if s.subject == "person:theresa-may" and s.property == "took_office"]
    assert [s.point_in_time.value for s in found] == ["2016-07"]


@pytest.mark.parametrize("text", [
    "It was not in 2003 that Slovakia joined NATO.",
    "It was never in 2003 that Slovakia joined NATO.",
])
def test_a_denied_cleft_gives_no_date(accord_annotator, text):
    found = [s for s in read(accord_annotator, text, "2024-06-01") if s.property == "joined"]
    assert all(s.point_in_time is None for s in found)


def test_a_question_keeps_its_mood(checker):
    assert outcome(checker, "Was it in 2003 that Slovakia joined NATO?", "2024-06-01") != "flagged"


def test_a_clause_with_its_own_date_keeps_it(accord_annotator):
    found = [s for s in read(accord_annotator, "In 2024, when Slovakia marked 20 years since it joined NATO in "
                             "2004, its president spoke.", "2024-06-01") if s.property == "joined"]
    assert all(s.point_in_time is None or s.point_in_time.value == "2004" for s in found)
