"""What a finding carries, exactly (issue 17: tests that looked only at the kind let a dropped
evidence list, a wrong sentence or a changed condition pass): cross-article findings and their
evidence, when two statements may conflict, a doubt's weakest step, flags folded into one, the
office check's words and evidence, and what the checker offers as the KB's other record."""

from __future__ import annotations

import pytest

from accord.model import Annotation, Finding, Reference, Statement
from accord.reconcile.flags import as_evidence, claim_key, one_flag_per_error
from accord.reconcile.kbcheck import KBChecker, fact_evidence
from accord.reconcile.run import verify_documents
from accord.reconcile.verify import SEVERITY, THRESHOLD, may_conflict, unsure, verify
from accord.store import MemoryStore
from tests.store.helpers import doc

from .fakekb import FakeFact, FakeKB, alliance_kb, tq

NATO = "org:NATO"


def ref(doc_id, start=0, end=10, sentence=None, confidence=None):
    return Reference(doc_id=doc_id, start=start, end=end, sentence=sentence or f"sentence in {doc_id}",
                     confidence=confidence or {})


def st(subject, prop, value, *refs, polarity="affirmed", **kw):
    return Statement(subject, prop, value, polarity=polarity, references=list(refs),
                     id=f"{subject}|{prop}|{value}|{polarity}|{refs[0].doc_id}", **kw)


# -- cross-article findings ---------------------------------------------------------------------
FORUM = "org:pacific-forum"  # an organisation the KB does not know: only the articles can disagree


def test_opposite_claims_in_two_articles_name_each_other_with_the_other_sentence():
    a = st("state:NZL", "partner_of", FORUM, ref("d1", 5, 30, "NZ is a partner of the forum."))
    b = st("state:NZL", "partner_of", FORUM, ref("d2", 7, 40, "NZ is not a partner of the forum."), polarity="negated",
           asserted_by="person:jacinda-ardern")
    found = verify([a, b], {"d1": "2023-04-11", "d2": "2023-04-11"}, alliance_kb())
    [mine] = [f for f in found if f.kind == "conflicting_sources" and f.doc_id == "d2"]
    assert mine.explanation == ("Another article says the opposite: New Zealand partner of Pacific Forum. "
                                "(asserted by Jacinda Ardern, quoted)")
    assert mine.claim == "New Zealand not partner of Pacific Forum"
    assert mine.evidence == [{"type": "document", "doc_id": "d1", "start": 5, "end": 30,
                              "sentence": "NZ is a partner of the forum."}]
    assert (mine.start, mine.end, mine.sentence, mine.statement_id) == (7, 40, "NZ is not a partner of the forum.", b.id)


def test_a_statement_from_the_same_article_does_not_stop_the_comparison():
    """The first other statement is made only in the same article: the next one still counts."""
    a = st("state:NZL", "partner_of", FORUM, ref("d1"), polarity="negated")
    same_doc = Statement("state:NZL", "partner_of", FORUM, references=[ref("d1", 50, 60)], id="same")
    other = Statement("state:NZL", "partner_of", FORUM, references=[ref("d2")], id="other")
    found = verify([a, same_doc, other], {"d1": "2023-04-11", "d2": "2023-04-11"}, alliance_kb())
    mine = [f for f in found if f.kind == "conflicting_sources" and f.statement_id == a.id]
    assert [e["doc_id"] for f in mine for e in f.evidence] == ["d2"]


@pytest.mark.parametrize("a_kw,b_kw,prop,expected", [
    ({}, {"polarity": "negated"}, "partner_of", True),
    ({"modality": "hypothetical"}, {"polarity": "negated"}, "partner_of", False),
    ({}, {"polarity": "negated", "modality": "hypothetical"}, "partner_of", False),
    ({}, {}, "partner_of", False),
    ({"start": tq("2012")}, {"start": tq("2021")}, "partner_of", True),
    ({"start": tq("2012")}, {"start": tq("2012-06")}, "partner_of", False),
    ({"start": tq("2012")}, {}, "partner_of", False),
    # a point in time is the date of a one-off event, only an observation of a standing
    ({"point_in_time": tq("2023-04-04")}, {"point_in_time": tq("2022")}, "joined", True),
    ({"point_in_time": tq("2023-04-04")}, {"point_in_time": tq("2022")}, "member_of", False),
])
def test_may_conflict(a_kw, b_kw, prop, expected):
    a = Statement("state:FIN", prop, NATO, **a_kw)
    b = Statement("state:FIN", prop, NATO, **b_kw)
    assert may_conflict(a, b) is expected
    assert may_conflict(b, a) is expected


