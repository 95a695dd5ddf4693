"""What only the SQLite backend has: a file that persists, migrations, locking, crashes, indexes."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from accord.store import SQLiteStore, StoreError, open_store
from accord.store import sqlite_sql as q
from accord.store.codec import to_row
from accord.store.migrations import MIGRATIONS, _statements
from accord.model import Document
from tests.store.helpers import REMOVED, day, doc, finding, mentions_in, statement

ROOT = Path(__file__).resolve().parents[2]
A = doc("Finland joined NATO in April 2023.", "2023-04-04", "Finland", removed=REMOVED)
B = doc("Sweden joined NATO in March 2024.", "2024-03-07", "Sweden")


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "accord.db"


def raw(db: Path, sql: str, args=()) -> list[tuple]:
    """Query the file directly, behind the store's back."""
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def fill(store) -> None:
    store.add(A, mentions_in(A, ("Finland", "state:FIN"), ("NATO", "org:NATO")),
              [statement("state:FIN", "member_of", "org:NATO", document=A)])
    store.add(B, mentions_in(B, ("NATO", "org:NATO")), [statement("state:SWE", "member_of", "org:NATO",
                                                                 document=B)])
    store.set_findings([finding(A), finding(B, "new")])


def test_everything_persists_across_reopen(db):
    with open_store(db) as store:
        fill(store)
        before = (store.documents(), [store.annotations(d) for d in (A.id, B.id)],
                  store.mentions_of("org:NATO"), store.statements(), store.findings(),
                  store.search("joined nato"))
    with open_store(db) as store:
        after = (store.documents(), [store.annotations(d) for d in (A.id, B.id)],
                 store.mentions_of("org:NATO"), store.statements(), store.findings(),
                 store.search("joined nato"))
        assert store.get(A.id).removed == REMOVED
    assert after == before and len(before[0]) == 2 and len(before[5]) == 2


def test_migrations_are_recorded_in_order_and_applied_once(db):
    open_store(db).close()
    recorded = raw(db, "SELECT position, name FROM migrations ORDER BY position")
    assert recorded == [(n, name) for n, (name, _) in enumerate(MIGRATIONS, start=1)]
    assert [name for _, name in recorded][:2] == ["0001_documents", "0002_annotations"]
    stamps = raw(db, "SELECT applied_at FROM migrations")
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", s) for (s,) in stamps)  # UTC, seconds
    open_store(db).close()
    assert raw(db, "SELECT applied_at FROM migrations") == stamps


def older_store(db: Path, upto: str, monkeypatch, articles=(), compact: bool = False) -> None:
    """A database made by an accord whose last migration was `upto`, holding `articles`
    ((document, annotations, statements, findings)) written in that version's layout (with
    `compact`, each record's JSON leaves out the fields at their default)."""
    from accord.store import migrations
    from accord.store.protocol import merged_statements, sort_date

    names = [n for n, _ in MIGRATIONS]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:names.index(upto) + 1])
        open_store(db).close()
    with_lookups = names.index(upto) >= names.index("0006_statement_lookups")
    con = sqlite3.connect(db, isolation_level=None)
    for d, anns, sts, fs in articles:
        key = con.execute("INSERT INTO documents (" + ", ".join(q.DOC_COLUMNS) + ", extra) VALUES "
                          "(?, ?, ?, ?, ?, ?, ?, ?, ?)", to_row(d, q.DOC_COLUMNS, compact=False)).lastrowid
        for seq, a in enumerate(sorted(anns, key=lambda a: a.start)):
            con.execute('INSERT INTO annotations (doc_key, seq, layer, start, "end", entity, extra) '
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (key, seq, *to_row(a, ("layer", "start", "end", "entity"), compact=False)))
            if with_lookups and a.layer == "mention" and a.entity:
                con.execute(q.COUNT_MENTIONS, (a.entity, 1))
        refs = []
        for st in merged_statements(d, sts):
            row = to_row(st, q.STATEMENT_COLUMNS, omit=("references",), compact=False)
            extra = (len(st.references), sort_date(st, d.published)) if with_lookups else ()
            con.execute("INSERT OR IGNORE INTO statements VALUES (" + ", ".join("?" * (len(row) + len(extra)))
                        + ")", (*row, *extra))
            refs += [(st.id, *to_row(r, ("start",), omit=("doc_id",), compact=compact)) for r in st.references]
        for seq, ref in enumerate(refs):
            extra = ((f"0{d.published} {d.id[:16]}" if d.published else f"1 {d.id[:16]}"),) if with_lookups else ()
            con.execute("INSERT INTO statement_refs VALUES (" + ", ".join("?" * (4 + len(ref) - 2 + len(extra)))
                        + ")", (key, seq, *ref, *extra))
        for f in fs:
            con.execute("INSERT INTO findings (doc_key, kind, statement_id, extra) VALUES (?, ?, ?, ?)",
                        (key, *to_row(f, q.FINDING_COLUMNS, omit=("doc_id",), compact=compact)))
    con.close()


