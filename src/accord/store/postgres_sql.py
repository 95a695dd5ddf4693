"""Every SQL statement the PostgreSQL store runs, in one place (as sqlite_sql.py for SQLite).

Writes settle conflicts in the database (INSERT ... ON CONFLICT), never by reading first, so any
number of writers, on one machine or several, can add at once.
"""

from __future__ import annotations

DOC_COLUMNS = ("id", "text", "source", "format", "title", "url", "published", "published_how")
STATEMENT_COLUMNS = ("id", "subject", "property", "value")
REF_COLUMNS = ("start", "end")
FINDING_COLUMNS = ("kind", "statement_id")

DOC_ORDER = "(d.published IS NULL), d.published, d.id"
_DOC_SELECT = "SELECT " + ", ".join(f"d.{c}" for c in DOC_COLUMNS) + ", d.extra FROM documents d"

DOC_EXISTS = "SELECT 1 FROM documents WHERE id = %s"
DOC_BY_ID = _DOC_SELECT + " WHERE d.id = %s"
DOC_PREFIX = "SELECT id FROM documents WHERE id >= %s AND id < %s ORDER BY id LIMIT 2"
# One probe of the id index per document (OFFSET 0 keeps each probe apart): with `id = ANY(...)`
# the planner read the whole (published, id) index instead, as it holds both columns: 100,000
# entries for the 1,700 documents of a timeline page at 100,000 articles, ten times more at 1M.
DOC_PUBLISHED = ("SELECT u.id, d.published FROM unnest(%s::text[]) AS u(id) CROSS JOIN LATERAL "
                 "(SELECT published FROM documents WHERE id = u.id COLLATE \"C\" OFFSET 0) d")
DOCS_PAGE = _DOC_SELECT + f" ORDER BY {DOC_ORDER} LIMIT %s OFFSET %s"
DOC_COUNT = "SELECT count(*) FROM documents"
DOC_TEXTS = "SELECT id, doc_key, text FROM documents WHERE id = ANY(%s)"
DOC_TEXTS_BY_KEY = "SELECT doc_key, id, text FROM documents WHERE doc_key = ANY(%s)"
# The one write that decides whether a document is new: a second writer of the same article waits
# for the first one's commit on the unique index, then inserts nothing and stores nothing more.
# Its words for search are in the GIN index on accord_search_text(title, text) (0009).
INSERT_DOC = ("INSERT INTO documents (" + ", ".join(DOC_COLUMNS) + ", extra) VALUES ("
              + ", ".join(["%s"] * (len(DOC_COLUMNS) + 1)) + ") ON CONFLICT (id) DO NOTHING RETURNING doc_key")

# New entities get their key; two writers naming the same new entity are settled by the unique
# index (the second waits for the first's commit, then inserts nothing).
INSERT_ENTITIES = ("INSERT INTO entities (entity) SELECT unnest(%s::text[]) ORDER BY 1 "
                   "ON CONFLICT (entity) DO NOTHING")
ENTITY_KEYS = "SELECT entity_key FROM entities WHERE entity = ANY(%s::text[])"
INSERT_ANNOTATIONS = "INSERT INTO annotation_sets (doc_key, entities, data) VALUES (%s, %s, %s)"
ANNS_OF_DOC = ("SELECT d.text, s.data FROM documents d JOIN annotation_sets s ON s.doc_key = d.doc_key "
               "WHERE d.id = %s")
# Documents that mention an entity, in document order (small rows: thousands are sorted for a
# popular entity); then each one's text and annotations, read until a page is full.
ANNS_OF_KEY = ("SELECT d.text, s.data FROM documents d JOIN annotation_sets s ON s.doc_key = d.doc_key "
               "WHERE d.doc_key = %s")
MENTION_DOCS = ("SELECT d.doc_key, d.id FROM annotation_sets s JOIN documents d ON d.doc_key = s.doc_key "
                "WHERE s.entities @> ARRAY[(SELECT entity_key FROM entities WHERE entity = %s)] "
                f"ORDER BY {DOC_ORDER}")

