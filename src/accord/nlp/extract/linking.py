"""Every entity mention linked to the KB or marked unlinked, with a confidence.

`link_mentions(doc, kb, links)` turns the final `doc.ents` into `Annotation(layer="mention")`.
Spans the gazetteer or the people extractor already linked keep their link; the others are
looked up by name in the KB (`KB.resolve`, after dropping "the" and a possessive), a form that
names several entities going to the one the document names elsewhere. People the KB does not
know carry a minted id; other unknown names stay unlinked (entity None, kb False).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from accord.model import Annotation

# Labels that name things; numbers, dates and amounts are not entity mentions (the dates
# component reads time expressions).
MENTION_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT",
                            "WORK_OF_ART", "LANGUAGE"})
RESOLVED_CONFIDENCE = 0.85
_POSSESSIVE = ("'s", "’s", "'", "’")


def name_key(text: str) -> str:
    """The text of a mention as a name: without a leading "the" or a trailing possessive."""
    text = text.strip()
    for suffix in _POSSESSIVE:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.strip()


def resolve_link(span: Span, kb, named: Counter) -> dict:
    """The link of an entity span the gazetteer did not match: a KB name, else unlinked."""
    if kb is None or span.label_ == "PERSON":
        return {"entity": None, "confidence": 0.0, "how": "unlinked"}
    hits = [e for e in kb.resolve(name_key(span.text)) if e.type not in ("office", "person", "party", "legislature")]
    if len(hits) == 1:
        return {"entity": hits[0].id, "confidence": RESOLVED_CONFIDENCE, "how": "kb:resolve"}
    if hits:
        counts = sorted(((named[e.id], e.id) for e in hits), reverse=True)
        if counts[0][0] > counts[1][0]:
            return {"entity": counts[0][1], "confidence": 0.6, "how": "kb:resolve-context"}
        return {"entity": None, "confidence": 0.0, "how": "ambiguous", "candidates": sorted(e.id for e in hits)}
    return {"entity": None, "confidence": 0.0, "how": "unlinked"}


def link_mentions(doc: Doc, kb, links: dict[tuple[int, int], dict]) -> list[Annotation]:
    """One mention annotation per named entity of `doc.ents`, in text order."""
    named = Counter(l["entity"] for l in links.values() if l.get("entity"))
    out = []
    for span in doc.ents:
        if span.label_ not in MENTION_LABELS:
            continue
        link = links.get((span.start_char, span.end_char)) or resolve_link(span, kb, named)
        out.append(mention(span, link, kb))
    return out


def mention(span: Span, link: dict, kb) -> Annotation:
    """The annotation of one linked (or unlinked) span."""
    entity = link.get("entity")
    in_kb = bool(entity and kb is not None and kb.has(entity))
    canonical = kb.name(entity) if in_kb else None
    data = {"confidence": round(float(link.get("confidence") or 0.0), 3), "kb": in_kb,
            "canonical": canonical, "how": link.get("how")}
    if link.get("candidates"):
        data["candidates"] = link["candidates"]
    return Annotation(layer="mention", start=span.start_char, end=span.end_char, text=span.text,
                      label=span.label_, entity=entity, data=data)
