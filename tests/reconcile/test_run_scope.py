"""verify_documents on part of a store: other articles keep what was not verified again, and a
statement repeated by many articles is read from its first references only."""

from __future__ import annotations

import pytest

from accord.model import Annotation, Finding, Reference, Statement
from accord.reconcile.run import verify_documents
from accord.store import MemoryStore
from tests.reconcile.fakekb import alliance_kb
from tests.store.helpers import doc

NATO = "org:NATO"


@pytest.fixture
def kb():
    return alliance_kb()


def _add(store, text: str, published: str, *claims: tuple[str, str, str, str]) -> str:
    d = doc(text, published, text[:20])
    statements = [Statement(s, p, v, polarity=pol, references=[Reference(d.id, 0, len(text), text)])
                  for s, p, v, pol in claims]
    store.add(d, statements=statements)
    return d.id


def test_verifying_a_new_article_keeps_the_other_articles_findings_about_other_claims(kb):
    store = MemoryStore()
    old = _add(store, "Finland is a member of NATO and Japan is a member of NATO.", "2024-05-01",
               ("state:FIN", "member_of", NATO, "affirmed"), ("state:JPN", "member_of", NATO, "affirmed"))
    verify_documents(store, kb, [old])
    before = {(f.kind, f.claim) for f in store.findings(doc_id=old)}
    assert any(k == "contradicted_by_kb" for k, _ in before)  # Japan is a partner, not a member
    new = _add(store, "Finland is a member of NATO.", "2024-06-01", ("state:FIN", "member_of", NATO, "affirmed"))
    verify_documents(store, kb, [new])
    assert {(f.kind, f.claim) for f in store.findings(doc_id=old)} == before
    assert [f.kind for f in store.findings(doc_id=new)] == ["supported"]


def test_anomalies_of_other_articles_survive(kb):
    store = MemoryStore()
    d = doc("The NAITO summit. Finland is a member of NATO.", "2024-05-01", "old")
    anomaly = Annotation("anomaly", 4, 9, "NAITO", data={"suggestion": NATO, "score": 90})
    st = Statement("state:FIN", "member_of", NATO, references=[Reference(d.id, 18, 46, d.text[18:])])
    store.add(d, [anomaly], [st])
    verify_documents(store, kb, [d.id])
    assert "surface_anomaly" in {f.kind for f in store.findings(doc_id=d.id)}
    new = _add(store, "Finland is a member of NATO.", "2024-06-01", ("state:FIN", "member_of", NATO, "affirmed"))
    verify_documents(store, kb, [new])
    assert "surface_anomaly" in {f.kind for f in store.findings(doc_id=d.id)}


def test_a_claim_made_by_many_articles_touches_only_its_first_references(kb):
    store = MemoryStore()
    olds = [_add(store, f"Japan is a member of NATO, report {n}.", f"2024-01-{n + 1:02d}",
                 ("state:JPN", "member_of", NATO, "affirmed")) for n in range(8)]
    verify_documents(store, kb, olds)
    new = _add(store, "Japan is a member of NATO, says a new report.", "2024-03-01",
               ("state:JPN", "member_of", NATO, "affirmed"))
    store.set_findings([Finding("new", "marker", olds[-1], 0, 1, "x")], [olds[-1]])
    found = verify_documents(store, kb, [new], references=3)
    assert [f.kind for f in found] == ["contradicted_by_kb"]
    assert [f.explanation for f in store.findings(doc_id=olds[-1])] == ["marker"]  # beyond the first 3
    assert store.findings(doc_id=olds[0])[0].kind == "contradicted_by_kb"