COUNT_MENTIONS = ("INSERT INTO entity_mentions (entity, shard, mentions) VALUES (%s, %s, %s) "
                  "ON CONFLICT (entity, shard) DO UPDATE SET mentions = entity_mentions.mentions + excluded.mentions")
ENTITY_COUNTS = ("SELECT entity, sum(mentions)::bigint AS n FROM entity_mentions GROUP BY entity "
                 "ORDER BY n DESC, entity LIMIT %s")

# LEAST ignores NULLs: a statement's sort_date is the earliest known one.
INSERT_STATEMENT = ("INSERT INTO statements (id, subject, property, value, extra, reference_count, sort_date) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE "
                    "SET reference_count = statements.reference_count + excluded.reference_count, "
                    "sort_date = LEAST(statements.sort_date, excluded.sort_date)")
# Statement ids are bytea (statement_keys, migration 0015): bound through postgres.stored_id,
# read back as bytes and turned into their digits by postgres._statement.
INSERT_REF = ('INSERT INTO statement_refs (doc_key, seq, statement_id, start, "end", sentence_start, '
              "sentence_len, extra, doc_order) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)")
_STATEMENT_ORDER = " ORDER BY s.subject, s.property, s.value, s.id"
STATEMENT_FILTERS = {
    "subject": "s.subject = %s",
    "property": "s.property = %s",
    "value": "s.value = %s",
    "statement_id": "s.id = %s",
    "doc_id": ("s.id IN (SELECT statement_id FROM statement_refs WHERE doc_key = "
               "(SELECT doc_key FROM documents WHERE id = %s))"),
}
# A reference's sentence is cut from its document when only its length was stored.
_REF_SELECT = ('SELECT r.statement_id, d.id AS doc_id, r.start, r."end", r.extra, r.doc_order, r.seq, '
               "r.sentence_start, substr(d.text, r.sentence_start + 1, r.sentence_len) AS sentence "
               "FROM statement_refs r "
               "JOIN documents d ON d.doc_key = r.doc_key")
_REF_ORDER = " ORDER BY r.doc_order, d.id, r.start, r.seq"
REFS_OF_CHOSEN = (_REF_SELECT + " WHERE r.statement_id IN ({chosen}) ORDER BY r.statement_id, r.doc_order, "
                  "d.id, r.start, r.seq")
# The first references of several statements in one round trip (one query per statement cost a
# round trip each: a timeline of 1,000 statements took a second): the `%(ids)s` statements' ids
# in order, and the number of references of each, `%(refs)s` (NULL: all). The order ties
# references of the same date by document id, which statement_refs does not hold: sorting a
# statement's references joined to their documents read all of them (3 ms for a statement of 100
# references at 10,000 articles, growing with the store). So `last` first takes, from the index,
# the date of the statement's `refs`-th reference in date order; only the references up to that
# date can be among the first `refs`, and only they are read and sorted.
FIRST_REFS = ("SELECT x.* FROM unnest(%(ids)s::bytea[]) WITH ORDINALITY AS h(id, n) "
              "CROSS JOIN LATERAL (SELECT max(k.doc_order) AS last FROM (SELECT doc_order FROM statement_refs "
              "WHERE statement_id = h.id ORDER BY doc_order LIMIT %(refs)s) k) c "
              "CROSS JOIN LATERAL (" + _REF_SELECT + " WHERE r.statement_id = h.id "
              "AND r.doc_order <= c.last" + _REF_ORDER + " LIMIT %(refs)s) x "
              "ORDER BY h.n, x.doc_order, x.doc_id, x.start, x.seq")
