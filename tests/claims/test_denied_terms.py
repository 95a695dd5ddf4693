"""Dated denials of a term's start or end (claims/denied_terms.py): contradicted when the KB has
the person's term start or end that day, `new` otherwise; "not ... until" and undated denials are
not read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, prop, kind", [
    ("Mark Rutte did not take office as NATO secretary general on Tuesday.", "2024-10-02", "took_office", "contradicted_by_kb"),
    ("Mark Rutte took office as NATO secretary general on Tuesday.", "2024-10-02", "took_office", "supported"),
    ("Joe Biden was not sworn in as president on 20 January 2021.", "2021-01-22", "took_office", "contradicted_by_kb"),
    ("On 1 October 2024 Mark Rutte didn't take over as secretary general of NATO.", "2024-10-05", "took_office", "contradicted_by_kb"),
    ("Mark Rutte did not succeed Jens Stoltenberg as NATO secretary general on Tuesday.", "2024-10-02", "took_office", "contradicted_by_kb"),
    ("Jens Stoltenberg's term as NATO secretary general did not end on 1 October 2024.", "2024-10-02", "left_office", "contradicted_by_kb"),
    # true denials: the KB has another day
    ("Mark Rutte did not take over as NATO secretary general in June 2024.", "2024-10-02", "took_office", "new"),
    ("Joe Biden was not sworn in as president on 20 January 2020.", "2021-01-22", "took_office", "new"),
])
def test_dated_denials_of_a_term(accord_annotator, text, published, prop, kind):
    assert verdicts(accord_annotator, text, published, prop) == [kind]


@pytest.mark.parametrize("text", [
    "Mark Rutte did not take office as NATO secretary general until October 2024.",  # dates the start
    "Mark Rutte did not take office as NATO secretary general in the end.",           # undated, no news of the day (test_undated_starts.py)
    "Mark Rutte will not take office as NATO secretary general on Tuesday.",          # a plan
])
def test_no_denied_term_read(accord_annotator, text):
    found = [s for s in read(accord_annotator, text, "2024-12-02") if s.property in ("took_office", "left_office")]
    assert all(s.polarity == "affirmed" for s in found)


def test_a_denied_succession_says_nothing_of_the_predecessor(accord_annotator):
    text = "Mark Rutte did not succeed Jens Stoltenberg as NATO secretary general on Tuesday."
    found = [s for s in read(accord_annotator, text, "2024-10-02") if s.subject == "person:jens-stoltenberg"
             and s.property in ("left_office", "took_office")]
    assert found == []


def test_a_denied_start_is_read_negated_only(accord_annotator):
    found = [s for s in read(accord_annotator, "Kaja Kallas did not become prime minister of Estonia in 2019.", "2025-01-10")
             if s.property in ("took_office", "left_office")]
    assert found and all(s.polarity == "negated" for s in found)
