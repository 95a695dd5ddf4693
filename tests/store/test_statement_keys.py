"""Statement ids stored as 8 bytes (statement_keys, migration 0015): the same ids, the same
order, the same keyset pages, and a store of the version before migrates keeping its answers."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from accord.store import open_store
from accord.store.migrations import MIGRATIONS
from accord.store.protocol import dated_key
from accord.store.statement_keys import after_key, key
from tests.store.helpers import as_before_0015, day, doc, finding, statement
from tests.store.postgres import pg_schema, pg_url  # noqa: F401  (fixtures)

DIGITS = "0123456789abcdef"


def raw(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_an_id_of_16_lower_case_digits_is_stored_as_its_8_bytes():
    assert key("00ff10a9b8c7d6e5") == bytes([0x00, 0xFF, 0x10, 0xA9, 0xB8, 0xC7, 0xD6, 0xE5])
    assert len(key("f" * 16)) == 8


@pytest.mark.parametrize("other", ["00FF10A9B8C7D6E5", "00ff10a9b8c7d6e", "00ff10a9b8c7d6e5a", "", "g" * 16, "x1"])
def test_any_other_id_is_kept_as_text(other):
    assert key(other) == other


def test_keys_sort_as_the_ids_do():
    rng = random.Random(15)
    ids = ["".join(rng.choice(DIGITS) for _ in range(16)) for _ in range(500)]
    ids += ["0" * 16, "f" * 16, "0" * 15 + "1", "9" + "f" * 15, "a" + "0" * 15]
    assert sorted(ids, key=key) == sorted(ids)


def neighbours(bound: bytes) -> list[str]:
    """Ids on either side of a bound, and the bound itself (the ids a wrong bound would misplace)."""
    if not bound:
        return ["0" * 16]
    n = int.from_bytes(bound, "big")
    return [f"{m:016x}" for m in (n - 1, n, n + 1) if 0 <= m < 16 ** 16]


@pytest.mark.parametrize("after", [
    "", "0", "00", "0" * 16, "0" * 15 + "1", "5", "5a", "5a3", "5a3" + "0" * 13, "5a3" + "0" * 13 + "x",
    "5a3" + "f" * 13, "f" * 16, "f" * 17, "f" * 16 + "0", "g", "5g", "5:", "5A", "5/", "/", "~", "5a3\u00e9",
    "9", "9:", "a", "a/", "ff", "f" * 15 + "g"])
def test_an_id_is_after_a_keyset_id_exactly_when_its_key_is_after_the_bound(after):
    bound = after_key(after)
    rng = random.Random(after)
    ids = neighbours(bound) + ["".join(rng.choice(DIGITS) for _ in range(16)) for _ in range(300)]
    ids += [(after + "0" * 16)[:16] if all(c in DIGITS for c in after) else "0" * 16, "f" * 16]
    for sid in ids:
        assert (sid > after) == (key(sid) > bound), (sid, after, bound.hex())


def test_a_new_store_keeps_each_statement_id_in_8_bytes(tmp_path):
    db = tmp_path / "accord.db"
    a = doc("Finland joined NATO in April 2023.", "2023-04-04")
    with open_store(db) as store:
        store.add(a, [], [statement("state:FIN", "member_of", "org:NATO", document=a)])
        [st] = store.statements()
    assert raw(db, "SELECT typeof(id), length(id) FROM statements") == [("blob", 8)]
    assert raw(db, "SELECT typeof(statement_id), length(statement_id) FROM statement_refs") == [("blob", 8)]
    assert raw(db, "SELECT lower(hex(id)) FROM statements") == [(st.id,)]


def answers(store, ids: list[str]) -> tuple:
    """What readers ask of statements: every lookup that takes or gives an id."""
    every = store.dated_statements()
    pages, after = [], None
    while page := store.dated_statements("org:NATO", limit=3, after=after):
        pages.append([s.id for s in page])
        last = page[-1]
        after = dated_key(last, store.published_dates([last.references[0].doc_id])[last.references[0].doc_id])
    return (store.statements(), store.statements(max_references=1), every, pages,
            [store.statements(statement_id=i) for i in ids], store.reference_counts(ids),
            store.statements(doc_id=ids and store.statements()[0].references[0].doc_id, max_references=0),
            store.statements_by_subject("member_of", "org:NATO"), store.statement_count(value="org:NATO"),
            store.findings())


@pytest.fixture(params=["sqlite", "postgres"])
def opener(request, tmp_path):
    if request.param == "postgres":
        url = request.getfixturevalue("pg_url")  # skips, saying why, without a server
        return lambda: open_store(url)
    return lambda: open_store(tmp_path / "accord.db")


def stored(store, sql: str) -> list[tuple]:
    """Rows of `sql` read behind the store's back (bytes as bytes in both stores)."""
    rows = store._one(sql) if hasattr(store, "_one") else store._reader().execute(sql).fetchall()
    return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows]