# A page of statements (the `{heads}` query, in its order) with the first references of each, as
# FIRST_REFS chooses them, in one statement: (id, subject, property, value, extra,
# reference_count, the reference's columns as FIRST_REFS gives them or NULLs, its document's
# publication date). Its two parameters after the heads' are the number of references (NULL: all).
PAGE_WITH_REFS = ("WITH h AS MATERIALIZED ({heads}), hn AS MATERIALIZED (SELECT h.*, row_number() OVER () AS n FROM h) "
                  "SELECT hn.id, hn.subject, hn.property, hn.value, hn.extra, st.reference_count, x.* FROM hn "
                  "JOIN statements st ON st.id = hn.id "
                  "LEFT JOIN LATERAL (SELECT max(k.doc_order) AS last FROM (SELECT doc_order FROM statement_refs "
                  "WHERE statement_id = hn.id ORDER BY doc_order LIMIT %s) k) c ON true "
                  "LEFT JOIN LATERAL (" + _REF_SELECT.replace(" FROM statement_refs r", ", d.published FROM statement_refs r")
                  + " WHERE r.statement_id = hn.id AND r.doc_order <= c.last" + _REF_ORDER + " LIMIT %s) x ON true "
                  "ORDER BY hn.n, x.doc_order, x.doc_id, x.start, x.seq")
REFS_OF_DOC = (_REF_SELECT + " WHERE r.doc_key = (SELECT doc_key FROM documents WHERE id = %s) "
               "ORDER BY r.statement_id, r.seq")
REFERENCE_COUNT = "SELECT id, reference_count FROM statements WHERE id = ANY(%s)"

_STATEMENT_SELECT = "SELECT s.id, s.subject, s.property, s.value, s.extra FROM statements s"
_DATED_ORDER = " ORDER BY s.sort_date, s.id LIMIT %s OFFSET %s"
# A page of an entity's statements in timeline order, from the statement (sort_date, id) after
# which it starts (keyset paging; ('', '') for the first page): the first `n` (the page's limit
# plus its offset; NULL: all) of its statements as subject and the first `n` as value, each
# read in that order from the index on (subject, sort_date) or (value, sort_date) (statements of
# the same date sorted by id), then merged. So a page reads about as many statements as it shows,
# whatever the entity's total (migration 0008; before it, every statement of the entity was
# read and sorted: 21,000 for an office at 1,000,000 articles). `sort_date >= %s` gives each
# index scan its start (the row comparison alone would not). UNION: a statement about the
# entity as both subject and value comes once.
_DATED_SIDE = ("(SELECT s.id, s.subject, s.property, s.value, s.extra, s.sort_date FROM statements s "
               "WHERE s.{side} = %s AND s.sort_date >= %s AND (s.sort_date, s.id) > (%s, %s) "
               "ORDER BY s.sort_date, s.id LIMIT %s)")
DATED_ABOUT = ("WITH s AS MATERIALIZED (" + _DATED_SIDE.format(side="subject") + " UNION "
               + _DATED_SIDE.format(side="value") + ") SELECT s.id, s.subject, s.property, s.value, s.extra FROM s"
               + _DATED_ORDER)
# Every dated statement from the index on (sort_date, id), from the statement after which the
# page starts.
DATED_ALL = (_STATEMENT_SELECT + " WHERE s.sort_date IS NOT NULL AND s.sort_date >= %s AND (s.sort_date, s.id) > (%s, %s)"
             + _DATED_ORDER)


