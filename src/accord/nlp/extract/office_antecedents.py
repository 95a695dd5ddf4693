"""A bare title in one sentence and the holder's name opening the next: "Ukraine's foreign
minister warned Thursday that ... . Dmytro Kuleba, in Brussels to meet allied officials, said
..." (the newswire lede that names the office first and the person after).

Read only when the first sentence's subject is the title with its state or organisation written
(no name with it), the next sentence opens with a person's name that has no title of its own,
and the KB lists that person as a holder of that office at some time. The pairing is a guess
about who the title means, so the claim carries `attachment` ANTECEDENT, below the verify
threshold: it is supported when the KB agrees on the article's date and never flagged otherwise.

`antecedent_titles(doc, kb, mentions, titled, on)` returns office annotations in offices.py's
shape, spanning the name (the sentence a finding quotes is the name's).
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.model import Annotation
from accord.nlp.extract.office_kinds import office_of_kind
from accord.nlp.extract.titles import HEADS, title_at

ANTECEDENT = 0.4  # below accord.reconcile.verify.THRESHOLD: supports, never flags


def antecedent_titles(doc: Doc, kb, mentions: list[Annotation], titled: set[tuple[int, int]],
                      on: str | None) -> list[Annotation]:
    if kb is None or not doc.has_annotation("SENT_START"):
        return []
    sents = list(doc.sents)
    out = []
    for here, nxt in zip(sents, sents[1:]):
        subject = next((t for t in here if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lower_ in HEADS
                        and t.pos_ == "NOUN"), None)
        if subject is None or any(c.ent_type_ == "PERSON" for c in subject.subtree):
            continue
        found = title_at(doc, subject)
        if found is None or found[1] is None:
            continue
        (start, end), (js, je) = found
        owner = _mention(doc, mentions, js, je, ("state:", "org:"))
        person = _mention(doc, mentions, nxt.start, nxt.start + 1, ("person:",), opening=True)
        if owner is None or person is None or _titled(doc, person, titled):
            continue
        office = kb.find_office(doc[start:end].text, owner.entity) or office_of_kind(
            kb, doc[start:end].text, owner.entity, person.entity, on)  # "America's top diplomat"
        if office is None or not kb.facts(subject=person.entity, property="holds_office", value=office.id):
            continue
        out.append(Annotation(
            layer="office", start=person.start, end=person.end, text=person.text, label="OFFICE", entity=office.id,
            data={"person": person.entity, "person_name": person.data.get("canonical") or person.text,
                  "office": office.id, "office_title": doc[start:end].text, "office_name": office.name,
                  "organisation": owner.entity, "organisation_name": kb.name(owner.entity), "on": on, "kb": True,
                  "inferred": True, "attachment": ANTECEDENT, "link": float(person.data.get("confidence") or 1.0),
                  "since": None, "held": False}))
    return out


def _mention(doc: Doc, mentions: list[Annotation], start: int, end: int, kinds: tuple[str, ...],
             opening: bool = False) -> Annotation | None:
    """The linked mention of one of `kinds` over tokens [start, end) (for `opening`, the one that
    starts at token `start`)."""
    lo = doc[start].idx
    hi = doc[end - 1].idx + len(doc[end - 1])
    for m in mentions:
        if not m.entity or not m.entity.startswith(kinds):
            continue
        if (opening and m.start == lo) or (not opening and lo <= m.start and m.end <= hi):
            return m
    return None


def _titled(doc: Doc, person: Annotation, titled: set[tuple[int, int]]) -> bool:
    """Has the name a title of its own (titles.py found one)?"""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    return span is not None and any(s < span.end and span.start < e for s, e in titled)
