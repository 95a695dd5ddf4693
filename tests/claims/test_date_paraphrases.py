"""Dates in claims across the families (accessions, applications, candidate status, summits,
terms, the treaty), each true sentence with a one-edit date-shifted twin, in
tests/claims/data/date_paraphrases.jsonl (sentences written for these tests), checked as `accord
check` checks an article; and one test per date construction the accession and candidacy
extractors read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.paraphrases import Checker, load, outcome

from ._pipeline import read, verdicts

pytestmark = pytest.mark.model

DATA = Path(__file__).parent / "data" / "date_paraphrases.jsonl"
def test_the_paraphrase_set(accord_annotator):
    """No true sentence flagged; the rates reached (43/44 supported, 39/44 twins flagged) kept."""
    checker, rows = Checker(accord_annotator), load(DATA)
    true = [outcome(checker.findings(r["text"], r["date"])) for r in rows if r["truth"]]
    false = [outcome(checker.findings(r["text"], r["date"])) for r in rows if not r["truth"]]
    assert len(true) >= 40 and true.count("flagged") == 0
    assert true.count("supported") >= 43
    assert false.count("flagged") >= 39


def _joined(annotator, text, published):
    return [(s.subject, s.value, str(s.point_in_time.value)) for s in read(annotator, text, published)
            if s.property == "joined" and s.point_in_time is not None]


@pytest.mark.parametrize("text, published, expected", [
    # a relative clause dated by a bare preposition: the organisation is the article's
    ("NATO drills began in Norway. Sweden, which joined in March, sent ships.", "2024-06-01",
     ("state:SWE", "org:NATO", "2024-03")),
    # a participle under "since": done by the subject of the clause it opens
    ("Since joining NATO in 2004, Latvia has hosted allied troops.", "2024-05-01",
     ("state:LVA", "org:NATO", "2004")),
    # the accession told by its noun, a subject
    ("Sweden's accession to NATO on 7 March 2024 ended two centuries of neutrality.", "2024-05-01",
     ("state:SWE", "org:NATO", "2024-03-07")),
])
def test_dated_accessions_read(accord_annotator, text, published, expected):
    assert expected in _joined(accord_annotator, text, published)


@pytest.mark.parametrize("text", [
    "Hungary ratified Sweden's accession to NATO in February 2024.",  # a verb acts on the accession
    "NATO drills began in Norway. Sweden joined in the exercise in March.",  # joined in something
])
def test_accessions_not_stated_are_not_read(accord_annotator, text):
    assert not [j for j in _joined(accord_annotator, text, "2024-06-01") if j[0] == "state:SWE"]


@pytest.mark.parametrize("published, read_it", [("2024-03-07", True), ("2024-03-06", False)])
def test_an_accession_noun_dated_after_the_article_is_a_plan(accord_annotator, published, read_it):
    """Boundary: the accession's day is the article's day (read) / the day after it (not read)."""
    text = "Sweden's accession to NATO on 7 March 2024 ends two centuries of neutrality."
    assert bool(_joined(accord_annotator, text, published)) is read_it


@pytest.mark.parametrize("day, kind", [
    ("22", "contradicted_by_kb"), ("23", "supported"), ("24", "contradicted_by_kb"),
])
def test_a_dated_decision_to_grant_candidate_status_is_the_grant(accord_annotator, day, kind):
    """Boundary at the KB's day (2022-06-23) one day either side."""
    text = f"EU leaders decided on {day} June 2022 to grant candidate status to Moldova."
    assert kind in verdicts(accord_annotator, text, "2022-07-15", "candidate_for")


def test_an_undated_decision_to_grant_is_a_plan(accord_annotator):
    found = [s for s in read(accord_annotator, "EU leaders decided to grant candidate status to Ukraine.", "2022-06-20")
             if s.property == "candidate_for"]
    assert found and all(s.modality != "fact" for s in found)


@pytest.mark.parametrize("year, kind", [("2022", "supported"), ("2021", "contradicted_by_kb")])
def test_received_candidate_status(accord_annotator, year, kind):
    text = f"Bosnia and Herzegovina received EU candidate status in December {year}."
    assert kind in verdicts(accord_annotator, text, "2023-03-01", "candidate_for")


@pytest.mark.parametrize("month, kind", [
    ("May", "contradicted_by_kb"), ("June", "supported"), ("July", "contradicted_by_kb"),
])
def test_a_candidate_since_a_month(accord_annotator, month, kind):
    """ "X, an EU candidate since June 2022,": boundary at the KB's month (2022-06-23) either side."""
    text = f"Moldova, an EU candidate since {month} 2022, opened accession talks."
    assert kind in verdicts(accord_annotator, text, "2024-06-26", "candidate_for")


@pytest.mark.parametrize("text", [
    "Moldova, a candidate for the presidency since 2020, won the vote.",  # no organisation named
    "Moldova, an EU candidate, opened accession talks.",  # undated: the KB checks a candidacy's start
    "Moldova, no longer an EU candidate since 2022, opened talks.",
    "Moldova, not an EU candidate since 2022, opened talks.",
])
def test_candidate_nouns_without_a_checkable_start_make_no_claim(accord_annotator, text):
    assert not [s for s in read(accord_annotator, text, "2024-06-26") if s.property == "candidate_for"]


def test_the_subjects_apposition_does_not_date_the_accession(accord_annotator):
    text = "Croatia, an EU candidate since 2004, joined the bloc in July 2013."
    found = read(accord_annotator, text, "2024-06-26")
    assert [str(s.point_in_time.value) for s in found if s.property == "joined"] == ["2013-07"]