def test_statement_lookups_migration_fills_counts_and_order_of_an_older_store(db, caplog, monkeypatch):
    older_store(db, "0005_search", monkeypatch, [
        (B, [], [statement(document=B, span="Sweden")], []),
        (A, mentions_in(A, ("Finland", "state:FIN")), [statement(document=A, span="Finland")], [])])
    with open_store(db) as store:
        [merged] = store.statements()
        assert store.reference_counts([merged.id]) == {merged.id: 2}
        [first] = store.statements(max_references=1)
        assert [s.id for s in store.dated_statements("state:NZL")] == [merged.id]
        assert store.entity_counts() == [("state:FIN", 1)]
    assert first.references[0].doc_id == A.id  # published first, though added second
    assert [r.getMessage() for r in caplog.records if r.name == "accord.store"] == [
        f"upgrading {db} to the current schema (0006_statement_lookups, 0007_compact_annotations, "
        "0008_statement_timelines, 0009_search_index, 0010_entity_timelines, 0011_evidence_by_reference, "
        "0012_packed_findings, 0013_dates_without_part, 0014_statements_by_value, "
        "0015_statement_ids_binary, 0016_search_without_positions); this can take a minute for a large "
        "store"]
    assert raw(db, "SELECT sort_date FROM statements") == [(A.published,)]
    assert A.published < B.published
    assert [r[0] for r in raw(db, "SELECT name FROM migrations ORDER BY position")][-11:] == \
        ["0006_statement_lookups", "0007_compact_annotations", "0008_statement_timelines", "0009_search_index",
         "0010_entity_timelines", "0011_evidence_by_reference", "0012_packed_findings",
         "0013_dates_without_part", "0014_statements_by_value", "0015_statement_ids_binary",
         "0016_search_without_positions"]


def test_compact_migration_keeps_every_record_of_an_older_store(db, tmp_path, monkeypatch):
    """A store written before 0007 reads back, after the upgrade, exactly as a new store holding
    the same articles; sentences that are not the document's own text are kept as written."""
    odd = statement("state:FIN", "partner_of", "org:NATO", document=A, span="Finland")
    odd.references[0].sentence = "not in the text"
    quoted = mentions_in(B, ("Sweden", "state:SWE"))[0]
    quoted.text = "Kingdom of Sweden"  # an annotation whose text is not the span's
    articles = [
        (A, [*mentions_in(A, ("Finland", "state:FIN"), ("NATO", "org:NATO"))],
         [statement("state:FIN", "member_of", "org:NATO", document=A, span="Finland joined NATO"), odd],
         [finding(A)]),
        (B, [quoted, *mentions_in(B, ("NATO", "org:NATO"))],
         [statement("state:SWE", "member_of", "org:NATO", document=B)], [finding(B, "new")]),
    ]
    older_store(db, "0006_statement_lookups", monkeypatch, articles)
    with open_store(tmp_path / "new.db") as fresh:
        for d, anns, sts, fs in articles:
            fresh.add(d, anns, sts)
        fresh.set_findings([f for *_, fs in articles for f in fs])
        with open_store(db) as upgraded:
            for store in (fresh, upgraded):
                store.reads = (
                    [store.annotations(d.id) for d, *_ in articles], store.statements(), store.findings(),
                    store.mentions_of("org:NATO"), store.mentions_of("state:SWE"), store.entity_counts())
            assert upgraded.reads == fresh.reads
    assert upgraded.reads[0][1][0].text == "Kingdom of Sweden"
    assert "not in the text" in [r.sentence for st in upgraded.reads[1] for r in st.references]
    assert raw(db, "SELECT count(*) FROM sqlite_master WHERE name = 'annotations'") == [(0,)]
    assert raw(db, "SELECT count(*) FROM statement_refs WHERE sentence_len IS NULL") == [(1,)]


