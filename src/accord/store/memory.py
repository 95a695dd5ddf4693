"""The in-memory store: the same behaviour as SQLite, in plain Python, for fast tests.

Everything is copied through JSON on the way in and on the way out, so the store keeps exactly
what SQLite would (a value JSON cannot hold is refused before anything changes) and callers can
never change stored records by mutating what they passed or got back.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from accord.errors import Errors
from accord.model import Annotation, Document, Finding, Statement
from accord.store import text_search
from accord.store.codec import roundtrip
from accord.store.protocol import (
    StoreError, check_findings, document_order, merged_statements, normalised_ref, resolve_ref, sort_date,
)


class MemoryStore:
    """A Store kept in dictionaries; indexes mirror the SQLite ones (per document, per entity)."""

    path = ":memory:"

    def __init__(self) -> None:
        self._docs: dict[str, Document] = {}
        self._annotations: dict[str, list[Annotation]] = {}
        self._by_entity: dict[str, list[tuple[str, Annotation]]] = defaultdict(list)
        self._statements: dict[str, Statement] = {}
        self._statements_of_doc: dict[str, list[str]] = defaultdict(list)
        self._findings: list[Finding] = []

    # -- writing -------------------------------------------------------------------------------

    def add(self, doc: Document, annotations: Sequence[Annotation] = (),
            statements: Sequence[Statement] = ()) -> bool:
        if doc.id in self._docs:
            return False
        # Build every copy first: if one fails, nothing has changed yet (the "transaction").
        stored = roundtrip(doc)
        anns = sorted((roundtrip(a) for a in annotations), key=lambda a: a.start)
        merged = [roundtrip(st) for st in merged_statements(doc, statements)]
        self._docs[doc.id] = stored
        self._annotations[doc.id] = anns
        for a in anns:
            if a.entity is not None:
                self._by_entity[a.entity].append((doc.id, a))
        for st in merged:
            self._merge(doc.id, st)
        return True

    def _merge(self, doc_id: str, st: Statement) -> None:
        known = self._statements.get(st.id)
        if known is None:
            self._statements[st.id] = st
        else:
            known.references.extend(st.references)
        self._statements_of_doc[doc_id].append(st.id)

    def set_findings(self, findings: Sequence[Finding], doc_ids: Sequence[str] | None = None) -> None:
        check_findings(findings, doc_ids)
        for f in findings:
            if f.doc_id not in self._docs:
                raise StoreError(Errors.E306.format(doc_id=f.doc_id))
        copies = [roundtrip(f) for f in findings]
        if doc_ids is None:
            self._findings = copies
            return
        replaced = set(doc_ids)
        self._findings = [f for f in self._findings if f.doc_id not in replaced] + copies

    # -- reading -------------------------------------------------------------------------------

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._docs

    def get(self, ref: str) -> Document:
        ref = normalised_ref(ref)
        exact = ref in self._docs
        candidates = [] if exact else [i for i in self._docs if i.startswith(ref)][:2]
        return roundtrip(self._docs[resolve_ref(ref, exact, candidates)])

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        ordered = sorted(self._docs.values(), key=document_order)
        end = None if limit is None else offset + limit
        return [roundtrip(d) for d in ordered[offset:end]]

    def count(self) -> int:
        return len(self._docs)

    def entity_counts(self, limit: int = 200) -> list[tuple[str, int]]:
        counts = Counter(a.entity for anns in self._annotations.values() for a in anns
                         if a.layer == "mention" and a.entity is not None)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:max(0, limit)]

    def published_dates(self, doc_ids: Sequence[str]) -> dict[str, str | None]:
        return {i: self._docs[i].published for i in doc_ids if i in self._docs}

    def annotations(self, doc_id: str, layer: str | None = None) -> list[Annotation]:
        return [roundtrip(a) for a in self._annotations.get(doc_id, ())
                if layer is None or a.layer == layer]

    def mentions_of(self, entity: str, layer: str | None = None, limit: int | None = None,
                    offset: int = 0) -> list[tuple[str, Annotation]]:
        hits = [(d, a) for d, a in self._by_entity.get(entity, ()) if layer is None or a.layer == layer]
        hits.sort(key=lambda hit: document_order(self._docs[hit[0]]))  # stable: keeps start order
        end = None if limit is None else offset + limit
        return [(d, roundtrip(a)) for d, a in hits[offset:end]]

    def statements(self, subject: str | None = None, property: str | None = None,
                   doc_id: str | None = None, value: str | None = None, *, statement_id: str | None = None,
                   limit: int | None = None, offset: int = 0,
                   max_references: int | None = None) -> list[Statement]:
        chosen = [s for s in self._matching(subject, property, doc_id, value)
                  if statement_id is None or s.id == statement_id]
        end = None if limit is None else offset + limit
        found = [self._with_sorted_references(s) for s in chosen[offset:end]]
        return self._first_references(found, max_references, doc_id)

    @staticmethod
    def _first_references(found: list[Statement], max_references: int | None,
                          doc_id: str | None = None) -> list[Statement]:
        if max_references is not None and max_references >= 0:
            for st in found:
                st.references = [r for i, r in enumerate(st.references)
                                 if i < max_references or r.doc_id == doc_id]
        return found

    def statements_by_subject(self, property: str, value: str, *, limit: int | None = None, offset: int = 0,
                              max_references: int | None = None) -> list[Statement]:
        def order(st: Statement) -> tuple:
            first = min((self._docs[r.doc_id].published for r in st.references
                         if self._docs[r.doc_id].published is not None), default=None)
            when = sort_date(st, first)
            return (st.subject, when is None, when or "", st.id)

        chosen = sorted(self._matching(None, property, None, value), key=order)
        end = None if limit is None else offset + limit
        found = [self._with_sorted_references(s) for s in chosen[offset:end]]
        return self._first_references(found, max_references)

    def dated_statements(self, about: str | None = None, *, limit: int | None = None, offset: int = 0,
                         max_references: int | None = None,
                         after: tuple[str, str] | None = None) -> list[Statement]:
        dated = []
        for st in self._statements.values():
            if about is not None and about not in (st.subject, st.value):
                continue
            first = min((self._docs[r.doc_id].published for r in st.references
                         if self._docs[r.doc_id].published is not None), default=None)
            when = sort_date(st, first)
            if when is not None and (after is None or (when, st.id) > tuple(after)):
                dated.append((when, st.id, st))
        dated.sort(key=lambda item: item[:2])
        end = None if limit is None else offset + limit
        found = [self._with_sorted_references(st) for _, _, st in dated[offset:end]]
        return self._first_references(found, max_references)

    def _matching(self, subject, property, doc_id, value) -> list[Statement]:
        ids = self._statements_of_doc.get(doc_id, []) if doc_id is not None else self._statements
        chosen = [self._statements[i] for i in dict.fromkeys(ids)]
        chosen = [s for s in chosen if (subject is None or s.subject == subject)
                  and (property is None or s.property == property) and (value is None or s.value == value)]
        chosen.sort(key=lambda s: (s.subject, s.property, s.value, s.id))
        return chosen

    def statement_count(self, subject: str | None = None, property: str | None = None,
                        doc_id: str | None = None, value: str | None = None) -> int:
        return len(self._matching(subject, property, doc_id, value))

    def reference_counts(self, statement_ids: Sequence[str]) -> dict[str, int]:
        return {i: len(self._statements[i].references) if i in self._statements else 0
                for i in statement_ids}

    def _with_sorted_references(self, st: Statement) -> Statement:
        copy = roundtrip(st)
        copy.references.sort(key=lambda r: (document_order(self._docs[r.doc_id]), r.start))
        return copy

    def findings(self, doc_id: str | None = None, kind: str | None = None) -> list[Finding]:
        return [roundtrip(f) for f in self._findings
                if (doc_id is None or f.doc_id == doc_id) and (kind is None or f.kind == kind)]

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        words = text_search.query_words(query)
        if not words or limit <= 0:
            return []
        scored = ((text_search.score(words, (d.title, d.text)), d.id) for d in self._docs.values())
        best = text_search.ranked([s for s in scored if s[0] > 0], limit)
        return [(i, text_search.snippet(words, (self._docs[i].text, self._docs[i].title))) for i in best]

    def close(self) -> None:
        """Nothing to release; kept so callers treat every backend alike."""

    def __enter__(self) -> "MemoryStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
