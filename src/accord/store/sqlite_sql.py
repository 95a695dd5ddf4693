"""Every SQL statement the SQLite store runs, in one place, so a test can EXPLAIN each of them.

Per-document and per-entity lookups must use an index (tests/store/test_sqlite.py checks the
query plans): a store of 100,000 documents answers them as fast as an empty one.
"""

from __future__ import annotations

from accord.store.statement_keys import sql_id

# Statement ids are stored as 8 bytes (statement_keys, migration 0015): every query binds them
# through statement_keys.key and reads them back through SID / RID (16 hexadecimal digits).
SID = sql_id("s.id")
RID = sql_id("r.statement_id")

# Columns kept outside the `extra` JSON, in table order (see migrations.py).
DOC_COLUMNS = ("id", "text", "source", "format", "title", "url", "published", "published_how")
STATEMENT_COLUMNS = ("id", "subject", "property", "value")
REF_COLUMNS = ("start", "end")
FINDING_COLUMNS = ("kind", "statement_id")

DOC_ORDER = "(d.published IS NULL), d.published, d.id"
_DOC_SELECT = "SELECT " + ", ".join(f"d.{c}" for c in DOC_COLUMNS) + ", d.extra FROM documents d"

DOC_EXISTS = "SELECT 1 FROM documents WHERE id = ?"
DOC_KEY = "SELECT doc_key, text FROM documents WHERE id = ?"
DOC_BY_ID = _DOC_SELECT + " WHERE d.id = ?"
DOC_PUBLISHED = "SELECT id, published FROM documents WHERE id IN ({marks})"
DOC_TEXTS = "SELECT doc_key, id, text FROM documents WHERE doc_key IN ({marks})"
DOC_PREFIX = "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2"
DOCS_PAGE = _DOC_SELECT + f" ORDER BY {DOC_ORDER} LIMIT ? OFFSET ?"
DOC_COUNT = "SELECT count(*) FROM documents"
INSERT_DOC = ("INSERT INTO documents (" + ", ".join(DOC_COLUMNS) + ", extra) VALUES ("
              + ", ".join("?" * (len(DOC_COLUMNS) + 1)) + ")")

# A document's annotations are one compressed blob (store/compact.py, migration 0007).
INSERT_ANNOTATIONS = "INSERT INTO annotation_sets (doc_key, data) VALUES (?, ?)"
INSERT_ENTITY = "INSERT INTO entities (entity) VALUES (?) ON CONFLICT (entity) DO NOTHING"
INSERT_ENTITY_DOC = ("INSERT INTO entity_docs (entity_key, doc_key) "
                     "SELECT entity_key, ? FROM entities WHERE entity = ?")
ANNS_OF_DOC = ("SELECT d.text, s.data FROM documents d JOIN annotation_sets s ON s.doc_key = d.doc_key "
               "WHERE d.id = ?")
# The documents that mention an entity, in document order (small rows: thousands are sorted for a
# popular entity); then each one's text and annotations, read until a page is full.
MENTION_DOCS = ("SELECT d.doc_key, d.id FROM entity_docs e JOIN documents d ON d.doc_key = e.doc_key "
                f"WHERE e.entity_key = (SELECT entity_key FROM entities WHERE entity = ?) ORDER BY {DOC_ORDER}")
ANNS_OF_KEY = ("SELECT d.text, s.data FROM documents d JOIN annotation_sets s ON s.doc_key = d.doc_key "
               "WHERE d.doc_key = ?")

COUNT_MENTIONS = ("INSERT INTO entity_mentions (entity, mentions) VALUES (?, ?) ON CONFLICT (entity) "
                  "DO UPDATE SET mentions = mentions + excluded.mentions")
ENTITY_COUNTS = "SELECT entity, mentions FROM entity_mentions ORDER BY mentions DESC, entity LIMIT ?"

INSERT_STATEMENT = ("INSERT INTO statements (id, subject, property, value, extra, reference_count, sort_date) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                    "SET reference_count = reference_count + excluded.reference_count, "
                    "sort_date = CASE WHEN sort_date IS NULL THEN excluded.sort_date "
                    "WHEN excluded.sort_date IS NULL THEN sort_date "
                    "ELSE min(sort_date, excluded.sort_date) END")