def test_wal_and_foreign_keys(db):
    with SQLiteStore(db) as store:
        assert store._writer.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert store._reader().execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert raw(db, "PRAGMA journal_mode") == [("wal",)]


def test_a_newer_database_is_refused(db):
    open_store(db).close()
    con = sqlite3.connect(db)
    con.execute("INSERT INTO migrations VALUES (99, '0099_from_the_future', '2099-01-01')")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as err:
        open_store(db)
    assert str(err.value) == (f"database {db} was written by a newer accord (it has migration "
                              "'0099_from_the_future', unknown to this version); upgrade accord to open it")


def test_migrations_out_of_order_are_refused(db):
    open_store(db).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE migrations SET name = 'x' WHERE position = 1")
    con.execute("UPDATE migrations SET name = '0001_documents' WHERE position = 2")
    con.execute("UPDATE migrations SET name = '0002_annotations' WHERE position = 1")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as err:
        open_store(db)
    assert str(err.value) == (f"database {db} is not an accord database or is damaged: migration "
                              "'0002_annotations' recorded at position 1")


def test_a_text_file_is_refused_and_left_alone(db):
    db.write_text("date 2023-04-11\nnot a database at all, but long enough to have a header....\n")
    before = db.read_bytes()
    with pytest.raises(StoreError, match="is not an accord database"):
        open_store(db)
    assert db.read_bytes() == before


def test_another_programs_sqlite_file_is_refused_and_left_alone(db):
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE migrations (id INTEGER, name TEXT)")  # even with a table of that name
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="is not an accord database.*no migrations table|another"):
        open_store(db)
    assert db.read_bytes() == before


def test_an_empty_file_becomes_a_database(db):
    db.write_bytes(b"")
    with open_store(db) as store:
        assert store.add(A)


def test_an_unopenable_path_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot be opened"):
        open_store(tmp_path / "missing" / "dir" / "accord.db")


def test_exception_in_the_middle_of_add_rolls_back(db, monkeypatch):
    def fail(*args):
        raise RuntimeError("disk on fire")

    with open_store(db) as store:
        store.add(B, mentions_in(B, ("NATO", "org:NATO")))
        monkeypatch.setattr(SQLiteStore, "_insert_statements", fail)
        with pytest.raises(RuntimeError):
            store.add(A, mentions_in(A, ("Finland", "state:FIN")), [statement(document=A)])
        assert A.id not in store
    assert raw(db, "SELECT count(*) FROM documents") == [(1,)]
    assert raw(db, "SELECT count(*) FROM annotation_sets") == [(1,)]
    assert raw(db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'finland'") == [(0,)]


CRASH = """
import os, sys
sys.path[:0] = [{root!r} + "/src", {root!r}]
from accord.store import SQLiteStore, open_store
from tests.store.helpers import doc, mentions_in, statement
def crash(self, con, key, doc, merged):
    con.execute("SELECT 1")  # document and annotations are written, the transaction is open
    os._exit(3)
SQLiteStore._insert_statements = crash
store = open_store({db!r})
d = doc("Finland joined NATO in April 2023.", "2023-04-04")
store.add(d, mentions_in(d, ("Finland", "state:FIN")), [statement(document=d)])
"""


def test_a_crash_in_the_middle_of_add_leaves_nothing(db):
    open_store(db).close()
    code = CRASH.format(root=str(ROOT), db=str(db))
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 3
    with open_store(db) as store:
        assert store.count() == 0 and store.mentions_of("state:FIN") == []
        assert store.add(A, mentions_in(A, ("Finland", "state:FIN")))
    assert raw(db, "SELECT count(*) FROM annotation_sets") == [(1,)]


WRITER = """
import sys
sys.path[:0] = [{root!r} + "/src", {root!r}]
from accord.store import open_store
from tests.store.helpers import doc, mentions_in, statement
store = open_store({db!r})
for n in range({n}):
    d = doc(f"Writer {tag} article {{n}} about NATO.", "2023-01-01")
    assert store.add(d, mentions_in(d, ("NATO", "org:NATO")), [statement(document=d)])
store.close()
"""


def test_concurrent_writers_and_a_reader_never_see_a_locked_database(db):
    open_store(db).close()
    n = 40
    writers = [subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT), db=str(db), n=n,
                                                                       tag=tag)],
                                stderr=subprocess.PIPE) for tag in "xy"]
    with open_store(db) as store:
        while any(w.poll() is None for w in writers):
            store.count(), store.mentions_of("org:NATO"), store.statements(subject="state:NZL")
        errors = [w.stderr.read().decode() for w in writers]
        assert [w.returncode for w in writers] == [0, 0], errors
        assert store.count() == 2 * n
        [merged] = store.statements()
        assert len(merged.references) == 2 * n


