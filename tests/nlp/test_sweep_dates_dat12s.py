"""bench/sweeps/dates.py (issue 12, dat12s): the edits the dates sweep proposes, on sentences
written for these tests (no model needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from sweeps import dates  # noqa: E402

HEAD = "date 2023-07-12\nurl: x\n\n"


def proposed(body: str) -> list[tuple[str, str, str]]:
    text = HEAD + body
    return [(text[e.start:e.end], e.replace, e.note) for e in dates.edits(text, None)]


def test_a_weekday_moves_three_days_on():
    assert ("Monday", "Thursday", "weekday moved three days on") in proposed("Leaders met on Monday.")
    assert ("Saturday", "Tuesday", "weekday moved three days on") in proposed("On Saturday's talks.")


@pytest.mark.parametrize("body, old, new", [
    ("The summit opened on June 23.", "23", "30"),  # a week on, within June
    ("The summit opened on June 24.", "24", "17"),  # a week on would be July 1: a week back
    ("The vote was on 21 February.", "21", "28"),  # the 28th: February's last day kept
    ("The vote was on 22 February.", "22", "15"),
    ("Leaders met on 11-12 July in Vilnius.", "11-12", "18-19"),
    ("Leaders met on June 28-30 in Madrid.", "28-30", "21-23"),
])
def test_a_day_of_the_month_moves_a_week_within_its_month(body, old, new):
    assert (old, new) in [(o, n) for o, n, _ in proposed(body)]


@pytest.mark.parametrize("body, old, new", [
    ("The summit opened on June 23.", "June", "August"),
    ("It was signed on 31 March.", "March", "May"),  # May 31 exists
    ("It was signed on 31 May.", "May", "July"),  # July 31 exists too
    ("It was signed on 31 August.", "August", "October"),
    ("It was signed on 31 July.", "July", "May"),  # September 31 does not: two back
    ("They applied last May.", "May", "July"),
    ("The deal was signed in Sept. 2021.", "Sept.", "Nov."),
])
def test_a_month_moves_keeping_a_day_it_has(body, old, new):
    assert (old, new) in [(o, n) for o, n, _ in proposed(body)]


def test_may_the_verb_is_no_month():
    assert not [p for p in proposed("Sweden May join soon, and Finland may too.") if p[0] == "May"]


def test_a_year_moves_back_two_and_a_bare_number_is_noted():
    found = proposed("Finland joined in 2023. The army has 2023 tanks.")
    assert ("2023", "2021", "year moved back two") in found
    assert ("2023", "2021", "year moved back two (may be a number)") in found
    # a decimal or a percentage is no year
    assert not [p for p in proposed("Spending reached 2023.5 million, up 2020 percent.") if p[2].startswith("year")]


def test_the_header_is_not_edited():
    assert all(old != "2023-07-12" and old != "2023" for old, _, _ in proposed("No dates here."))
