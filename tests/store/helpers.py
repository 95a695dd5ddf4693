"""Small builders for store tests: documents, annotations, statements and findings made by hand."""

from __future__ import annotations

import hashlib

from accord.model import Annotation, Document, Finding, Reference, Removal, Statement, TimeQualifier


def doc(text: str, published: str | None = None, title: str | None = None, doc_id: str | None = None,
        **extra) -> Document:
    """A document whose id is the sha256 of its text, as ingestion makes it (unless given)."""
    return Document(id=doc_id or hashlib.sha256(text.encode()).hexdigest(), text=text,
                    source=f"{title or 'untitled'}.txt", format="txt", title=title,
                    published=published, published_how="header" if published else "unknown",
                    **extra)


def mention(text: str, start: int, entity: str | None = None, layer: str = "mention",
            **data) -> Annotation:
    return Annotation(layer=layer, start=start, end=start + len(text), text=text,
                      label="GPE", entity=entity, data=data)


def mentions_in(document: Document, *pairs: tuple[str, str | None]) -> list[Annotation]:
    """Mention annotations for the first occurrence of each (surface text, entity) in the text."""
    return [mention(surface, document.text.index(surface), entity) for surface, entity in pairs]


def statement(subject: str = "state:NZL", property: str = "partner_of", value: str = "org:NATO",
              document: Document | None = None, span: str | None = None, **fields) -> Statement:
    """A statement with one reference to `span` (or the whole text) of `document`."""
    refs = []
    if document is not None:
        start = document.text.index(span) if span else 0
        end = start + len(span) if span else len(document.text)
        refs.append(Reference(doc_id=document.id, start=start, end=end, sentence=document.text))
    return Statement(subject=subject, property=property, value=value, references=refs, **fields)


def finding(document: Document, kind: str = "supported", explanation: str = "agrees with the KB",
            **fields) -> Finding:
    return Finding(kind=kind, explanation=explanation, doc_id=document.id, start=0, end=4,
                   sentence=document.text, **fields)


def year(value: str) -> TimeQualifier:
    return TimeQualifier(value=value, precision="year")


def day(value: str) -> TimeQualifier:
    return TimeQualifier(value=value, precision="day")


REMOVED = [Removal(step="photo_credit", text="PHOTOGRAPHER/Agency")]


def as_before_0015(patch) -> None:
    """Write statement ids as the versions before migration 0015 did: as their text (statement
    ids as bytes: statement_keys)."""
    from accord.store import postgres, sqlite

    for module, name in ((postgres, "stored_id"), (postgres, "after_key"), (sqlite, "key_of"), (sqlite, "after_key")):
        patch.setattr(module, name, str)
