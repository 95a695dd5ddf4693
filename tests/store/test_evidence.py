"""Findings keep the sentences their evidence quotes from stored documents by reference (document
id and offsets, migration 0011): read back, reported and served exactly as written."""

from __future__ import annotations

import json
import sqlite3

import pytest

from accord.model import Finding
from accord.store import MemoryStore, SQLiteStore, compact, open_store
from tests.store.helpers import doc, finding, as_before_0015
from tests.store.postgres import pg_schema, pg_url  # noqa: F401  (fixtures)

A = doc("Finland is not in NATO, said one paper.", "2023-01-02", "A")
B = doc("Earlier news. Finland joined NATO in April 2023. More news.", "2023-04-04", "B")
C = doc("Sweden joined NATO in 2024. Finland joined NATO in 2023.", "2024-03-07", "C")
SENT_B = "Finland joined NATO in April 2023."
SENT_C = "Finland joined NATO in 2023."


def quoted(d, sentence: str, **extra) -> dict:
    at = d.text.index(sentence)
    return {"type": "document", "doc_id": d.id, "start": at, "end": at + 7, "sentence": sentence, **extra}


def findings() -> list[Finding]:
    """Evidence of every shape: quoting stored documents (at the place of the claim, and a
    sentence found only elsewhere in its document), nested in a folded finding, as quoted but not
    in the document's text, of a document not stored, a KB fact; a quote with a field more, and
    evidence holding something other than dicts (both kept as written)."""
    elsewhere = dict(quoted(C, SENT_C), start=0, end=6)  # the claim's offsets are not the sentence's
    nested = {"type": "finding", "kind": "date_inconsistency", "claim": "Finland joined NATO",
              "explanation": "Another article gives another date.", "evidence": [quoted(C, SENT_C)]}
    return [
        finding(A, "conflicting_sources", evidence=[quoted(B, SENT_B), elsewhere, nested]),
        finding(A, "contradicted_by_kb", evidence=[
            {"type": "kb", "subject": "state:FIN", "property": "member_of", "value": "org:NATO", "start": "2023-04-04"},
            dict(quoted(B, SENT_B), sentence="Finland (as quoted) joined."),
            quoted(doc("Never stored. Finland joined NATO in 2023."), SENT_C)]),
        finding(A, "new", evidence=[dict(quoted(B, SENT_B), confidence=0.5)]),
        finding(C, "new", evidence=[quoted(B, SENT_B), "a note"]),
        finding(B, "supported"),
    ]


def fill(store) -> list[Finding]:
    for d in (A, B, C):
        store.add(d)
    written = findings()
    store.set_findings(written)
    return written


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "postgres":
        s = open_store(request.getfixturevalue("pg_url"))  # skips, saying why, without a server
    else:
        s = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "accord.db")
    yield s
    s.close()


def test_findings_read_back_with_their_evidence_as_written(store):
    written = fill(store)
    assert store.findings() == written
    assert store.findings(doc_id=A.id, kind="conflicting_sources") == written[:1]
    assert [f.evidence for f in store.findings(doc_id=B.id)] == [[]]


def stored_json(store, packed: bool = True) -> list[str]:
    """Each stored finding's JSON (uncompressed: compact.pack_json; `packed` False: a store from
    before 0012, without the column)."""
    sql = f"SELECT extra, {'packed' if packed else 'NULL'} FROM findings ORDER BY finding_key"
    if isinstance(store, SQLiteStore):
        return [compact.unpack_json(*r) for r in store._reader().execute(sql)]
    return [compact.unpack_json(*r) for r in store._one(sql)]


def test_a_sentence_of_a_stored_document_is_kept_as_its_offsets(store):
    if isinstance(store, MemoryStore):
        pytest.skip("the memory store keeps the Finding objects themselves")
    fill(store)
    rows = stored_json(store)
    assert SENT_B not in rows[0] and SENT_C not in rows[0]  # three quotes, one nested, none copied
    packed = json.loads(rows[0])["evidence_at"]
    at_b, at_c = B.text.index(SENT_B), C.text.index(SENT_C)
    assert packed[0][1:] == [at_b, at_b + 7, at_b, len(SENT_B)] and type(packed[0][0]) is int
    assert packed[1][1:] == [0, 6, at_c, len(SENT_C)]  # found where it is, not at the claim's offsets
    assert packed[2]["evidence"][0][1:] == [at_c, at_c + 7, at_c, len(SENT_C)]
    assert packed[1][0] == packed[2]["evidence"][0][0] != packed[0][0]
    assert B.id not in rows[0] and C.id not in rows[0]  # documents by their keys
    # kept as written: a sentence not in its document's text, a document not stored
    assert "Finland (as quoted) joined." in rows[1] and SENT_C in rows[1] and "evidence_at" not in rows[1]
    assert "evidence_at" not in rows[2] and "evidence_at" not in rows[3]  # a field more; not only dicts
    assert SENT_B in rows[2] and SENT_B in rows[3]


