"""A statement's dates are stored without `"part": null` (codec.to_row, migration 0013): read
back equal, with the same ids, from new stores and upgraded ones; a part that is given is kept."""

from __future__ import annotations

import json

import pytest

from accord.model import Statement, TimeQualifier
from accord.store import SQLiteStore, codec, open_store, statement_id
from accord.store import sqlite_sql
from tests.store.helpers import day, doc, statement, as_before_0015
from tests.store.postgres import pg_schema, pg_url  # noqa: F401  (fixtures)

D = doc("In mid-March 2022 Finland applied to join NATO; on 4 April 2023 it joined.", "2023-04-05")


def dated() -> list[Statement]:
    whole = statement("state:FIN", "joined", "org:NATO", document=D, span="joined", point_in_time=day("2023-04-04"))
    part = statement("state:FIN", "applied_to", "org:NATO", document=D, span="applied",
                     point_in_time=TimeQualifier("2022-03", "month", part="MID"))
    return [whole, part]


def test_a_date_without_part_is_stored_without_the_key_and_reads_back_equal():
    whole, part = dated()
    *_, extra = codec.to_row(whole, sqlite_sql.STATEMENT_COLUMNS, omit=("references",))
    assert json.loads(extra) == {"point_in_time": {"precision": "day", "value": "2023-04-04"}}
    *_, with_part = codec.to_row(part, sqlite_sql.STATEMENT_COLUMNS, omit=("references",))
    assert json.loads(with_part)["point_in_time"] == {"part": "MID", "precision": "month", "value": "2022-03"}
    back = codec.from_row(Statement, sqlite_sql.STATEMENT_COLUMNS, (*codec.to_row(
        whole, sqlite_sql.STATEMENT_COLUMNS, omit=("references",))[:-1], extra), references=[])
    assert back.point_in_time == whole.point_in_time and back.point_in_time.part is None


def test_the_id_does_not_depend_on_how_the_date_is_stored():
    whole, _ = dated()
    again = Statement.from_dict(json.loads(json.dumps(whole.to_dict())))
    assert statement_id(again) == statement_id(whole)
    assert statement_id(whole) == statement_id(statement(
        "state:FIN", "joined", "org:NATO", document=D, span="joined", point_in_time=TimeQualifier("2023-04-04", "day")))


@pytest.fixture(params=["sqlite", "postgres"])
def opener(request, tmp_path):
    if request.param == "postgres":
        url = request.getfixturevalue("pg_url")  # skips, saying why, without a server
        return lambda: open_store(url)
    return lambda: SQLiteStore(tmp_path / "accord.db")


def stored_extras(store) -> list[str]:
    sql = "SELECT extra FROM statements ORDER BY id"
    rows = store._reader().execute(sql).fetchall() if isinstance(store, SQLiteStore) else store._one(sql)
    return [r[0] for r in rows]


def test_new_stores_keep_no_unset_part(opener):
    with opener() as store:
        store.add(D, [], dated())
        extras = stored_extras(store)
        assert {s.id: s.point_in_time for s in store.statements()} == {
            statement_id(s): s.point_in_time for s in dated()}
    assert sum('"part":null' in e for e in extras) == 0 and sum('"part":"MID"' in e for e in extras) == 1


def test_the_migration_takes_unset_parts_out_of_an_older_store(opener, monkeypatch):
    from accord.store import migrations, postgres

    with monkeypatch.context() as patch:
        for module in (migrations, postgres):
            patch.setattr(module, "MIGRATIONS", module.MIGRATIONS[:12])
        patch.setattr(codec, "_unset_left_out", lambda value, data: data)  # written as before 0013
        as_before_0015(patch)
        with opener() as store:
            store.add(D, [], dated())
            before = store.statements()
            old = stored_extras(store)
    assert sum('"part":null' in e for e in old) == 1
    with opener() as store:
        assert store.statements() == before
        assert sorted(s.id for s in store.statements()) == sorted(statement_id(s) for s in dated())
        new = stored_extras(store)
    assert not any('"part":null' in e for e in new) and sum('"part":"MID"' in e for e in new) == 1
    assert sum(map(len, old)) - sum(map(len, new)) == len('"part":null,')
