"""Every SQL statement the SQLite store runs, in one place, so a test can EXPLAIN each of them.

Per-document and per-entity lookups must use an index (tests/store/test_sqlite.py checks the
query plans): a store of 100,000 documents answers them as fast as an empty one.
"""

from __future__ import annotations

# Columns kept outside the `extra` JSON, in table order (see migrations.py).
DOC_COLUMNS = ("id", "text", "source", "format", "title", "url", "published", "published_how")
ANN_COLUMNS = ("layer", "start", "end", "entity")
STATEMENT_COLUMNS = ("id", "subject", "property", "value")
REF_COLUMNS = ("start",)
FINDING_COLUMNS = ("kind", "statement_id")

DOC_ORDER = "(d.published IS NULL), d.published, d.id"
_DOC_SELECT = "SELECT " + ", ".join(f"d.{c}" for c in DOC_COLUMNS) + ", d.extra FROM documents d"

DOC_EXISTS = "SELECT 1 FROM documents WHERE id = ?"
DOC_KEY = "SELECT doc_key FROM documents WHERE id = ?"
DOC_BY_ID = _DOC_SELECT + " WHERE d.id = ?"
DOC_PREFIX = "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2"
DOCS_PAGE = _DOC_SELECT + f" ORDER BY {DOC_ORDER} LIMIT ? OFFSET ?"
DOC_COUNT = "SELECT count(*) FROM documents"
INSERT_DOC = ("INSERT INTO documents (" + ", ".join(DOC_COLUMNS) + ", extra) VALUES ("
              + ", ".join("?" * (len(DOC_COLUMNS) + 1)) + ")")

INSERT_ANN = 'INSERT INTO annotations (doc_key, seq, layer, start, "end", entity, extra) VALUES (?, ?, ?, ?, ?, ?, ?)'
ANNS_OF_DOC = ('SELECT a.layer, a.start, a."end", a.entity, a.extra FROM annotations a '
               "WHERE a.doc_key = (SELECT doc_key FROM documents WHERE id = ?) "
               "AND (? IS NULL OR a.layer = ?) ORDER BY a.seq")
MENTIONS = ('SELECT d.id, a.layer, a.start, a."end", a.entity, a.extra '
            "FROM annotations a JOIN documents d ON d.doc_key = a.doc_key "
            f"WHERE a.entity = ? AND (? IS NULL OR a.layer = ?) ORDER BY {DOC_ORDER}, a.seq LIMIT ? OFFSET ?")

INSERT_STATEMENT = ("INSERT INTO statements (id, subject, property, value, extra) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO NOTHING")
INSERT_REF = "INSERT INTO statement_refs (doc_key, seq, statement_id, start, extra) VALUES (?, ?, ?, ?, ?)"
_STATEMENTS = ("SELECT s.id, s.subject, s.property, s.value, s.extra, d.id, r.start, r.extra "
               "FROM statements s JOIN statement_refs r ON r.statement_id = s.id "
               "JOIN documents d ON d.doc_key = r.doc_key")
_STATEMENT_ORDER = f" ORDER BY s.subject, s.property, s.value, s.id, {DOC_ORDER}, r.start, r.seq"
STATEMENT_FILTERS = {
    "subject": "s.subject = ?",
    "property": "s.property = ?",
    "doc_id": ("s.id IN (SELECT statement_id FROM statement_refs WHERE doc_key = "
               "(SELECT doc_key FROM documents WHERE id = ?))"),
}


def statements_query(filters: dict[str, str | None]) -> tuple[str, list[str]]:
    """The statements query for the filters given (names from STATEMENT_FILTERS), and its args."""
    return _query(_STATEMENTS, STATEMENT_FILTERS, filters, _STATEMENT_ORDER)


INSERT_FINDING = "INSERT INTO findings (doc_key, kind, statement_id, extra) VALUES (?, ?, ?, ?)"
DELETE_ALL_FINDINGS = "DELETE FROM findings"
DELETE_FINDINGS_OF_DOC = "DELETE FROM findings WHERE doc_key = ?"
_FINDINGS = ("SELECT d.id, f.kind, f.statement_id, f.extra FROM findings f "
             "JOIN documents d ON d.doc_key = f.doc_key")
FINDING_FILTERS = {
    "doc_id": "f.doc_key = (SELECT doc_key FROM documents WHERE id = ?)",
    "kind": "f.kind = ?",
}


def findings_query(filters: dict[str, str | None]) -> tuple[str, list[str]]:
    """The findings query for the filters given (names from FINDING_FILTERS), and its args."""
    return _query(_FINDINGS, FINDING_FILTERS, filters, " ORDER BY f.finding_key")


def _query(select: str, known: dict[str, str], filters: dict[str, str | None],
           order: str) -> tuple[str, list[str]]:
    # Only the filters given become WHERE terms, so each query can use its index.
    names = [n for n in known if filters.get(n) is not None]
    where = " WHERE " + " AND ".join(known[n] for n in names) if names else ""
    return select + where + order, [filters[n] for n in names]  # type: ignore[misc]


# Ranking every match of a query made of very common words costs ~10 us per match (1 s at
# 100,000), so only the SEARCH_CANDIDATES most recently added matches are ranked.
SEARCH_CUTOFF = ("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? "
                 "ORDER BY rowid DESC LIMIT 1 OFFSET ?")
SEARCH = ("SELECT d.id, snippet(documents_fts, -1, '[', ']', '…', 12) "
          "FROM documents_fts JOIN documents d ON d.doc_key = documents_fts.rowid "
          "WHERE documents_fts MATCH ? AND documents_fts.rowid >= ? ORDER BY rank, d.id LIMIT ?")
