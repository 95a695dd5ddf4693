"""Polarity beyond a bare "not": "no longer", "never", "has yet to", "failed / refused to", and
"not only", which denies nothing. Sentences written for these tests; each denial of a fact the KB
holds is contradicted, each true denial supported, and near-misses are not read as denials."""

from __future__ import annotations

import pytest

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, kind", [
    ("Finland is no longer a member of NATO.", "2023-07-12", "contradicted_by_kb"),
    ("Finland never joined NATO.", "2023-07-12", "contradicted_by_kb"),
    ("Finland never joined NATO, despite applying in May 2022.", "2024-05-01", "contradicted_by_kb"),
    ("Finland never joined NATO during the Cold War.", "2024-05-01", "unverifiable"),  # of another time
    ("Finland has yet to join NATO.", "2023-07-12", "contradicted_by_kb"),
    ("Sweden has yet to join NATO.", "2023-07-12", "supported"),
    ("Sweden never joined NATO.", "2023-07-12", "supported"),
    ("Finland failed to join NATO in April 2023.", "2023-07-12", "contradicted_by_kb"),
    ("Sweden failed to join NATO at the Vilnius summit.", "2023-07-12", "supported"),
])
def test_denials_checked_against_the_kb(accord_annotator, text, published, kind):
    props = {"member_of", "joined"}
    found = [k for p in props for k in verdicts(accord_annotator, text, published, p)]
    assert found == [kind]


@pytest.mark.parametrize("text, denied", [
    ("Finland is no longer a member of NATO.", True),
    ("Finland is still a member of NATO.", False),
    ("Finland is a member of NATO no matter what Russia says.", False),
])
def test_no_longer_denies_the_relation(accord_annotator, text, denied):
    [st] = [s for s in read(accord_annotator, text, "2023-07-12") if s.property == "member_of"]
    assert (st.polarity == "negated") is denied


def test_not_only_is_no_denial(accord_annotator):
    text = "Finland has not only joined NATO, it has also sent troops to Estonia."
    [st] = [s for s in read(accord_annotator, text, "2023-07-12") if s.property == "joined"]
    assert st.polarity == "affirmed"


def test_a_denial_in_a_subordinate_clause_leaves_the_main_claim(accord_annotator):
    text = "Finland joined NATO in April 2023, although Sweden did not."
    found = [s for s in read(accord_annotator, text, "2023-07-12") if s.property == "joined"]
    assert [(s.subject, s.polarity) for s in found] == [("state:FIN", "affirmed")]


def test_did_not_fail_to_join_affirms(accord_annotator):
    text = "Finland did not fail to join NATO in April 2023."
    [st] = [s for s in read(accord_annotator, text, "2023-07-12") if s.property == "joined"]
    assert st.polarity == "affirmed"


@pytest.mark.parametrize("text", [
    "Finland will refuse to join NATO.",
    "Finland has yet to decide whether to join NATO.",
])
def test_a_refusal_to_come_or_an_open_decision_is_no_denied_fact(accord_annotator, text):
    found = [s for s in read(accord_annotator, text, "2023-07-12") if s.property == "joined"]
    assert all(s.modality != "fact" for s in found)


@pytest.mark.parametrize("text, published, prop, kind", [
    ("Yoon Suk Yeol did not attend the NATO summit in Vilnius.", "2023-07-13", "attended", "contradicted_by_kb"),
    ("Yoon Suk Yeol attended the NATO summit in Vilnius.", "2023-07-13", "attended", "supported"),
    ("Japan was not invited to the Vilnius summit.", "2023-07-13", "invited_to", "contradicted_by_kb"),
    ("Sweden has not applied to join NATO.", "2023-07-13", "applied_to", "contradicted_by_kb"),
    ("Sweden has not applied to join NATO.", "2022-05-01", "applied_to", "new"),  # before it applied: true
    ("Russia did not invade Ukraine in February 2022.", "2023-07-13", "invaded", "contradicted_by_kb"),
    ("Russia did not invade Ukraine in March 2021.", "2023-07-13", "invaded", "new"),
    ("NATO did not invite Finland to join the alliance on Wednesday.", "2022-07-01", "invited_to_join",
     "contradicted_by_kb"),  # 2022-06-29, a Wednesday
    ("NATO did not invite Finland to join the alliance in May 2022.", "2022-07-01", "invited_to_join", "new"),
])
def test_denied_acts_the_kb_records(accord_annotator, text, published, prop, kind):
    assert verdicts(accord_annotator, text, published, prop) == [kind]


def test_a_denied_plan_the_kb_does_not_contradict_stays_unverifiable(accord_annotator):
    text = "New Zealand will not be invited to the NATO summit in 2035."
    kinds = verdicts(accord_annotator, text, "2023-07-13", "invited_to")
    assert all(k in ("unverifiable", "new") for k in kinds)


@pytest.mark.parametrize("text, polarity", [
    ("Finland is no longer outside NATO.", "affirmed"),
    ("Finland is not outside NATO.", "affirmed"),
    ("Austria remains outside NATO.", "negated"),
    ("Austria is not in NATO.", "negated"),
])
def test_a_denied_outside_is_inside(accord_annotator, text, polarity):
    [st] = [s for s in read(accord_annotator, text, "2024-05-01") if s.property == "member_of"]
    assert st.polarity == polarity
