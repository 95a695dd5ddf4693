"""The PostgreSQL schema as the same named, ordered migrations as SQLite's (migrations.py).

The names and their order are shared (`check_known` refuses a schema with a name this list does
not know; tests/store/test_compact.py checks both lists agree); each step is written for PostgreSQL and creates directly the compact layout that
SQLite reaches with its `0007_compact_annotations` (no PostgreSQL store existed before it).

Every text column that is sorted on uses the "C" collation, so PostgreSQL orders ids, dates and
entity names by code point as Python and SQLite do, whatever the server's default collation.
"""

from __future__ import annotations

from typing import Callable

from accord.store.migrations import DATES_WITHOUT_PART, evidence_by_reference, packed_findings
from accord.store.text_search import fold


def _fold_table() -> tuple[str, str]:
    """(accented letters, their folded base letters) for `translate`: every letter of the Latin
    blocks that text_search.fold turns into one other character (lower() may leave non-ASCII
    capitals alone under a "C" collation, so capitals are mapped too)."""
    source, target = [], []
    for code in range(0xC0, 0x250):
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded != char and folded != char.lower():
            source.append(char)
            target.append(folded)
    return "".join(source), "".join(target)


_FROM, _TO = _fold_table()

# What is searched, as one immutable function so that a GIN index can hold its tsvector:
# case-folded, accents removed, every run of characters that are not letters or digits a space
# (so PostgreSQL's parser sees the same words as text_search.WORD: no hyphenated compounds,
# no e-mail or host tokens). PL/pgSQL with a high COST, not an inlined SQL function: the planner
# then knows that computing it costs far more than reading the GIN index, and never filters a
# scan of the documents with it (which took seconds for a query of common words at 10,000).
# The accents are folded by `translate` with only the foldable letters the text contains (found
# with one regular expression over the letters U+00C0 to U+024F, where every one of _FROM is):
# the same result as translating with all of _FROM, which compares every character of the text
# with each of its 253 letters (5 ms an article: most of adding one, and 80 minutes of building
# the index for 1,000,000 articles; now 1.3 ms).
# (Migrations are split into statements at each ';' ending a line outside a $$ body.)
FOLD_FUNCTION = f"""
    CREATE FUNCTION accord_search_text(title text, body text) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 10000 AS $$
    DECLARE
        words text := regexp_replace(lower(coalesce(title, '') || ' ' || body), '[^[:alnum:]]+', ' ', 'g');
        found text := regexp_replace(words, '[^\u00c0-\u024f]+', '', 'g');
        source text;
        target text;
    BEGIN
        IF found <> '' THEN
            SELECT string_agg(c, ''), string_agg(substr('{_TO}', strpos('{_FROM}', c), 1), '')
                INTO source, target
                FROM (SELECT DISTINCT c FROM regexp_split_to_table(found, '') AS c) AS letters
                WHERE strpos('{_FROM}', c) > 0;
            IF source IS NOT NULL THEN
                words := translate(words, source, target);
            END IF;
        END IF;
        RETURN to_tsvector('simple'::regconfig, words); END $$
"""

# What document_words holds for a document: the words of accord_search_text, each with one
# "position" that is the number of times it occurs (at most 256: to_tsvector keeps at most 256
# positions of a word), so that search ranks its candidates by how often the query's words occur
# without reading their texts (text_search.score). 1.9 KB for a synthetic 300-word article, where
# the tsvector with every position takes 2.4 KB. Its words are [:alnum:] runs: nothing to quote.
WORDS_FUNCTION = """
    CREATE FUNCTION accord_search_words(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg('''' || lexeme || ''':' || cardinality(positions), ' '), '')::tsvector
        FROM unnest(accord_search_text(title, body)) $$
"""