# statements_by_subject: an office's holders, each one's earliest first. The holders and how many
# statements each has come from the index on (value, property, subject) alone (its keys repeat,
# one per holder: deduplicated, it is small); then, for each holder up to the end of the page,
# its first statements about the office in date order from the index on (subject, sort_date)
# (only the statements of the same day sorted by id). So a page reads about a page of
# statements, where ordering by subject then id read every statement about the office (21,000
# for one at 1,000,000 articles). `s.value || ''`: no index on value for a holder's statements
# (the planner, guessing a handful of rows per holder, read all of a holder's statements through
# (value, property, subject) to sort them: 2,233 rows for 20). Args: value, property, then
# offset + limit (every one: 2**62) for each holder's statements, value, property, then the page's
# limit and offset.
BY_SUBJECT = ("WITH g AS MATERIALIZED (SELECT s.subject, count(*) AS n FROM statements s "
              "WHERE s.value = %s AND s.property = %s GROUP BY s.subject), "
              "c AS (SELECT g.subject, sum(g.n) OVER (ORDER BY g.subject) - g.n AS before FROM g) "
              "SELECT x.id, x.subject, x.property, x.value, x.extra FROM c CROSS JOIN LATERAL "
              "(SELECT s.id, s.subject, s.property, s.value, s.extra, s.sort_date FROM statements s "
              "WHERE s.subject = c.subject AND s.value || '' = %s AND s.property = %s "
              "ORDER BY s.sort_date, s.id LIMIT greatest(0, %s - c.before)) x "
              "ORDER BY x.subject, x.sort_date, x.id LIMIT %s OFFSET %s")


def by_subject_query(property: str, value: str, limit: int | None, offset: int) -> tuple[str, list]:
    """The heads of a page of `statements_by_subject`, and its args."""
    upto = 2 ** 62 if limit is None else limit + offset  # greatest() would take a NULL for 0
    return BY_SUBJECT, [value, property, value, property, upto, limit, offset]


def dated_query(about: str | None, limit: int | None, offset: int,
                after: tuple[str, str] | None) -> tuple[str, list]:
    """The heads of a page of `dated_statements`, and its args."""
    since, last = after if after is not None else ("", b"")
    if about is None:
        return DATED_ALL, [since, since, last, limit, offset]
    n = None if limit is None else limit + offset
    return DATED_ABOUT, [about, since, since, last, n, about, since, since, last, n, limit, offset]


def statements_query(filters: dict[str, str | None], limit: int | None = None,
                     offset: int = 0) -> tuple[str, list]:
    """The statements (without references) for the filters given, in order, paged; and its args."""
    where, args = _where(STATEMENT_FILTERS, filters)
    sql = _STATEMENT_SELECT + where + _STATEMENT_ORDER
    if limit is not None or offset:
        if where:  # the filtered statements first, then their page (as DATED_ABOUT)
            sql = f"WITH s AS MATERIALIZED ({_STATEMENT_SELECT}{where}) SELECT * FROM s{_STATEMENT_ORDER}"
        sql += " LIMIT %s OFFSET %s"
        args += [limit, offset]  # LIMIT NULL is no limit
    return sql, args


def references_query(filters: dict[str, str | None], limit: int | None = None,
                     offset: int = 0) -> tuple[str, list]:
    """Every reference of the statements `statements_query` chooses, and its args."""
    chosen, args = statements_query(filters, limit, offset)
    if chosen.startswith("WITH"):
        chosen = f"SELECT chosen.id FROM ({chosen}) chosen"
    else:
        chosen = chosen.replace(_STATEMENT_SELECT, "SELECT s.id FROM statements s", 1)
    return REFS_OF_CHOSEN.format(chosen=chosen), args


def statement_count_query(filters: dict[str, str | None]) -> tuple[str, list]:
    where, args = _where(STATEMENT_FILTERS, filters)
    return "SELECT count(*) FROM statements s" + where, args


# `extra` is "" when the JSON is in `packed` (compact.pack_json, migration 0012).
INSERT_FINDING = ("INSERT INTO findings (doc_key, kind, statement_id, sentence_start, sentence_len, extra, packed) "
                  "VALUES (%s, %s, %s, %s, %s, %s, %s)")
DELETE_ALL_FINDINGS = "DELETE FROM findings"
DELETE_FINDINGS_OF_DOCS = "DELETE FROM findings WHERE doc_key = ANY(%s)"
_FINDINGS = ("SELECT d.id, f.kind, f.statement_id, f.extra, f.sentence_start, "
             "substr(d.text, f.sentence_start + 1, f.sentence_len), f.packed "
             "FROM findings f JOIN documents d ON d.doc_key = f.doc_key")
