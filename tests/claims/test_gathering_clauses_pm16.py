"""The clause a gathering of the alliance's leaders is told in (issue 12, pm16), with sentences
written for these tests and the bundled KB:

- a "where" clause places the gathering at its antecedent ("the Lithuanian capital, where NATO
  leaders meet");
- a gathering told of now ("NATO leaders meet in Riga for a second day") in a report filed during
  a summit is that summit, though the place held an older one (Riga, 2006);
- told of the past or as a habit, in a place that held summits of its own ("NATO leaders met in
  Brussels", "usually meet in Brussels"), it is not read as the summit under way; told of later
  ("when NATO leaders meet in Washington") it is not either."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

VILNIUS_DAY = "2023-07-12"  # the second day of the 2023 Vilnius summit (11-12 July)


@pytest.mark.parametrize("text, expected", [
    ("Good morning from the Lithuanian capital, where leaders of the 31 allies meet for a second day.", ["supported"]),
    ("Good morning from the Latvian capital, where leaders of the 31 allies meet for a second day.",
     ["contradicted_by_kb"]),
    ("The mood was tense in Vilnius, where NATO leaders are meeting for a second day.", ["supported"]),
    ("The mood was tense in Riga, where NATO leaders are meeting for a second day.", ["contradicted_by_kb"]),
    ("In Vilnius, where NATO leaders met on Tuesday, the mood was tense.", ["supported"]),
    ("In Madrid, where NATO leaders met on Tuesday, the mood was tense.", ["contradicted_by_kb"]),
])
def test_a_where_clause_places_the_gathering_at_its_antecedent(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, VILNIUS_DAY, "located_in") == expected


@pytest.mark.parametrize("text", [
    "Zelensky spoke at the moment when NATO leaders meet.",
    "Diplomats recalled the years when NATO leaders met.",
])
def test_a_clause_of_time_is_no_place(accord_annotator, text):
    assert verdicts(accord_annotator, text, VILNIUS_DAY, "located_in") == []


@pytest.mark.parametrize("text, expected", [
    ("NATO leaders meet in Vilnius for a second day.", ["supported"]),
    ("NATO leaders meet in Riga for a second day.", ["contradicted_by_kb"]),
    ("Allied leaders are meeting in Vilnius to discuss Ukraine.", ["supported"]),
    ("Allied leaders are meeting in Riga to discuss Ukraine.", ["contradicted_by_kb"]),
])
def test_a_gathering_told_of_now_is_the_summit_under_way(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, VILNIUS_DAY, "located_in") == expected


@pytest.mark.parametrize("date, expected", [
    ("2023-07-09", []),  # two days before the summit's first: no summit under way (Riga 2006 only by
    # its place, not in a clause of now)
    ("2023-07-10", ["contradicted_by_kb"]),  # the day before
    ("2023-07-13", ["contradicted_by_kb"]),  # the day after
    ("2023-07-14", []),
])
def test_the_summit_under_way_spans_the_day_before_to_the_day_after(accord_annotator, date, expected):
    assert verdicts(accord_annotator, "NATO leaders meet in Riga for two days of talks.", date,
                    "located_in").count("contradicted_by_kb") == expected.count("contradicted_by_kb")


@pytest.mark.parametrize("text", [
    "NATO leaders met in Brussels.",  # one of the summits Brussels held
    "NATO leaders usually meet in Brussels.",  # a habit
    "NATO leaders meet in Brussels every few years.",
    "NATO leaders met in Riga and pledged to stay united.",  # the 2006 summit, told of the past
    "Ukraine hopes for an invitation when NATO leaders meet in Washington.",  # later: the 2024 summit
    "NATO leaders will meet in Washington.",
])
def test_a_gathering_not_told_of_now_is_not_the_summit_under_way(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, VILNIUS_DAY, "located_in")
