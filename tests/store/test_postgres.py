"""What only the PostgreSQL backend has: a shared server, many writers, crashes, the CLI and the API.

Runs against the server named by ACCORD_TEST_POSTGRES (tests/store/postgres.py), each test in a
fresh schema; skipped with the reason when it is not set.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

from accord.model import Statement
from accord.store import PostgresStore, StoreError, open_store
from accord.store.migrations import MIGRATIONS
from tests.store.helpers import doc, finding, mentions_in, statement
from tests.store.postgres import pg_schema, pg_url  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]
A = doc("Finland joined NATO in April 2023.", "2023-04-04", "Finland")


def raw(url: str, sql: str, args=()) -> list[tuple]:
    """Query behind the store's back, in the test's schema."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        cur = con.execute(sql, args)
        return cur.fetchall() if cur.description else []


def run(code: str, **fields) -> subprocess.Popen:
    script = "import sys\nsys.path[:0] = [{root!r} + '/src', {root!r}]\n".format(root=str(ROOT)) + code.format(**fields)
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_open_store_takes_a_url_and_migrates_once(pg_url):
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore) and "@" in store.path
    stamps = raw(pg_url, "SELECT position, name, applied_at FROM migrations ORDER BY position")
    assert [r[1] for r in stamps] == [name for name, _ in MIGRATIONS]
    open_store(pg_url).close()
    assert raw(pg_url, "SELECT position, name, applied_at FROM migrations ORDER BY position") == stamps


def test_a_password_never_appears_in_messages():
    with pytest.raises(StoreError) as err:
        open_store("postgresql://someone:secret@127.0.0.1:1/nothing?connect_timeout=1")
    assert "cannot be opened" in str(err.value) and "secret" not in str(err.value)


