"""One error, one flag; the report counts claims."""

from __future__ import annotations

from accord.model import Finding
from accord.reconcile.flags import one_flag_per_error
from accord.reconcile.verify import SEVERITY
from accord.report import build, summary


def finding(kind, statement_id="s1", start=10, end=20, claim="New Zealand partner of NATO", doc="d1",
            sentence_start=0, sentence="New Zealand has been a partner of NATO since 2021, Stoltenburg said."):
    return Finding(kind=kind, explanation=f"{kind} because", doc_id=doc, start=start, end=end, sentence=sentence,
                   sentence_start=sentence_start, statement_id=statement_id, claim=claim)


def test_a_claim_flagged_by_the_kb_and_another_article_is_flagged_once_with_both():
    kb, other = finding("contradicted_by_kb"), finding("conflicting_sources")
    kept = one_flag_per_error([other, kb], SEVERITY)
    assert kept == [kb]
    assert kb.evidence[-1]["kind"] == "conflicting_sources" and "sentence" not in kb.evidence[-1]


def test_the_same_statement_at_two_places_keeps_a_flag_at_each():
    a, b = finding("contradicted_by_kb"), finding("contradicted_by_kb", start=40, end=50)
    assert one_flag_per_error([a, b], SEVERITY) == [a, b]


def test_a_claim_read_through_a_misspelt_name_is_evidence_of_the_misspelling():
    name = finding("surface_anomaly", statement_id=None, start=52, end=63, claim="Stoltenburg")
    office = finding("contradicted_by_kb", statement_id="s2", claim="Jens Stoltenburg holds the office of X")
    kept = one_flag_per_error([name, office], SEVERITY)
    assert kept == [name] and name.evidence[-1]["kind"] == "contradicted_by_kb"


def test_a_misspelling_in_another_sentence_leaves_a_claim_alone():
    name = finding("surface_anomaly", statement_id=None, start=200, end=211, claim="Stoltenburg")
    office = finding("contradicted_by_kb", statement_id="s2", claim="Jens Stoltenburg holds the office of X")
    assert one_flag_per_error([name, office], SEVERITY) == [name, office]


def test_unflagged_findings_are_never_merged():
    a, b = finding("supported"), finding("new")
    assert one_flag_per_error([a, b], SEVERITY) == [a, b]


def test_the_report_counts_claims_under_their_most_severe_finding():
    findings = [finding("supported", "s1"), finding("conflicting_sources", "s1"), finding("new", "s2", start=30),
                finding("surface_anomaly", None, start=52, end=63)]
    assert summary(findings) == {"conflicting_sources": 1, "surface_anomaly": 1, "new": 1}
    report = build([], findings)
    assert (report["claims"], report["flagged"]) == (3, 2)
