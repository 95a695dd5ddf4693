"""A summit noun in a phrase that puts its clause on the summit's days (issue 12, pm16): "on the
second day of the summit", "on the sidelines of the NATO summit", "on Wednesday, the last day of
the summit" lend the clause's date to the summit. Sentences written for these tests; the 2023
Vilnius summit met on 11-12 July (Tuesday and Wednesday), Riga held the 2006 summit."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

AFTER = "2023-07-13"


@pytest.mark.parametrize("frame", [
    "The council held its first meeting on Wednesday, on the second day of the alliance's summit in {}.",
    "On the final day of the NATO summit in {} on Wednesday, leaders met Zelensky.",
    "Biden met Erdogan on the sidelines of the NATO summit in {} on Tuesday.",
    "Biden met Erdogan on Tuesday on the margins of the NATO summit in {}.",
    "Leaders met Zelensky on Wednesday, the last day of the NATO summit in {}.",
])
def test_the_clause_date_in_a_frame_names_the_summit_and_checks_its_place(accord_annotator, frame):
    assert verdicts(accord_annotator, frame.format("Vilnius"), AFTER, "located_in") == ["supported"]
    assert verdicts(accord_annotator, frame.format("Riga"), AFTER, "located_in") == ["contradicted_by_kb"]
    assert verdicts(accord_annotator, frame.format("Vilnius"), AFTER, "took_place_on") == ["supported"]


@pytest.mark.parametrize("day, expected", [
    ("Monday", ["contradicted_by_kb"]),  # 10 July (the article is of Thursday 13 July): the day before
    ("Tuesday", ["supported"]),  # 11 July: the first day
    ("Wednesday", ["supported"]),  # 12 July: the last day
    ("Thursday", ["contradicted_by_kb"]),  # 13 July: the day after the last
])
def test_the_clause_date_is_checked_against_the_summit_days(accord_annotator, day, expected):
    text = f"Biden met Erdogan on {day} on the sidelines of the NATO summit in Vilnius."
    assert verdicts(accord_annotator, text, AFTER, "took_place_on") == expected


@pytest.mark.parametrize("text", [
    "Biden met Erdogan on Monday, on the eve of the NATO summit in Riga.",  # the eve is not the summit
    "Zelensky spoke on the first day of talks with NATO leaders in Riga on Tuesday.",  # talks, no summit
    "Biden met Erdogan on Monday, days before the NATO summit in Riga.",
])
def test_a_day_outside_the_frame_is_not_the_summits(accord_annotator, text):
    assert "contradicted_by_kb" not in verdicts(accord_annotator, text, AFTER, "located_in")