def test_a_store_of_the_version_before_migrates_keeping_its_statements_and_answers(opener, monkeypatch):
    from accord.store import migrations, postgres

    a, b = doc("Finland joined NATO in April 2023.", "2023-04-04"), doc("Sweden joined NATO in 2024.", "2024-03-07")
    sts_a = [statement(f"state:{c}", "member_of", "org:NATO", document=a, start=day(f"2023-04-0{i % 3 + 1}"))
             for i, c in enumerate("FIN DNK NOR EST LVA LTU".split())]
    sts_b = [statement("state:SWE", "member_of", "org:NATO", document=b, start=day("2024-03-07")),
             statement("state:FIN", "member_of", "org:NATO", document=b, start=day("2023-04-01")),
             statement("org:NATO", "partner_of", "state:NZL", document=b)]
    names = [n for n, _ in MIGRATIONS]
    with monkeypatch.context() as patch:
        for module in (migrations, postgres):
            patch.setattr(module, "MIGRATIONS", module.MIGRATIONS[:names.index("0014_statements_by_value") + 1])
        as_before_0015(patch)
        with opener() as store:
            store.add(a, [], sts_a)
            store.add(b, [], sts_b)
            store.set_findings([finding(a), finding(b, "new")])
            ids = [s.id for s in store.statements()]
            before = answers(store, ids)
            assert stored(store, "SELECT DISTINCT length(id) FROM statements") == [(16,)]
    with opener() as store:
        after = answers(store, ids)
        kinds = stored(store, "SELECT DISTINCT length(id) FROM statements") + \
            stored(store, "SELECT DISTINCT length(statement_id) FROM statement_refs")
        refs = stored(store, "SELECT count(*) FROM statement_refs")
        last = stored(store, "SELECT name FROM migrations WHERE name = '0015_statement_ids_binary'")
    assert after == before
    assert len(ids) == 8 and len(before[3]) == 3  # 8 statements, 7 of them about NATO in pages of 3
    assert kinds == [(8,), (8,)] and refs == [(9,)] and last == [("0015_statement_ids_binary",)]


def test_a_sqlite_store_migrated_keeps_its_references_pointing_at_their_statements(tmp_path, monkeypatch):
    from accord.store import migrations

    db = tmp_path / "accord.db"
    a = doc("Finland joined NATO in April 2023.", "2023-04-04")
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:[n for n, _ in MIGRATIONS].index("0014_statements_by_value") + 1])
        as_before_0015(patch)
        with open_store(db) as store:
            store.add(a, [], [statement("state:FIN", "member_of", "org:NATO", document=a)])
    assert raw(db, "SELECT typeof(id) FROM statements") == [("text",)]
    open_store(db).close()
    assert raw(db, "SELECT typeof(id), length(id) FROM statements") == [("blob", 8)]
    assert raw(db, "PRAGMA foreign_key_check") == []
    assert raw(db, "SELECT count(*) FROM statement_refs r JOIN statements s ON s.id = r.statement_id") == [(1,)]
