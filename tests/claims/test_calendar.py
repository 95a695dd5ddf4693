"""A weekday written with its date (claims/calendar.py): read on sentences written for these
tests, checked by the calendar; the year the text leaves out is the one nearest the article."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


def _claims(annotator, text: str, published: str) -> set:
    return {(s.subject, s.value) for s in read(annotator, text, published) if s.property == "falls_on"}


@pytest.mark.parametrize("text, published, claim", [
    ("Zelenskyy said on Tuesday, July 12, it would be absurd.", "2023-07-12", ("date:2023-07-12", "weekday:tuesday")),
    ("The summit opened on Wednesday 11 July 2018.", "2018-07-20", ("date:2018-07-11", "weekday:wednesday")),
    ("Leaders met on Thu., June 30, 2022, in Madrid.", "2022-07-01", ("date:2022-06-30", "weekday:thursday")),
    # a written year wins over the article's
    ("Allies met on Friday, July 12, 2019.", "2023-07-12", ("date:2019-07-12", "weekday:friday")),
    # no year: the nearest to the article's date (December 30 after New Year is last year's)
    ("The talks ended on Monday, December 30.", "2025-01-02", ("date:2024-12-30", "weekday:monday")),
])
def test_a_weekday_with_its_date_is_read(accord_annotator, text, published, claim):
    assert claim in _claims(accord_annotator, text, published)


@pytest.mark.parametrize("text, published, kind", [
    ("Zelenskyy said on Tuesday, July 12, it would be absurd.", "2023-07-12", "contradicted_by_kb"),
    ("Zelenskyy said on Tuesday, July 11, it would be absurd.", "2023-07-12", "supported"),
    ("NATO leaders met on Thursday, June 29, 2022.", "2022-06-29", "contradicted_by_kb"),
    ("NATO leaders met on Wednesday, June 29, 2022.", "2022-06-29", "supported"),
    # a guessed year: 60 days from the article is still the writer's year, 61 is a guess
    ("The vote is set for Tuesday, May 14.", "2023-07-13", "contradicted_by_kb"),  # 60 days before
    ("The vote is set for Tuesday, May 13.", "2023-07-13", "unverifiable"),  # 61 days before
])
def test_the_calendar_settles_the_weekday(accord_annotator, text, published, kind):
    assert kind in verdicts(accord_annotator, text, published, "falls_on")


@pytest.mark.parametrize("text", [
    "Leaders met on Tuesday and signed the deal on July 12.",  # weekday and date apart
    "The Tuesday group met on 12 July.",
    "Talks are planned for Monday, February 30.",  # no such date
])
def test_no_weekday_claim_without_a_weekday_written_with_a_real_date(accord_annotator, text):
    assert not _claims(accord_annotator, text, "2023-07-12")


def _weekdays(annotator, text: str, published: str) -> set:
    return {(s.subject, s.value) for s in read(annotator, text, published) if s.property == "falls_on"}


@pytest.mark.parametrize("text, published, claims", [
    ("The summit takes place on Tuesday and Wednesday, 11-12 July in Vilnius.", "2023-07-10",
     {("date:2023-07-11", "weekday:tuesday"), ("date:2023-07-12", "weekday:wednesday")}),
    ("Leaders meet in Madrid from Tuesday through Thursday, June 28-30.", "2022-06-20",
     {("date:2022-06-28", "weekday:tuesday"), ("date:2022-06-30", "weekday:thursday")}),
    # the first day of a span is not the second weekday's ("Thursday, June 28")
    ("Leaders meet in Madrid from Tuesday to Thursday, June 28 to 30, 2022.", "2022-06-20",
     {("date:2022-06-28", "weekday:tuesday"), ("date:2022-06-30", "weekday:thursday")}),
    ("Ministers met on Monday and Tuesday, 3 and 4 April.", "2023-04-05",
     {("date:2023-04-03", "weekday:monday"), ("date:2023-04-04", "weekday:tuesday")}),
])
def test_two_weekdays_with_a_span_of_days_are_its_first_and_last(accord_annotator, text, published, claims):
    assert _weekdays(accord_annotator, text, published) == claims


@pytest.mark.parametrize("text, published, kind", [
    ("The summit takes place on Tuesday and Wednesday, 11-12 July in Vilnius.", "2023-07-10", {"supported"}),
    ("The summit takes place on Friday and Wednesday, 11-12 July in Vilnius.", "2023-07-10",
     {"supported", "contradicted_by_kb"}),
    ("The summit takes place on Tuesday and Saturday, 11-12 July in Vilnius.", "2023-07-10",
     {"supported", "contradicted_by_kb"}),
    ("Leaders meet in Madrid from Tuesday through Thursday, June 28-30.", "2022-06-20", {"supported"}),
    ("Leaders meet in Madrid from Tuesday through Thursday, June 21-24.", "2022-06-20",
     {"supported", "contradicted_by_kb"}),
])
def test_the_calendar_settles_each_weekday_of_a_span(accord_annotator, text, published, kind):
    assert set(verdicts(accord_annotator, text, published, "falls_on")) == kind


def test_a_span_of_weekdays_is_read_up_to_a_week(accord_annotator):
    # 5 June 2023 was a Monday: Monday to Sunday is six days on (read), Monday to Monday seven (not)
    assert len(_weekdays(accord_annotator, "The fair ran from Monday to Sunday, 5-11 June 2023.", "2023-06-12")) == 2
    assert not _weekdays(accord_annotator, "The fair ran from Monday to Monday, 5-12 June 2023.", "2023-06-12")
    # a span that runs backwards is not read
    assert not _weekdays(accord_annotator, "The fair ran from Monday to Sunday, 11-5 June 2023.", "2023-06-12")