def test_reads_from_other_threads(db):
    results = []
    with open_store(db) as store:
        fill(store)
        threads = [threading.Thread(target=lambda: results.append(store.count())) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert results == [2, 2, 2]


# -- indexes: per-document and per-entity lookups never scan a table ----------------------------

LOOKUPS = {
    "document by id": (q.DOC_BY_ID, ("x",)),
    "document by prefix": (q.DOC_PREFIX, ("abcd", "abce")),
    "document exists": (q.DOC_EXISTS, ("x",)),
    "publication dates of documents": (q.DOC_PUBLISHED.format(marks="?, ?"), ("x", "y")),
    "annotations of a document": (q.ANNS_OF_DOC, ("x",)),
    "documents that mention an entity": (q.MENTION_DOCS, ("org:NATO",)),
    "annotations of a document by key": (q.ANNS_OF_KEY, (1,)),
    "statements by subject": q.statements_query({"subject": "state:NZL"}),
    "statements by subject and property": q.statements_query({"subject": "s", "property": "p"}),
    "statements by property": q.statements_query({"property": "member_of"}),
    "statements of a document": q.statements_query({"doc_id": "x"}),
    "statements by value": q.statements_query({"value": "org:NATO"}),
    "one statement by id": q.statements_query({"statement_id": "abc"}),
    "statements by property and value": q.statements_query({"property": "holds_office", "value": "office:x"}),
    "references of statements by value": q.references_query({"value": "org:NATO"}),
    "first references of a statement": (q.FIRST_REFS, ("abc", 3)),
    "reference counts": (q.REFERENCE_COUNT.format(marks="?, ?"), ("abc", "def")),
    "references of a document": (q.REFS_OF_DOC, ("x",)),
    "dated statements about an entity": q.dated_query("org:NATO", 10, 0, None),
    "dated statements about an entity after one": q.dated_query("org:NATO", 10, 0, ("2020-01-01", "abc")),
    "dated statements after one": q.dated_query(None, 10, 0, ("2020-01-01", "abc")),
    "a page of statements by property": q.statements_query({"property": "member_of"}, limit=10, offset=20),
    "statement count by value": q.statement_count_query({"value": "org:NATO"}),
    "findings of a document": q.findings_query({"doc_id": "x"}),
    "findings of a kind": q.findings_query({"kind": "new"}),
    "search": (q.SEARCH, ('"nato"', 0, 20)),
    "search cutoff": (q.SEARCH_CUTOFF, ('"nato"', 1999)),
}


@pytest.mark.parametrize("name", sorted(LOOKUPS))
def test_lookup_uses_an_index(db, name):
    sql, args = LOOKUPS[name]
    with SQLiteStore(db) as store:
        fill(store)
        plan = store._writer.execute("EXPLAIN QUERY PLAN " + sql, args).fetchall()
    # A scan of a subquery's result (the filtered rows, materialised) is not a scan of a table.
    scans = [row[3] for row in plan if row[3].startswith("SCAN") and "VIRTUAL TABLE" not in row[3]
             and not row[3].startswith("SCAN (subquery")]
    assert scans == [], plan


# -- an entity's timeline: a page reads a page of statements, however many the entity has ---------

def about_nato(n: int, offset: int = 0) -> tuple[Document, list]:
    """One article with `n` statements about org:NATO, half as subject and half as value, each
    on its own day (from 2001-01-01 + offset days)."""
    from datetime import date, timedelta

    text = f"NATO article {n} {offset}."
    d = doc(text, "2024-01-01")
    days = [(date(2001, 1, 1) + timedelta(days=offset + i)).isoformat() for i in range(n)]
    sts = [statement("org:NATO", "partner_of", f"state:S{i}", document=d, point_in_time=day(when))
           if i % 2 else statement(f"state:S{i}", "member_of", "org:NATO", document=d, point_in_time=day(when))
           for i, when in enumerate(days)]
    return d, sts


def vm_steps(store, about: str, after) -> int:
    """SQLite virtual machine instructions spent reading a page of 10 statements about `about`."""
    con, steps = store._reader(), [0]

    def count() -> int:
        steps[0] += 1
        return 0

    con.set_progress_handler(count, 1)
    try:
        store.dated_statements(about, limit=10, after=after, max_references=0)
    finally:
        con.set_progress_handler(None, 1)
    return steps[0]


def test_a_page_of_an_entitys_timeline_costs_the_same_whatever_the_entity_has(tmp_path):
    # Before 0010 every statement about the entity was read and sorted for each page: 40 times the
    # statements, 40 times the work. Now each side is read in order from its index up to the page.
    costs = {}
    for n in (50, 2000):
        with SQLiteStore(tmp_path / f"{n}.db") as store:
            d, sts = about_nato(n)
            store.add(d, [], sts)
            page = store.dated_statements("org:NATO", limit=10, max_references=0)
            after = (page[-1].point_in_time.value, page[-1].id)
            costs[n] = (vm_steps(store, "org:NATO", None), vm_steps(store, "org:NATO", after))
    assert costs[2000][0] < 1.5 * costs[50][0], costs
    assert costs[2000][1] < 1.5 * costs[50][1], costs


def test_the_timeline_indexes_migration_gives_an_older_store_its_pages_in_order(db, monkeypatch):
    # A store made by the version before 0010 (its migrations; `add` writes the same rows).
    from accord.store import migrations

    d, sts = about_nato(40)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:[n for n, _ in MIGRATIONS].index("0009_search_index") + 1])
        with open_store(db) as store:
            store.add(d, [], sts)
    assert raw(db, "SELECT name FROM migrations ORDER BY position DESC LIMIT 1") == [("0009_search_index",)]
    assert raw(db, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'statements_%_dated'") == [(0,)]
    with open_store(db) as store:
        pages, after = [], None
        while page := store.dated_statements("org:NATO", limit=7, after=after, max_references=0):
            pages.append(page)
            after = (page[-1].point_in_time.value, page[-1].id)
        every = store.dated_statements("org:NATO", max_references=0)
    assert raw(db, "SELECT name FROM sqlite_master WHERE name LIKE 'statements_%_dated' ORDER BY name") == \
        [("statements_subject_dated",), ("statements_value_dated",)]
    assert [len(p) for p in pages] == [7, 7, 7, 7, 7, 5]
    assert [s.id for p in pages for s in p] == [s.id for s in every]
    assert [s.point_in_time.value for s in every] == sorted(st.point_in_time.value for st in sts)


def test_the_statements_by_value_migration_keeps_one_index_that_answers_every_lookup_by_value(db, monkeypatch):
    # A store made by the version before 0014: (value, property) and the dated (value, sort_date, id).
    from accord.store import migrations

    dated, undated = doc("Jacinda Ardern became prime minister.", "2017-10-26"), doc("Ardern is prime minister.")
    sts = [statement("person:jacinda-ardern", "holds_office", "office:nzl-prime-minister", document=dated),
           statement("person:chris-hipkins", "holds_office", "office:nzl-prime-minister", document=undated),
           statement("state:NZL", "partner_of", "org:NATO", document=undated)]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:[n for n, _ in MIGRATIONS].index("0013_dates_without_part") + 1])
        with open_store(db) as store:
            store.add(dated, [], sts[:1])
            store.add(undated, [], sts[1:])
            before = (store.statements(value="office:nzl-prime-minister"),
                      store.statement_count(property="holds_office", value="office:nzl-prime-minister"),
                      store.statements_by_subject("holds_office", "office:nzl-prime-minister"),
                      store.dated_statements("office:nzl-prime-minister"))
    assert raw(db, "SELECT count(*) FROM statements WHERE sort_date IS NULL") == [(2,)]
    with open_store(db) as store:
        after = (store.statements(value="office:nzl-prime-minister"),
                 store.statement_count(property="holds_office", value="office:nzl-prime-minister"),
                 store.statements_by_subject("holds_office", "office:nzl-prime-minister"),
                 store.dated_statements("office:nzl-prime-minister"))
        plan = store._writer.execute("EXPLAIN QUERY PLAN " + q.statement_count_query(
            {"property": "holds_office", "value": "office:nzl-prime-minister"})[0],
            ("holds_office", "office:nzl-prime-minister")).fetchall()
    assert after == before and after[1] == 2 and len(after[0]) == 2 and len(after[3]) == 1  # the undated one too
    assert "COVERING INDEX statements_value_dated (value=?)" in plan[0][3]  # the count reads no row
    indexes = dict(raw(db, "SELECT name, sql FROM sqlite_master WHERE name LIKE 'statements_value%'"))
    assert list(indexes) == ["statements_value_dated"] and "WHERE" not in indexes["statements_value_dated"]


