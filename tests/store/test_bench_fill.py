"""bench/store_pg.py's bulk fill stores what `PostgresStore.add` would for the same articles.

The fill makes the first `base` articles with bench/synth.py and has the server copy them into
the rest (article n = r * base + b is article b published SHIFT_DAYS * r days later). Here a
small store is filled that way, and another one article by article through `add` from the same
articles built in Python (the date moved in the text, the publication date and the statements
"on" that day); every table must hold the same rows. Needs ACCORD_TEST_POSTGRES.
"""

from __future__ import annotations

import datetime
import uuid

import pytest

from accord.model import Statement
from accord.store import PostgresStore
from tests.store.postgres import server_url

BASE = 3
SIZE = 20  # articles 0..2 made, 3..19 their replicas (r = 1 to 6, the last pass short)


def shifted(day: str, replica: int, shift_days: int, days: int) -> str:
    first = datetime.date(2015, 1, 1)
    offset = ((datetime.date.fromisoformat(day) - first).days + shift_days * replica) % days
    return (first + datetime.timedelta(days=offset)).isoformat()


def article(n: int, store_pg, synth, store_scale):
    """Article n of a bulk-filled store, built in Python: (document, annotations, statements,
    findings)."""
    replica, b = divmod(n, BASE)
    doc, anns, sts = synth.generate(b, 0, 300).records()
    old = doc.published
    new = shifted(old, replica, store_pg.SHIFT_DAYS, store_pg.DAYS)
    doc.text = doc.text.replace(old, new)
    doc.published = new
    doc.source = f"synth/{n:07d}.txt"
    import hashlib

    doc.id = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    for a in anns:
        a.text = doc.text[a.start:a.end]
    moved = []
    for st in sts:
        data = st.to_dict()
        for key in ("start", "end", "point_in_time"):
            if data.get(key) and data[key]["value"] == old:
                data[key]["value"] = new
        for ref in data["references"]:
            ref["doc_id"] = doc.id
            ref["sentence"] = doc.text[ref["sentence_start"]:ref["sentence_start"] + len(ref["sentence"])]
        moved.append(Statement.from_dict(data))
    return doc, anns, moved, store_scale._findings(doc, moved)


TABLES = {
    "documents": "SELECT doc_key, id, text, source, format, title, url, published, published_how, extra "
                 "FROM documents ORDER BY doc_key",
    "indexes": "SELECT indexname, replace(indexdef, current_schema() || '.', '') FROM pg_indexes "
               "WHERE schemaname = current_schema() AND tablename NOT LIKE 'bench%' ORDER BY 1",
    "annotations": "SELECT a.doc_key, array(SELECT e.entity FROM unnest(a.entities) k "
                   "JOIN entities e ON e.entity_key = k ORDER BY 1), a.data FROM annotation_sets a ORDER BY 1",
    "statements": "SELECT id, subject, property, value, extra, reference_count, sort_date FROM statements ORDER BY id",
    "references": 'SELECT doc_key, seq, statement_id, start, "end", sentence_start, sentence_len, extra, doc_order '
                  "FROM statement_refs ORDER BY doc_key, seq",
    "findings": "SELECT doc_key, kind, statement_id, sentence_start, sentence_len, extra, packed FROM findings "
                "ORDER BY doc_key, finding_key",
    "mentions": "SELECT entity, sum(mentions) FROM entity_mentions GROUP BY entity ORDER BY entity",
}


@pytest.fixture
def schemas():
    import psycopg

    url = server_url()
    names = [f"accord_test_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    try:
        yield url, names
    finally:
        with psycopg.connect(url, autocommit=True) as con:
            for name in names:
                con.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def test_a_bulk_filled_store_holds_what_add_would_store(schemas, monkeypatch):
    import psycopg

    from bench import store_pg, store_scale, synth

    url, (filled, added) = schemas
    monkeypatch.setattr(store_pg, "BULK", 4)  # drop and rebuild the indexes, as at 1,000,000
    store_pg.fill(url, filled, SIZE, 0, 300, workers=1, base=BASE)
    with PostgresStore(url, schema=added) as store:
        for n in range(SIZE):
            doc, anns, sts, findings = article(n, store_pg, synth, store_scale)
            assert store.add(doc, anns, sts)
            store.set_findings(findings, [doc.id])
    rows = {}
    for schema in (filled, added):
        with psycopg.connect(url, autocommit=True, options=f"-c search_path={schema}") as con:
            rows[schema] = {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}
    dates = [r[7] for r in rows[filled]["documents"]]
    assert dates[BASE] != dates[0] and len(set(r[1] for r in rows[filled]["documents"])) == SIZE
    # statements on the replicas' days (new ids), not only the base articles' statements
    base_ids = {r[2] for r in rows[filled]["references"] if r[0] <= BASE}
    assert {r[2] for r in rows[filled]["references"] if r[0] > BASE} - base_ids
    for name in TABLES:
        assert rows[filled][name] == rows[added][name], name
    with psycopg.connect(url, autocommit=True, options=f"-c search_path={filled}") as con:
        assert not con.execute("SELECT to_regclass('bench_fill_pending')").fetchone()[0]
        indexes = {r[0] for r in con.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s", (filled,))}
    assert {"statement_refs_order", "documents_order", "statements_sort_date", "documents_search"} <= indexes
