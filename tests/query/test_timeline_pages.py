"""A timeline with a limit reads the articles' statements a page at a time: its events must be
exactly the first events of the whole timeline, on both backends."""

from __future__ import annotations

import importlib

import pytest

from accord import query
from accord.store import MemoryStore, SQLiteStore
from bench.synth import generate

timeline_module = importlib.import_module("accord.query.timeline")  # the module, not the function


@pytest.fixture(scope="module")
def stores(tmp_path_factory, kb):
    memory, sqlite = MemoryStore(), SQLiteStore(tmp_path_factory.mktemp("pages") / "pages.db")
    for n in range(60):
        records = generate(n, 7, 200).records()
        memory.add(*records)
        sqlite.add(*records)
    yield {"memory": memory, "sqlite": sqlite}
    sqlite.close()


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
@pytest.mark.parametrize("entity,start,end", [("org:NATO", None, None), (None, None, None),
                                              ("org:NATO", "2014", "2019"), (None, "2019-03", None)])
def test_a_limited_timeline_is_the_start_of_the_whole_one(stores, kb, monkeypatch, backend, entity, start, end):
    store = stores[backend]
    monkeypatch.setattr(timeline_module, "PAGE", 7)  # many pages even in a small store
    whole = query.timeline(store, kb, entity, start, end, source="articles", references=2)
    assert whole["complete"] is True and whole["total"] == len(whole["events"]) > (20 if start is None else 3)
    for limit in (1, 5, 20):
        page = query.timeline(store, kb, entity, start, end, source="articles", references=2, limit=limit)
        assert page["events"] == whole["events"][:limit]
        assert page["total"] in (None, whole["total"])
    both = query.timeline(store, kb, entity, start, end, references=2, limit=20)
    everything = query.timeline(store, kb, entity, start, end, references=2)
    assert both["events"] == everything["events"][:20]


def test_a_limited_timeline_stops_reading_early(stores, kb, monkeypatch):
    monkeypatch.setattr(timeline_module, "PAGE", 5)
    calls = []
    store = stores["sqlite"]
    original = store.dated_statements
    monkeypatch.setattr(store, "dated_statements", lambda *a, **k: calls.append(k.get("after")) or original(*a, **k))
    page = query.timeline(store, kb, None, source="articles", limit=3)
    assert page["complete"] is False and page["total"] is None and len(page["events"]) == 3
    assert len(calls) < 5
