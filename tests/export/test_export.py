"""Exports read back with each format's usual library."""

from __future__ import annotations

import csv
import io
import json

import pytest

from accord.errors import AccordError
from accord.export import TABLES, export
from accord.store import open_store
from tests.query.store_fixture import MAHUTA, NATO, NZ, fill


@pytest.fixture(scope="module")
def kb():
    from accord.kb import load

    return load()


@pytest.fixture()
def store():
    s = open_store(None)
    s.docs = fill(s)
    yield s
    s.close()


def test_jsonl_round_trip(store, tmp_path):
    from accord.model import Document, Finding, Statement

    out = tmp_path / "all.jsonl"
    export(store, "jsonl", str(out))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_type = {t: [r for r in records if r["type"] == t] for t in ("document", "statement", "finding")}
    assert [len(v) for v in by_type.values()] == [3, 5, 5]
    docs = {Document.from_dict(r).id: Document.from_dict(r) for r in by_type["document"]}
    assert docs[store.docs["evil"].id].text == store.docs["evil"].text  # markup kept verbatim
    assert {Statement.from_dict(r).id for r in by_type["statement"]} == {s.id for s in store.statements()}
    assert [Finding.from_dict(r) for r in by_type["finding"]] == store.findings()
    assert any(a["layer"] == "quote" for r in by_type["document"] for a in r["annotations"])


def test_csv_every_table_and_one_table_to_stdout(store, tmp_path):
    result = export(store, "csv", str(tmp_path / "tables"))
    assert set(result["counts"]) == set(TABLES)
    with open(tmp_path / "tables" / "findings.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["kind"] for r in rows] == [f.kind for f in store.findings()]
    assert json.loads(rows[0]["evidence"])[0]["start"] == "2012-06-04"
    buffer = io.StringIO()
    export(store, "csv", table="documents", stdout=buffer)
    docs = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert {d["title"] for d in docs} >= {"Injection <script>alert('t')</script>"}
    assert {d["text"] for d in docs} == {d.text for d in store.docs.values()}  # newlines survive quoting


def test_parquet_reads_in_pyarrow_pandas_and_duckdb(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    export(store, "parquet", str(tmp_path / "pq"))
    statements = pq.read_table(tmp_path / "pq" / "statements.parquet")
    assert statements.num_rows == 5
    rows = {(r["subject"], r["property"], r["polarity"]): r for r in statements.to_pylist()}
    assert rows[(NZ, "partner_of", "affirmed")]["start"] == "2012"
    assert rows[(NZ, "partner_of", "affirmed")]["start_precision"] == "year"
    mentions = pq.read_table(tmp_path / "pq" / "mentions.parquet")
    assert str(mentions.schema.field("start").type) == "int64"
    export(store, "parquet", str(tmp_path / "f.parquet"), table="findings")
    assert pq.read_table(tmp_path / "f.parquet").column("kind").to_pylist() == [f.kind for f in store.findings()]
    empty = open_store(None)
    export(empty, "parquet", str(tmp_path / "empty.parquet"), table="quotes")
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_parquet(tmp_path / "pq" / "statements.parquet")
    assert len(frame) == 5 and set(frame["polarity"]) == {"affirmed", "negated"}
    assert len(pandas.read_parquet(tmp_path / "pq" / "documents.parquet")) == 3
    duckdb = pytest.importorskip("duckdb")
    path = str(tmp_path / "pq" / "statements.parquet")
    negated = duckdb.sql(f"SELECT subject, property FROM read_parquet('{path}') WHERE polarity = 'negated'")
    assert negated.fetchall() == [(NZ, "partner_of")]


def test_graphml_loads_in_networkx(store, tmp_path, kb):
    nx = pytest.importorskip("networkx")
    export(store, "graphml", str(tmp_path / "g.graphml"), kb=kb)
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.nodes[NZ] == {"name": "New Zealand", "type": "state"}
    edges = {(u, v, d["polarity"]): d for u, v, d in graph.edges(data=True)}
    assert edges[(NZ, NATO, "negated")]["verdict"] == "contradicted_by_kb"
    assert edges[(NZ, NATO, "affirmed")]["start"] == "2012"
    assert edges[(MAHUTA, "office:nzl-foreign-minister", "affirmed")]["references"] == 1
    assert not any(d["property"] == "said" for d in edges.values())  # quotes are not relations


def test_jsonld_claim_reviews_point_at_articles(store, tmp_path, kb):
    out = tmp_path / "reviews.jsonld"
    export(store, "jsonld", str(out), kb=kb)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"] == "https://schema.org"
    articles = {n["@id"]: n for n in data["@graph"] if n["@type"] == "NewsArticle"}
    reviews = [n for n in data["@graph"] if n["@type"] == "ClaimReview"]
    assert len(articles) == 3 and len(reviews) == 5
    for review in reviews:
        assert review["claimReviewed"] and review["reviewBody"]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and 1 <= rating["ratingValue"] <= 5
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["appearance"]["@id"] in articles
    worst = next(r for r in reviews if r["additionalType"] == "contradicted_by_kb")
    assert worst["reviewRating"]["ratingValue"] == 1 and worst["reviewRating"]["alternateName"] == "False"
    assert worst["itemReviewed"]["text"] == "New Zealand, which is not a partner of NATO"
    assert worst["citation"] == ["https://www.nato.int/cps/en/natohq/topics_49188.htm"]


@pytest.mark.parametrize("fmt,out,table,message", [
    ("parquet", None, None, "--out"), ("parquet", None, "findings", "--out"), ("csv", None, None, "--out"),
    ("xml", "x", None, "export format"), ("csv", None, "nope", "unknown table")])
def test_refusals(store, fmt, out, table, message):
    with pytest.raises(AccordError, match=message):
        export(store, fmt, out, table)
