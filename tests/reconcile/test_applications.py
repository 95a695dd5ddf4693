"""Membership applications against the KB, which lists only this decade's (so others are new)."""

from __future__ import annotations

import pytest

from accord.kb import load
from accord.model import Statement, TimeQualifier
from accord.reconcile.kbcheck import KBChecker


@pytest.fixture(scope="module")
def checker():
    return KBChecker(load())


def applied(subject: str, org: str, when: str | None, precision: str = "month") -> Statement:
    return Statement(subject, "applied_to", org, point_in_time=TimeQualifier(when, precision) if when else None)


def test_application_on_the_right_month_is_supported(checker):
    assert checker.check(applied("state:SWE", "org:NATO", "2022-05"), "2024-03-07").kind == "supported"
    assert checker.check(applied("state:UKR", "org:EU", "2022", "year"), None).kind == "supported"


def test_application_on_another_date_is_contradicted(checker):
    verdict = checker.check(applied("state:FIN", "org:NATO", "2019-05"), "2024-03-07")
    assert verdict.kind == "contradicted_by_kb" and "2022-05-18" in verdict.explanation


def test_an_application_the_kb_does_not_list_is_new(checker):
    assert checker.check(applied("state:GEO", "org:NATO", "2008"), None).kind == "new"
    assert checker.check(applied("state:SWE", "org:NATO", None), None).kind == "supported"  # undated: it did apply


def test_candidacy_start_is_checked_only_for_listed_candidates(checker):
    def candidate(subject, start):
        return Statement(subject, "candidate_for", "org:EU", start=TimeQualifier(start, "month"))

    wrong = checker.check(candidate("state:MDA", "2019-06"), "2023-12-14")
    assert wrong.kind == "contradicted_by_kb" and "2022-06-23" in wrong.explanation
    assert checker.check(candidate("state:UKR", "2022-06"), "2023-12-14").kind == "supported"
    assert checker.check(candidate("state:HRV", "2004-06"), None).kind == "new"  # joined since; not listed