INSERT_REF = ('INSERT INTO statement_refs (doc_key, seq, statement_id, start, "end", sentence_start, '
              "sentence_len, extra, doc_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_STATEMENT_ORDER = " ORDER BY s.subject, s.property, s.value, s.id"
STATEMENT_FILTERS = {
    "subject": "s.subject = ?",
    "property": "s.property = ?",
    "value": "s.value = ?",
    "statement_id": "s.id = ?",
    "doc_id": ("s.id IN (SELECT statement_id FROM statement_refs WHERE doc_key = "
               "(SELECT doc_key FROM documents WHERE id = ?))"),
}
# A sentence stored as a length is cut from the document (NULL when it is in extra, as written).
# Last, the document's publication date: a page of the timeline asks for it next (published_dates).
_REF_SELECT = ('SELECT ' + RID + ', d.id, r.start, r."end", r.extra, r.doc_order, r.seq, r.sentence_start, '
               "substr(d.text, r.sentence_start + 1, r.sentence_len), d.published FROM statement_refs r "
               "JOIN documents d ON d.doc_key = r.doc_key")
_REF_ORDER = " ORDER BY r.doc_order, d.id, r.start, r.seq"
# Every reference of the statements a query chose (`{chosen}`), grouped by statement.
REFS_OF_CHOSEN = (_REF_SELECT + " WHERE r.statement_id IN ({chosen}) ORDER BY r.statement_id, r.doc_order, "
                  "d.id, r.start, r.seq")
# The first references of one statement, from the index on (statement_id, doc_order, start, seq)
# (documents of the same date sorted by id on the way).
FIRST_REFS = _REF_SELECT + " WHERE r.statement_id = ?" + _REF_ORDER + " LIMIT ?"
# One document's references (from the primary key), grouped by statement.
REFS_OF_DOC = (_REF_SELECT + " WHERE r.doc_key = (SELECT doc_key FROM documents WHERE id = ?) "
               "ORDER BY r.statement_id, r.seq")
REFERENCE_COUNT = "SELECT " + sql_id("id") + ", reference_count FROM statements WHERE id IN ({marks})"


_HEAD_SELECT = "SELECT " + SID + ", s.subject, s.property, s.value, s.extra FROM statements s"


def statements_query(filters: dict[str, str | None], limit: int | None = None,
                     offset: int = 0) -> tuple[str, list]:
    """The statements (without references) for the filters given (names from STATEMENT_FILTERS),
    in order, `limit`/`offset` applied; and its args."""
    where, args = _where(STATEMENT_FILTERS, filters)
    sql = _HEAD_SELECT + where + _STATEMENT_ORDER
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        args += [-1 if limit is None else limit, offset]
    return sql, args


_DATED_ORDER = " ORDER BY s.sort_date, s.id LIMIT ? OFFSET ?"
# After the statement's columns, its reference count: the timeline asks for it next (reference_counts).
_DATED_SELECT = "SELECT " + SID + ", s.subject, s.property, s.value, s.extra, s.reference_count FROM statements s"
# The keyset condition: the statements after the (sort_date, id) given. SQLite starts the index
# scan there from the row comparison alone (EXPLAIN: "(sort_date,id)>(?,?)"); with `sort_date
# >= ?` beside it, it started from the first dated statement and filtered up to there.
_AFTER = " AND (s.sort_date, s.id) > (?, ?)"
# A page of an entity's statements in timeline order, as PostgreSQL's DATED_ABOUT reads it: the
# first `n` (the page's limit plus its offset; -1: all) of its statements as subject and the
# first `n` as value, each read in that order from the index on (subject, sort_date, id) or
# (value, sort_date, id) (migration 0010), then merged. So a page reads about as many statements
# as it shows, whatever the entity's total: before 0010 every statement of the entity was read
# (through (subject, property) and (value, property)) and sorted for each page, 10,000 rows for
# a country at 100,000 articles. UNION: a statement about the entity as both subject and value
# comes once.
_DATED_SIDE = ("SELECT * FROM (SELECT s.id, s.subject, s.property, s.value, s.extra, s.reference_count, s.sort_date "
               "FROM statements s INDEXED BY statements_{side}_dated "
               "WHERE s.{side} = ? AND s.sort_date IS NOT NULL{after} ORDER BY s.sort_date, s.id LIMIT ?)")
_DATED_MERGE = ("SELECT " + sql_id("id") + ", subject, property, value, extra, reference_count FROM ({subject} UNION {value}) "
                "ORDER BY sort_date, id LIMIT ? OFFSET ?")
DATED_ABOUT = _DATED_MERGE.format(subject=_DATED_SIDE.format(side="subject", after=""),
                                  value=_DATED_SIDE.format(side="value", after=""))
DATED_ABOUT_AFTER = _DATED_MERGE.format(subject=_DATED_SIDE.format(side="subject", after=_AFTER),
                                        value=_DATED_SIDE.format(side="value", after=_AFTER))
DATED_ALL = _DATED_SELECT + " WHERE s.sort_date IS NOT NULL" + _DATED_ORDER
DATED_ALL_AFTER = _DATED_SELECT + " WHERE s.sort_date IS NOT NULL" + _AFTER + _DATED_ORDER


def dated_query(about: str | None, limit: int | None, offset: int,
                after: tuple[str, str] | None) -> tuple[str, list]:
    """The heads of a page of `dated_statements`, and its args."""
    keyset = [] if after is None else [after[0], after[1]]
    page = [-1 if limit is None else limit, offset]
    if about is None:
        return (DATED_ALL if after is None else DATED_ALL_AFTER), keyset + page
    n = -1 if limit is None else limit + offset
    side = [about, *keyset, n]
    return (DATED_ABOUT if after is None else DATED_ABOUT_AFTER), side + side + page


def references_query(filters: dict[str, str | None], limit: int | None = None,
                     offset: int = 0) -> tuple[str, list]:
    """Every reference of the statements `statements_query` chooses, and its args."""
    chosen, args = statements_query(filters, limit, offset)
    chosen = chosen.replace(_HEAD_SELECT, "SELECT s.id FROM statements s", 1)
    return REFS_OF_CHOSEN.format(chosen=chosen), args


def statement_count_query(filters: dict[str, str | None]) -> tuple[str, list]:
    """How many statements match the filters."""
    where, args = _where(STATEMENT_FILTERS, filters)
    return "SELECT count(*) FROM statements s" + where, args


# `extra` is "" when the JSON is in `packed` (compact.pack_json, migration 0012).
INSERT_FINDING = ("INSERT INTO findings (doc_key, kind, statement_id, sentence_start, sentence_len, extra, packed) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)")
DELETE_ALL_FINDINGS = "DELETE FROM findings"
DELETE_FINDINGS_OF_DOC = "DELETE FROM findings WHERE doc_key = ?"
_FINDINGS = ("SELECT d.id, f.kind, f.statement_id, f.extra, f.sentence_start, "
             "substr(d.text, f.sentence_start + 1, f.sentence_len), f.packed FROM findings f "
             "JOIN documents d ON d.doc_key = f.doc_key")
FINDING_FILTERS = {
    "doc_id": "f.doc_key = (SELECT doc_key FROM documents WHERE id = ?)",
    "kind": "f.kind = ?",
}


def findings_query(filters: dict[str, str | None]) -> tuple[str, list[str]]:
    """The findings query for the filters given (names from FINDING_FILTERS), and its args."""
    return _query(_FINDINGS, FINDING_FILTERS, filters, " ORDER BY f.finding_key")


def _query(select: str, known: dict[str, str], filters: dict[str, str | None],
           order: str) -> tuple[str, list]:
    where, args = _where(known, filters)
    return select + where + order, args


def _where(known: dict[str, str], filters: dict[str, str | None]) -> tuple[str, list]:
    # Only the filters given become WHERE terms, so each query can use its index.
    names = [n for n in known if filters.get(n) is not None]
    where = " WHERE " + " AND ".join(known[n] for n in names) if names else ""
    return where, [filters[n] for n in names]


# Ranking every match of a query made of very common words costs ~10 us per match (1 s at
# 100,000), so only the page's matches are ranked: the `limit` most recently added ones (the
# rowid of the last of them, then those from it on by BM25), as in every store.
SEARCH_CUTOFF = ("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? "
                 "ORDER BY rowid DESC LIMIT 1 OFFSET ?")
SEARCH = ("SELECT d.id, snippet(documents_fts, -1, '[', ']', '…', 12) "
          "FROM documents_fts JOIN documents d ON d.doc_key = documents_fts.rowid "
          "WHERE documents_fts MATCH ? AND documents_fts.rowid >= ? ORDER BY rank, d.id LIMIT ?")

# statements_by_subject: an office's holders, each one's earliest first (its statements through
# the index on (value, sort_date, id, property), migration 0014, then sorted; counted from it).
BY_SUBJECT = (_HEAD_SELECT + " "
              "WHERE s.property = ? AND s.value = ? ORDER BY s.subject, s.sort_date IS NULL, s.sort_date, s.id "
              "LIMIT ? OFFSET ?")
