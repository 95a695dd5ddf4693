"""A small hand-built store for the query, API, web and export tests (no NLP model needed).

Two invented articles about New Zealand and NATO (one says New Zealand is "not a partner", the
other that it is one), with mentions, a quote, an office, statements and findings written as
the pipeline would write them; and a third article carrying HTML and script injection attempts.
"""

from __future__ import annotations

import hashlib

from accord.model import Annotation, Document, Finding, Reference, Statement, TimeQualifier

ARTICLE_A = (
    "Wellington weighs closer NATO ties\n\n"
    "New Zealand, which is not a partner of NATO, sent its Foreign Minister Nanaia Mahuta to Brussels "
    "this week. \"We will keep working with friends who share our values,\" Mahuta said. "
    "Officials said the NAITO meeting went well."
)
ARTICLE_B = (
    "Partners across the globe\n\n"
    "New Zealand and NATO have been partners since 2012, officials in Wellington said. "
    "Finland joined NATO in 2023."
)
INJECTION = (
    "Injection test <script>alert('x')</script>\n\n"
    "New Zealand said <img src=x onerror=alert(1)> nothing <b>bold</b> about NATO."
)
NZ, NATO, MAHUTA, FIN = "state:NZL", "org:NATO", "person:nanaia-mahuta", "state:FIN"


def _doc(text: str, source: str, published: str, title: str) -> Document:
    return Document(id=hashlib.sha256(text.encode()).hexdigest(), text=text, source=source, format="txt",
                    title=title, published=published, published_how="header")


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `part` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _mention(text: str, part: str, entity: str | None, label: str, nth: int = 0) -> Annotation:
    s, e = span(text, part, nth)
    return Annotation("mention", s, e, part, label, entity, {"confidence": 1.0})


def _sentence_of(text: str, s: int) -> tuple[int, int, str]:
    lo = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1, 0)
    hi = text.find(". ", s)
    hi = len(text) if hi == -1 else hi + 1
    return lo, hi, text[lo:hi]


def _ref(doc: Document, part: str) -> Reference:
    s, e = span(doc.text, part)
    lo, _, sentence = _sentence_of(doc.text, s)
    return Reference(doc.id, s, e, sentence, lo)


def article_a():
    doc = _doc(ARTICLE_A, "a.txt", "2023-04-11", "Wellington weighs closer NATO ties")
    t = doc.text
    q = span(t, "We will keep working with friends who share our values,")
    annotations = [
        _mention(t, "New Zealand", NZ, "GPE"), _mention(t, "NATO", NATO, "ORG", 1),
        _mention(t, "Nanaia Mahuta", MAHUTA, "PERSON"), _mention(t, "Mahuta", MAHUTA, "PERSON", 1),
        _mention(t, "Brussels", None, "GPE"), _mention(t, "NAITO", NATO, "ORG"),
        Annotation("quote", q[0], q[1], t[q[0]:q[1]], "direct", MAHUTA,
                   {"speaker_text": "Mahuta", "speaker_office": "Foreign Minister", "cue": list(span(t, "said")),
                    "speaker": list(span(t, "Mahuta", 1))}),
        Annotation("office", *span(t, "Foreign Minister Nanaia Mahuta"), "Foreign Minister Nanaia Mahuta",
                   None, "office:nzl-foreign-minister",
                   {"person": MAHUTA, "office": "office:nzl-foreign-minister", "on": "2023-04-11"}),
        Annotation("anomaly", *span(t, "NAITO"), "NAITO", "ORG", NATO, {"suggestion": NATO, "suggested_name": "NATO"}),
    ]
    not_partner = Statement(NZ, "partner_of", NATO, polarity="negated",
                            references=[_ref(doc, "New Zealand, which is not a partner of NATO")])
    office = Statement(MAHUTA, "holds_office", "office:nzl-foreign-minister",
                       references=[_ref(doc, "Foreign Minister Nanaia Mahuta")])
    return doc, annotations, [not_partner, office]


