"""Findings' JSON kept compressed with the words it is made of (compact.pack_json, migration
0012): read back exactly as written, in fewer bytes, from new stores and upgraded ones."""

from __future__ import annotations

import hashlib
import json
import string
import zlib

import pytest

from accord.store import SQLiteStore, compact, open_store
from tests.store.helpers import doc, finding, as_before_0015
from tests.store.postgres import pg_schema, pg_url  # noqa: F401  (fixtures)
from tests.store.test_evidence import A, B, C, as_before_0012, fill, stored_json

KB_FACT = {"type": "kb", "subject": "state:FIN", "property": "member_of", "value": "org:NATO", "start": None,
           "end": None, "point_in_time": "2023-04-04", "source": "https://example.org/members", "as_of": "2025-10-31"}


def test_long_json_is_packed_and_reads_back_as_written():
    extra = json.dumps({"claim": "Finland member of NATO since 2021 (year only)", "evidence": [KB_FACT] * 3,
                        "explanation": "The knowledge base records Finland's membership of NATO on 2023-04-04."})
    kept, packed = compact.pack_json(extra)
    assert kept == "" and packed[0] == compact.PACKED_V1
    assert len(packed) < len(extra) / 3  # the fact's layout is in the dictionary, and repeats
    assert compact.unpack_json(kept, packed) == extra


def test_short_json_and_json_that_does_not_shrink_are_kept_as_written():
    short = '{"claim":"state:FIN member_of org:NATO","end":9,"start":0}'
    assert len(short) < compact.MIN_PACKED and compact.pack_json(short) == (short, None)
    # 85 characters, none repeated: deflate gains nothing, the version byte costs one
    noise = json.dumps({"q": string.ascii_letters + string.digits + "!#%&()*+-./;<=>?@[]^_|~"}, separators=(",", ":"))
    assert len(noise) >= compact.MIN_PACKED and compact.pack_json(noise) == (noise, None)
    assert compact.unpack_json(short, None) == short


def test_a_blob_of_an_unknown_version_is_refused():
    with pytest.raises(ValueError, match="unknown version"):
        compact.unpack_json("", bytes([compact.PACKED_V1 + 1]) + zlib.compress(b"{}"))


def test_the_dictionary_is_part_of_the_format():
    # Blobs written with it decode only with it: a change needs a new PACKED_V<n>, not an edit.
    assert hashlib.sha256(compact.FINDING_WORDS).hexdigest()[:16] == "a45e72b5b6dd9e20"


def packed_rows(store) -> list[tuple[str, bytes | None]]:
    sql = "SELECT extra, packed FROM findings ORDER BY finding_key"
    rows = store._reader().execute(sql).fetchall() if isinstance(store, SQLiteStore) else store._one(sql)
    return [(extra, None if blob is None else bytes(blob)) for extra, blob in rows]


def many_findings() -> list:
    """Findings such as verification writes: a KB contradiction with the facts it read and the
    findings it absorbed (each repeating its claim), and a bare "new" one."""
    absorbed = [{"type": "finding", "kind": "date_inconsistency", "claim": "Finland joined NATO in 2022",
                 "explanation": f"Another article gives another date: Finland joined NATO in {year}.",
                 "evidence": []} for year in (2023, 2024)]
    return [finding(A, "contradicted_by_kb", evidence=[KB_FACT, KB_FACT, *absorbed]),
            finding(B, "new"), finding(C, "supported", evidence=[KB_FACT])]


@pytest.fixture(params=["sqlite", "postgres"])
def opener(request, tmp_path):
    if request.param == "postgres":
        url = request.getfixturevalue("pg_url")  # skips, saying why, without a server
        return lambda: open_store(url)
    return lambda: SQLiteStore(tmp_path / "accord.db")


def test_new_findings_are_stored_packed_and_read_back_equal(opener):
    with opener() as store:
        for d in (A, B, C):
            store.add(d)
        written = many_findings()
        store.set_findings(written)
        assert store.findings() == written
        assert store.findings(doc_id=A.id) == written[:1]
        rows = packed_rows(store)
    assert rows[0][0] == "" and rows[0][1] is not None  # the long one packed
    assert rows[1][1] is None and isinstance(json.loads(rows[1][0]), dict)  # the short one as written
    assert len(rows[0][1]) < len(stored_json_of(rows[0])) / 2


def stored_json_of(row: tuple[str, bytes | None]) -> str:
    return compact.unpack_json(*row)


def test_the_migration_packs_the_findings_of_an_older_store(opener, monkeypatch):
    from accord.store import migrations, postgres

    with monkeypatch.context() as patch:
        for module in (migrations, postgres):
            patch.setattr(module, "MIGRATIONS", module.MIGRATIONS[:11])
        as_before_0012(patch)
        as_before_0015(patch)
        with opener() as store:
            written = fill(store)
            store.set_findings(written + many_findings())
            old = store._reader().execute("SELECT extra FROM findings ORDER BY finding_key").fetchall() \
                if isinstance(store, SQLiteStore) else store._one("SELECT extra FROM findings ORDER BY finding_key")
    with opener() as store:
        assert store.findings() == written + many_findings()
        assert stored_json(store) == [r[0] for r in old]  # the same JSON, by reference as 0011 left it
        rows = packed_rows(store)
    assert sum(blob is not None for _, blob in rows) >= 2
    assert sum(len(e.encode()) + len(b or b"") for e, b in rows) < sum(len(r[0].encode()) for r in old) * 0.7