def test_a_statement_about_the_entity_as_subject_and_value_comes_once(db):
    d = doc("NATO and NATO.", "2024-01-01")
    with SQLiteStore(db) as store:
        store.add(d, [], [statement("org:NATO", "partner_of", "org:NATO", document=d, point_in_time=day("2020-01-01")),
                          statement("org:NATO", "member_of", "org:UN", document=d, point_in_time=day("2020-01-02"))])
        assert [s.value for s in store.dated_statements("org:NATO", limit=1, offset=1)] == ["org:UN"]
        assert [s.value for s in store.dated_statements("org:NATO")] == ["org:NATO", "org:UN"]


def test_a_page_of_dated_statements_brings_its_counts_and_dates_and_a_later_count_is_read_again(db):
    # The timeline asks for the page's reference counts and its documents' publication dates right
    # after reading it: they come with the page (no query); asked again later, a count is read anew.
    first, later = doc("NATO one.", "2023-01-02"), doc("NATO two.", "2024-05-06")
    with SQLiteStore(db) as store:
        st = statement("state:FIN", "member_of", "org:NATO", document=first, point_in_time=day("2020-01-01"))
        store.add(first, [], [st])
        [page] = store.dated_statements("org:NATO")
        con, queries = store._reader(), []
        con.set_trace_callback(queries.append)
        assert store.reference_counts([page.id]) == {page.id: 1}
        assert store.published_dates([first.id]) == {first.id: "2023-01-02"}
        assert queries == []
        con.set_trace_callback(None)
        store.add(later, [], [statement("state:FIN", "member_of", "org:NATO", document=later,
                                        point_in_time=day("2020-01-01"))])
        assert store.reference_counts([page.id]) == {page.id: 2}
        assert store.published_dates([first.id, later.id]) == {first.id: "2023-01-02", later.id: "2024-05-06"}


