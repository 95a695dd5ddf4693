"""The SQLite schema as named, ordered migrations, applied on open and recorded in `migrations`.

Rules (docs/store.md): never edit or reorder a migration that has been released; add a new one
at the end. A database that records a migration this list does not know was written by a newer
accord and is refused (E302) rather than guessed at.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime, timezone
from typing import Callable

from accord.errors import Errors
from accord.store.protocol import StoreError

# PRAGMA application_id: "ACRD". Tells an accord database from any other SQLite file.
APPLICATION_ID = 0x41435244

log = logging.getLogger("accord.store")

# A statement's dates leave out `"part": null` (codec.to_row: a nested field at its default of
# None), 12 bytes a date; the statements written since TimeQualifier.part came are rewritten so.
# Keys are sorted, so "part" comes before "precision" in every date; no other field of a
# statement is named so. In both stores (the same SQL).
DATES_WITHOUT_PART = """
    UPDATE statements SET extra = replace(extra, '"part":null,', '') WHERE extra LIKE '%"part":null,%';
"""


MIGRATIONS: list[tuple[str, str | Callable[[sqlite3.Connection], None]]] = [
    ("0001_documents", """
        CREATE TABLE documents (
            doc_key INTEGER PRIMARY KEY,          -- compact key for the big child tables
            id TEXT NOT NULL UNIQUE,              -- sha256 of text
            text TEXT NOT NULL,
            source TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT,
            url TEXT,
            published TEXT,                       -- ISO date or NULL (unknown)
            published_how TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}'      -- JSON: removed, meta, later fields
        );
        CREATE INDEX documents_order ON documents ((published IS NULL), published, id);
    """),
    ("0002_annotations", """
        CREATE TABLE annotations (
            doc_key INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
            seq INTEGER NOT NULL,                 -- position in start order, ties as given
            layer TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            entity TEXT,
            extra TEXT NOT NULL DEFAULT '{}',     -- JSON: text, label, data, later fields
            PRIMARY KEY (doc_key, seq)
        ) WITHOUT ROWID;
        CREATE INDEX annotations_entity ON annotations (entity) WHERE entity IS NOT NULL;
    """),
    ("0003_statements", """
        CREATE TABLE statements (
            id TEXT PRIMARY KEY,                  -- short hash of the identity fields
            subject TEXT NOT NULL,
            property TEXT NOT NULL,
            value TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}'      -- JSON: polarity, modality, times, asserted_by
        ) WITHOUT ROWID;
        CREATE INDEX statements_subject ON statements (subject, property);
        CREATE INDEX statements_property ON statements (property);
        CREATE TABLE statement_refs (
            doc_key INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            statement_id TEXT NOT NULL REFERENCES statements (id),
            start INTEGER NOT NULL,
            extra TEXT NOT NULL DEFAULT '{}',     -- JSON: end, sentence, sentence_start
            PRIMARY KEY (doc_key, seq)
        ) WITHOUT ROWID;
        CREATE INDEX statement_refs_statement ON statement_refs (statement_id);
    """),
    ("0004_findings", """
        CREATE TABLE findings (
            finding_key INTEGER PRIMARY KEY,      -- the order findings were set in
            doc_key INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            statement_id TEXT,
            extra TEXT NOT NULL DEFAULT '{}'      -- JSON: the other fields of the finding
        );
        CREATE INDEX findings_doc ON findings (doc_key);
        CREATE INDEX findings_kind ON findings (kind);
    """),
    ("0005_search", """
        CREATE VIRTUAL TABLE documents_fts USING fts5 (
            title, text, content='documents', content_rowid='doc_key',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title, text) VALUES (new.doc_key, new.title, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.doc_key, old.title, old.text);
        END;
    """),
    ("0006_statement_lookups", """
        -- Statements by value ("who is reported holding office X", "what is said to be in NATO").
        CREATE INDEX statements_value ON statements (value, property);
        -- How many references each statement has, kept by every add (a claim made by thousands of
        -- articles is counted without reading its references).
        ALTER TABLE statements ADD COLUMN reference_count INTEGER NOT NULL DEFAULT 0;
        UPDATE statements SET reference_count =
            (SELECT count(*) FROM statement_refs r WHERE r.statement_id = statements.id);
        -- Each reference's document order (published date, unknown last, then id), so the first
        -- references of a statement are read from an index instead of sorting all of them.
        ALTER TABLE statement_refs ADD COLUMN doc_order TEXT NOT NULL DEFAULT '';
        UPDATE statement_refs SET doc_order = (SELECT CASE WHEN d.published IS NULL THEN '1 ' ELSE
            '0' || d.published || ' ' END || substr(d.id, 1, 16) FROM documents d
            WHERE d.doc_key = statement_refs.doc_key);
        CREATE INDEX statement_refs_order ON statement_refs (statement_id, doc_order, start, seq);
        DROP INDEX statement_refs_statement;
        -- Where a statement goes on a timeline (protocol.sort_date): its earliest own date, else
        -- the publication date of its first report; NULL when it has neither. Kept by every add.
        ALTER TABLE statements ADD COLUMN sort_date TEXT;
        UPDATE statements SET sort_date = coalesce(
            nullif(min(coalesce(json_extract(extra, '$.start.value'), '~'),
                       coalesce(json_extract(extra, '$.point_in_time.value'), '~'),
                       coalesce(json_extract(extra, '$.end.value'), '~')), '~'),
            (SELECT min(d.published) FROM statement_refs r JOIN documents d ON d.doc_key = r.doc_key
             WHERE r.statement_id = statements.id));
        CREATE INDEX statements_sort_date ON statements (sort_date, id) WHERE sort_date IS NOT NULL;
        -- Mentions per linked entity, kept by every add (the most mentioned entities of a store of
        -- 100,000 articles without counting ten million annotations).
        CREATE TABLE entity_mentions (
            entity TEXT PRIMARY KEY,
            mentions INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO entity_mentions (entity, mentions)
            SELECT entity, count(*) FROM annotations WHERE entity IS NOT NULL AND layer = 'mention'
            GROUP BY entity;
        CREATE INDEX entity_mentions_count ON entity_mentions (mentions DESC, entity);
    """),
    ("0007_compact_annotations", lambda con: _compact(con)),
    # PostgreSQL's 0008 replaces two indexes on statements by ones in timeline order; SQLite
    # keeps its indexes (its timeline pages meet their target, docs/scale.md), so the step is
    # only recorded, keeping the two lists of names the same.
    ("0008_statement_timelines", lambda con: None),
    # PostgreSQL's 0009 replaces its per-document word table by an index on the documents; SQLite
    # searches its FTS5 table as before: recorded only.
    ("0009_search_index", lambda con: None),
    ("0010_entity_timelines", """
        -- An entity's statements in timeline order, by subject and by value (sqlite_sql.DATED_ABOUT
        -- reads the first of each and merges them), as PostgreSQL's 0008 has them: a timeline page
        -- read and sorted every statement about the entity (10,000 for a country at 100,000
        -- articles), once for each read of the page. Only dated statements are on a timeline.
        CREATE INDEX statements_subject_dated ON statements (subject, sort_date, id) WHERE sort_date IS NOT NULL;
        CREATE INDEX statements_value_dated ON statements (value, sort_date, id) WHERE sort_date IS NOT NULL;
    """),
    # Findings keep the sentences their evidence quotes from stored documents as offsets into
    # those documents (compact.finding_row): the findings written before are rewritten so.
    ("0011_evidence_by_reference", lambda con: evidence_by_reference(
        con, "SELECT finding_key, extra FROM findings WHERE finding_key > ? AND instr(extra, '\"sentence\"') > 0 "
             "ORDER BY finding_key LIMIT 1000",
        "UPDATE findings SET extra = ? WHERE finding_key = ?", "SELECT doc_key, text FROM documents WHERE id = ?")),
    # Findings' JSON compressed with the words it is made of (compact.pack_json): a new column
    # `packed`, `extra` "" where it is used; the findings written before are rewritten so.
    ("0012_packed_findings", lambda con: packed_findings(
        con, "ALTER TABLE findings ADD COLUMN packed BLOB",
        "SELECT finding_key, extra FROM findings WHERE finding_key > ? AND length(extra) >= ? "
        "ORDER BY finding_key LIMIT 1000", "UPDATE findings SET extra = ?, packed = ? WHERE finding_key = ?")),
    ("0013_dates_without_part", DATES_WITHOUT_PART),
    ("0014_statements_by_value", """
        -- One index on statements by value where there were two: (value, sort_date, id,
        -- property) over every statement (it was only over the dated ones, nearly all of them)
        -- answers the lookups by value and by value and property that (value, property)
        -- answered, and a timeline's value side; the property, last, is there for counting an
        -- office's statements from the index alone (holders: 0.03 ms for 350 statements at
        -- 10,000 articles, 0.6 ms reading each row). About 550 bytes an article at 1,000
        -- (docs/scale.md). The subject side keeps (subject, property): verification looks up
        -- (subject, property, value) for every claim, and a country's statements are thousands.
        DROP INDEX statements_value;
        DROP INDEX statements_value_dated;
        CREATE INDEX statements_value_dated ON statements (value, sort_date, id, property);
    """),
    # Statement ids as their 8 bytes instead of 16 hexadecimal characters (statement_keys), in
    # the statements (and so in each of their five indexes) and in the references (and their
    # order index): 8 bytes saved wherever an id is, about 840 bytes an article at 1,000
    # (docs/scale.md, "bytes16"). Findings keep theirs as text (not indexed, two a document).
    ("0015_statement_ids_binary", lambda con: statement_ids_binary(con)),
    ("0016_search_without_positions", """
        -- The search index without the positions of words (FTS5 detail=none): 1,155 -> 172 bytes
        -- an article at 1,000 (docs/scale.md, "bytes16"). A query is every word of it required,
        -- each quoted alone (text_search.fts_query): no phrase or NEAR query, the two things
        -- positions serve. bm25 and snippet() read the positions of the page's matches from
        -- their texts (tokenized again); the same ranks and snippets as before.
        DROP TRIGGER documents_fts_insert;
        DROP TRIGGER documents_fts_delete;
        DROP TABLE documents_fts;
        CREATE VIRTUAL TABLE documents_fts USING fts5 (
            title, text, content='documents', content_rowid='doc_key',
            tokenize='unicode61 remove_diacritics 2', detail=none
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title, text) VALUES (new.doc_key, new.title, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.doc_key, old.title, old.text);
        END;
        INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
    """),
]


def statement_ids_binary(con: sqlite3.Connection) -> None:
    """0015: every statement id and every reference's statement id rewritten as its bytes
    (statement_keys.key, here as an SQL function); the foreign key from the references is
    checked at the commit, when both sides have been rewritten."""
    from accord.store.statement_keys import key

    con.create_function("accord_statement_key", 1, key, deterministic=True)
    con.execute("PRAGMA defer_foreign_keys = ON")
    con.execute("UPDATE statements SET id = accord_statement_key(id) WHERE typeof(id) = 'text'")
    con.execute("UPDATE statement_refs SET statement_id = accord_statement_key(statement_id) "
                "WHERE typeof(statement_id) = 'text'")

def evidence_by_reference(con, page: str, update: str, text: str) -> None:
    """0011, in both stores (SQL in each one's marks): every finding whose JSON quotes a sentence
    gets its evidence by reference (compact.pack_stored), a page of 1,000 findings at a time;
    the key and text of each document quoted are read once."""
    from accord.store import compact

    texts: dict[str, tuple[int, str] | None] = {}

    def text_of(ids: set[str]) -> dict[str, tuple[int, str]]:
        for i in ids - texts.keys():
            row = con.execute(text, (i,)).fetchone()
            texts[i] = (row[0], row[1]) if row else None
        return {i: texts[i] for i in ids if texts[i] is not None}

    last = 0
    while rows := con.execute(page, (last,)).fetchall():
        changed = [(new, key) for key, extra in rows if (new := compact.pack_stored(extra, text_of)) is not None]
        if changed:
            con.cursor().executemany(update, changed)
        last = rows[-1][0]


def packed_findings(con, alter: str, page: str, update: str) -> None:
    """0012, in both stores (SQL in each one's marks): the column `packed` added, then every
    finding's JSON through compact.pack_json, a page of 1,000 findings at a time."""
    from accord.store import compact

    for statement in alter.split(";"):
        con.execute(statement)
    last = 0
    while rows := con.execute(page, (last, compact.MIN_PACKED)).fetchall():
        packed = [(key, *compact.pack_json(extra)) for key, extra in rows]
        changed = [(extra, blob, key) for key, extra, blob in packed if blob is not None]
        if changed:
            con.cursor().executemany(update, changed)
        last = rows[-1][0]


# Defined here, run by _compact below: the layout that brought a store from 14 to under 5 times
# its text (docs/store.md, "Bytes per article").
_COMPACT_SQL = """
    -- A document's annotations in one compressed blob (store/compact.py) instead of a row each.
    CREATE TABLE annotation_sets (
        doc_key INTEGER PRIMARY KEY REFERENCES documents (doc_key) ON DELETE CASCADE,
        data BLOB NOT NULL
    );
    -- Which documents mention each linked entity: one row of two small integers per (entity,
    -- document); the entity's name is kept once, in `entities`.
    CREATE TABLE entities (
        entity_key INTEGER PRIMARY KEY,
        entity TEXT NOT NULL UNIQUE
    );
    CREATE TABLE entity_docs (
        entity_key INTEGER NOT NULL REFERENCES entities (entity_key),
        doc_key INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
        PRIMARY KEY (entity_key, doc_key)
    ) WITHOUT ROWID;
    -- A sentence that is the document's own text is kept as its offset and length; a
    -- reference's end is a column rather than JSON; doc_order loses the id (order_key).
    ALTER TABLE statement_refs ADD COLUMN "end" INTEGER;
    ALTER TABLE statement_refs ADD COLUMN sentence_start INTEGER;
    ALTER TABLE statement_refs ADD COLUMN sentence_len INTEGER;
    ALTER TABLE findings ADD COLUMN sentence_start INTEGER;
    ALTER TABLE findings ADD COLUMN sentence_len INTEGER;
"""


def _compact(con: sqlite3.Connection) -> None:
    """0007: move every document's annotations into its blob, then sentences to offsets."""
    from accord.model import Annotation, Finding, Reference
    from accord.store import compact
    from accord.store import sqlite_sql as q

    for statement in _statements(_COMPACT_SQL):
        con.execute(statement)
    texts = dict(con.execute("SELECT doc_key, text FROM documents"))
    rows = con.execute('SELECT doc_key, layer, start, "end", entity, extra FROM annotations ORDER BY doc_key, seq')
    current, anns = None, []

    def flush() -> None:
        if anns:
            con.execute("INSERT INTO annotation_sets (doc_key, data) VALUES (?, ?)",
                        (current, compact.pack_annotations(texts[current], anns)))
            for entity in compact.linked_entities(anns):
                con.execute(q.INSERT_ENTITY, (entity,))
                con.execute(q.INSERT_ENTITY_DOC, (current, entity))

    for doc_key, layer, start, end, entity, extra in rows.fetchall():
        if doc_key != current:
            flush()
            current, anns = doc_key, []
        anns.append(Annotation.from_dict({**json.loads(extra), "layer": layer, "start": start, "end": end,
                                          "entity": entity}))
    flush()
    con.execute("DROP TABLE annotations")
    for table, key, cls in (("statement_refs", "doc_key, seq", Reference), ("findings", "finding_key", Finding)):
        rows = con.execute(f"SELECT doc_key, extra, {key} FROM {table}").fetchall()
        where = " AND ".join(f"{k} = ?" for k in key.split(", "))
        con.executemany(f"UPDATE {table} SET sentence_start = ?, sentence_len = ?, extra = ? WHERE {where}",
                        [(*_compact_extra(cls, texts[doc_key], json.loads(extra)), *ident)
                         for doc_key, extra, *ident in rows])
    con.execute("""UPDATE statement_refs SET "end" = json_extract(extra, '$.end'),
                   extra = json_remove(extra, '$.end')""")
    # protocol.order_key without the id: "0<published> <16 digits>" -> "0<published>", "1 <...>" -> "1"
    con.execute("""UPDATE statement_refs SET doc_order = CASE WHEN doc_order LIKE '1 %'
                   THEN '1' ELSE substr(doc_order, 1, length(doc_order) - 17) END""")


def _compact_extra(cls: type, text: str, data: dict) -> tuple[int | None, int | None, str]:
    """(sentence_start, sentence length, extra) for a reference or finding stored before 0007:
    the sentence leaves the JSON when it is the document's own text, and so do default values."""
    from accord.store import compact
    from accord.store.codec import field_defaults, dumps

    start, length = None, None
    sentence = data.get("sentence")
    if isinstance(sentence, str):
        length = compact.sentence_length(text, sentence, data.get("sentence_start", 0))
        if length is not None:
            start = data.pop("sentence_start", 0)
            del data["sentence"]
    defaults = field_defaults(cls)
    return start, length, dumps({k: v for k, v in data.items() if k not in defaults or defaults[k] != v})


MIGRATIONS_TABLE = """
    CREATE TABLE IF NOT EXISTS migrations (
        position INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        applied_at TEXT NOT NULL
    )
"""


def applied(con: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in the database, in the order they were applied."""
    return [r[0] for r in con.execute("SELECT name FROM migrations ORDER BY position")]


def check_known(path: str, names: list[str]) -> None:
    """Refuse a database with a migration we do not know (E302) or out of order (E014)."""
    known = [name for name, _ in MIGRATIONS]
    for position, name in enumerate(names):
        if name not in known:
            raise StoreError(Errors.E302.format(path=path, name=name))
        if known[position] != name:
            raise StoreError(Errors.E014.format(
                path=path, reason=f"migration {name!r} recorded at position {position + 1}"))


def check_accord(con: sqlite3.Connection, path: str) -> bool:
    """True if the file holds an accord database, False if it is empty; E014 otherwise."""
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id == APPLICATION_ID and "migrations" in tables:
        return True
    if app_id == 0 and not tables:
        return False
    reason = ("it was made by another program" if app_id not in (0, APPLICATION_ID)
              else "it has no migrations table")
    raise StoreError(Errors.E014.format(path=path, reason=reason))


def migrate(con: sqlite3.Connection, path: str) -> list[str]:
    """Bring the schema up to date; returns the names applied now. `con` is in autocommit mode.

    Each migration runs in its own BEGIN IMMEDIATE transaction together with its record, and
    the state is re-read inside it, so two processes opening a new database at once apply each
    migration exactly once.
    """
    if check_accord(con, path):
        names = applied(con)
        check_known(path, names)
        if len(names) == len(MIGRATIONS):
            return []  # up to date: no write lock taken on an ordinary open
        # An upgrade can rewrite large tables (a minute for 100,000 articles): say so first. With
        # no logging configured (the CLI), Python prints this on standard error.
        pending = [name for name, _ in MIGRATIONS if name not in names]
        log.warning("upgrading %s to the current schema (%s); this can take a minute for a large store",
                    path, ", ".join(pending))
    done: list[str] = []
    for position, (name, sql) in enumerate(MIGRATIONS, start=1):
        con.execute("BEGIN IMMEDIATE")
        try:
            if check_accord(con, path) is False:
                con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                con.execute(MIGRATIONS_TABLE)
            names = applied(con)
            check_known(path, names)
            if name not in names:
                _apply(con, position, name, sql)
                done.append(name)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return done


def _apply(con: sqlite3.Connection, position: int, name: str, sql) -> None:
    # executescript() would COMMIT first; run the statements one by one inside our transaction.
    # A migration that needs Python (0007 compresses annotations) is a function of the connection.
    if callable(sql):
        sql(con)
    else:
        for statement in _statements(sql):
            con.execute(statement)
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    con.execute("INSERT INTO migrations (position, name, applied_at) VALUES (?, ?, ?)",
                (position, name, stamp))


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement handles triggers' ';')."""
    out, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out