def test_two_dates_for_one_accession_are_a_date_inconsistency_with_both_sentences():
    a = st("state:FIN", "joined", FORUM, ref("d1", 0, 9, "Finland joined in 2023."), point_in_time=tq("2023"))
    b = st("state:FIN", "joined", FORUM, ref("d2", 0, 9, "Finland joined in 2022."), point_in_time=tq("2022"))
    found = verify([a, b], {"d1": None, "d2": None}, alliance_kb())
    inconsistent = sorted((f.doc_id, f.explanation) for f in found if f.kind == "date_inconsistency")
    assert inconsistent == [
        ("d1", "Another article gives another date: Finland joined Pacific Forum on 2022 (year only)."),
        ("d2", "Another article gives another date: Finland joined Pacific Forum on 2023 (year only).")]


# -- a doubt's weakest step ---------------------------------------------------------------------
def test_the_weakest_step_below_the_threshold_names_the_doubt():
    weak = ref("d1", confidence={"link": 0.4, "date": 0.2, "event": 0.9})
    kind, words = unsure("contradicted_by_kb", "It is wrong.", ref("d2", confidence={"link": 0.45}), weak)
    assert kind == "unverifiable"
    assert words.startswith("Not flagged: it is not certain ") and f"(date 0.20, below {THRESHOLD})" in words
    assert words.endswith("Read as it stands: It is wrong.")


def test_a_sure_reading_or_an_unflagged_kind_is_left_alone():
    assert unsure("contradicted_by_kb", "It is wrong.", ref("d1", confidence={"link": THRESHOLD})) == \
        ("contradicted_by_kb", "It is wrong.")
    assert unsure("supported", "Right.", ref("d1", confidence={"link": 0.1})) == ("supported", "Right.")


# -- one flag per error -------------------------------------------------------------------------
def finding(kind, statement_id="s1", start=10, end=20, sentence_start=0, sentence="x" * 40, doc="d1", claim="c"):
    return Finding(kind=kind, explanation=f"{kind} because", doc_id=doc, start=start, end=end, sentence=sentence,
                   sentence_start=sentence_start, statement_id=statement_id, claim=claim, evidence=[{"e": 1}])


def test_a_finding_as_evidence_carries_its_kind_claim_words_and_evidence():
    f = finding("conflicting_sources", claim="NZ partner of NATO")
    assert as_evidence(f) == {"type": "finding", "kind": "conflicting_sources", "claim": "NZ partner of NATO",
                              "explanation": "conflicting_sources because", "evidence": [{"e": 1}]}


@pytest.mark.parametrize("anomaly_start,folded", [(9, False), (10, True), (49, True), (50, False)])
def test_a_misspelling_folds_only_claims_of_its_own_sentence(anomaly_start, folded):
    """The claim's sentence runs from 10 for 40 characters: [10, 50)."""
    name = finding("surface_anomaly", statement_id=None, start=anomaly_start, end=anomaly_start + 5, claim="Naito")
    claim = finding("contradicted_by_kb", sentence_start=10, claim="Finland member of Naito")
    kept = one_flag_per_error([claim, name], SEVERITY)
    assert (kept == [name]) is folded
    if folded:
        assert name.evidence[-1]["kind"] == "contradicted_by_kb"


def test_claim_key_is_the_statement_or_else_the_span():
    assert claim_key(finding("supported", statement_id="s9")) == ("d1", "s9", 10, 20)
    assert claim_key(finding("surface_anomaly", statement_id=None)) == ("d1", None, 10, 20)
    assert claim_key(finding("surface_anomaly", statement_id="")) == ("d1", None, 10, 20)