FINDING_FILTERS = {
    "doc_id": "f.doc_key = (SELECT doc_key FROM documents WHERE id = %s)",
    "kind": "f.kind = %s",
}


def findings_query(filters: dict[str, str | None]) -> tuple[str, list]:
    where, args = _where(FINDING_FILTERS, filters)
    return _FINDINGS + where + " ORDER BY f.finding_key", args


def _where(known: dict[str, str], filters: dict[str, str | None]) -> tuple[str, list]:
    names = [n for n in known if filters.get(n) is not None]
    where = " WHERE " + " AND ".join(known[n] for n in names) if names else ""
    return where, [filters[n] for n in names]


# Full text: the `limit` most recently added matches (text_search), ranked (postgres.search).
#
# The newest documents first, read backwards through the primary key, each one's title and text
# tested with a regular expression per query word (text_search.sql_pattern: the word with each
# letter any character that folds to it, between characters that are not letters or digits),
# stopping at `%(limit)s` matches: common words fill the page within a few dozen documents, where
# the GIN index's entries for such words list most of the store (650,000 matches of two of them at
# 1,000,000 articles).
# Each match comes with what ranks it and places its snippet: how often the query's words occur
# in its title and text (text_search.score; the patterns' matches counted), and where the first of
# them starts in the text and in the title (characters before it; NULL for none). regexp_matches
# and substring, not PostgreSQL 15's regexp_count and regexp_instr: the store runs on 13 and later.
_FIRST = "(SELECT min(length(substring({0} from '^(.*?)' || p))) FROM unnest(%(patterns)s::text[]) p)"
_SEARCH_ROW = """d.doc_key, d.id, d.title, d.text,
        (SELECT sum((SELECT count(*) FROM regexp_matches(coalesce(d.title, ''), p, 'g'))
                    + (SELECT count(*) FROM regexp_matches(d.text, p, 'g')))
         FROM unnest(%(patterns)s::text[]) p)::bigint,
        """ + _FIRST.format("d.text") + """,
        """ + _FIRST.format("d.title")
# The last key comes with the matches (one round trip; alone when nothing matched).
SEARCH_RECENT = """
    WITH t AS (SELECT max(doc_key) AS top FROM documents)
    SELECT t.top, """ + _SEARCH_ROW + """ FROM t LEFT JOIN LATERAL (
        SELECT doc_key, id, title, text FROM documents
        WHERE doc_key <= t.top AND doc_key > t.top - %(recent)s
          AND concat_ws(' ', title, text) ~ ALL(%(patterns)s::text[])
        ORDER BY doc_key DESC LIMIT %(limit)s) d ON true
"""
# Older documents: the GIN index on accord_search_text (a query is every folded word, all
# required; the words found in most documents are tested on its rows instead, `%(tested)s`),
# the newest first, within `doc_key >= %(low)s` (the caller's guess, from the matches it
# saw, of how far back the page's matches go: the planner intersects the index's bitmap with the
# key range and reads only those documents' rows) or without a lower bound (rare words).
SEARCH_INDEXED = """
    SELECT """ + _SEARCH_ROW + """ FROM (
        SELECT doc_key, id, title, text FROM documents
        WHERE accord_search_text(title, text) @@ plainto_tsquery('simple'::regconfig, %(q)s)
          AND doc_key <= %(high)s AND doc_key >= %(low)s
          AND concat_ws(' ', title, text) ~ ALL(%(tested)s::text[])
        ORDER BY doc_key DESC LIMIT %(limit)s) d
"""
# The share of documents holding each of the most common words (ANALYZE's statistics of the
# search index's expression; the first len(elems) of the frequencies go with the words).
SEARCH_STATS = ("SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
                "WHERE schemaname = current_schema() AND tablename = 'documents_search' "
                "AND attname = 'accord_search_text'")
