"""Verification against a small hand-built KB: each verdict and each cross-article check."""

from __future__ import annotations

import pytest

from accord.model import Annotation, Reference, Statement
from accord.reconcile.verify import verify

from .fakekb import alliance_kb, tq


def st(subject, prop, value, doc="d1", polarity="affirmed", **kw) -> Statement:
    ref = Reference(doc_id=doc, start=0, end=10, sentence=f"sentence in {doc}")
    return Statement(subject, prop, value, polarity=polarity, references=[ref], id=f"{subject}{prop}{value}{polarity}{doc}", **kw)


def kinds(findings):
    return sorted((f.doc_id, f.kind) for f in findings)


@pytest.fixture
def kb():
    return alliance_kb()


def test_partnership_dated_2021_is_contradicted_by_a_2012_start(kb):
    [f] = verify([st("state:NZL", "partner_of", "org:NATO", start=tq("2021"))], {"d1": None}, kb)
    assert f.kind == "contradicted_by_kb"
    assert "2012-06-04" in f.explanation and "2021" in f.explanation
    assert f.evidence[0]["source"].startswith("https://")


def test_not_a_partner_is_contradicted_when_the_kb_has_a_partnership_on_that_date(kb):
    [f] = verify([st("state:NZL", "partner_of", "org:NATO", polarity="negated")], {"d1": "2023-04-11"}, kb)
    assert f.kind == "contradicted_by_kb"


def test_not_a_member_is_supported(kb):
    [f] = verify([st("state:NZL", "member_of", "org:NATO", polarity="negated")], {"d1": "2023-04-11"}, kb)
    assert f.kind == "supported"


def test_partner_called_member_is_contradicted(kb):
    [f] = verify([st("state:JPN", "member_of", "org:NATO")], {"d1": "2023-04-11"}, kb)
    assert f.kind == "contradicted_by_kb"
    assert any(e["property"] == "partner_of" for e in f.evidence)


def test_membership_before_accession_is_contradicted(kb):
    [f] = verify([st("state:FIN", "member_of", "org:NATO")], {"d1": "2022-06-01"}, kb)
    assert f.kind == "contradicted_by_kb"


def test_accession_year(kb):
    good = verify([st("state:FIN", "joined", "org:NATO", point_in_time=tq("2023"))], {"d1": None}, kb)
    bad = verify([st("state:FIN", "joined", "org:NATO", point_in_time=tq("2022"))], {"d1": None}, kb)
    assert [f.kind for f in good] == ["supported"]
    assert [f.kind for f in bad] == ["contradicted_by_kb"]


def test_office_holder_on_the_article_date(kb):
    ok = verify([st("person:chris-hipkins", "holds_office", "office:nzl-prime-minister")], {"d1": "2023-04-11"}, kb)
    wrong = verify([st("person:jacinda-ardern", "holds_office", "office:nzl-prime-minister")], {"d1": "2023-04-11"}, kb)
    assert [f.kind for f in ok] == ["supported"]
    assert [f.kind for f in wrong] == ["contradicted_by_kb"]


def test_office_holder_with_unknown_date_is_supported_if_ever_held(kb):
    [f] = verify([st("person:jacinda-ardern", "holds_office", "office:nzl-prime-minister")], {"d1": None}, kb)
    assert f.kind == "supported"


def test_summit_dates_without_a_year_agree_with_the_kb(kb):
    s = st("summit:nato-2022-madrid", "took_place_on", "summit:nato-2022-madrid",
           start=tq("XXXX-06-28"), end=tq("XXXX-06-30"))
    [f] = verify([s], {"d1": None}, kb)
    assert f.kind == "supported"


def test_summit_place_in_the_country_of_its_city_is_supported(kb):
    [ok] = verify([st("summit:nato-2022-madrid", "located_in", "state:ESP")], {"d1": None}, kb)
    [bad] = verify([st("summit:nato-2022-madrid", "located_in", "state:LTU")], {"d1": None}, kb)
    assert (ok.kind, bad.kind) == ("supported", "contradicted_by_kb")


def test_opposite_polarity_in_two_articles_is_a_conflict_on_both_sides(kb):
    a = st("state:NZL", "partner_of", "org:NATO", doc="d1", start=tq("2021"))
    b = st("state:NZL", "partner_of", "org:NATO", doc="d2", polarity="negated")
    findings = verify([a, b], {"d1": None, "d2": "2023-04-11"}, kb)
    # both are contradicted by the KB too: one flag each, the other article its evidence
    conflicts = [(f.doc_id, e) for f in findings for e in f.evidence
                 if e["type"] == "finding" and e["kind"] == "conflicting_sources"]
    assert sorted(d for d, _ in conflicts) == ["d1", "d2"]
    assert conflicts[0][1]["evidence"][0]["type"] == "document"
    assert sorted(f.doc_id for f in findings if f.kind == "contradicted_by_kb") == ["d1", "d2"]