# -- verify_documents -------------------------------------------------------------------------------
def test_stored_findings_are_most_severe_first_and_an_anomaly_keeps_its_sentence():
    store = MemoryStore()
    text = "Japan is a NATO member. Finland is a member of NAITO now."
    d = doc(text, "2024-05-01", "t")
    fin = Statement("state:FIN", "member_of", NATO, references=[Reference(d.id, 0, 7, "Finland")])
    jpn = Statement("state:JPN", "member_of", NATO, references=[Reference(d.id, 30, 40, "Japan")])
    anomaly = Annotation("anomaly", 47, 52, "NAITO", data={"suggestion": NATO, "suggested_name": "NATO", "score": 88.0})
    sentences = [Annotation("sentence", 0, 23, text[:23]), Annotation("sentence", 24, len(text), text[24:])]
    store.add(d, [anomaly, *sentences], [fin, jpn])
    verify_documents(store, alliance_kb(), [d.id])
    stored = store.findings(doc_id=d.id)
    assert [f.kind for f in stored] == ["contradicted_by_kb", "surface_anomaly", "supported"]
    [name] = [f for f in stored if f.kind == "surface_anomaly"]
    assert (name.sentence, name.sentence_start) == (text[24:], 24)


# -- the office check: words and evidence -------------------------------------------------------
NAMES = {"office:reg": "Registrar", "person:ana": "Ana One", "person:ben": "Ben Two", "person:eve": "Eve Outsider",
         "person:zed": "Zed Nominee", "office:gap": "Keeper", "person:kim": "Kim Keeper", "org:PDF": "Pacific Forum",
         "state:JPN": "Japan", "org:OECD": "OECD", NATO: "NATO"}


def office_kb(**attrs) -> FakeKB:
    return FakeKB(NAMES, [
        FakeFact("person:ana", "holds_office", "office:reg", start=tq("2015-03-01"), end=tq("2019-05-10"), as_of="2024-06-30"),
        FakeFact("person:ben", "holds_office", "office:reg", start=tq("2019-05-10"), as_of="2024-06-30"),
        FakeFact("person:zed", "nominated_for", "office:reg"),  # not a term of office
        FakeFact("person:kim", "holds_office", "office:gap", start=tq("2010-01-01"), end=tq("2011-01-01"), as_of="2024-06-30"),
        FakeFact("person:kim", "holds_office", "office:gap", start=tq("2012-01-01"), as_of="2024-06-30"),
        FakeFact("state:JPN", "partner_of", NATO, start=tq("2014-05-06")),
        FakeFact("state:NZL", "partner_of", NATO, start=tq("2012-06-04")),
        FakeFact("state:JPN", "member_of", "org:OECD", start=tq("1964")),
        FakeFact("state:USA", "member_of", NATO, start=tq("1949-08-24")),
    ], attrs)


def office(kb, person, on, **kw):
    return KBChecker(kb).check(Statement(person, "holds_office", "office:reg", id="s", **kw), on)


def test_a_holders_own_term_is_named_in_the_words():
    f = office(office_kb(), "person:ana", "2019-05-09")
    assert f.explanation == "The knowledge base records Ana One's term as Registrar on 2019-05-09."
    f = office(office_kb(), "person:ana", "2019-05-10")
    assert f.kind == "unverifiable" and f.explanation.endswith(
        "the handover happens within the day, so a title that day may be of the hours before it.")
    f = office(office_kb(), "person:ana", "2019-05-11")
    assert f.explanation == ("The knowledge base records Ana One's term as Registrar only from 2015-03-01 to "
                             "2019-05-10, not on 2019-05-11.")
    f = office(office_kb(), "person:ben", "2015-03-05")
    assert f.explanation == ("The knowledge base records Ben Two's term as Registrar only from 2019-05-10 to today, "
                             "not on 2015-03-05.")


def test_a_fact_of_another_property_about_the_office_is_not_a_term():
    f = office(office_kb(), "person:zed", "2020-01-01")
    assert f.kind == "contradicted_by_kb"
    assert f.explanation == "Zed Nominee never held the office of Registrar; on 2020-01-01 it was held by Ben Two."
    assert [e["subject"] for e in f.evidence] == ["person:ben"]


def test_an_undated_claim_by_someone_else_says_so_and_cites_no_holder():
    f = office(office_kb(), "person:eve", None)
    assert f.kind == "new"
    assert f.explanation.startswith("The knowledge base does not list Eve Outsider as Registrar, but it cannot check "
                                    "an undated claim: ")
    assert f.evidence == []


def test_a_dated_claim_outside_the_list_cites_the_holders_of_that_day():
    f = office(office_kb(), "person:eve", "2024-07-01")  # after the list's as_of
    assert f.kind == "new" and "cannot check 2024-07-01: " in f.explanation
    assert [e["subject"] for e in f.evidence] == ["person:ben"]


def test_the_claims_own_date_wins_over_the_articles():
    f = office(office_kb(), "person:eve", "2030-01-01", point_in_time=tq("2016-01-01"))
    assert f.kind == "contradicted_by_kb" and "on 2016-01-01 it was held by Ana One." in f.explanation


