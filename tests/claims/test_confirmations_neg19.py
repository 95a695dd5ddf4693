"""A Senate confirmation told as done or not yet (issue 12, neg19): "X has been confirmed by the
Senate as T" said before the person's term began, for the United States' cabinet secretaries the
KB keeps (sworn in within days of the vote), is contradicted (`confirmed_to`,
claims/appointments.py); "has not yet been confirmed" said after the term began is contradicted as
any denied appointment. The White House "confirming" a pick is no Senate confirmation. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model

# src/accord/kb/data/officials/usa.yaml: Pete Hegseth Secretary of Defense from 2025-01-25 (the
# Senate voted on 2025-01-24); Scott Bessent Secretary of the Treasury from 2025-01-28.


def _kinds(accord_annotator, text, date):
    return verdicts(accord_annotator, text, date, "confirmed_to")


@pytest.mark.parametrize("date, kind", [
    ("2025-01-17", "contradicted_by_kb"),  # eight days before the term: not confirmed yet
    ("2025-01-18", "supported"),           # seven days before: the vote may have been that day
    ("2025-02-10", "supported"),
])
def test_a_confirmation_said_before_the_term_turns_on_seven_days(accord_annotator, date, kind):
    text = "Pete Hegseth has been confirmed by the Senate as defense secretary."
    assert _kinds(accord_annotator, text, date) == [kind]


@pytest.mark.parametrize("text", [
    "The Senate confirmed Scott Bessent as treasury secretary.",
    "Scott Bessent was confirmed by the Senate as treasury secretary.",
])
def test_the_active_and_the_passive_confirmation(accord_annotator, text):
    assert _kinds(accord_annotator, text, "2025-01-10") == ["contradicted_by_kb"]
    assert _kinds(accord_annotator, text, "2025-02-01") == ["supported"]


@pytest.mark.parametrize("date, kind", [
    ("2025-01-10", None),                  # true: no flag
    ("2025-03-01", "contradicted_by_kb"),  # the term began on 2025-01-25
])
def test_not_yet_confirmed(accord_annotator, date, kind):
    found = _kinds(accord_annotator, "Pete Hegseth has not yet been confirmed by the Senate as defense secretary.", date)
    assert (kind in found) if kind else "contradicted_by_kb" not in found


@pytest.mark.parametrize("text", [
    "The White House confirmed Pete Hegseth as its choice for defense secretary.",
    "Pete Hegseth was confirmed by the Senate as defense secretary on January 24.",
    "Pete Hegseth will be confirmed by the Senate as defense secretary.",
    "If the Senate confirmed Pete Hegseth as defense secretary, he would travel to Brussels.",
])
def test_a_nomination_a_date_or_a_plan_is_not_flagged(accord_annotator, text):
    found = verdicts(accord_annotator, text, "2025-01-10", "confirmed_to") + verdicts(
        accord_annotator, text, "2025-01-10", "appointed_to")
    assert "contradicted_by_kb" not in found
