"""The store protocol, and the rules every backend shares.

A backend is a class with the methods of `Store`; `tests/store/conformance.py` is the contract.
The helpers here (statement ids, merging, reference checks, id prefixes) are pure functions, so
both backends apply the same rules and a new backend gets them for free.
"""

from __future__ import annotations

import hashlib
import json
from typing import Iterable, Protocol, Sequence, runtime_checkable

from accord.errors import AccordError, Errors, NotFoundError
from accord.model import Annotation, Document, Finding, Statement
from accord.store.codec import as_dict

# A prefix shorter than this could match thousands of documents in a large store.
MIN_PREFIX = 4

# The fields that make two statements "the same" (Wikidata: same claim, more references).
IDENTITY_FIELDS = ("subject", "property", "value", "polarity", "modality",
                   "start", "end", "point_in_time", "asserted_by")


class StoreError(AccordError):
    """The store refused a write or a database file (the message says why and what to do)."""


@runtime_checkable
class Store(Protocol):
    """What the pipeline, the query layer and the API need from a store."""

    def add(self, doc: Document, annotations: Sequence[Annotation] = (),
            statements: Sequence[Statement] = ()) -> bool:
        """Store a document with everything found in it, atomically; False if already stored."""

    def __contains__(self, doc_id: object) -> bool: ...

    def get(self, ref: str) -> Document:
        """The document whose id is `ref` or starts with `ref` (at least MIN_PREFIX characters)."""

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Documents by publication date (unknown dates last), then id."""

    def count(self) -> int: ...

    def entity_counts(self, limit: int = 200) -> list[tuple[str, int]]:
        """The most mentioned linked entities, as (entity, number of "mention" annotations)."""

    def published_dates(self, doc_ids: Sequence[str]) -> dict[str, str | None]:
        """{doc_id: publication date or None} for the stored documents among `doc_ids`."""

    def annotations(self, doc_id: str, layer: str | None = None) -> list[Annotation]:
        """One document's annotations by start offset (ties in the order they were added)."""

    def mentions_of(self, entity: str, layer: str | None = None, limit: int | None = None,
                    offset: int = 0) -> list[tuple[str, Annotation]]:
        """Annotations linked to `entity`, as (doc_id, annotation), in document order, then start.

        `limit`/`offset` page through an entity with thousands of mentions.
        """

    def statements(self, subject: str | None = None, property: str | None = None,
                   doc_id: str | None = None, value: str | None = None, *, statement_id: str | None = None,
                   limit: int | None = None, offset: int = 0,
                   max_references: int | None = None) -> list[Statement]:
        """Merged statements matching every filter given (`statement_id`: that one statement),
        by subject, property, value, id.

        Each carries all its references in document order, or its first `max_references` (and,
        with `doc_id`, every reference from that document too); `limit`/`offset` page through the
        statements.
        """

    def dated_statements(self, about: str | None = None, *, limit: int | None = None, offset: int = 0,
                         max_references: int | None = None,
                         after: tuple[str, str] | None = None) -> list[Statement]:
        """Statements that have a `sort_date`, earliest first (then by id), about one entity
        (its subject or its value) or all; paged and with references as in `statements()`.

        `after` = (sort_date, id) of a statement: only the statements after it in that order
        (keyset paging: the next page costs what the first costs, where `offset` reads and drops
        every statement before it). `dated_key` gives a statement's key."""

    def statements_by_subject(self, property: str, value: str, *, limit: int | None = None, offset: int = 0,
                              max_references: int | None = None) -> list[Statement]:
        """The statements with this property and value (an office's holders), by subject, each
        subject's earliest first (sort_date, undated last, then id); paged and with references as
        in `statements()`. A page reads the holders' counts, then each holder's first statements
        in date order: about a page of statements, however many the office has."""

    def statement_count(self, subject: str | None = None, property: str | None = None,
                        doc_id: str | None = None, value: str | None = None) -> int:
        """How many statements `statements()` would return with these filters and no limit."""

    def reference_counts(self, statement_ids: Sequence[str]) -> dict[str, int]:
        """The number of references of each statement (0 for an unknown id)."""

    def set_findings(self, findings: Sequence[Finding],
                     doc_ids: Sequence[str] | None = None) -> None:
        """Replace the findings of `doc_ids` (of every document when None) atomically."""

    def findings(self, doc_id: str | None = None, kind: str | None = None) -> list[Finding]:
        """Findings in the order they were set."""

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Documents containing every word of `query`, best first, as (doc_id, snippet)."""

    def close(self) -> None: ...


def statement_identity(statement: Statement) -> str:
    """The JSON of the fields that make a statement what it is (not its references), which
    `statement_id` hashes."""
    data = as_dict(statement)
    # A date's part of a month (TimeQualifier.part) counts only when given, so ids stay as before
    identity = [{k: v for k, v in data[name].items() if not (k == "part" and v is None)}
                if isinstance(data[name], dict) else data[name] for name in IDENTITY_FIELDS]
    return json.dumps(identity, sort_keys=True, ensure_ascii=False)


def statement_id(statement: Statement) -> str:
    """A short, stable hash of the fields that make a statement what it is (not its references)."""
    return hashlib.sha256(statement_identity(statement).encode()).hexdigest()[:16]


def claim_text(statement: Statement) -> str:
    """The statement in one line, for error messages."""
    return f"{statement.subject} {statement.property} {statement.value}"


def merged_statements(doc: Document, statements: Iterable[Statement]) -> list[Statement]:
    """Check `statements` read in `doc`, give each its id, and merge repeats into one statement.

    Returns new Statement objects (the caller's are not changed). References without a document
    id are taken to be about `doc`; a reference to another document is refused (E304), and so is a
    statement without any reference (E303).
    """
    merged: dict[str, Statement] = {}
    for st in statements:
        if not st.references:
            raise StoreError(Errors.E303.format(claim=claim_text(st)))
        copy = Statement.from_dict(as_dict(st))
        for ref in copy.references:
            ref.doc_id = ref.doc_id or doc.id
            if ref.doc_id != doc.id:
                raise StoreError(Errors.E304.format(what=f"statement {claim_text(st)!r}",
                                                    doc_id=ref.doc_id, expected=doc.id))
        copy.id = statement_id(copy)
        if copy.id in merged:
            merged[copy.id].references.extend(copy.references)
        else:
            merged[copy.id] = copy
    return list(merged.values())


def check_findings(findings: Sequence[Finding], doc_ids: Sequence[str] | None) -> None:
    """Refuse a finding about a document whose findings are not being replaced (E305)."""
    if doc_ids is None:
        return
    allowed = set(doc_ids)
    for finding in findings:
        if finding.doc_id not in allowed:
            raise StoreError(Errors.E305.format(doc_id=finding.doc_id))


def normalised_ref(ref: str) -> str:
    """Strip spaces; lower-case a hexadecimal ref, since document ids are lower-case sha256."""
    ref = ref.strip()
    if ref and all(c in "0123456789abcdefABCDEF" for c in ref):
        return ref.lower()
    return ref


def resolve_ref(ref: str, exact: bool, candidates: Sequence[str]) -> str:
    """Pick the one document `ref` names.

    `exact` says whether a document has exactly this id; `candidates` are up to two ids that start
    with `ref`. Raises NotFoundError: E301 too short, E012 none, E013 ambiguous.
    """
    if exact:
        return ref
    if len(ref) < MIN_PREFIX:
        raise NotFoundError(Errors.E301.format(ref=ref, minimum=MIN_PREFIX))
    if not candidates:
        raise NotFoundError(Errors.E012.format(ref=ref))
    if len(candidates) > 1:
        raise NotFoundError(Errors.E013.format(ref=ref))
    return candidates[0]


def document_order(doc: Document) -> tuple:
    """Sort key shared by every backend: publication date (unknown last), then id."""
    return (doc.published is None, doc.published or "", doc.id)


def sort_date(statement: Statement, first_published: str | None) -> str | None:
    """Where a statement goes on a timeline: its earliest own date (start, point in time, end, as
    written), else `first_published`, the publication date of the first article that makes it."""
    own = [t.value for t in (statement.start, statement.point_in_time, statement.end) if t is not None]
    return min(own) if own else first_published


def dated_key(statement: Statement, first_published: str | None) -> tuple[str, str] | None:
    """Where `dated_statements` puts a statement, (sort_date, id), for its `after`: None when it
    has no sort_date. `first_published`: the publication date of its first reference's document
    (its references come in document order, dated documents first)."""
    when = sort_date(statement, first_published)
    return None if when is None else (when, statement.id)


def order_key(doc: Document) -> str:
    """The first part of `document_order` as one short string ("0<published>", unknown dates "1"),
    which the SQLite and PostgreSQL stores keep beside each statement reference so references
    sort from an index; documents of the same date are then ordered by id (the databases sort
    just those ties). It held the first 16 digits of the id too until migration 0007: 17 bytes
    more per reference, twice (row and index), for ties a sort settles as fast.
    """
    return f"0{doc.published}" if doc.published is not None else "1"