def test_a_hole_in_an_undeclared_list_is_new_with_no_evidence():
    kb = office_kb()
    f = KBChecker(kb).check(Statement("person:eve", "holds_office", "office:gap", id="s"), "2011-06-01")
    assert (f.kind, f.evidence) == ("new", [])
    assert f.explanation == ("The knowledge base lists no holder of the office of Keeper on 2011-06-01: its list has "
                             "a hole there, so it cannot check the claim.")


def test_a_hole_in_a_declared_list_is_a_contradiction_naming_no_one():
    kb = office_kb(**{"office:gap": {"coverage": {"from": "2010-01-01", "until": "2024-06-30"}}})
    f = KBChecker(kb).check(Statement("person:eve", "holds_office", "office:gap", id="s"), "2011-06-01")
    assert f.kind == "contradicted_by_kb"
    assert f.explanation == "Eve Outsider never held the office of Keeper; on 2011-06-01 it was held by no one."
    assert [(e["subject"], e["start"]) for e in f.evidence] == [("person:kim", "2010-01-01"), ("person:kim", "2012-01-01")]


def test_two_holders_on_one_day_are_both_named():
    kb = office_kb()
    kb._facts.append(FakeFact("person:eve", "holds_office", "office:reg", start=tq("2020-01-01"), end=tq("2020-02-01"),
                              as_of="2024-06-30"))
    f = KBChecker(kb).check(Statement("person:kim", "holds_office", "office:reg", id="s"), "2020-01-15")
    assert f.explanation.endswith("on 2020-01-15 it was held by Ben Two, Eve Outsider.")


# -- the KB's other record of the pair ----------------------------------------------------------
def test_a_membership_the_kb_lacks_cites_what_it_records_of_that_pair_only():
    f = KBChecker(office_kb()).check(Statement("state:JPN", "member_of", NATO, id="s"), "2023-04-11")
    assert f.kind == "contradicted_by_kb"
    assert f.explanation == "The knowledge base does not list Japan as a member of NATO."
    assert f.evidence == [fact_evidence(office_kb().facts(subject="state:JPN", property="partner_of")[0])]


# -- a negation where the list is not complete ----------------------------------------------------
def gap_kb() -> FakeKB:
    coverage = {"member_of": {"from": "2000-01-01", "until": "2024-06-30",
                              "gaps": [{"from": "2024-06-01", "until": "2024-06-30"}]}}
    return FakeKB({"org:PDF": "Pacific Forum", "state:FJI": "Fiji", "state:WSM": "Samoa"}, [
        FakeFact("state:FJI", "member_of", "org:PDF", start=tq("2019-03"), as_of="2024-06-30"),  # open
        FakeFact("state:WSM", "member_of", "org:PDF", start=tq("2019-01-01"), end=tq("2030-01-01"), as_of="2024-06-30"),
    ], {"org:PDF": {"coverage": coverage}})


@pytest.mark.parametrize("state,on,kind", [
    ("state:FJI", "2024-05-31", "contradicted_by_kb"),  # covered, and a member
    ("state:FJI", "2024-06-30", "contradicted_by_kb"),  # in a gap, but its source was read that very day
    ("state:FJI", "2024-07-15", "new"),  # past the list and past the day its source was read
    ("state:WSM", "2025-01-01", "contradicted_by_kb"),  # past the list, inside its own dated term
    ("state:WSM", "2030-01-01", "new"),  # its term has ended, but past the list the KB cannot say it is not
])
def test_a_negated_membership_is_contradicted_only_where_the_kb_surely_knows(state, on, kind):
    f = KBChecker(gap_kb()).check(Statement(state, "member_of", "org:PDF", polarity="negated", id="s"), on)
    assert f.kind == kind


def test_a_term_without_a_start_is_shown_from_a_question_mark():
    kb = office_kb()
    kb.names["person:old"] = "Old Timer"
    kb._facts.append(FakeFact("person:old", "holds_office", "office:reg", end=tq("2015-03-01"), as_of="2024-06-30"))
    f = KBChecker(kb).check(Statement("person:old", "holds_office", "office:reg", id="s"), "2016-01-01")
    assert f.explanation == ("The knowledge base records Old Timer's term as Registrar only from ? to 2015-03-01, "
                             "not on 2016-01-01.")
