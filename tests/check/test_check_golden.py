"""`accord check` end to end: the seeds (issue 6's acceptance) and the sample corpus's errata.

The seeds golden file lists every finding the check produces for the two seed articles checked
together, with its verdict, so a new false alarm fails the test as surely as a missed error.
Regenerate it after a reviewed change with:
    python -m tests.check.test_check_golden > tests/golden/seeds_check.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "seeds_check.json"
FLAGGED = {"contradicted_by_kb", "conflicting_sources", "date_inconsistency", "surface_anomaly"}
# The finding each kind of deliberate error in the samples' ERRATA.md must produce.
ERRATUM_FINDING = {"misspelling": "surface_anomaly", "wrong_date": "contradicted_by_kb",
                   "wrong_status": "contradicted_by_kb", "wrong_holder": "contradicted_by_kb",
                   "wrong_event": "contradicted_by_kb"}


def run_check(paths, annotator):
    from accord.factcheck import check_paths
    from accord.store import open_store

    store = open_store(None)
    return check_paths([str(p) for p in paths], store, annotator.kb, annotator)


def golden_rows(report) -> list[dict]:
    """The comparable part of each finding: which seed, verdict, claim and highlighted words."""
    names = {d["id"]: Path(d["source"]).name[:3] for d in report["documents"]}
    rows = [{"seed": names[f["doc_id"]], "kind": f["kind"], "claim": f["claim"],
             "highlight": f["highlight"]["claim"]} for f in report["findings"]]
    return sorted(rows, key=lambda r: (r["seed"], r["kind"], r["claim"], r["highlight"]))


@pytest.fixture(scope="module")
def seeds_report(seeds, accord_annotator):
    return run_check([seeds["000"], seeds["004"]], accord_annotator)


@pytest.mark.shared
@pytest.mark.model
def test_seed_findings_match_the_reviewed_golden_file(seeds_report):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert golden_rows(seeds_report) == expected


def _kinds_for(report, seed_doc, words) -> set[str]:
    return {f["kind"] for f in report["findings"] if f["doc_id"] == seed_doc and words in f["sentence"]}


@pytest.mark.shared
@pytest.mark.model
def test_seed_acceptance_findings(seeds_report):
    docs = {Path(d["source"]).name[:3]: d["id"] for d in seeds_report["documents"]}
    since_2021 = [f for f in seeds_report["findings"] if f["doc_id"] == docs["000"] and "since 2021" in f["sentence"]
                  and f["kind"] == "contradicted_by_kb"]
    assert since_2021 and "2012-06-04" in since_2021[0]["explanation"]
    # one error, one flag: the KB's contradiction, with the other seed's "partners" as its evidence
    [not_partner] = [f for f in seeds_report["findings"] if f["doc_id"] == docs["004"]
                     and "is not a partner" in f["sentence"] and f["kind"] in FLAGGED]
    assert not_partner["kind"] == "contradicted_by_kb"
    assert [e["kind"] for e in not_partner["evidence"] if e["type"] == "finding"] == ["conflicting_sources"]
    anomalies = {f["claim"]: f["explanation"] for f in seeds_report["findings"] if f["kind"] == "surface_anomaly"}
    assert set(anomalies) == {"NAITO", "Solvenia"}
    assert "NATO" in anomalies["NAITO"] or "North Atlantic" in anomalies["NAITO"]
    assert "Slovenia" in anomalies["Solvenia"]


@pytest.mark.shared
@pytest.mark.model
def test_seed_true_claims_are_supported_not_flagged(seeds_report):
    supported = {f["claim"] for f in seeds_report["findings"] if f["kind"] == "supported"}
    for words in ("Finland joined", "Jens Stoltenberg holds", "Jacinda Ardern holds", "Chris Hipkins holds",
                  "Nanaia Mahuta holds", "Australia partner", "Japan partner", "South Korea partner",
                  "New Zealand not member", "Madrid Summit took place in Spain", "Vilnius Summit took place on 2023-07-11"):
        assert any(words in claim for claim in supported), words


@pytest.mark.model
def test_every_deliberate_error_in_the_samples_is_found_and_nothing_else(samples_dir, accord_annotator):
    from accord.samples import article_files, errata

    report = run_check(article_files(samples_dir), accord_annotator)
    flagged = [f for f in report["findings"] if f["kind"] in FLAGGED]
    claims = [e.claim for e in errata()]
    # each deliberate error must be flagged as what it is: a misspelling as a surface anomaly,
    # a wrong date, status, holder or event as a contradiction of the knowledge base
    missed = [(e.claim, e.kind) for e in errata()
              if not any(e.claim in f["sentence"] and f["kind"] == ERRATUM_FINDING[e.kind] for f in flagged)]
    false_alarms = [(f["kind"], f["claim"], f["sentence"]) for f in flagged if not any(c in f["sentence"] for c in claims)]
    assert missed == []
    assert false_alarms == []
    assert Counter(f["kind"] for f in flagged)["surface_anomaly"] == 1


if __name__ == "__main__":  # regenerate the golden file (review the diff before committing it)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    from accord.nlp.annotate import Annotator

    seeds_dir = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    paths = [sorted(seeds_dir.glob("000_*.txt"))[0], sorted(seeds_dir.glob("004_*.txt"))[0]]
    json.dump(golden_rows(run_check(paths, Annotator())), sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
