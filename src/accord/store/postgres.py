"""The PostgreSQL store: one server shared by many writers and readers, same protocol as SQLite.

Why PostgreSQL: a newsroom shares one store between analysts, the web UI and ingest running on
several machines. Writes are safe with any number of writers at once because every conflict is
settled by the database, never by reading first: documents are keyed by the sha256 of their text
(`INSERT ... ON CONFLICT DO NOTHING` decides who stores an article), statements by the hash of
their identity fields (`ON CONFLICT DO UPDATE` adds references), and rows that every writer
updates (counters) are written in a fixed order, last, to keep lock waits short and deadlocks out.
Each document is one transaction; readers use MVCC snapshots and are never blocked by writers.

Connections come from a psycopg_pool pool (one connection per thread at a time). `schema` puts
every table in that PostgreSQL schema (tests use a fresh one each).
"""

from __future__ import annotations

import functools
import random
import re
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import groupby
from typing import Any, Callable, Iterator, Sequence

from accord.errors import Errors
from accord.model import Annotation, Document, Finding, Reference, Statement
from accord.store import compact, text_search
from accord.store import postgres_sql as q
from accord.store.codec import from_row, row_dict, to_row
from accord.store.migrations import check_known
from accord.store.postgres_schema import MIGRATIONS, MIGRATIONS_TABLE
from accord.store.statement_keys import after_key, key
from accord.store.urls import URL_SCHEMES, is_postgres_url  # noqa: F401 (their home before urls.py)
from accord.store.protocol import (
    MIN_PREFIX, StoreError, check_findings, merged_statements, normalised_ref, order_key, resolve_ref,
    sort_date,
)

# Counter rows per entity (entity_mentions.shard): two writers adding articles about the same
# entity at once wait for each other only when they draw the same shard.
MENTION_SHARDS = 16
MIGRATION_LOCK = 0x41435244  # pg_advisory_xact_lock key ("ACRD"): one migrator at a time
POOL_SIZE = 8


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