def test_unknown_claim_is_new_and_hypothetical_is_unverifiable(kb):
    new = verify([st("state:NZL", "contributed_to", "org:NATO")], {"d1": None}, kb)
    hyp = verify([st("state:RUS", "invaded", "state:LTU", modality="hypothetical")], {"d1": None}, kb)
    assert [f.kind for f in new] == ["new"]
    assert [f.kind for f in hyp] == ["unverifiable"]


def test_quoted_speaker_is_named_as_the_one_who_asserted(kb):
    s = st("state:NZL", "member_of", "org:NATO", asserted_by="person:jacinda-ardern")
    [f] = verify([s], {"d1": "2023-04-11"}, kb)
    assert f.asserted_by == "person:jacinda-ardern" and "Jacinda Ardern" in f.explanation


def test_anomaly_becomes_a_finding_with_its_sentence(kb):
    anomaly = Annotation("anomaly", 20, 25, "NAITO", data={"suggestion": "org:NATO", "suggested_name": "NATO", "score": 89.0})
    sentence = Annotation("sentence", 0, 40, "If it's not a member of NAITO, then fine.")
    [f] = verify([], {}, kb, anomalies=[("d1", anomaly)], sentences={"d1": [sentence]})
    assert f.kind == "surface_anomaly" and "NATO" in f.explanation and f.sentence == sentence.text


def test_findings_are_ordered_by_severity(kb):
    findings = verify([st("state:USA", "member_of", "org:NATO"), st("state:JPN", "member_of", "org:NATO")],
                      {"d1": "2023-04-11"}, kb)
    assert [f.kind for f in findings] == ["contradicted_by_kb", "supported"]


def test_an_office_observed_on_two_dates_is_not_a_date_inconsistency(kb):
    a = st("person:chris-hipkins", "holds_office", "office:nzl-prime-minister", doc="d1", point_in_time=tq("2023-04-11"))
    b = st("person:chris-hipkins", "holds_office", "office:nzl-prime-minister", doc="d2", point_in_time=tq("2023-07-12"))
    assert not [f for f in verify([a, b], {"d1": None, "d2": None}, kb) if f.kind == "date_inconsistency"]


def test_an_accession_on_two_dates_is_a_date_inconsistency(kb):
    # an organisation the KB knows nothing of: neither date is confirmed, both are in doubt
    a = st("state:FIN", "joined", "org:NORDIC-LEAGUE", doc="d1", point_in_time=tq("2023"))
    b = st("state:FIN", "joined", "org:NORDIC-LEAGUE", doc="d2", point_in_time=tq("2022"))
    found = [f.doc_id for f in verify([a, b], {"d1": None, "d2": None}, kb) if f.kind == "date_inconsistency"]
    assert sorted(found) == ["d1", "d2"]


def test_a_claim_the_kb_confirms_is_not_doubted_by_a_disagreeing_article(kb):
    right = st("state:FIN", "joined", "org:NATO", doc="d1", point_in_time=tq("2023-04-04"))
    wrong = st("state:FIN", "joined", "org:NATO", doc="d2", point_in_time=tq("2022"))
    found = verify([right, wrong], {"d1": None, "d2": None}, kb)
    assert sorted((f.doc_id, f.kind) for f in found) == [("d1", "supported"), ("d2", "contradicted_by_kb")]
    [flag] = [f for f in found if f.doc_id == "d2"]  # the other article's date is its evidence
    assert [e["kind"] for e in flag.evidence if e["type"] == "finding"] == ["date_inconsistency"]


def test_a_holder_before_the_kb_coverage_of_the_office_is_new_not_contradicted(kb):
    [f] = verify([st("person:someone-else", "holds_office", "office:nzl-prime-minister")], {"d1": "2011-10-06"}, kb)
    assert f.kind == "new" and "2017-10-26" in f.explanation


def test_opposite_standings_on_different_days_are_no_conflict(kb):
    # "Prime Minister X" in 2023, "X is no longer prime minister" in 2024: both can be true
    then = st("person:someone", "holds_office", "office:nowhere-prime-minister", doc="d1")
    later = st("person:someone", "holds_office", "office:nowhere-prime-minister", doc="d2", polarity="negated")
    found = verify([then, later], {"d1": "2023-05-01", "d2": "2024-07-10"}, kb)
    assert not [f for f in found if f.kind == "conflicting_sources"]
    same_day = verify([then, later], {"d1": "2024-07-10", "d2": "2024-07-10"}, kb)
    assert sorted(f.doc_id for f in same_day if f.kind == "conflicting_sources") == ["d1", "d2"]
    undated = verify([then, later], {"d1": None, "d2": "2024-07-10"}, kb)  # one side's day unknown
    assert sorted(f.doc_id for f in undated if f.kind == "conflicting_sources") == ["d1", "d2"]
