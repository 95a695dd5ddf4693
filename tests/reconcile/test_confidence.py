"""A clash is flagged only when every step that read the claim was sure enough (THRESHOLD)."""

from __future__ import annotations

from accord.model import Reference, Statement
from accord.reconcile.verify import THRESHOLD, verify

from .fakekb import alliance_kb, tq


def claim(confidence: dict[str, float], doc: str = "d1", polarity: str = "affirmed") -> Statement:
    ref = Reference(doc_id=doc, start=0, end=10, sentence=f"sentence in {doc}", confidence=confidence)
    return Statement("state:NZL", "partner_of", "org:NATO", polarity=polarity, start=tq("2021"),
                     references=[ref], id=f"nzl-{doc}-{polarity}")


def test_a_clash_read_at_the_threshold_is_flagged():
    [f] = verify([claim({"attachment": THRESHOLD})], {"d1": None}, alliance_kb())
    assert f.kind == "contradicted_by_kb"


def test_a_clash_read_just_below_the_threshold_is_unverifiable_with_the_reason():
    [f] = verify([claim({"attachment": round(THRESHOLD - 0.01, 2), "link": 0.9})], {"d1": None}, alliance_kb())
    assert f.kind == "unverifiable"
    assert "attachment" in f.explanation and "2012-06-04" in f.explanation  # says what clashed, and why not flagged
    assert f.evidence, "the KB evidence is kept"


def test_a_claim_with_every_step_certain_is_flagged():
    [f] = verify([claim({})], {"d1": None}, alliance_kb())
    assert f.kind == "contradicted_by_kb"


def test_support_is_not_lowered_by_an_unsure_step():
    ref = Reference(doc_id="d1", start=0, end=10, sentence="s", confidence={"event": 0.1})
    st = Statement("state:NZL", "partner_of", "org:NATO", start=tq("2012"), references=[ref], id="x")
    [f] = verify([st], {"d1": None}, alliance_kb())
    assert f.kind == "supported"


def test_an_unsure_reading_in_the_other_article_keeps_a_conflict_unflagged():
    # New Zealand is a partner in one article and "not a partner" in another; the KB has no
    # say on a date before the partnership, so only the articles clash.
    a = Statement("state:NZL", "partner_of", "org:NATO", references=[Reference("d1", 0, 5, "a")], id="a")
    b = Statement("state:NZL", "partner_of", "org:NATO", polarity="negated", id="b",
                  references=[Reference("d2", 0, 5, "b", confidence={"modality": 0.2})])
    found = verify([a, b], {"d1": "2005-01-01", "d2": "2005-01-01"}, alliance_kb())
    assert not [f for f in found if f.kind == "conflicting_sources"]
    assert [f for f in found if f.kind == "unverifiable" and f.doc_id == "d1"]


def test_a_status_still_to_come_is_not_contradicted_by_todays_list():
    ref = Reference(doc_id="d1", start=0, end=10, sentence="s")
    plan = Statement("state:JPN", "member_of", "org:NATO", modality="plan", references=[ref], id="p")
    fact = Statement("state:JPN", "member_of", "org:NATO", references=[ref], id="f")
    assert [f.kind for f in verify([plan], {"d1": "2023-05-01"}, alliance_kb())] == ["unverifiable"]
    assert [f.kind for f in verify([fact], {"d1": "2023-05-01"}, alliance_kb())] == ["contradicted_by_kb"]