class PostgresStore:
    """A Store in a PostgreSQL database (schema created, or migrated, on open)."""

    def __init__(self, url: str, *, schema: str | None = None, pool_size: int = POOL_SIZE,
                 timeout: float = 30.0):
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError as err:  # the optional extra is not installed
            raise StoreError(Errors.E307.format(
                path=redacted(url), reason="psycopg is not installed (pip install 'accord[postgres]')")) from err
        self._psycopg = psycopg
        self.path = redacted(url)
        self._url = url  # kept (with any password) only to open the same store elsewhere: worker_opener
        self.schema = schema
        options = f"-c search_path={schema}" if schema else None
        kwargs: dict[str, Any] = {"autocommit": True}
        if options:
            kwargs["options"] = options
        try:
            # One plain connection first: a wrong URL or a stopped server is reported at once
            # (the pool would keep retrying until its timeout).
            psycopg.connect(url, connect_timeout=max(1, int(timeout)), **kwargs).close()
            self._pool = ConnectionPool(url, min_size=1, max_size=pool_size, kwargs=kwargs, timeout=timeout,
                                        open=False, name="accord", configure=_configure)
            self._pool.open(wait=True, timeout=timeout)
        except Exception as err:  # unreachable server, bad URL, refused login
            raise StoreError(Errors.E307.format(path=self.path, reason=_reason(err))) from err
        self._shard = random.Random().randrange(MENTION_SHARDS)
        self._closed = threading.Event()
        self._recent = threading.local()  # what the last page of statements read (_page) brought
        self._word_stats: tuple[float, dict[str, float] | None] | None = None  # (read at, _frequencies)
        try:
            self._migrate()
        except BaseException:
            self._pool.close()
            raise

    # -- connections ---------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Any]:
        """One write transaction (READ COMMITTED: conflicts are settled row by row)."""
        with self._pool.connection() as con:
            try:
                with con.transaction():
                    yield con
            except self._psycopg.OperationalError as err:
                raise StoreError(Errors.E307.format(path=self.path, reason=_reason(err))) from err

    @contextmanager
    def _read(self) -> Iterator[Any]:
        """A read-only snapshot, so a read made of several queries sees one state of the store."""
        with self._pool.connection() as con:
            con.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield con
            finally:
                con.execute("COMMIT")

    def _one(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        with self._pool.connection() as con:
            return con.execute(sql, args).fetchall()

    def worker_opener(self) -> Callable[[], "PostgresStore"]:
        """A picklable callable that opens this same store in another process (a Ray worker of
        `accord ingest --engine ray` writes its documents through it; accord.engines.ray_engine)."""
        return functools.partial(PostgresStore, self._url, schema=self.schema)

    def close(self) -> None:
        if not self._closed.is_set():
            self._closed.set()
            self._pool.close()

    def __enter__(self) -> "PostgresStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------------------

    def _migrate(self) -> list[str]:
        """Apply the missing migrations, each in its own transaction with its record; an advisory
        lock makes concurrent openers of a new database apply each one once."""
        done: list[str] = []
        with self._pool.connection() as con:
            if self.schema:
                con.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"')
            for position, (name, sql) in enumerate(MIGRATIONS, start=1):
                with con.transaction():
                    con.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                    self._check_accord(con)
                    con.execute(MIGRATIONS_TABLE)
                    names = [r[0] for r in con.execute("SELECT name FROM migrations ORDER BY position")]
                    check_known(self.path, names)
                    if name in names:
                        continue
                    if callable(sql):  # a step that needs Python (0011 rewrites findings' JSON)
                        sql(con)
                    else:
                        for statement in _statements(sql):
                            con.execute(statement)
                    con.execute("INSERT INTO migrations (position, name, applied_at) VALUES (%s, %s, %s)",
                                (position, name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
                    done.append(name)
        return done

    def _check_accord(self, con) -> None:
        """Refuse a schema that holds another program's tables (E014) before writing to it."""
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
        if tables and "migrations" not in tables:
            raise StoreError(Errors.E014.format(path=self.path, reason="it has tables but no migrations table"))

    # -- writing -------------------------------------------------------------------------------

    def add(self, doc: Document, annotations: Sequence[Annotation] = (),
            statements: Sequence[Statement] = ()) -> bool:
        # Check and serialise everything first: a failure leaves nothing to roll back.
        rows = document_rows(doc, annotations, statements)
        with self._write() as con:
            row = con.execute(q.INSERT_DOC, rows.document).fetchone()
            if row is None:
                return False  # stored already (perhaps by another writer a moment ago)
            key = row[0]
            with con.cursor() as cur:
                if rows.annotations is not None:  # a document without annotations has no row
                    names, blob = rows.annotations
                    cur.execute(q.INSERT_ENTITIES, (names,))
                    keys = sorted(r[0] for r in cur.execute(q.ENTITY_KEYS, (names,)).fetchall())
                    cur.execute(q.INSERT_ANNOTATIONS, (key, keys, blob))
                self._insert_statements(cur, key, rows.statements, rows.references)
                # Rows every writer updates come last, in one order, and are held briefly.
                cur.executemany(q.COUNT_MENTIONS, [(e, self._shard, n) for e, n in rows.mentions])
        return True

    @staticmethod
    def _insert_statements(cur, key: int, statement_rows: list[tuple], references: list[tuple]) -> None:
        cur.executemany(q.INSERT_STATEMENT, statement_rows)  # sorted by id: no deadlock between writers
        cur.executemany(q.INSERT_REF, [(key, *row) for row in references])

    def set_findings(self, findings: Sequence[Finding], doc_ids: Sequence[str] | None = None) -> None:
        check_findings(findings, doc_ids)
        quoted = set().union(*(compact.evidence_documents(f.evidence) for f in findings))
        wanted = sorted({f.doc_id for f in findings} | set(doc_ids or ()) | quoted)
        with self._write() as con:
            rows = con.execute(q.DOC_TEXTS, (wanted,)).fetchall()
            keys = {r[0]: (r[1], r[2]) for r in rows}
            texts = {i: keys[i] for i in quoted if i in keys}  # id: (key, text)
            for f in findings:
                if f.doc_id not in keys:
                    raise StoreError(Errors.E306.format(doc_id=f.doc_id))
            if doc_ids is None:
                con.execute(q.DELETE_ALL_FINDINGS)
            else:
                con.execute(q.DELETE_FINDINGS_OF_DOCS, ([keys[i][0] for i in doc_ids if i in keys],))
            with con.cursor() as cur:
                cur.executemany(q.INSERT_FINDING, [
                    (keys[f.doc_id][0], *compact.packed_finding_row(f, keys[f.doc_id][1], texts, q.FINDING_COLUMNS,
                                                             omit=("doc_id",)))
                    for f in findings])

    # -- reading -------------------------------------------------------------------------------

    def __contains__(self, doc_id: object) -> bool:
        if not isinstance(doc_id, str):
            return False
        return bool(self._one(q.DOC_EXISTS, (doc_id,)))

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
        return [from_row(Document, q.DOC_COLUMNS, r) for r in self._one(q.DOCS_PAGE, (limit, offset))]

    def count(self) -> int:
        return self._one(q.DOC_COUNT)[0][0]

    def entity_counts(self, limit: int = 200) -> list[tuple[str, int]]:
        return [(e, int(n)) for e, n in self._one(q.ENTITY_COUNTS, (max(0, limit),))]

    def published_dates(self, doc_ids: Sequence[str]) -> dict[str, str | None]:
        recent = getattr(self._recent, "published", None)  # a document's date never changes
        if recent is not None and all(i in recent for i in doc_ids):
            return {i: recent[i] for i in dict.fromkeys(doc_ids)}
        return dict(self._one(q.DOC_PUBLISHED, (list(dict.fromkeys(doc_ids)),)))

    def annotations(self, doc_id: str, layer: str | None = None) -> list[Annotation]:
        rows = self._one(q.ANNS_OF_DOC, (doc_id,))
        return [a for text, blob in rows for _, a in compact.unpack_annotations(text, blob, layer)]

    def mentions_of(self, entity: str, layer: str | None = None, limit: int | None = None,
                    offset: int = 0) -> list[tuple[str, Annotation]]:
        """Documents come from the GIN index in document order; their annotations are unpacked
        one document at a time until the page is full."""
        out: list[tuple[str, Annotation]] = []
        skip = offset
        if limit is not None and limit <= 0:
            return out
        with self._read() as con:
            for doc_key, doc_id in con.execute(q.MENTION_DOCS, (entity,)).fetchall():
                for text, blob in con.execute(q.ANNS_OF_KEY, (doc_key,)).fetchall():
                    for _, ann in compact.unpack_annotations(text, bytes(blob), layer, entity):
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
                   "statement_id": None if statement_id is None else stored_id(statement_id)}
        if max_references and doc_id is None:
            return self._page(*q.statements_query(filters, limit, offset), max_references)
        with self._read() as con:
            heads = con.execute(*q.statements_query(filters, limit, offset)).fetchall()
            return self._with_references(con, heads, filters, limit, offset, max_references, doc_id)

    def statements_by_subject(self, property: str, value: str, *, limit: int | None = None, offset: int = 0,
                              max_references: int | None = None) -> list[Statement]:
        return self._page(*q.by_subject_query(property, value, limit, offset),
                          -1 if max_references is None else max_references)

    def dated_statements(self, about: str | None = None, *, limit: int | None = None, offset: int = 0,
                         max_references: int | None = None,
                         after: tuple[str, str] | None = None) -> list[Statement]:
        since, last = after if after is not None else ("", "")
        heads = q.dated_query(about, limit, offset, (since, after_key(last)))
        if max_references != 0:
            return self._page(*heads, -1 if max_references is None else max_references)
        with self._read() as con:
            return [_statement(head, []) for head in con.execute(*heads).fetchall()]

    def _page(self, sql: str, args: list, max_references: int) -> list[Statement]:
        """A page of statements with the first max_references references of each (-1: all) in
        one statement (one round trip, one snapshot, no transaction to open and close: the
        timeline reads several pages, each under load cost a round trip per query). The page's
        reference counts and its documents' publication dates come with it: `reference_counts`
        and `published_dates` asked next for just those answer from them (the timeline asks for
        both after each page)."""
        limit_refs = None if max_references < 0 else max_references
        rows = self._one(q.PAGE_WITH_REFS.format(heads=sql), [*args, limit_refs, limit_refs])
        out, counts, published = [], {}, {}
        for _, group in groupby(rows, key=lambda r: r[0]):
            group = list(group)
            head, refs = group[0][:5], [r[6:15] for r in group if r[6] is not None]
            counts[statement_id_of(head[0])] = int(group[0][5])
            published.update((r[7], r[15]) for r in group if r[6] is not None)
            out.append(_statement(head, refs))
        self._recent.counts, self._recent.published = counts, published
        return out

    @staticmethod
    def _with_references(con, heads, filters, limit, offset, max_references, doc_id) -> list[Statement]:
        """As SQLiteStore._with_references: all references in one query, or the first
        max_references of each statement (-1: all) from the index, plus `doc_id`'s own."""
        if max_references is None:
            rows = con.execute(*q.references_query(filters, limit, offset)).fetchall()
            refs = {sid: list(group) for sid, group in groupby(rows, key=lambda r: r[0])}
        else:
            limit_refs = None if max_references < 0 else max_references
            refs = {}
            if max_references != 0 and heads:
                rows = con.execute(q.FIRST_REFS, {"ids": [bytes(h[0]) for h in heads], "refs": limit_refs}).fetchall()
                refs = {sid: list(group) for sid, group in groupby(rows, key=lambda r: r[0])}
            if doc_id is not None:
                rows = con.execute(q.REFS_OF_DOC, (doc_id,)).fetchall()
                for sid, group in groupby(rows, key=lambda r: r[0]):
                    refs[sid] = sorted(set(refs.get(sid, [])) | set(group), key=lambda r: (r[5], r[1], r[2], r[6]))
        return [_statement(head, refs.get(head[0], [])) for head in heads]

    def statement_count(self, subject: str | None = None, property: str | None = None,
                        doc_id: str | None = None, value: str | None = None) -> int:
        filters = {"subject": subject, "property": property, "value": value, "doc_id": doc_id}
        return self._one(*q.statement_count_query(filters))[0][0]

    def reference_counts(self, statement_ids: Sequence[str]) -> dict[str, int]:
        recent = getattr(self._recent, "counts", None)
        if recent is not None and all(i in recent for i in statement_ids):
            self._recent.counts = None  # once: the counts of the page just read, in its snapshot
            return {i: recent[i] for i in statement_ids}
        found = {statement_id_of(k): n for k, n in self._one(
            q.REFERENCE_COUNT, ([stored_id(i) for i in dict.fromkeys(statement_ids)],))}
        return {i: int(found.get(i, 0)) for i in statement_ids}

    def findings(self, doc_id: str | None = None, kind: str | None = None) -> list[Finding]:
        rows = self._one(*q.findings_query({"doc_id": doc_id, "kind": kind}))
        found = [compact.with_sentence(row_dict(q.FINDING_COLUMNS, (r[1], r[2], compact.unpack_json(r[3], r[6])),
                                             doc_id=r[0]), r[4], r[5]) for r in rows]
        # evidence kept by reference: its sentences cut from the documents it quotes
        quoted = sorted(set().union(*map(compact.packed_documents, found)))
        texts = {r[0]: (r[1], r[2]) for r in self._one(q.DOC_TEXTS_BY_KEY, (quoted,))} if quoted else {}
        return [Finding.from_dict(compact.with_evidence(data, texts)) for data in found]

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """The `limit` most recently added matches, best first: looked for among the newest
        SEARCH_RECENT documents by reading them (postgres_sql.SEARCH_RECENT), then, for the
        matches still missing, in the GIN index below those (postgres_sql.SEARCH_INDEXED); the
        newest documents are not read when the rarest word's share of the documents says that
        they would hardly hold it."""
        words = text_search.query_words(query)
        if not words or limit <= 0:
            return []
        # the longest words first: likelier the rarest, so a document without them is left sooner
        patterns = [text_search.sql_pattern(w) for w in sorted(words, key=len, reverse=True)]
        # No transaction (each round trip costs under load): documents are never changed, and
        # one added meanwhile is above `top`, never seen.
        with self._pool.connection() as con:
            share = self._frequencies(con)
            if share is not None:  # the words' shares of the documents; an unlisted one is rarer
                floor = min(share.values(), default=1.0) / 2
                share = {w: share.get(w, floor) for w in words}
            found: list[tuple] = []
            # (the rarest word's share bounds the matches': the words of a name go together)
            if share is None or SEARCH_RECENT * min(share.values()) >= 1:
                rows = con.execute(q.SEARCH_RECENT, {"patterns": patterns, "recent": SEARCH_RECENT,
                                                     "limit": limit}).fetchall()
                top = rows[0][0]
                if top is None:
                    return []
                found = [row[1:] for row in rows if row[1] is not None]
                high, seen = top - SEARCH_RECENT, SEARCH_RECENT
            else:
                high, seen = END, 0  # rare words: every match through the index
            if len(found) < limit and high > 0:
                found += self._search_indexed(con, words, patterns, share, limit - len(found), high,
                                              (len(found), seen))
        # (doc_key, id, title, text, score, first match in the text, in the title), newest first
        best = text_search.ranked([(row[4], row[1]) for row in reversed(found)], limit)
        rows = {row[1]: row for row in found}
        return [(doc_id, _snippet(words, rows[doc_id])) for doc_id in best]

    def _frequencies(self, con) -> dict[str, float] | None:
        """The share of documents holding each of the most common words, from the statistics
        ANALYZE keeps on the search index (read again after SEARCH_STATS_SECONDS); None before the
        first ANALYZE."""
        cached = self._word_stats
        if cached is None or time.monotonic() - cached[0] > SEARCH_STATS_SECONDS:
            row = con.execute(q.SEARCH_STATS).fetchone()
            share = dict(zip(row[0], row[1])) if row and row[0] else None
            self._word_stats = cached = (time.monotonic(), share)
        return cached[1]

    @staticmethod
    def _search_indexed(con, words: list[str], patterns: list[str], share: dict[str, float] | None,
                        wanted: int, high: int, found_in: tuple[int, int]) -> list[tuple]:
        """The `wanted` newest matches with a key up to `high`, through the GIN index, in key
        windows: the first one should hold twice as many at the density of matches seen among the
        newest documents (`found_in`: matches, documents read), each next one is four times wider
        (so a rare combination of common words reads rows in proportion to the matches it needs
        rather than every row the index gives); rare words (none read): one window, everything.
        The index is asked for the words found in fewer than SEARCH_COMMON of the documents (at
        least the rarest word): the entries of a word found in most documents list most of the
        store; the others are tested on the rows it gives."""
        by_index, tested = words, []
        if share is not None:
            by_index = [w for w in words if share[w] < SEARCH_COMMON] or [min(words, key=share.__getitem__)]
            tested = [text_search.sql_pattern(w) for w in words if w not in by_index]
        args = {"q": " ".join(by_index), "tested": tested, "patterns": patterns}
        matches, read = found_in
        window = 2 * wanted * read // max(1, matches) if read else high
        found: list[tuple] = []
        while True:
            low = max(0, high - window + 1)
            found += con.execute(q.SEARCH_INDEXED, {**args, "low": low, "high": high,
                                                    "limit": wanted - len(found)}).fetchall()
            if len(found) >= wanted or low <= 1:
                return found
            high, window = low - 1, window * 4


def _snippet(words: list[str], row: tuple) -> str:
    """The snippet of a match at the first match the server found, in its text or else its title."""
    _, _, title, text, _, in_text, in_title = row
    if in_text is not None:
        return text_search.snippet_at(words, text, in_text)
    return text_search.snippet_at(words, title, in_title) if in_title is not None else ""


# search(): how many of the newest documents (by key) are read before the index is asked; the
# share of documents above which a word is tested on the index's rows rather than looked up in it;
# how long the words' shares are kept; a key above every document's.
SEARCH_RECENT = 300
SEARCH_COMMON = 0.05
SEARCH_STATS_SECONDS = 600.0
END = 2 ** 63 - 1


@dataclass
class DocumentRows:
    """What `add` writes for one document, serialised (bench/store_pg.py COPYs the same rows)."""

    document: tuple                 # documents columns (DOC_COLUMNS, extra)
    annotations: tuple | None       # (linked entity names, blob), None without annotations
    statements: list[tuple]         # statements rows, sorted by id
    references: list[tuple]         # statement_refs rows without doc_key (seq first)
    mentions: list[tuple[str, int]]  # (entity, "mention" annotations), sorted


def document_rows(doc: Document, annotations: Sequence[Annotation] = (),
                  statements: Sequence[Statement] = ()) -> DocumentRows:
    """Check and serialise one document with everything found in it (raises before any write)."""
    merged = merged_statements(doc, statements)
    ordered = sorted(annotations, key=lambda a: a.start)
    counts = Counter(a.entity for a in ordered if a.layer == "mention" and a.entity is not None)
    order = order_key(doc)
    refs = [(stored_id(st.id), *compact.sentence_row(ref, doc.text, q.REF_COLUMNS, omit=("doc_id",)))
            for st in merged for ref in st.references]
    return DocumentRows(
        document=to_row(doc, q.DOC_COLUMNS),
        annotations=(compact.linked_entities(ordered), compact.pack_annotations(doc.text, ordered))
        if ordered else None,
        statements=sorted((stored_id(st.id), *to_row(st, q.STATEMENT_COLUMNS, omit=("references",))[1:],
                           len(st.references), sort_date(st, doc.published)) for st in merged),
        references=[(seq, *ref, order) for seq, ref in enumerate(refs)],
        mentions=sorted(counts.items()),
    )


def _statement(head: tuple, refs: list[tuple]) -> Statement:
    """One statement from its row and its references' rows (statement id, document id, start, end,
    extra, document order, seq, sentence_start, sentence cut from the document or None)."""
    statement = from_row(Statement, q.STATEMENT_COLUMNS, (statement_id_of(head[0]), *head[1:]), references=[])
    statement.references = [_reference(r) for r in refs]
    return statement


def stored_id(statement_id: str) -> bytes:
    """A statement id as its column holds it (bytea, migration 0015): its 8 bytes; any other
    text as bytes of another length, which no stored id equals."""
    stored = key(statement_id)
    if isinstance(stored, bytes):
        return stored
    raw = statement_id.encode()
    return raw if len(raw) != 8 else raw + b"\0"


def statement_id_of(stored: bytes | str) -> str:
    """The 16 digits of a stored statement id."""
    return stored if isinstance(stored, str) else bytes(stored).hex()


def _reference(r: tuple) -> Reference:
    """A reference from its row; without extra fields and with its sentence cut from the document
    (nearly every one), made directly: a timeline page of 2,000 references spent a third of its
    time in the JSON and dict round trip."""
    if r[4] == "{}" and r[8] is not None:
        return Reference(doc_id=r[1], start=r[2], end=r[3], sentence=r[8], sentence_start=r[7])
    return Reference.from_dict(compact.with_sentence(row_dict(q.REF_COLUMNS, r[2:5], doc_id=r[1]), r[7], r[8]))


def _statements(sql: str) -> list[str]:
    """A migration's statements: each ends with ';' at the end of a line, except inside a
    function's $$ body (its own statements end there too)."""
    out, buffer = [], ""
    for chunk in sql.split(";\n"):
        buffer = f"{buffer};\n{chunk}" if buffer else chunk
        if buffer.count("$$") % 2 == 0:
            out.append(buffer)
            buffer = ""
    return [s.strip() for s in out + [buffer] if _has_sql(s)]


def _has_sql(chunk: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in chunk.splitlines())


def _configure(con) -> None:
    """Each new pooled connection: no JIT compilation (the search function's high COST made the
    planner compile short queries, 14 ms of each search spent compiling)."""
    con.execute("SET jit = off")


def _reason(err: Exception) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
