"""The SQLite store: one file, WAL mode, named migrations, one transaction per document.

Writes go through one connection inside `BEGIN IMMEDIATE` (so a writer waits for the lock up front
instead of failing half-way); each thread reads on its own connection, which in WAL mode never
blocks and is never blocked by the writer. A busy timeout makes concurrent writers wait rather than
fail with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import Counter
from contextlib import contextmanager
from itertools import groupby
from typing import Iterator, Sequence

from accord.errors import Errors
from accord.model import Annotation, Document, Finding, Statement
from accord.store import compact, text_search
from accord.store import sqlite_sql as q
from accord.store.codec import from_row, row_dict, to_row
from accord.store.migrations import check_accord, migrate
from accord.store.statement_keys import after_key, key as key_of
from accord.store.protocol import (
    MIN_PREFIX, StoreError, check_findings, merged_statements, normalised_ref, order_key, resolve_ref,
    sort_date,
)

BUSY_TIMEOUT = 60.0  # seconds a writer waits for another writer before giving up
PAGE_SIZE = 8192  # bytes, for new files (see _prepare)


class SQLiteStore:
    """A Store in an SQLite file (created, or migrated to the current schema, on open)."""

    def __init__(self, path: str | os.PathLike, *, timeout: float = BUSY_TIMEOUT):
        self.path = os.fspath(path)
        self.timeout = timeout
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._writer = self._connect()
        try:
            self._prepare()
        except BaseException:
            self._writer.close()
            raise

    # -- connections ---------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            con = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None,
                                  check_same_thread=False)
            con.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as err:
            raise StoreError(Errors.E307.format(path=self.path, reason=err)) from err
        return con

    def _prepare(self) -> None:
        """Refuse a foreign file before changing it; then WAL and migrations."""
        con = self._writer
        try:
            if not check_accord(con, self.path):
                # A new file: pages of 8 KiB hold three 300-word articles where 4 KiB pages held
                # one (a 2.4 KB row does not fit twice in 4 KiB), which alone took the documents
                # table from 4.1 to 2.7 KB per article; larger pages gain little more and write
                # more bytes per commit. Only possible before the first table.
                con.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            con.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL keeps every commit atomic; only durability on power loss is relaxed.
            con.execute("PRAGMA synchronous = NORMAL")
            migrate(con, self.path)
        except sqlite3.OperationalError as err:  # read-only, locked for too long, disk full...
            raise StoreError(Errors.E307.format(path=self.path, reason=err)) from err
        except sqlite3.DatabaseError as err:  # "file is not a database", corruption
            raise StoreError(Errors.E014.format(path=self.path, reason=err)) from err

    def _reader(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = self._connect()
            con.execute("PRAGMA query_only = ON")
            self._local.con = con
            with self._write_lock:
                self._readers.append(con)
        return con

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception."""
        with self._write_lock:
            con = self._writer
            try:
                con.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as err:  # busy for longer than the timeout
                raise StoreError(Errors.E307.format(path=self.path, reason=err)) from err
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction, so queries made of several statements see one snapshot."""
        con = self._reader()
        con.execute("BEGIN")
        try:
            yield con
        finally:
            con.execute("COMMIT")

    def close(self) -> None:
        with self._write_lock:
            for con in [*self._readers, self._writer]:
                con.close()
            self._readers.clear()
        self._local = threading.local()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    def add(self, doc: Document, annotations: Sequence[Annotation] = (),
            statements: Sequence[Statement] = ()) -> bool:
        # Check and serialise everything before taking the write lock, to hold it briefly.
        merged = merged_statements(doc, statements)
        doc_row = to_row(doc, q.DOC_COLUMNS)
        ordered = sorted(annotations, key=lambda a: a.start)
        blob = compact.pack_annotations(doc.text, ordered) if ordered else None
        with self._write() as con:
            if con.execute(q.DOC_EXISTS, (doc.id,)).fetchone():
                return False
            key = con.execute(q.INSERT_DOC, doc_row).lastrowid
            self._insert_annotations(con, key, ordered, blob)
            self._insert_statements(con, key, doc, merged)
        return True

    def _insert_annotations(self, con: sqlite3.Connection, key: int, ordered: list[Annotation],
                            blob: bytes | None) -> None:
        if blob is not None:  # a document without annotations has no row
            con.execute(q.INSERT_ANNOTATIONS, (key, blob))
            entities = compact.linked_entities(ordered)
            con.executemany(q.INSERT_ENTITY, [(e,) for e in entities])
            con.executemany(q.INSERT_ENTITY_DOC, [(key, e) for e in entities])
        counts = Counter(a.entity for a in ordered if a.layer == "mention" and a.entity is not None)
        con.executemany(q.COUNT_MENTIONS, sorted(counts.items()))

    def _insert_statements(self, con: sqlite3.Connection, key: int, doc: Document,
                           merged: list[Statement]) -> None:
        con.executemany(q.INSERT_STATEMENT, [(key_of(st.id), *to_row(st, q.STATEMENT_COLUMNS, omit=("references",))[1:],
                                              len(st.references), sort_date(st, doc.published))
                                             for st in merged])
        refs = [(key_of(st.id), ref) for st in merged for ref in st.references]
        order = order_key(doc)
        con.executemany(q.INSERT_REF, [
            (key, seq, sid, *compact.sentence_row(ref, doc.text, q.REF_COLUMNS, omit=("doc_id",)), order)
            for seq, (sid, ref) in enumerate(refs)])

    def set_findings(self, findings: Sequence[Finding], doc_ids: Sequence[str] | None = None) -> None:
        check_findings(findings, doc_ids)
        for f in findings:
            to_row(f, q.FINDING_COLUMNS)  # a value JSON cannot hold fails here, before any write
        with self._write() as con:
            keys = self._doc_keys(con, {f.doc_id for f in findings} | set(doc_ids or ()))
            quoted = set().union(*(compact.evidence_documents(f.evidence) for f in findings))
            texts = self._doc_keys(con, quoted)  # id: (key, text)
            if doc_ids is None:
                con.execute(q.DELETE_ALL_FINDINGS)
            else:
                con.executemany(q.DELETE_FINDINGS_OF_DOC, [(keys[i][0],) for i in doc_ids if i in keys])
            for f in findings:
                if f.doc_id not in keys:
                    raise StoreError(Errors.E306.format(doc_id=f.doc_id))
                key, text = keys[f.doc_id]
                con.execute(q.INSERT_FINDING,
                            (key, *compact.packed_finding_row(f, text, texts, q.FINDING_COLUMNS, omit=("doc_id",))))

    @staticmethod
    def _doc_keys(con: sqlite3.Connection, doc_ids: set[str]) -> dict[str, tuple[int, str]]:
        """{id: (doc_key, text)} of the stored documents among `doc_ids` (the text: findings keep
        their sentence as offsets into it)."""
        found = ((i, con.execute(q.DOC_KEY, (i,)).fetchone()) for i in doc_ids)
        return {i: (row[0], row[1]) for i, row in found if row}

    # -- reading -------------------------------------------------------------------------------

    def __contains__(self, doc_id: object) -> bool:
        if not isinstance(doc_id, str):
            return False
        return self._reader().execute(q.DOC_EXISTS, (doc_id,)).fetchone() is not None

    def get(self, ref: str) -> Document:
        ref = normalised_ref(ref)
        with self._read() as con:
            row = con.execute(q.DOC_BY_ID, (ref,)).fetchone()
            if row is None:
                found = (con.execute(q.DOC_PREFIX, (ref, ref + "\U0010ffff")).fetchall()
                         if len(ref) >= MIN_PREFIX else [])
                doc_id = resolve_ref(ref, False, [r[0] for r in found])
                row = con.execute(q.DOC_BY_ID, (doc_id,)).fetchone()
        return from_row(Document, q.DOC_COLUMNS, row)

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        rows = self._reader().execute(q.DOCS_PAGE, (-1 if limit is None else limit, offset))
        return [from_row(Document, q.DOC_COLUMNS, r) for r in rows]

    def count(self) -> int:
        return self._reader().execute(q.DOC_COUNT).fetchone()[0]

    def entity_counts(self, limit: int = 200) -> list[tuple[str, int]]:
        return [tuple(r) for r in self._reader().execute(q.ENTITY_COUNTS, (limit,))]

    def published_dates(self, doc_ids: Sequence[str]) -> dict[str, str | None]:
        recent = getattr(self._local, "published", None)  # a document's date never changes
        if recent is not None and all(i in recent for i in doc_ids):
            return {i: recent[i] for i in dict.fromkeys(doc_ids)}
        return dict(self._in_chunks(q.DOC_PUBLISHED, doc_ids))

    def annotations(self, doc_id: str, layer: str | None = None) -> list[Annotation]:
        rows = self._reader().execute(q.ANNS_OF_DOC, (doc_id,)).fetchall()
        return [a for text, blob in rows for _, a in compact.unpack_annotations(text, blob, layer)]

    def mentions_of(self, entity: str, layer: str | None = None, limit: int | None = None,
                    offset: int = 0) -> list[tuple[str, Annotation]]:
        """Documents come from `entity_docs` in document order; their annotations are unpacked one
        document at a time until the page is full."""
        if limit is not None and limit <= 0:
            return []
        out: list[tuple[str, Annotation]] = []
        skip = offset
        with self._read() as con:
            for doc_key, doc_id in con.execute(q.MENTION_DOCS, (entity,)).fetchall():
                for text, blob in con.execute(q.ANNS_OF_KEY, (doc_key,)).fetchall():
                    for _, ann in compact.unpack_annotations(text, blob, layer, entity):
                        if skip:
                            skip -= 1
                            continue
                        out.append((doc_id, ann))
                        if limit is not None and len(out) >= limit:
                            return out
        return out

    def statements(self, subject: str | None = None, property: str | None = None,
                   doc_id: str | None = None, value: str | None = None, *, statement_id: str | None = None,
                   limit: int | None = None, offset: int = 0,
                   max_references: int | None = None) -> list[Statement]:
        filters = {"subject": subject, "property": property, "value": value, "doc_id": doc_id,
                   "statement_id": None if statement_id is None else key_of(statement_id)}
        with self._read() as con:
            heads = con.execute(*q.statements_query(filters, limit, offset)).fetchall()
            return self._with_references(con, heads, filters, limit, offset, max_references, doc_id)

    def statements_by_subject(self, property: str, value: str, *, limit: int | None = None, offset: int = 0,
                              max_references: int | None = None) -> list[Statement]:
        with self._read() as con:
            heads = con.execute(q.BY_SUBJECT, (property, value, -1 if limit is None else limit, offset)).fetchall()
            return self._with_references(con, heads, {}, None, 0, -1 if max_references is None else max_references, None)

    def dated_statements(self, about: str | None = None, *, limit: int | None = None, offset: int = 0,
                         max_references: int | None = None,
                         after: tuple[str, str] | None = None) -> list[Statement]:
        with self._read() as con:
            keyset = None if after is None else (after[0], after_key(after[1]))
            heads = con.execute(*q.dated_query(about, limit, offset, keyset)).fetchall()
            # -1: every reference, read statement by statement from the index
            refs = self._first_references(con, heads, -1 if max_references is None else max_references)
        # The page's reference counts and its documents' publication dates came with it: the
        # timeline asks for both next (reference_counts, published_dates answer from them).
        self._local.counts = {h[0]: h[5] for h in heads}
        self._local.published = {r[1]: r[9] for rows in refs.values() for r in rows}
        return [_statement(head, refs.get(head[0], [])) for head in heads]

    @staticmethod
    def _with_references(con, heads, filters, limit, offset, max_references, doc_id) -> list[Statement]:
        """Statements from their rows, each with all its references (max_references None: read
        in one query for `filters`) or its first max_references (-1: all), plus, with `doc_id`,
        that document's own."""
        if max_references is None:
            rows = con.execute(*q.references_query(filters, limit, offset)).fetchall()
            refs = {sid: list(group) for sid, group in groupby(rows, key=lambda r: r[0])}
        else:
            refs = SQLiteStore._first_references(con, heads, max_references)
            if doc_id is not None:  # the document's own references are always there
                rows = con.execute(q.REFS_OF_DOC, (doc_id,)).fetchall()
                for sid, group in groupby(rows, key=lambda r: r[0]):
                    refs[sid] = sorted(set(refs.get(sid, [])) | set(group), key=lambda r: (r[5], r[1], r[2], r[6]))
        return [_statement(head, refs.get(head[0], [])) for head in heads]

    @staticmethod
    def _first_references(con, heads, max_references: int) -> dict[str, list[tuple]]:
        """{statement id: rows of its first max_references references (-1: all)}, from the index."""
        if max_references == 0:
            return {}
        limit_refs = -1 if max_references < 0 else max_references
        return {h[0]: con.execute(q.FIRST_REFS, (key_of(h[0]), limit_refs)).fetchall() for h in heads}

    def statement_count(self, subject: str | None = None, property: str | None = None,
                        doc_id: str | None = None, value: str | None = None) -> int:
        filters = {"subject": subject, "property": property, "value": value, "doc_id": doc_id}
        return self._reader().execute(*q.statement_count_query(filters)).fetchone()[0]

    def reference_counts(self, statement_ids: Sequence[str]) -> dict[str, int]:
        recent = getattr(self._local, "counts", None)
        if recent is not None and all(i in recent for i in statement_ids):
            self._local.counts = None  # once: the counts of the page just read, in its snapshot
            return {i: recent[i] for i in statement_ids}
        found = dict(self._in_chunks(q.REFERENCE_COUNT, statement_ids, key_of))
        return {i: found.get(i, 0) for i in statement_ids}

    def _in_chunks(self, sql: str, keys: Sequence[str], stored=None) -> list[tuple]:
        """Rows of `sql` ("... IN ({marks})") for every key (bound as `stored` gives it), 500
        keys per query."""
        keys = [stored(k) if stored else k for k in dict.fromkeys(keys)]
        rows: list[tuple] = []
        with self._read() as con:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows += con.execute(sql.format(marks=", ".join("?" * len(chunk))), chunk).fetchall()
        return rows

    def findings(self, doc_id: str | None = None, kind: str | None = None) -> list[Finding]:
        sql, args = q.findings_query({"doc_id": doc_id, "kind": kind})
        rows = self._reader().execute(sql, args).fetchall()
        found = [compact.with_sentence(row_dict(q.FINDING_COLUMNS, (r[1], r[2], compact.unpack_json(r[3], r[6])),
                                             doc_id=r[0]), r[4], r[5]) for r in rows]
        # evidence kept by reference: its sentences cut from the documents it quotes
        quoted = sorted(set().union(*map(compact.packed_documents, found)))
        texts = {r[0]: (r[1], r[2]) for r in self._in_chunks(q.DOC_TEXTS, quoted)} if quoted else {}
        return [Finding.from_dict(compact.with_evidence(data, texts)) for data in found]

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        match = text_search.fts_query(query)
        if match is None or limit <= 0:
            return []
        with self._read() as con:
            try:
                cutoff = con.execute(q.SEARCH_CUTOFF, (match, limit - 1)).fetchone()
            except sqlite3.OperationalError as e:
                # a word that FTS5 cuts in two (a letter its Unicode tables do not know) is a
                # phrase, which an index without positions refuses: cut it as FTS5 does
                if "phrase queries are not supported" not in str(e):
                    raise
                match = text_search.fts_query(query, [c for c in set(query) if _separates(con, c)])
                cutoff = con.execute(q.SEARCH_CUTOFF, (match, limit - 1)).fetchone()
            rows = con.execute(q.SEARCH, (match, cutoff[0] if cutoff else 0, limit)).fetchall()
        return [(r[0], r[1]) for r in rows]


def _separates(con: sqlite3.Connection, char: str) -> bool:
    """True if FTS5's tokenizer takes `char` between two letters as a separator (a phrase)."""
    if not text_search.WORD.fullmatch(char):
        return False
    try:
        con.execute(q.SEARCH_CUTOFF, ('"a' + char + 'b"', 0)).fetchone()
    except sqlite3.OperationalError:
        return True
    return False


def _statement(head: tuple, refs: list[tuple]) -> Statement:
    """One statement from its row (statement columns, extra) and its references' rows
    (statement id, document id, start, end, extra, document order, seq, sentence_start, sentence
    cut from the document or None)."""
    references = [compact.with_sentence(row_dict(q.REF_COLUMNS, r[2:5], doc_id=r[1]), r[7], r[8])
                  for r in refs]
    return from_row(Statement, q.STATEMENT_COLUMNS, head, references=references)
