"""kb.cities keeps its GeoNames indexes in a cache file: written on the first build, read after,
built again when the file is broken, never written with ACCORD_KB_CACHE=0."""

from __future__ import annotations

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
    [cache] = fresh.glob("geonames-*.pickle")
    cities._indexes.cache_clear()
    monkeypatch.setattr(cities, "_build_index", lambda: pytest.fail("built again despite the cache"))
    assert cities._indexes() == built
    assert cities.in_state("Lisbon", "state:PRT")


def test_a_broken_file_is_built_again_and_replaced(fresh):
    built = cities._indexes()
    [cache] = fresh.glob("geonames-*.pickle")
    cache.write_bytes(b"not a pickle")
    cities._indexes.cache_clear()
    assert cities._indexes() == built
    assert cache.read_bytes() != b"not a pickle"


def test_files_of_other_versions_are_removed(fresh):
    fresh.mkdir(parents=True)
    (fresh / "geonames-0.0-old.pickle").write_bytes(b"x")
    cities._indexes()
    assert [p.name for p in fresh.glob("geonames-*.pickle")] != ["geonames-0.0-old.pickle"]
    assert not (fresh / "geonames-0.0-old.pickle").exists()


def test_no_file_with_the_cache_turned_off(fresh, monkeypatch):
    monkeypatch.setenv("ACCORD_KB_CACHE", "0")
    assert cities._indexes()[0]
    assert not fresh.exists() or not list(fresh.glob("geonames-*.pickle"))