def test_a_lock_held_past_the_timeout_is_a_clear_error(db):
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="cannot be opened: database is locked"):
            SQLiteStore(db, timeout=0.05)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with SQLiteStore(db, timeout=0.05) as store:  # and once the lock is gone, all is well
        assert store.add(A)


def test_a_writer_waiting_past_the_timeout_gets_a_clear_error_and_changes_nothing(db):
    with SQLiteStore(db, timeout=0.05) as store:
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="database is locked"):
                store.add(A)
            assert store.count() == 0  # readers are not blocked by the writer in WAL mode
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert store.add(A) is True


@pytest.mark.parametrize("app_id,reason", [(0, "it has no migrations table"), (12345, "it was made by another program")])
def test_a_foreign_database_is_refused_saying_which_file_and_why(db, app_id, reason):
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA application_id = {app_id}")
    con.execute("CREATE TABLE other (x INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as err:
        open_store(db)
    assert str(err.value) == f"database {db} is not an accord database or is damaged: {reason}"


def test_a_migration_that_fails_leaves_no_trace_and_is_retried_on_the_next_open(db, monkeypatch):
    """Each migration is one transaction with its record: a failure half-way rolls back what it
    made, the error names the file and the reason, and the next open applies it again."""
    from accord.store import migrations

    open_store(db).close()
    broken = ("0099_half_done", "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, broken])
    with pytest.raises(StoreError) as err:
        open_store(db)
    assert str(err.value) == f"database {db} cannot be opened: no such table: no_such_table"
    assert raw(db, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == [(0,)]
    assert [n for (n,) in raw(db, "SELECT name FROM migrations ORDER BY position")] == [n for n, _ in MIGRATIONS]
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, ("0099_half_done", "CREATE TABLE half_done (x INTEGER);")])
    open_store(db).close()
    assert raw(db, "SELECT position, name FROM migrations WHERE name = '0099_half_done'") == \
        [(len(MIGRATIONS) + 1, "0099_half_done")]
    assert raw(db, "SELECT count(*) FROM half_done") == [(0,)]


def test_a_migration_is_split_into_statements_keeping_a_triggers_inner_semicolons():
    sql = """
        CREATE TABLE t (x INTEGER);
        CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN
            UPDATE t SET x = x + 1;
        END;
        CREATE INDEX t_x ON t (x)
    """
    assert _statements(sql) == [
        "CREATE TABLE t (x INTEGER);",
        "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN\n            UPDATE t SET x = x + 1;\n        END;",
        "CREATE INDEX t_x ON t (x)",  # the last statement needs no semicolon
    ]
    assert _statements("  \n  ") == []


def test_compact_migration_gives_references_the_order_keys_a_new_store_writes(db, tmp_path, monkeypatch):
    """0007 drops the id from each reference's order key: an undated document sorts after the
    dated ones and keeps only its "unknown" mark, as a store made after 0007 writes it."""
    undated = doc("Norway joined NATO long ago.", None, "Norway")
    articles = [(A, [], [statement("state:FIN", "member_of", "org:NATO", document=A, span="Finland")], []),
                (undated, [], [statement("state:NOR", "member_of", "org:NATO", document=undated, span="Norway")], [])]
    older_store(db, "0006_statement_lookups", monkeypatch, articles)
    open_store(db).close()
    with open_store(tmp_path / "new.db") as fresh:
        for d, anns, sts, _ in articles:
            fresh.add(d, anns, sts)
    keys = "SELECT s.subject, r.doc_order FROM statement_refs r JOIN statements s ON s.id = r.statement_id ORDER BY 1"
    assert raw(db, keys) == raw(tmp_path / "new.db", keys)
    assert [k for _, k in raw(db, keys)] == ["0" + A.published, "1"]


@pytest.mark.parametrize("compact", [False, True])
def test_compact_migration_stores_sentences_as_a_new_store_does(db, tmp_path, monkeypatch, compact):
    """After 0007, a reference or finding whose sentence is the document's own text, wherever it
    starts, is kept as offset and length with nothing else of it in the JSON, as a new store
    writes it; whether the older store wrote default fields (sentence_start 0) or left them out."""
    from accord.model import Reference

    two = doc("Finland applied in May. Finland joined NATO in April 2023.", "2023-04-04", "Finland")
    second = two.text.index("Finland joined")
    later = statement("state:FIN", "member_of", "org:NATO", document=two)
    later.references = [Reference(doc_id=two.id, start=second, end=second + 7, sentence=two.text[second:],
                                  sentence_start=second)]
    first = statement("state:FIN", "partner_of", "org:NATO", document=two, span="Finland applied")
    first.references[0].sentence = two.text[:second - 1]
    flag = finding(two, statement_id=later.id, sentence_start=second)
    flag.sentence = two.text[second:]
    articles = [(two, [], [later, first], [flag, finding(two, "new")])]
    older_store(db, "0006_statement_lookups", monkeypatch, articles, compact=compact)
    open_store(db).close()
    with open_store(tmp_path / "new.db") as fresh:
        fresh.add(two, [], [later, first])
        fresh.set_findings([flag, finding(two, "new")])
    for rows in ('SELECT start, "end", sentence_start, sentence_len, extra FROM statement_refs ORDER BY start',
                 "SELECT kind, sentence_start, sentence_len, extra FROM findings ORDER BY kind"):
        assert raw(db, rows) == raw(tmp_path / "new.db", rows)
    assert raw(db, "SELECT sentence_start, sentence_len FROM statement_refs ORDER BY start") == \
        [(0, second - 1), (second, len(two.text) - second)]


def test_a_postgresql_url_is_opened_as_a_server_never_as_a_sqlite_file(tmp_path, monkeypatch):
    """open_store sends a postgresql:// URL to PostgresStore (here a port nothing listens on):
    the error names the server without its password, and no SQLite file is made of the URL."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError) as err:
        open_store("postgresql://someone:secret@127.0.0.1:1/none")
    assert str(err.value).startswith("database postgresql://someone:***@127.0.0.1:1/none cannot be opened: ")
    assert "secret" not in str(err.value)
    assert list(tmp_path.rglob("*")) == []


def test_migrate_returns_the_names_it_applied_now(db):
    from accord.store.migrations import migrate

    con = sqlite3.connect(db, isolation_level=None)
    try:
        assert migrate(con, str(db)) == [name for name, _ in MIGRATIONS]
        assert migrate(con, str(db)) == []
    finally:
        con.close()
