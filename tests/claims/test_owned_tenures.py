"""A tenure told as the person's own years (claims/_owned_tenures.py, num21), checked by
durations' `check_tenure`; and a duration inside a relative clause is not the main clause's.
Sentences written for these tests. The KB: Angela Merkel chancellor 2005-11-22 to 2021-12-08
(16.04 years), Mark Rutte prime minister 2010-10-14 to 2024-07-02, NATO's secretary general from
2024-10-01; Jens Stoltenberg NATO's secretary general 2014-10-01 to 2024-10-01."""

from __future__ import annotations

import pytest

from accord.nlp.extract.claims.durations import TENURE_SLACK

from ._pipeline import outcome, read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day, expected", [
    ("Olaf Scholz was elected chancellor on Wednesday, ending Angela Merkel's 16 years in power.",
     "2021-12-08", "supported"),
    ("Olaf Scholz was elected chancellor on Wednesday, ending Angela Merkel's 14 years in power.",
     "2021-12-08", "flagged"),
    ("Olaf Scholz took office on Wednesday, ending Angela Merkel's 17 years in office.", "2021-12-08",
     "supported"),  # 17 - 16.04 within TENURE_SLACK
    ("Jens Stoltenberg's ten years as NATO secretary general ended on Tuesday.", "2024-10-01", "supported"),
    ("Jens Stoltenberg's 11 years as NATO secretary general ended on Tuesday.", "2024-10-01", "supported"),
    ("Jens Stoltenberg's 12 years as NATO secretary general ended on Tuesday.", "2024-10-01", "flagged"),
    ("Jens Stoltenberg's eight years as NATO secretary general ended on Tuesday.", "2024-10-01", "flagged"),
])
def test_owned_tenures(checker, text, day, expected):
    assert TENURE_SLACK == 1.0  # 10.0 years: 11 and 9 within it, 12 and 8 not
    assert outcome(checker, text, day) == expected


@pytest.mark.parametrize("text, day", [
    # the years of a relative clause are not the main clause's office
    ("Mark Rutte, who led the country for nearly 14 years, is now NATO's chief.", "2024-10-01"),
    ("Mark Rutte, who was prime minister for 14 years, is now NATO's secretary general.", "2024-10-01"),
    # "in power" for a person with two offices running or ending that year: which is a guess
    ("Mark Rutte's 11 years in power ended in July.", "2024-10-01"),
    # no office, a hedge, a pronoun owner, a plan
    ("Angela Merkel's 12 years in the Bundestag were quiet.", "2021-12-08"),
    ("Olaf Scholz took office, ending Angela Merkel's nearly 12 years in power.", "2021-12-08"),
    ("Olaf Scholz took office, ending her 12 years in power.", "2021-12-08"),
    ("Angela Merkel's 12 years in power will not end soon.", "2017-01-01"),
])
def test_no_false_alarm(checker, text, day):
    assert outcome(checker, text, day) != "flagged"


def test_only_the_owner_is_read(accord_annotator):
    found = read(accord_annotator, "Angela Merkel praised Emmanuel Macron's five years in power.", "2022-04-01")
    assert {s.subject for s in found if s.property == "held_office_for"} <= {"person:emmanuel-macron"}
