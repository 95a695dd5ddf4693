"""A store with long pages, for the paging, 390 px and graph tests (no NLP model needed).

The hand-built store (tests/query/store_fixture.py) plus one invented article per NATO member
the KB knows (31), each saying when it joined, a wrong year in every third; so NATO's graph has
32 neighbours with names of every length, and the findings page about 70 findings. Also an
article with no title, an office that only a statement names (no mention, not in the KB), and
Nanaia Mahuta's office said again in four articles (her page must still list it once).
"""

from __future__ import annotations

import hashlib

from accord.model import Annotation, Document, Finding, Reference, Statement, TimeQualifier
from tests.query.store_fixture import MAHUTA, NATO, fill, span

ENVOY = "office:nzl-special-envoy-pacific"  # named by one statement only
UNTITLED_FIRST_LINE = "Alliance members meet as the summit season opens"
MEMBER_ARTICLES = 31


def _document(text: str, name: str, published: str, title: str | None) -> Document:
    return Document(id=hashlib.sha256(text.encode()).hexdigest(), text=text, source=f"long/{name}.txt", format="txt",
                    title=title, published=published, published_how="header")


def _mention(text: str, part: str, entity: str, label: str) -> Annotation:
    s, e = span(text, part)
    return Annotation("mention", s, e, part, label, entity, {"confidence": 1.0})


def _reference(doc: Document, part: str) -> Reference:
    s, e = span(doc.text, part)
    lo = doc.text.rfind("\n", 0, s) + 1
    hi = doc.text.find(".", e) + 1
    return Reference(doc.id, s, e, doc.text[lo:hi], lo)


def _member_article(i: int, state: str, name: str, joined: str):
    year = joined[:4] if i % 3 else str(int(joined[:4]) + 1)  # every third gets the year wrong
    claim = f"{name} has been a member of NATO since {year}"
    text = (f"{name} and the alliance, report {i}\n\n{claim}, officials said on Monday. "
            f"Ministers from {name} will travel to the next summit. Nanaia Mahuta, the Foreign Minister, "
            f"is expected to attend as a guest.")
    published = f"{2019 + i % 6}-{1 + i % 12:02d}-{1 + i % 27:02d}"
    doc = _document(text, f"member-{i:02d}", published, f"{name} and the alliance ({i})")
    annotations = [_mention(text, name, state, "GPE"), _mention(text, "NATO", NATO, "ORG"),
                   _mention(text, "Nanaia Mahuta", MAHUTA, "PERSON")]
    member = Statement(state, "member_of", NATO, start=TimeQualifier(year, "year"), references=[_reference(doc, claim)])
    office = Statement(MAHUTA, "holds_office", "office:nzl-foreign-minister",
                       references=[_reference(doc, "Nanaia Mahuta, the Foreign Minister")])
    statements = [member] + ([office] if i < 4 else [])
    return doc, annotations, statements, (claim, year == joined[:4], joined)


def fill_long(store, kb) -> dict[str, Document]:
    """Write the long store; returns the documents by name ("a", "b", "evil", "untitled",
    "member-00"...)."""
    docs = fill(store)
    members = [f for f in kb.facts(property="member_of", value=NATO) if f.subject != "state:FIN"]
    claims = {}
    for i, fact in enumerate(members[:MEMBER_ARTICLES]):
        doc, annotations, statements, claim = _member_article(i, fact.subject, kb.name(fact.subject), fact.start.value)
        store.add(doc, annotations, statements)
        docs[f"member-{i:02d}"] = doc
        claims[doc.id] = (doc, fact, claim)
    text = (f"{UNTITLED_FIRST_LINE}\n\nNanaia Mahuta was named special envoy for the Pacific, "
            "a post created this year, officials in Wellington said.")
    untitled = _document(text, "untitled", "2024-02-03", None)
    envoy = Statement(MAHUTA, "holds_office", ENVOY, references=[_reference(untitled, "named special envoy for the Pacific")])
    store.add(untitled, [_mention(text, "Nanaia Mahuta", MAHUTA, "PERSON")], [envoy])
    docs["untitled"] = untitled
    findings = list(store.findings())
    by_doc = {st.references[0].doc_id: st for st in store.statements(property="member_of")}
    for doc_id, (doc, fact, (claim, right, joined)) in claims.items():
        st = by_doc[doc_id]
        ref = next(r for r in st.references if r.doc_id == doc_id)
        kind = "supported" if right else "contradicted_by_kb"
        evidence = [{"type": "kb", "subject": fact.subject, "property": "member_of", "value": NATO, "start": joined,
                     "end": None, "point_in_time": None, "source": fact.source, "as_of": "2026-12-01"}]
        words = "The knowledge base records the same." if right else f"The knowledge base records membership since {joined}."
        findings.append(Finding(kind, words, doc_id, ref.start, ref.end, ref.sentence, st.id, evidence, claim,
                                sentence_start=ref.sentence_start))
        travel = _reference(doc, "will travel to the next summit")
        travel_start = doc.text.rfind(". ", 0, travel.start) + 2
        findings.append(Finding("new", "The knowledge base does not list who travels to the next summit.", doc_id,
                                travel.start, travel.end, doc.text[travel_start:doc.text.index(".", travel.end) + 1],
                                None, [], "ministers travel to the summit", sentence_start=travel_start))
    store.set_findings(findings)
    return docs