MIGRATIONS: list[tuple[str, str | Callable]] = [
    ("0001_documents", """
        CREATE TABLE documents (
            doc_key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text COLLATE "C" NOT NULL UNIQUE,
            text text NOT NULL,
            source text NOT NULL,
            format text NOT NULL,
            title text,
            url text,
            published text COLLATE "C",
            published_how text NOT NULL,
            extra text NOT NULL DEFAULT '{}'
        );
        CREATE INDEX documents_order ON documents ((published IS NULL), published, id);
    """),
    ("0002_annotations", """
        -- A document's annotations in one compressed blob (store/compact.py), and the keys of
        -- the linked entities it mentions, for mentions_of through a GIN index (integer keys:
        -- a third of the bytes of the names, in the rows and in the index).
        CREATE TABLE entities (
            entity_key integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            entity text COLLATE "C" NOT NULL UNIQUE
        );
        CREATE TABLE annotation_sets (
            doc_key bigint PRIMARY KEY REFERENCES documents (doc_key) ON DELETE CASCADE,
            entities integer[] NOT NULL,
            data bytea NOT NULL
        );
        -- fastupdate off (here and for the search index): merging GIN's pending list left the
        -- index ten times the size of one built by inserting each entry in place (4.6 KB
        -- against 0.44 KB per article for the search index, bench/store_bytes.py).
        CREATE INDEX annotation_sets_entities ON annotation_sets USING gin (entities) WITH (fastupdate = off);
    """),
    ("0003_statements", """
        CREATE TABLE statements (
            id text COLLATE "C" PRIMARY KEY,
            subject text COLLATE "C" NOT NULL,
            property text COLLATE "C" NOT NULL,
            value text COLLATE "C" NOT NULL,
            extra text NOT NULL DEFAULT '{}',
            reference_count bigint NOT NULL DEFAULT 0,
            sort_date text COLLATE "C"
        );
        CREATE INDEX statements_subject ON statements (subject, property);
        CREATE INDEX statements_property ON statements (property);
        -- No primary key: (doc_key) is enough for a document's references, and its entries
        -- are deduplicated (one key, many row pointers) where (doc_key, seq) could not be.
        -- doc_order is protocol.order_key: "0<published>", or "1" when undated.
        CREATE TABLE statement_refs (
            doc_key bigint NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
            seq integer NOT NULL,
            statement_id text COLLATE "C" NOT NULL REFERENCES statements (id),
            start integer NOT NULL,
            "end" integer NOT NULL,
            sentence_start integer,
            sentence_len integer,           -- NULL: the sentence is in extra, as written
            extra text NOT NULL DEFAULT '{}',
            doc_order text COLLATE "C" NOT NULL
        );
        CREATE INDEX statement_refs_doc ON statement_refs (doc_key);
        CREATE INDEX statement_refs_order ON statement_refs (statement_id, doc_order, start, seq);
    """),
    ("0004_findings", """
        CREATE TABLE findings (
            finding_key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            doc_key bigint NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
            kind text COLLATE "C" NOT NULL,
            statement_id text,
            sentence_start integer,
            sentence_len integer,           -- NULL: the sentence is in extra, as written
            extra text NOT NULL DEFAULT '{}'
        );
        CREATE INDEX findings_doc ON findings (doc_key);
        CREATE INDEX findings_kind ON findings (kind);
    """),
    ("0005_search", FOLD_FUNCTION + ";\n" + WORDS_FUNCTION + """;
        -- Each document's words and how often each occurs (accord_search_words): searched
        -- through the GIN index, ranked without reading the text.
        CREATE TABLE document_words (
            doc_key bigint PRIMARY KEY REFERENCES documents (doc_key) ON DELETE CASCADE,
            words tsvector NOT NULL
        );
        -- In the row, not in TOAST (a 2.4 KB tsvector would be moved there, which doubled the
        -- buffers read per document while testing the window's documents for a common word;
        -- tsvectors hardly compress).
        ALTER TABLE document_words ALTER COLUMN words SET STORAGE MAIN;
        CREATE INDEX document_words_search ON document_words USING gin (words) WITH (fastupdate = off);
    """),
    ("0006_statement_lookups", """
        CREATE INDEX statements_value ON statements (value, property);
        CREATE INDEX statements_sort_date ON statements (sort_date, id) WHERE sort_date IS NOT NULL;
        -- Mentions per linked entity in a few shards per entity, so that concurrent writers
        -- rarely wait on the same counter row (entity_counts adds the shards up).
        CREATE TABLE entity_mentions (
            entity text COLLATE "C" NOT NULL,
            shard smallint NOT NULL,
            mentions bigint NOT NULL,
            PRIMARY KEY (entity, shard)
        );
    """),
    ("0007_compact_annotations", """
        -- The annotation blobs are compressed already: do not let TOAST try again.
        ALTER TABLE annotation_sets ALTER COLUMN data SET STORAGE EXTERNAL;
    """),
    ("0008_statement_timelines", """
        -- An entity's statements in timeline order (postgres_sql.DATED_ABOUT reads a page of
        -- them instead of all of them), by subject and by value, then sort_date; an office's
        -- holders and how many statements each has from (value, property, subject) alone
        -- (postgres_sql.BY_SUBJECT; one key per holder, deduplicated: small). They replace
        -- (subject, property) and (value, property): the lookups by subject, by value, by
        -- both, by value and property use them as well.
        CREATE INDEX statements_subject_dated ON statements (subject, sort_date);
        CREATE INDEX statements_value_dated ON statements (value, sort_date);
        CREATE INDEX statements_holders ON statements (value, property, subject);
        DROP INDEX statements_subject;
        DROP INDEX statements_value;
    """),
    ("0009_search_index", """
        -- Search takes the page's matches among the newest documents by reading them (their
        -- texts are read for the snippets anyway), and below those from a GIN index on the
        -- documents' words (postgres.PostgresStore.search); the kept word counts go
        -- (document_words: 2.6 KB an article, more than half a text's 2.2 KB).
        SET LOCAL maintenance_work_mem = '1GB';
        -- 1.3 ms a call: given a window of the newest documents, the planner (at COST 10000) read
        -- it backwards through the primary key computing the words of each document (150 ms for
        -- 92 documents at 100,000 articles) rather than take the index.
        ALTER FUNCTION accord_search_text(text, text) COST 1000000;
        DROP TABLE IF EXISTS document_words;
        DROP FUNCTION IF EXISTS accord_search_words(text, text);
        CREATE INDEX documents_search ON documents USING gin (accord_search_text(title, text)) WITH (fastupdate = off);
    """),
    # SQLite's 0010 adds the indexes on (subject, sort_date) and (value, sort_date) that
    # PostgreSQL's 0008 made: recorded only, keeping the two lists of names the same.
    ("0010_entity_timelines", ""),
    # As SQLite's 0011 (migrations.evidence_by_reference): findings' evidence by reference.
    ("0011_evidence_by_reference", lambda con: evidence_by_reference(
        con, "SELECT finding_key, extra FROM findings WHERE finding_key > %s "
             "AND position('\"sentence\"' in extra) > 0 ORDER BY finding_key LIMIT 1000",
        "UPDATE findings SET extra = %s WHERE finding_key = %s", "SELECT doc_key, text FROM documents WHERE id = %s")),
    # As SQLite's 0012 (migrations.packed_findings): findings' JSON compressed, in a column of its
    # own (already compressed: TOAST is not to try again).
    ("0012_packed_findings", lambda con: packed_findings(
        con, "ALTER TABLE findings ADD COLUMN packed bytea; "
             "ALTER TABLE findings ALTER COLUMN packed SET STORAGE EXTERNAL",
        "SELECT finding_key, extra FROM findings WHERE finding_key > %s AND length(extra) >= %s "
        "ORDER BY finding_key LIMIT 1000", "UPDATE findings SET extra = %s, packed = %s WHERE finding_key = %s")),
    ("0013_dates_without_part", DATES_WITHOUT_PART),
    # SQLite's 0014 makes one index on statements by value of two; PostgreSQL's 0008 made its
    # own ((value, sort_date) and (value, property, subject)): recorded only.
    ("0014_statements_by_value", ""),
    ("0015_statement_ids_binary", """
        -- Statement ids as their 8 bytes (statement_keys; bytea compares as the digits do), and
        -- the references rebuilt around them: the integer columns first (no padding between
        -- them), doc_key an integer (documents.doc_key stays bigint: 2,147,483,647 documents),
        -- 72 bytes a row where there were 88; their order index on (statement_id, doc_order)
        -- alone (every query sorts a statement's references of one date after joining their
        -- documents: start and seq in the index served no query), deduplicated. About 900 bytes
        -- an article at 1,000 (docs/scale.md, "bytes16"). An id that is not 16 lower-case
        -- hexadecimal digits (none is written) fails this step, which then changes nothing.
        SET LOCAL maintenance_work_mem = '1GB';
        CREATE TABLE statement_refs_0015 (
            doc_key integer NOT NULL,
            seq integer NOT NULL,
            start integer NOT NULL,
            "end" integer NOT NULL,
            sentence_start integer,
            sentence_len integer,           -- NULL: the sentence is in extra, as written
            statement_id bytea NOT NULL,
            extra text NOT NULL DEFAULT '{}',
            doc_order text COLLATE "C" NOT NULL
        );
        INSERT INTO statement_refs_0015 (doc_key, seq, start, "end", sentence_start, sentence_len, statement_id,
                                         extra, doc_order)
            SELECT doc_key, seq, start, "end", sentence_start, sentence_len, decode(statement_id, 'hex'), extra, doc_order
            FROM statement_refs ORDER BY doc_key, seq;
        DROP TABLE statement_refs;
        ALTER TABLE statement_refs_0015 RENAME TO statement_refs;
        ALTER TABLE statements ALTER COLUMN id TYPE bytea USING decode(id, 'hex');
        ALTER TABLE statement_refs ADD FOREIGN KEY (doc_key) REFERENCES documents (doc_key) ON DELETE CASCADE;
        ALTER TABLE statement_refs ADD FOREIGN KEY (statement_id) REFERENCES statements (id);
        CREATE INDEX statement_refs_doc ON statement_refs (doc_key);
        CREATE INDEX statement_refs_order ON statement_refs (statement_id, doc_order);
    """),
    # SQLite's 0016 keeps its FTS5 index without word positions; PostgreSQL's search index
    # (0009) holds none: recorded only.
    ("0016_search_without_positions", ""),
]

MIGRATIONS_TABLE = """
    CREATE TABLE IF NOT EXISTS migrations (
        position integer PRIMARY KEY,
        name text NOT NULL UNIQUE,
        applied_at text NOT NULL
    )
"""