def test_pack_and_unpack_give_back_the_evidence_with_its_keys_in_order():
    evidence = findings()[0].evidence
    packed = compact.pack_evidence(evidence, {B.id: (7, B.text), C.id: (9, C.text)})
    assert [p[0] for p in packed[:2]] == [7, 9] and compact.packed_keys(packed) == {7, 9}
    back = compact.unpack_evidence(packed, {7: (B.id, B.text), 9: (C.id, C.text)})
    assert back == evidence
    # the keys in the order the stores' JSON (sorted keys) always gave them back
    assert list(back[0]) == list(back[2]["evidence"][0]) == sorted(evidence[0])


def test_the_report_and_the_api_say_the_same_from_every_store(tmp_path):
    """Real verification of synthetic articles (claims whose dates disagree across articles give
    findings quoting other articles, folded into the KB's flag): the report in every format and
    the API's findings are those of the memory store, which keeps the evidence as it was made."""
    from accord import query
    from accord.kb import load
    from accord.reconcile.run import verify_documents
    from accord.report import build, render
    from bench import synth

    kb, outputs = load(), []
    for store in (MemoryStore(), SQLiteStore(tmp_path / "accord.db")):
        records = [synth.generate(n, 0, 300).records() for n in range(60)]
        for d, anns, sts in records:
            store.add(d, anns, sts)
        verify_documents(store, kb, [r[0].id for r in records])
        found = store.findings()
        report = build([r[0] for r in records], found)
        outputs.append((found, render.text(report), render.markdown(report), render.html(report),
                        query.findings_view(store, kb, limit=10_000),
                        query.findings_view(store, kb, kind="contradicted_by_kb", doc_id=records[1][0].id)))
        quoting = [f for f in found if compact.evidence_documents(f.evidence)]
        assert len(quoting) > 10  # the comparison covers findings quoting other articles
        store.close()
    assert outputs[0] == outputs[1]
    con = sqlite3.connect(tmp_path / "accord.db")
    stored = [compact.unpack_json(*r) for r in con.execute("SELECT extra, packed FROM findings")]
    con.close()
    sentences = {e["sentence"] for f in outputs[0][0] for e in _documents(f.evidence)}
    assert sentences and not any(s in row for row in stored for s in sentences)


def _documents(evidence):
    for e in evidence:
        if e.get("type") == "document":
            yield e
        yield from _documents(e.get("evidence") or [])


def as_before_0011(monkeypatch):
    """Findings written as before 0011: evidence copied whole (and their JSON as before 0012)."""
    monkeypatch.setattr(compact, "finding_row", lambda f, text, texts, columns, omit=():
                        compact.sentence_row(f, text, columns, omit))
    as_before_0012(monkeypatch)


def as_before_0012(monkeypatch):
    """Findings written as before 0012: their JSON as written, in a table without `packed`."""
    from accord.store import postgres_sql, sqlite_sql

    monkeypatch.setattr(compact, "packed_finding_row", lambda *args, **kwargs: compact.finding_row(*args, **kwargs))
    for module in (sqlite_sql, postgres_sql):
        sql = module.INSERT_FINDING.replace(", extra, packed)", ", extra)")
        monkeypatch.setattr(module, "INSERT_FINDING", sql[:sql.rindex(",")] + ")")


def migrated_to_references(monkeypatch, module, open_it) -> tuple[list[str], list[str]]:
    """A store made with `module`'s migrations before 0011 and filled, then opened again (0011
    applied): its stored findings before and after, once the evidence reads back the same."""
    with monkeypatch.context() as patch:
        patch.setattr(module, "MIGRATIONS", module.MIGRATIONS[:10])
        as_before_0011(patch)
        as_before_0015(patch)
        with open_it() as store:
            written = fill(store)
            old = stored_json(store, packed=False)
    assert SENT_B in old[0] and "evidence_at" not in old[0]
    with open_it() as store:
        assert store.findings() == written
        new = stored_json(store)
    assert SENT_B not in new[0] and SENT_C not in new[0] and "evidence_at" in new[0]
    assert new[1:] == old[1:]  # nothing of theirs by reference
    return old, new


def test_the_migration_keeps_the_evidence_of_an_older_sqlite_store_by_reference(tmp_path, monkeypatch):
    from accord.store import migrations

    old, new = migrated_to_references(monkeypatch, migrations, lambda: SQLiteStore(tmp_path / "accord.db"))
    assert sum(map(len, new)) < sum(map(len, old)) - 3 * (64 + len(SENT_C))
    assert sum(map(len, new)) < sum(map(len, old)) - 2 * len(SENT_C)


def test_the_migration_keeps_the_evidence_of_an_older_postgresql_store_by_reference(pg_url, monkeypatch):
    from accord.store import postgres

    migrated_to_references(monkeypatch, postgres, lambda: open_store(pg_url))
