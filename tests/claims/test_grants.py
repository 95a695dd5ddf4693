"""A candidate status granted by a verb (claims/grants.py). Sentences written for these tests;
the KB dates Ukraine's and Moldova's EU candidacy from 2022-06-23 (a Thursday)."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model

UKR = "state:UKR"


@pytest.mark.parametrize("text, kind", [
    ("The European Council granted candidate status to Ukraine on June 23.", "supported"),
    ("The European Council granted candidate status to Ukraine on June 30.", "contradicted_by_kb"),
    ("EU leaders decided to grant the status of EU membership candidate country to Ukraine on Thursday.", "supported"),
    ("EU leaders decided to grant the status of EU membership candidate country to Ukraine on Friday.",
     "contradicted_by_kb"),
    ("EU leaders have decided to grant the status of candidate country to Ukraine, according to a statement by "
     "the European Council on June 23.", "supported"),
    ("EU leaders have decided to grant the status of candidate country to Ukraine, according to a statement by "
     "the European Council on June 22.", "contradicted_by_kb"),
    ("The EU gave Ukraine candidate status in June 2022.", "supported"),
])
def test_granted_status_dates(accord_annotator, text, kind):
    found = [s for s in read(accord_annotator, text, "2022-06-24") if s.property == "candidate_for"]
    assert {s.subject for s in found} == {UKR}
    assert verdicts(accord_annotator, text, "2022-06-24", "candidate_for") == [kind]


def test_both_states_of_to_x_and_to_y(accord_annotator):
    text = "EU leaders decided to grant candidate status to Ukraine and to Moldova on Thursday."
    found = {s.subject for s in read(accord_annotator, text, "2022-06-24") if s.property == "candidate_for"}
    assert found == {UKR, "state:MDA"}


@pytest.mark.parametrize("text", [
    "The EU granted Ukraine 50 billion euros in aid on June 23.",  # no status
    "NATO gave Ukraine a new status of partner on June 23.",  # not a candidacy
    "EU leaders may grant candidate status to Georgia on Friday.",  # a possibility, read but never a fact
])
def test_no_fact_of_candidacy(accord_annotator, text):
    found = [s for s in read(accord_annotator, text, "2022-06-24") if s.property == "candidate_for"]
    assert all(s.modality != "fact" for s in found)


def test_an_undated_decision_to_grant_stays_a_plan(accord_annotator):
    found = [s for s in read(accord_annotator, "EU leaders decided to grant candidate status to Ukraine.", "2022-06-20")
             if s.property == "candidate_for"]
    assert found and all(s.modality != "fact" for s in found)
