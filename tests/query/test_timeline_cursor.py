"""The timeline's pages: following `next` from the first page gives exactly the whole timeline,
each event once, on every backend; a page after the first reads from its cursor, not from the
start; a cursor is refused with other parameters or when it is not one."""

from __future__ import annotations

import importlib
import uuid

import pytest

from accord import query
from accord.errors import AccordError
from accord.model import Reference, Statement, TimeQualifier
from accord.store import MemoryStore, SQLiteStore
from bench.synth import generate
from tests.store.helpers import doc

timeline_module = importlib.import_module("accord.query.timeline")  # the module, not the function


def _postgres():
    from tests.store.postgres import server_url

    import psycopg
    from accord.store.postgres import PostgresStore

    url, schema = server_url(), f"accord_test_{uuid.uuid4().hex[:12]}"
    store = PostgresStore(url, schema=schema)

    def drop():
        store.close()
        with psycopg.connect(url, autocommit=True) as con:
            con.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return store, drop


@pytest.fixture(scope="module", params=["memory", "sqlite", "postgresql"])
def store(request, tmp_path_factory):
    drop = None
    if request.param == "memory":
        made = MemoryStore()
    elif request.param == "sqlite":
        made = SQLiteStore(tmp_path_factory.mktemp("cursor") / "cursor.db")
    else:
        made, drop = _postgres()
    for n in range(40):
        made.add(*generate(n, 11, 200).records())
    yield made
    drop() if drop else made.close()


def pages(store, kb, size: int, **asked) -> list[list[dict]]:
    """Every page of `size` events, following `next` until it is None."""
    out, cursor = [], None
    while True:
        page = query.timeline(store, kb, limit=size, cursor=cursor, **asked)
        out.append(page["events"])
        assert len(page["events"]) <= size
        cursor = page["next"]
        if cursor is None:
            return out
        assert len(page["events"]) == size  # only the last page is short
        assert len(out) < 2000


@pytest.mark.parametrize("asked", [
    {"entity": "org:NATO", "source": "articles"},
    {"source": "articles"},
    {"entity": "org:NATO"},  # with the KB's events
    {"start": "2016", "end": "2019-06", "source": "articles"},
    {"start": "2019-03", "source": "articles", "references": 2},
])
@pytest.mark.parametrize("share", [0.02, 0.3])
def test_following_next_gives_the_whole_timeline_once(store, kb, monkeypatch, asked, share):
    monkeypatch.setattr(timeline_module, "PAGE", 5)  # several reads of statements per page
    whole = query.timeline(store, kb, **asked)
    assert whole["next"] is None and whole["complete"] and len(whole["events"]) > 10
    size = max(1, int(share * len(whole["events"])))  # pages of 2% (1 in a small timeline) and 30%
    walked = pages(store, kb, size, **asked)
    assert [e for page in walked for e in page] == whole["events"]
    assert len(walked) == -(-len(whole["events"]) // size)


def test_no_next_when_the_page_holds_everything(store, kb):
    whole = query.timeline(store, kb, "org:NATO", source="articles")
    n = len(whole["events"])
    assert query.timeline(store, kb, "org:NATO", source="articles", limit=n)["next"] is None
    one_short = query.timeline(store, kb, "org:NATO", source="articles", limit=n - 1)
    assert one_short["next"] is not None
    last = query.timeline(store, kb, "org:NATO", source="articles", limit=n - 1, cursor=one_short["next"])
    assert last["events"] == whole["events"][-1:] and last["next"] is None


def test_a_later_page_reads_from_its_cursor(store, kb, monkeypatch):
    monkeypatch.setattr(timeline_module, "PAGE", 5)
    first = query.timeline(store, kb, None, source="articles", limit=30, references=1)
    calls = []
    original = store.dated_statements
    monkeypatch.setattr(store, "dated_statements", lambda *a, **k: calls.append(k.get("after")) or original(*a, **k))
    query.timeline(store, kb, None, source="articles", limit=30, references=1, cursor=first["next"])
    assert calls and calls[0] is not None  # not from the first statement again
    assert calls[0][0] >= first["events"][0]["date"][:4]


def test_events_alike_on_both_sides_of_a_page_break_each_come_once(kb, tmp_path):
    # Two statements that differ only in modality give events that are alike in every field the
    # timeline shows; a page that ends between them must not lose nor repeat one.
    text = "Ruritania joined the alliance in 2020, officials said."
    d = doc(text, "2021-05-05", "Ruritania")
    made = [Statement(subject="state:RUR", property="joined", value="org:NATO", modality=m,
                      point_in_time=TimeQualifier(value="2020", precision="year"),
                      references=[Reference(doc_id=d.id, start=0, end=9, sentence=text, sentence_start=0)])
            for m in ("fact", "plan", "reported")]
    for store in (MemoryStore(), SQLiteStore(tmp_path / "alike.db")):
        store.add(d, statements=made)
        whole = query.timeline(store, kb, "org:NATO", source="articles")
        assert len(whole["events"]) == 3 and whole["events"][0] == whole["events"][2]
        for size in (1, 2):
            assert [e for p in pages(store, kb, size, entity="org:NATO", source="articles") for e in p] \
                == whole["events"]
        store.close()


def test_a_cursor_is_refused_with_other_parameters_or_when_made_up(store, kb):
    first = query.timeline(store, kb, "org:NATO", source="articles", limit=3)
    for other in ({"entity": None}, {"source": "all"}, {"references": 3}):
        asked = {"entity": "org:NATO", "source": "articles", **other}
        with pytest.raises(AccordError, match="is not a cursor of this timeline"):
            query.timeline(store, kb, limit=3, cursor=first["next"], **asked)
    for bad in ("x", "", first["next"][:-4], "W10", "bm90IGpzb24"):
        if bad:
            with pytest.raises(AccordError, match="is not a cursor of this timeline"):
                query.timeline(store, kb, "org:NATO", source="articles", limit=3, cursor=bad)
    # a cursor made with the right parameters but a last event of the wrong shape
    import base64
    import json

    asked, resume, final, equal = json.loads(base64.urlsafe_b64decode(first["next"] + "=" * (-len(first["next"]) % 4)))
    for forged in ([asked, resume, [1] * 12, equal], [asked, resume, final[:-1], equal], [asked, resume, final, 0],
                   [asked, [1, 2], final, equal], [asked, resume, final, "1"]):
        text = base64.urlsafe_b64encode(json.dumps(forged).encode()).decode()
        with pytest.raises(AccordError, match="is not a cursor of this timeline"):
            query.timeline(store, kb, "org:NATO", source="articles", limit=3, cursor=text)
    # a different limit is fine: the cursor marks a place, not a page size
    assert query.timeline(store, kb, "org:NATO", source="articles", limit=5, cursor=first["next"])["events"]
