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


def _findings_of(store):
    return sorted((f.doc_id, f.kind, f.statement_id or "", f.start, f.explanation,
                   sorted((e.get("doc_id") or "", str(e.get("start") or 0)) for e in f.evidence))
                  for f in store.findings())


def test_checking_articles_one_by_one_ends_where_checking_them_together_does():
    from accord.kb import load
    from bench.synth import generate

    kb = load()
    records = [generate(n, 3, 150).records() for n in range(40)]  # one year in eight is wrong
    members = [st for _, _, sts in records for st in sts if st.property == "member_of"]
    for n, (doc_, _, statements) in enumerate(records[::4]):  # some articles deny what others say
        other, ref = members[n * 3], statements[0].references[0]
        statements.append(Statement(other.subject, "member_of", other.value, polarity="negated",
                                    references=[Reference(doc_.id, ref.start, ref.end, ref.sentence)]))
    together, one_by_one = MemoryStore(), MemoryStore()
    for record in records:
        together.add(*record)
    verify_documents(together, kb, [r[0].id for r in records])
    for record in records:
        one_by_one.add(*record)
        verify_documents(one_by_one, kb, [record[0].id])
    expected = _findings_of(together)
    assert {kind for _, kind, *_ in expected} >= {"supported", "contradicted_by_kb"}
    # the conflicts between articles are there, as flags or as the evidence of a KB contradiction
    # (one error, one flag)
    crossed = {f.kind for f in together.findings()} | {e["kind"] for f in together.findings() for e in f.evidence
                                                       if e.get("type") == "finding"}
    assert "date_inconsistency" in crossed  # (the denials are of other days: no conflicting_sources)
    assert _findings_of(one_by_one) == expected


def test_an_old_article_put_in_conflict_keeps_its_conflicts_with_the_others(kb):
    from accord.model import TimeQualifier

    store = MemoryStore()
    denial = _add(store, "Finland is not a member of NATO.", "2023-05-01", ("state:FIN", "member_of", NATO, "negated"))
    # the same day: opposite standings of different days are no conflict (verify.STANDINGS)
    plain = _add(store, "Finland is a member of NATO.", "2023-05-01", ("state:FIN", "member_of", NATO, "affirmed"))
    verify_documents(store, kb, [denial, plain])
    d = doc("Finland has been a member of NATO since 2021.", "2023-05-01", "new")
    store.add(d, statements=[Statement("state:FIN", "member_of", NATO, start=TimeQualifier("2021", "year"),
                                       references=[Reference(d.id, 0, len(d.text), d.text)])])
    verify_documents(store, kb, [d.id])
    # the denial is contradicted by the KB; the articles that say otherwise are that flag's
    # evidence (one error, one flag), as a conflicting_sources finding folded into it
    conflicts = [e for f in store.findings(doc_id=denial) for e in f.evidence
                 if e.get("type") == "finding" and e["kind"] == "conflicting_sources"]
    cited = sorted(x["doc_id"] for e in conflicts for x in e["evidence"])
    assert cited == sorted([plain, d.id])  # the new article, and the one it does not conflict with
