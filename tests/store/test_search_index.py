"""SQLite's search index without word positions (FTS5 detail=none, migration 0016): the same
matches, ranks and snippets as with them, smaller, and no query a reader can type refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from accord.store import open_store
from accord.store.migrations import MIGRATIONS
from accord.store.text_search import fts_query
from tests.store.helpers import doc

ARTICLES = [
    doc("NATO leaders met in Vilnius. NATO and Ukraine spoke of the summit.", "2023-07-11", "Vilnius summit"),
    doc("The summit in Madrid invited Finland and Sweden to join NATO.", "2022-06-29", "Madrid"),
    doc("Sweden joined NATO in March 2024, the alliance's 32nd member.", "2024-03-07", "Sweden joins"),
    doc("Jacinda Ardern, prime minister of New Zealand, visited Wellington.", "2020-02-02", "Ardern"),
    doc("A summit of the European Union met in Brussels without NATO.", "2021-05-05", "EU summit"),
    doc("Une réunion à Zélande: le président et l'OTAN.", "2019-01-01", "Zélande"),
]
QUERIES = ["nato", "NATO summit", "summit", "sweden nato", "zelande PRESIDENT", "the", "wellington",
           "vilnius", "nato madrid finland", '"NATO" (partner* -:', "brussels union"]


def raw(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def searches(store) -> list:
    return [store.search(query, limit=limit) for query in QUERIES for limit in (1, 2, 20)]


def test_a_new_store_keeps_no_positions_in_its_search_index(tmp_path):
    with open_store(tmp_path / "accord.db") as store:
        store.add(ARTICLES[0])
    [(sql,)] = raw(tmp_path / "accord.db", "SELECT sql FROM sqlite_master WHERE name = 'documents_fts'")
    assert "detail=none" in sql


def test_a_store_with_positions_migrates_to_one_without_giving_the_same_answers(tmp_path, monkeypatch):
    from accord.store import migrations

    db = tmp_path / "accord.db"
    names = [n for n, _ in MIGRATIONS]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:names.index("0015_statement_ids_binary") + 1])
        with open_store(db) as store:
            for d in ARTICLES:
                store.add(d)
            before = searches(store)
    [(sql,)] = raw(db, "SELECT sql FROM sqlite_master WHERE name = 'documents_fts'")
    assert "detail" not in sql  # positions kept (detail=full, the default)
    with open_store(db) as store:
        after = searches(store)
        store.add(doc("NATO summit in Washington, seventy-fifth anniversary.", "2024-07-10", "Washington"))
        added = store.search("washington anniversary")
    assert after == before
    assert sum(len(found) for found in before) > 40 and before[0][0][1].count("[") >= 1  # matches, marked
    assert "detail=none" in raw(db, "SELECT sql FROM sqlite_master WHERE name = 'documents_fts'")[0][0]
    assert len(added) == 1  # the triggers index the documents added after it
    # FTS5 checks its index against the documents' texts (an error if they disagree)
    assert raw(db, "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)") == []


def test_a_word_that_fts5_cuts_in_two_is_searched_as_its_two_words(tmp_path):
    # U+19B0 (New Tai Lue) is a letter to Python but a separator to SQLite 3.40's Unicode tables:
    # the quoted word would be a two-word phrase, which an index without positions refuses.
    word = "ab\u19b0cd"
    with open_store(tmp_path / "accord.db") as store:
        store.add(doc(f"A word {word} in a sentence.", "2024-01-01"))
        store.add(doc("Nothing of the kind here: ab only.", "2024-01-02"))
        found = store.search(f"{word} sentence")
        alone = store.search("ab")
    assert len(found) == 1 and len(alone) == 2


def test_a_query_word_is_cut_only_at_the_separators_given():
    assert fts_query("ab\u19b0cd nato") == '"ab\u19b0cd" "nato"'
    assert fts_query("ab\u19b0cd nato", ["\u19b0"]) == '"ab" "cd" "nato"'
    assert fts_query("\u19b0 nato", ["\u19b0"]) == '"nato"'
    assert fts_query("\u19b0", ["\u19b0"]) is None