def test_another_programs_schema_is_refused_and_left_alone(pg_url):
    raw(pg_url, "CREATE TABLE invoices (n integer)")
    with pytest.raises(StoreError, match="not an accord database"):
        open_store(pg_url)
    assert {r[0] for r in raw(pg_url, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")} \
        == {"invoices"}


def test_a_newer_schema_is_refused(pg_url):
    open_store(pg_url).close()
    raw(pg_url, "INSERT INTO migrations VALUES (99, '0099_from_the_future', 'x')")
    with pytest.raises(StoreError, match="newer accord"):
        open_store(pg_url)


OPENER = """
from accord.store import open_store
open_store({url!r}).close()
"""


def test_processes_opening_a_new_schema_at_once_apply_each_migration_once(pg_url):
    openers = [run(OPENER, url=pg_url) for _ in range(3)]
    errors = [p.communicate(timeout=120)[1].decode() for p in openers]
    assert [p.returncode for p in openers] == [0, 0, 0], errors
    assert raw(pg_url, "SELECT count(*) FROM migrations") == [(len(MIGRATIONS),)]


WRITER = """
from accord.store import open_store
from tests.store.helpers import doc, mentions_in, statement
store = open_store({url!r})
stored = 0
for n in range({n}):
    d = doc(f"Writer {tag} article {{n}} about NATO.", "2023-01-01")
    stored += store.add(d, mentions_in(d, ("NATO", "org:NATO")), [statement(document=d)])
    shared = doc(f"Shared article {{n}} about NATO.", "2023-01-02")  # every writer adds it too
    stored += store.add(shared, mentions_in(shared, ("NATO", "org:NATO")), [statement(document=shared)])
store.close()
print(stored)
"""


def test_several_writer_processes_and_a_reader_at_once(pg_url):
    open_store(pg_url).close()
    n, tags = 25, "wxyz"
    writers = [run(WRITER, url=pg_url, n=n, tag=tag) for tag in tags]
    reads = 0
    with open_store(pg_url) as store:
        while any(w.poll() is None for w in writers):
            store.count(), store.mentions_of("org:NATO", limit=5), store.statements(max_references=2)
            reads += 1
        outputs = [w.communicate() for w in writers]
        assert [w.returncode for w in writers] == [0] * len(tags), [e.decode() for _, e in outputs]
        # Each shared article was stored by exactly one writer; nothing twice, nothing lost.
        assert sum(int(out) for out, _ in outputs) == len(tags) * n + n
        assert store.count() == len(tags) * n + n
        [merged] = store.statements()
        assert len(merged.references) == len(tags) * n + n
        assert store.reference_counts([merged.id]) == {merged.id: len(tags) * n + n}
        assert store.entity_counts() == [("org:NATO", len(tags) * n + n)]
        assert len(store.mentions_of("org:NATO")) == len(tags) * n + n
    assert reads > 0


# The writer stops inside add(), its document and annotations written and the transaction open,
# says so, and waits to be killed.
STUCK = """
import time
from accord.store import PostgresStore, open_store
from tests.store.helpers import doc, mentions_in, statement
def stuck(cur, *args):
    print("inside", flush=True)
    time.sleep(600)
PostgresStore._insert_statements = staticmethod(stuck)
store = open_store({url!r})
d = doc("Finland joined NATO in April 2023.", "2023-04-04", "Finland")
store.add(d, mentions_in(d, ("Finland", "state:FIN")), [statement(document=d)])
"""


def test_kill_9_of_a_writer_mid_document_leaves_nothing_and_readers_are_not_blocked(pg_url):
    with open_store(pg_url) as store:
        store.add(doc("Sweden joined NATO in March 2024.", "2024-03-07"))
        writer = run(STUCK, url=pg_url)
        try:
            assert writer.stdout.readline().strip() == b"inside", writer.stderr.read().decode()
            started = time.perf_counter()
            assert store.count() == 1 and A.id not in store  # the open transaction is invisible
            assert store.search("finland") == [] and store.mentions_of("state:FIN") == []
            assert time.perf_counter() - started < 5  # and does not block readers
        finally:
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait(timeout=60)
        deadline = time.time() + 30  # the server notices the lost connection and rolls back
        while raw(pg_url, "SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%%' "
                          "AND query LIKE 'INSERT INTO annotation_sets%%'") != [(0,)] and time.time() < deadline:
            time.sleep(0.1)
        assert store.count() == 1 and A.id not in store
        assert raw(pg_url, "SELECT count(*) FROM annotation_sets") == [(0,)]
        assert raw(pg_url, "SELECT count(*) FROM statement_refs") == [(0,)]
        assert store.add(A, mentions_in(A, ("Finland", "state:FIN")), [statement(document=A)]) is True
        assert store.mentions_of("state:FIN")[0][0] == A.id


def test_the_same_document_from_two_stores_is_stored_once(pg_url):
    with open_store(pg_url) as one, open_store(pg_url) as two:
        assert one.add(A, mentions_in(A, ("Finland", "state:FIN"))) is True
        assert two.add(A, mentions_in(A, ("Finland", "state:FIN"))) is False
        assert two.entity_counts() == [("state:FIN", 1)]


def test_findings_and_search_across_stores(pg_url):
    with open_store(pg_url) as one, open_store(pg_url) as two:
        one.add(A)
        two.set_findings([finding(A)], [A.id])
        assert [f.doc_id for f in one.findings()] == [A.id]
        assert [i for i, _ in one.search("FINLAND nato")] == [A.id]


def test_cli_selects_the_store_from_ACCORD_DB(pg_url, tmp_path):
    from click.testing import CliRunner

    from accord.cli import main

    (tmp_path / "a.txt").write_text("title: Finland\ndate: 2023-04-04\n\nFinland joined NATO in April 2023.\n")
    runner = CliRunner()
    env = {"ACCORD_DB": pg_url}
    result = runner.invoke(main, ["ingest", str(tmp_path / "a.txt"), "--no-annotate"], env=env)
    assert result.exit_code == 0, result.output
    listing = runner.invoke(main, ["docs", "--format", "json"], env=env)
    assert listing.exit_code == 0 and "Finland" in listing.output
    with open_store(pg_url) as store:
        assert store.count() == 1


def test_serve_over_postgres(pg_url):
    """The API (what `accord serve --db postgresql://...` runs) stores and reads through PostgreSQL."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from accord.api import create_app
    from accord.kb import load

    text = "title: Talks in Oslo\n\nNew Zealand and Norway held talks in Oslo on Monday about security."
    with TestClient(create_app(pg_url, kb=load(), annotator=None)) as client:
        response = client.post("/api/documents?source=oslo.txt", content=text.encode(),
                               headers={"content-type": "text/plain"})
        assert response.status_code == 201, response.text
        doc_id = response.json()["ingested"][0]["id"]
        assert client.get(f"/api/documents/{doc_id}").json()["document"]["title"] == "Talks in Oslo"
        assert client.get("/api/documents").status_code == 200
    with open_store(pg_url) as store:
        assert store.count() == 1 and store.get(doc_id).source == "oslo.txt"


def test_the_worker_opener_opens_the_same_store_in_another_process(pg_schema):
    """`accord ingest --engine ray` hands this to its workers (accord.engines.ray_engine): a
    document written through it in a subprocess is in the driver's store."""
    import pickle

    url, schema = pg_schema
    with PostgresStore(url, schema=schema) as store:
        opener = store.worker_opener()
        code = ("import pickle, sys\nfrom tests.store.helpers import doc\n"
                "store = pickle.loads(sys.stdin.buffer.read())()\n"
                "store.add(doc('Sweden joined NATO in March 2024.', '2024-03-07', 'Sweden'), [])\n"
                "store.close()\n")
        script = "import sys\nsys.path[:0] = [{root!r} + '/src', {root!r}]\n".format(root=str(ROOT)) + code
        proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _, err = proc.communicate(pickle.dumps(opener), timeout=120)
        assert proc.returncode == 0, err.decode()
        assert [d.title for d in store.documents()] == ["Sweden"]


def test_the_search_function_folds_as_translating_every_accented_letter(pg_url):
    # accord_search_text translates only the foldable letters a text holds; translating with all
    # of them (the plain form, far slower) must give the same words for any text.
    from accord.store.postgres_schema import _FROM, _TO

    open_store(pg_url).close()
    texts = ["".join(chr(c) for c in range(0xA0, 0x300)),  # Latin-1 to IPA: both ends of U+00C0..U+024F
             "Égalité à Malmö, Łódź und Øresund: ÅSA ÇA ñandú; Ǆ ǅ ȸ ɏ ɐ ß Æ þ",
             "plain words only, 1,000 of them", "", "Ḿ ạ Ω я ﬁ “quoted” — dash", "\u00bf\u00c0\u024f\u0250"]
    for title in (None, "Titre À Ɏ"):
        for text in texts:
            fast, plain = raw(pg_url, f"""
                SELECT accord_search_text(%s, %s)::text, to_tsvector('simple'::regconfig, translate(
                    regexp_replace(lower(coalesce(%s, '') || ' ' || %s), '[^[:alnum:]]+', ' ', 'g'),
                    '{_FROM}', '{_TO}'))::text""", (title, text, title, text))[0]
            assert fast == plain, (title, text)
    assert "ole" in raw(pg_url, "SELECT accord_search_text(NULL, 'ÉOLE')::text")[0][0]


def test_search_reads_the_newest_documents_then_the_index_and_answers_as_memory(pg_url, monkeypatch):
    # The page's matches are looked for among the newest SEARCH_RECENT documents, then below them
    # through the GIN index, first in a window sized by the matches seen: whatever the size, the
    # answer is the memory store's.
    from accord.store import postgres
    from accord.store.memory import MemoryStore

    texts = ["NATO NATO NATO: the oldest report says it most.", "NATO met once in Nouvelle-Zélande.",
             "Nothing about the alliance here.", "Still nothing.", "Nothing at all.", "NATO and NATO again.",
             "Zélande, and nothing else.", "Nor here.", "Not here either.", "NATO, the newest one.",
             "Nothing new.", "NATO"]
    docs = [doc(t) for t in texts]
    memory = MemoryStore()
    with open_store(pg_url) as store:
        for d in docs:
            store.add(d)
            memory.add(d)
        for recent in (0, 1, 2, 3, 11, 12, 13, 300):
            monkeypatch.setattr(postgres, "SEARCH_RECENT", recent)
            for query in ("nato", "zelande", "nato zelande", "ZÉLANDE nato", "alliance", "absent", "nothing here"):
                for limit in (1, 2, 3, 4, 5, 6, 20):
                    assert store.search(query, limit) == memory.search(query, limit), (recent, query, limit)
        # past the newest document, both matches come from the index
        monkeypatch.setattr(postgres, "SEARCH_RECENT", 1)
        assert [i for i, _ in store.search("zelande", 2)] == sorted([docs[1].id, docs[6].id])
        # With the words' shares of the documents (ANALYZE's statistics of the index): the newest
        # documents are not read for words too rare to be there, and the words found in more than
        # SEARCH_COMMON of the documents are tested on the rows the others give from the index.
        raw(pg_url, "ANALYZE documents")
        store._word_stats = None
        with store._pool.connection() as con:
            share = store._frequencies(con)
        assert share is not None and share["nato"] == pytest.approx(5 / 12) and share["zelande"] == pytest.approx(2 / 12)
        for recent in (1, 2, 5, 6, 11, 12, 300):  # 6 * 2/12 >= 1 > 5 * 2/12: "zelande" read first or not
            for common in (0.0, 0.2, 0.6, 1.0):
                monkeypatch.setattr(postgres, "SEARCH_RECENT", recent)
                monkeypatch.setattr(postgres, "SEARCH_COMMON", common)
                for query in ("nato", "zelande", "nato zelande", "ZÉLANDE nato", "alliance", "absent", "nothing here"):
                    for limit in (1, 2, 3, 4, 5, 6, 20):
                        assert store.search(query, limit) == memory.search(query, limit), (recent, common, query, limit)


def test_search_ranks_by_whole_words_counted_as_the_memory_store_counts(pg_url):
    # The page's matches are ranked by how often the query's words occur: whole words, so "us"
    # inside "focus" or "bus" is no occurrence of "us" (a substring count would give the first
    # document 4 and rank it first), title words count, ties go by id.
    from accord.store.memory import MemoryStore

    docs = [doc("Focus on the bus: focus, focus.", "2021-01-01", "Us"),
            doc("US and us and US again, with Canada.", "2021-01-02"),
            doc("The US met Canada; the US met Canada again.", "2021-01-03", "Canada and the US"),
            doc("Canada alone, us once.", "2021-01-04"),
            doc("Us, us: Élysée talks on the élysée.", "2021-01-05")]
    memory = MemoryStore()
    with open_store(pg_url) as store:
        for d in docs:
            store.add(d)
            memory.add(d)
        for query in ("us", "us canada", "CANADA", "elysee us", "focus", "absent us"):
            assert store.search(query) == memory.search(query), query
        assert [i for i, _ in store.search("us")][:2] == sorted([docs[1].id, docs[2].id])  # 3 each (one in a title)


def test_a_store_made_before_0009_drops_its_word_table_and_searches_through_the_index(pg_url, monkeypatch):
    # 0009_search_index replaces document_words by a GIN index on the documents' words: a store
    # made up to 0008 loses the table on open, and its older documents are found through the index.
    from accord.store import postgres

    old = [doc("Vilnius hosted the summit."), doc("Nothing here."), doc("Vilnius again, in Lituanie.")]
    with monkeypatch.context() as m:
        m.setattr(postgres, "MIGRATIONS", postgres.MIGRATIONS[:8])
        with open_store(pg_url) as store:
            for d in old:
                store.add(d)
            assert raw(pg_url, "SELECT to_regclass('document_words') IS NOT NULL")[0][0]
            assert raw(pg_url, "SELECT name FROM migrations ORDER BY position DESC LIMIT 1")[0][0] == "0008_statement_timelines"
    monkeypatch.setattr(postgres, "SEARCH_RECENT", 1)
    with open_store(pg_url) as store:
        store.add(doc("The newest, about something else."))
        assert raw(pg_url, "SELECT to_regclass('document_words') IS NULL, "
                           "to_regclass('documents_search') IS NOT NULL")[0] == (True, True)
        assert [i for i, _ in store.search("vilnius")] == sorted([old[0].id, old[2].id])
        assert [i for i, _ in store.search("VILNIUS lituanie")] == [old[2].id]


def test_the_timeline_and_holders_read_in_pages_as_in_memory(pg_url, monkeypatch):
    # dated_statements and statements read a page with its first references in one statement and
    # answer the reference counts and publication dates asked for next from it: the answers must
    # be those of the memory store, page after page, and a count asked for later is read again.
    import importlib

    from accord import query
    from accord.kb import load
    from accord.query import kbqueries
    from accord.store.memory import MemoryStore
    from bench.synth import generate

    kb, memory = load(), MemoryStore()
    timeline_module = importlib.import_module("accord.query.timeline")
    monkeypatch.setattr(timeline_module, "PAGE", 7)
    with open_store(pg_url) as store:
        for n in range(40):
            records = generate(n, 3, 200).records()
            store.add(*records)
            memory.add(*records)
        for entity, limit, refs in (("org:NATO", None, 2), ("org:NATO", 25, 3), (None, 40, 1), ("org:EU", None, 10)):
            assert (query.timeline(store, kb, entity, limit=limit, references=refs)
                    == query.timeline(memory, kb, entity, limit=limit, references=refs)), (entity, limit)
        for fact in kb.facts(property="holds_office")[:5]:
            assert kbqueries.holders(kb, fact.value, store=store) == kbqueries.holders(kb, fact.value, store=memory)
        # the counts come with the page once; asked again after an article repeats the statement,
        # they are read again
        [first] = store.dated_statements("org:NATO", limit=1, max_references=1)
        total = memory.reference_counts([first.id])[first.id]
        assert store.reference_counts([first.id]) == {first.id: total}
        again = doc("NATO again, in a new report.", "2024-02-02")
        store.add(again, (), [Statement.from_dict(dict(first.to_dict(), id=None, references=[
            {"doc_id": again.id, "start": 0, "end": 4, "sentence": again.text}]))])
        assert store.reference_counts([first.id]) == {first.id: total + 1}
