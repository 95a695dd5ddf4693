"""kb.cities keeps its GeoNames indexes in a cache file, an SQLite database read in place: written
on the first build, read after (the same rows as the build), built again when the file is broken
or half-written, never written with ACCORD_KB_CACHE=0."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from accord.kb import cities


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("ACCORD_KB_CACHE", raising=False)
    cities._indexes.cache_clear()
    yield tmp_path / "accord"
    cities._indexes.cache_clear()


def test_the_first_build_writes_the_file_and_the_next_reads_it(fresh, monkeypatch):
    built = cities._indexes()
    assert all(isinstance(index, dict) for index in built)
    [cache] = fresh.glob("geonames-*.sqlite")
    cities._indexes.cache_clear()
    monkeypatch.setattr(cities, "_build_index", lambda: pytest.fail("built again despite the cache"))
    read = cities._indexes()
    assert all(isinstance(table, cities.Table) for table in read)
    assert [table.as_dict() for table in read] == list(built)  # every row, in the build's order
    assert read[0].get("lisbon") == built[0]["lisbon"] and read[1].get("odessa") == built[1]["odessa"]
    assert read[0].get("no-such-place", ()) == ()
    assert cities.in_state("Lisbon", "state:PRT")
    assert cities.lookup("Lisbon").state == "state:PRT"


def test_the_tables_answer_from_several_threads(fresh):
    cities._indexes()
    cities._indexes.cache_clear()
    index = cities._index()
    found = []
    threads = [threading.Thread(target=lambda: found.append(index.get("lisbon"))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(found) == 4 and all(f == found[0] and f for f in found)


@pytest.mark.parametrize("damage", ["not a database", "half-written"])
def test_a_broken_file_is_built_again_and_replaced(fresh, damage):
    built = cities._indexes()
    [cache] = fresh.glob("geonames-*.sqlite")
    if damage == "not a database":
        cache.write_bytes(b"not a database")
    else:
        with sqlite3.connect(cache) as connection:
            connection.execute("DELETE FROM meta")
        connection.close()
    cities._indexes.cache_clear()
    assert cities._indexes() == built
    cities._indexes.cache_clear()
    assert [table.as_dict() for table in cities._indexes()] == list(built)


def test_files_of_other_versions_are_removed(fresh):
    fresh.mkdir(parents=True)
    for old in ("geonames-0.0-old.pickle", "geonames-0.0-old.sqlite"):
        (fresh / old).write_bytes(b"x")
    cities._indexes()
    assert [p.name for p in fresh.glob("geonames-*")] not in ([], ["geonames-0.0-old.sqlite"])
    assert not (fresh / "geonames-0.0-old.pickle").exists() and not (fresh / "geonames-0.0-old.sqlite").exists()


def test_no_file_with_the_cache_turned_off(fresh, monkeypatch):
    monkeypatch.setenv("ACCORD_KB_CACHE", "0")
    assert cities._indexes()[0]
    assert not fresh.exists() or not list(fresh.glob("geonames-*"))
