"""A part of a month ("early June", "mid-March", "late January", "the end of May", "the beginning
of July") is days 1-10, 11-20 or 21 to the month's last, not the whole month: a KB day inside it
supports the claim, one more than `MONTH_PART_MARGIN` days outside contradicts it, and one within
the margin is left unverifiable. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from accord.model import TimeQualifier
from accord.reconcile.timecmp import MONTH_PART_MARGIN, label, part_applies, part_bounds, part_fit
from bench.paraphrases import outcome


def tq(value, part):
    return TimeQualifier(value, "month", part)


@pytest.mark.parametrize("value, part, first, last", [
    ("2023-06", "START", date(2023, 6, 1), date(2023, 6, 10)),
    ("2023-06", "MID", date(2023, 6, 11), date(2023, 6, 20)),
    ("2023-02", "END", date(2023, 2, 21), date(2023, 2, 28)),  # 28 days
    ("2024-02", "END", date(2024, 2, 21), date(2024, 2, 29)),  # 29 days (leap year)
    ("2023-04", "END", date(2023, 4, 21), date(2023, 4, 30)),  # 30 days
    ("2023-07", "END", date(2023, 7, 21), date(2023, 7, 31)),  # 31 days
])
def test_each_part_runs_from_its_first_to_its_last_day(value, part, first, last):
    assert part_bounds(tq(value, part)) == (first, last)


def test_a_whole_month_a_day_or_no_year_has_no_part():
    assert part_bounds(TimeQualifier("2023-06", "month")) is None
    assert part_bounds(TimeQualifier("2023-06-05", "day", "START")) is None
    assert part_bounds(TimeQualifier("XXXX-06", "month", "START")) is None
    assert part_bounds("2023-06") is None


@pytest.mark.parametrize("value, part, known, expected", [
    # early = 1-10: day 10 in, 11-13 too close, 14 out
    ("2023-06", "START", "2023-06-01", True), ("2023-06", "START", "2023-06-10", True),
    ("2023-06", "START", "2023-06-11", None), ("2023-06", "START", "2023-06-13", None),
    ("2023-06", "START", "2023-06-14", False), ("2023-06", "START", "2023-06-25", False),
    ("2023-06", "START", "2023-05-29", None), ("2023-06", "START", "2023-05-28", False),
    # mid = 11-20: 11 and 20 in, 8-10 and 21-23 too close, 7 and 24 out
    ("2023-06", "MID", "2023-06-11", True), ("2023-06", "MID", "2023-06-20", True),
    ("2023-06", "MID", "2023-06-10", None), ("2023-06", "MID", "2023-06-08", None),
    ("2023-06", "MID", "2023-06-07", False), ("2023-06", "MID", "2023-06-21", None),
    ("2023-06", "MID", "2023-06-23", None), ("2023-06", "MID", "2023-06-24", False),
    # late = 21-end: 21 in, 18-20 too close, 17 out; the last day in, then 3 days into the next month
    ("2023-06", "END", "2023-06-21", True), ("2023-06", "END", "2023-06-20", None),
    ("2023-06", "END", "2023-06-18", None), ("2023-06", "END", "2023-06-17", False),
    ("2023-06", "END", "2023-06-30", True), ("2023-06", "END", "2023-07-03", None),
    ("2023-06", "END", "2023-07-04", False),
    ("2024-02", "END", "2024-02-29", True), ("2024-02", "END", "2024-03-03", None),
    ("2024-02", "END", "2024-03-04", False),
    ("2023-02", "END", "2023-02-28", True), ("2023-02", "END", "2023-03-03", None),
    ("2023-02", "END", "2023-03-04", False),
    ("2023-07", "END", "2023-07-31", True), ("2023-07", "END", "2023-08-03", None),
    ("2023-07", "END", "2023-08-04", False),
])
def test_a_known_day_is_inside_too_close_or_outside(value, part, known, expected):
    assert MONTH_PART_MARGIN == 3
    assert part_fit(tq(value, part), known) is expected


def test_a_span_fits_when_any_of_its_days_does():
    assert part_fit(tq("2023-06", "START"), "2023-06-09", "2023-06-12") is True
    assert part_fit(tq("2023-06", "START"), "2023-06-12", "2023-06-14") is None
    assert part_fit(tq("2023-06", "END"), "2023-06-12", "2023-06-14") is False
    assert part_fit(tq("2023-06", "END"), "2023-06-12", "2023-06-18") is None


def test_the_part_decides_only_against_days():
    assert part_applies(tq("2023-06", "START"), "2023-06-04") is True
    assert part_applies(tq("2023-06", "START"), "2023-06") is False  # a month-precision KB date
    assert part_applies(tq("2023-06", "START"), "2023-06-04", "2023") is False
    assert part_applies(TimeQualifier("2023-06", "month"), "2023-06-04") is False
    assert part_fit(tq("2023-06", "START"), "2023-06") is None


def test_a_part_is_labelled_with_its_days():
    assert label(tq("2023-06", "MID")) == "2023-06 (2023-06-11 to 2023-06-20)"
    assert label(TimeQualifier("2023-06", "month")) == "2023-06 (month only)"


@pytest.mark.model
@pytest.mark.parametrize("published, text, expected", [
    # Sweden joined on 7 March 2024: early in, mid one day beyond the margin (11 - 3 = 8)
    ("2024-05-02", "Sweden became a NATO member in early March 2024.", "supported"),
    ("2024-05-02", "Sweden became a NATO member in mid-March 2024.", "flagged"),
    ("2024-05-02", "Sweden became a NATO member in late March 2024.", "flagged"),
    ("2024-05-02", "Sweden became a NATO member at the beginning of March 2024.", "supported"),
    # Finland joined on 4 April 2023
    ("2023-06-01", "Finland joined NATO at the end of April 2023.", "flagged"),
    # the Madrid summit, 28-30 June 2022
    ("2022-09-01", "The NATO summit in Madrid took place in late June 2022.", "supported"),
    ("2022-09-01", "The NATO summit in Madrid took place at the end of June 2022.", "supported"),
    ("2022-09-01", "The NATO summit in Madrid took place in mid-June 2022.", "flagged"),
    ("2022-09-01", "The NATO summit in Madrid took place in early June 2022.", "flagged"),
    # the Vilnius summit, 11-12 July 2023: "early July" is too close to call
    ("2023-09-01", "The NATO summit in Vilnius took place in mid-July 2023.", "supported"),
    ("2023-09-01", "The NATO summit in Vilnius took place in late July 2023.", "flagged"),
    # the full-scale invasion, 24 February 2022: one day beyond mid-February's margin (20 + 3)
    ("2022-06-01", "Russia invaded Ukraine in late February 2022.", "supported"),
    ("2022-06-01", "Russia invaded Ukraine in mid-February 2022.", "flagged"),
])
def test_a_claim_dated_to_a_part_of_a_month(checker, published, text, expected):
    assert outcome(checker.findings(text, published)) == expected


@pytest.mark.model
@pytest.mark.parametrize("published, text", [
    ("2023-09-01", "The NATO summit in Vilnius took place in early July 2023."),  # 11 July
    ("2022-09-01", "The NATO summit in Madrid took place at the beginning of July 2022."),  # 28-30 June
])
def test_a_day_just_outside_the_part_is_unverifiable(checker, published, text):
    found = checker.findings(text, published)
    assert outcome(found) != "flagged"  # the place is supported; the date is left open
    assert any(f.get("kind") == "unverifiable" and "too close" in str(f.get("explanation")) for f in found)


@pytest.mark.parametrize("text, mod, precision, part", [
    ("early June 2023", "START", "month", "START"),
    ("in mid-March", "MID", "month", "MID"),
    ("the middle of May", "MID", "month", "MID"),
    ("late January", "END", "month", "END"),
    ("at the end of May", "END", "month", "END"),
    ("the beginning of July", "START", "month", "START"),
    ("the start of July", "START", "month", "START"),
    ("the second half of May", "END", "month", None),  # from the 16th: not a part of ours
    ("the first week of April", "START", "month", None),
    ("June 2023", None, "month", None),
    ("early 2022", "START", "year", None),
])
def test_only_the_words_of_a_month_part_give_one(text, mod, precision, part):
    from accord.model import Annotation
    from accord.nlp.extract.claims.grammar import _month_part

    time = Annotation("time", 0, len(text), text, data={"value": "2023-06", "precision": precision, "mod": mod})
    assert _month_part(time, precision) == part


def test_a_part_changes_a_statements_id_only_when_given():
    from accord.model import Statement
    from accord.store.protocol import statement_id

    whole = Statement("state:SWE", "joined", "org:NATO", point_in_time=TimeQualifier("2024-03", "month"))
    early = Statement("state:SWE", "joined", "org:NATO", point_in_time=tq("2024-03", "START"))
    late = Statement("state:SWE", "joined", "org:NATO", point_in_time=tq("2024-03", "END"))
    assert len({statement_id(whole), statement_id(early), statement_id(late)}) == 3
