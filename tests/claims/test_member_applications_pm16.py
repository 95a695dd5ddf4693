"""Applications to join by states that are already members, and what "join" joins (issue 12,
pm16), with sentences written for these tests and the bundled KB (Norway a founding member of
NATO, Spain a member since 30 May 1982, Sweden and Finland applying on 18 May 2022)."""

from __future__ import annotations

import pytest

from ._pipeline import verdicts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, date, expected", [
    ("Norway has applied to join NATO.", "1998-12-05", ["contradicted_by_kb"]),
    ("Norway has applied for NATO membership.", "1998-12-05", ["contradicted_by_kb"]),
    ("Sweden and Norway formally applied to join NATO on Wednesday.", "2022-05-18",
     ["contradicted_by_kb", "supported"]),
    ("Sweden and Finland formally applied to join NATO on Wednesday.", "2022-05-18", ["supported", "supported"]),
    ("Finland, unlike Norway, has applied to join NATO.", "2022-05-18", ["supported"]),
])
def test_a_founding_member_never_applied(accord_annotator, text, date, expected):
    assert verdicts(accord_annotator, text, date, "applied_to") == expected


@pytest.mark.parametrize("text, expected", [
    ("Spain applied to join NATO on 30 May 1982.", []),  # its accession day: not after it (KB: no application)
    ("Spain applied to join NATO on 31 May 1982.", ["contradicted_by_kb"]),  # the day after its accession
    ("Spain applied to join NATO in 1982.", []),  # the year of its accession: may be before it
    ("Spain applied to join NATO in 1983.", ["contradicted_by_kb"]),
])
def test_an_application_dated_after_the_accession_is_contradicted(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2002-06-01", "applied_to").count("contradicted_by_kb") == \
        expected.count("contradicted_by_kb")


def test_an_undated_application_of_a_later_member_is_not_read_as_after_its_accession(accord_annotator):
    # Spain applied in 1981 and joined in 1982: "has applied" may tell of that
    assert "contradicted_by_kb" not in verdicts(accord_annotator, "Spain has applied to join NATO.", "1999-03-12",
                                                "applied_to")


@pytest.mark.parametrize("text", [
    "Denmark and Germany applied to join the European Union's Schengen scheme long ago.",
    "Norway applied to join the NATO mission in Kosovo on Wednesday.",
    "Germany applied to join the euro area's bailout fund.",
])
def test_joining_a_thing_of_the_organisation_is_no_application_to_it(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2022-05-18", "applied_to") == []


@pytest.mark.parametrize("text", [
    "Sweden applied to join the alliance on Wednesday after NATO leaders said it would be welcome.",
    "Sweden applied to join the NATO alliance on Wednesday.",
    "Sweden applied on Wednesday to join the North Atlantic Treaty Organization.",
])
def test_the_organisation_named_as_the_object_of_join_is_read(accord_annotator, text):
    assert verdicts(accord_annotator, text, "2022-05-18", "applied_to") == ["supported"]


@pytest.mark.parametrize("text, date, expected", [
    ("Also applying for NATO membership are Norway, Slovenia and Bulgaria.", "1999-02-10",
     ["contradicted_by_kb", "new", "new"]),
    ("Also applying for NATO membership are Romania, Slovenia and Bulgaria.", "1999-02-10", ["new", "new", "new"]),
    ("Also applying to join NATO are Sweden and Finland.", "2022-05-18", ["supported", "supported"]),
    ("Also applying to join NATO are Sweden and Norway.", "2022-05-18", ["contradicted_by_kb", "supported"]),
])
def test_a_fronted_participle_applies_for_the_states_after_it(accord_annotator, text, date, expected):
    assert verdicts(accord_annotator, text, date, "applied_to") == expected


def test_a_gerund_subject_applies_for_no_one(accord_annotator):
    assert verdicts(accord_annotator, "Applying to join NATO is a big step, said Norway.", "2022-05-18",
                    "applied_to") == []