def article_b():
    doc = _doc(ARTICLE_B, "b.txt", "2022-06-20", "Partners across the globe")
    t = doc.text
    annotations = [_mention(t, "New Zealand", NZ, "GPE"), _mention(t, "NATO", NATO, "ORG"),
                   _mention(t, "Finland", FIN, "GPE"), _mention(t, "NATO", NATO, "ORG", 1),
                   Annotation("time", *span(t, "2012"), "2012", "DATE", None, {"value": "2012", "precision": "year"})]
    partner = Statement(NZ, "partner_of", NATO, start=TimeQualifier("2012", "year"),
                        references=[_ref(doc, "New Zealand and NATO have been partners since 2012")])
    joined = Statement(FIN, "joined", NATO, point_in_time=TimeQualifier("2023", "year"),
                       references=[_ref(doc, "Finland joined NATO in 2023")])
    return doc, annotations, [partner, joined]


def injection():
    doc = _doc(INJECTION, "evil.html", "2023-01-02", "Injection <script>alert('t')</script>")
    t = doc.text
    annotations = [_mention(t, "New Zealand", NZ, "GPE"), _mention(t, "NATO", NATO, "ORG")]
    said = Statement(NZ, "said", "<img src=x onerror=alert(1)>", modality="reported",
                     references=[_ref(doc, "New Zealand said <img src=x onerror=alert(1)> nothing")])
    return doc, annotations, [said]


def findings_for(store) -> list[Finding]:
    """Findings as verification would set them, pointing at the stored statements."""
    a, b = article_a()[0], article_b()[0]
    by_claim = {(st.subject, st.property, st.polarity): st for st in store.statements()}
    neg = by_claim[(NZ, "partner_of", "negated")]
    pos = by_claim[(NZ, "partner_of", "affirmed")]
    office = by_claim[(MAHUTA, "holds_office", "affirmed")]
    ref_neg, ref_pos, ref_off = neg.references[0], pos.references[0], office.references[0]
    kb_fact = {"type": "kb", "subject": NZ, "property": "partner_of", "value": NATO, "start": "2012-06-04",
               "end": None, "point_in_time": None, "source": "https://www.nato.int/cps/en/natohq/topics_49188.htm",
               "as_of": "2024-01-01"}

    def finding(kind, st, ref, explanation, evidence, claim):
        return Finding(kind, explanation, ref.doc_id, ref.start, ref.end, ref.sentence, st.id, evidence, claim,
                       sentence_start=ref.sentence_start)

    s, e = span(a.text, "NAITO")
    lo, _, sentence = _sentence_of(a.text, s)
    return [
        finding("contradicted_by_kb", neg, ref_neg, "The knowledge base records New Zealand as a partner of NATO since 2012-06-04.",
                [kb_fact], "New Zealand not partner of NATO"),
        finding("conflicting_sources", neg, ref_neg, "Another article says the opposite: New Zealand partner of NATO since 2012.",
                [{"type": "document", "doc_id": b.id, "start": ref_pos.start, "end": ref_pos.end, "sentence": ref_pos.sentence}],
                "New Zealand not partner of NATO"),
        Finding("surface_anomaly", '"NAITO" is likely a misspelling of NATO.', a.id, s, e, sentence, None,
                [{"type": "kb", "entity": NATO, "name": "NATO", "score": 90}], "NAITO", sentence_start=lo),
        finding("supported", office, ref_off, "The knowledge base records the same.", [dict(kb_fact, subject=MAHUTA, property="holds_office", value="office:nzl-foreign-minister", start="2020-11-06", end="2023-11-27")],
                "Nanaia Mahuta holds the office of Foreign Minister of New Zealand"),
        finding("supported", pos, ref_pos, "The knowledge base records the same.", [kb_fact], "New Zealand partner of NATO since 2012"),
    ]


def fill(store, with_injection: bool = True):
    """Write the articles and their findings into `store`; returns the documents by name."""
    docs = {}
    for name, build in (("a", article_a), ("b", article_b)) + ((("evil", injection),) if with_injection else ()):
        doc, annotations, statements = build()
        store.add(doc, annotations, statements)
        docs[name] = doc
    store.set_findings(findings_for(store))
    return docs
