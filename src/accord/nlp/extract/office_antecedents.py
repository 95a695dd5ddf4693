"""A bare title in one sentence and the holder's name opening the next: "Ukraine's foreign
minister warned Thursday that ... . Dmytro Kuleba, in Brussels to meet allied officials, said
..." (the newswire lede that names the office first and the person after).

Read only when the first sentence's subject is the title with its state or organisation written
(no name with it), the next sentence opens with a person's name that has no title of its own,
and the KB lists that person as a holder of that office at some time. The pairing is a guess
about who the title means, so the claim carries `attachment` ANTECEDENT, below the verify
threshold: it is supported when the KB agrees on the article's date and never flagged otherwise.

The other way round, a name and then a definite title that refers back to it: "Trump said he
was unlikely to get on with David Cameron because the British prime minister cast him as ...",
"Biden, echoing Erdogan, turned a blind eye to the Turkish president's new bid", "... Hillary
Clinton ... the morning after the former Secretary of State cemented her status". A title
written "Canada's prime minister" may come before the name ("called Canada's prime minister
two-faced after Justin Trudeau was caught ..."). Read when exactly one person named in the
title's sentence or the one before held that office on the article's day (or, for "the former
T", before it) by the KB; also at `attachment` ANTECEDENT (it supports, it never flags: the KB's
agreement is what picks the person). `back_titles` returns those.

`antecedent_titles(doc, kb, mentions, titled, on)` returns office annotations in offices.py's
shape, spanning the name (the sentence a finding quotes is the name's).
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.model import Annotation
from accord.nlp.extract.office_kinds import office_of_kind
from accord.nlp.extract.title_tense import FORMER
from accord.nlp.extract.titles import HEADS, HONORIFICS, title_at
from accord.reconcile import timecmp

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
    return out + back_titles(doc, kb, mentions, titled, on)


def back_titles(doc: Doc, kb, mentions: list[Annotation], titled: set[tuple[int, int]],
                on: str | None) -> list[Annotation]:
    """ "... David Cameron because the British prime minister ...": see the module's docstring."""
    if kb is None or on is None or not doc.has_annotation("SENT_START"):
        return []
    from accord.nlp.extract.offices import _held_jurisdiction

    sents = list(doc.sents)
    people = [m for m in mentions if m.entity and m.entity.startswith("person:") and kb.has(m.entity)]
    out, seen = [], set()
    for n, sent in enumerate(sents):
        for tok in sent:
            if tok.lower_ not in HEADS or tok.pos_ not in ("NOUN", "PROPN") or tok.i in seen:
                continue
            found = title_at(doc, tok)
            if found is None:
                continue
            (start, end), jurisdiction = found
            seen.update(range(start, end))
            first = jurisdiction[0] if jurisdiction and jurisdiction[1] <= start else start
            before = [t.lower_ for t in doc[max(sent.start, first - 2):first]]
            former = any(w in FORMER for w in before)
            owned = jurisdiction is not None and doc[jurisdiction[1] - 1].lower_ in ("'s", "’s") or (
                jurisdiction is not None and jurisdiction[1] < len(doc) and doc[jurisdiction[1]].lower_ in ("'s", "’s"))
            if not owned and (not before or before[-1] not in ("the", *FORMER) or "the" not in before):
                continue  # a definite title only: "the British prime minister", "the former T", "Canada's prime minister"
            if _with_name(doc, first, end):
                continue  # a title with its own name: titles.py's
            lo, hi = doc[first].idx, doc[end - 1].idx + len(doc[end - 1])
            window = (sents[n - 1].start_char if n else sent.start_char)
            named = {m.entity for m in people if window <= m.start and m.end <= sent.end_char
                     and not (m.start < hi and lo < m.end)}
            title = doc[start:end].text
            owner = _mention(doc, mentions, jurisdiction[0], jurisdiction[1], ("state:", "org:")) if jurisdiction else None
            fits = []
            for person in named:
                where = owner.entity if owner is not None else _held_jurisdiction(kb, person, title)
                office = kb.find_office(title, where) if where else None
                if office is not None and _in_office(kb, person, office.id, on, former):
                    fits.append((person, office))
            if len(fits) != 1:
                continue
            person, office = fits[0]
            span = doc[first:end]
            out.append(Annotation(
                layer="office", start=span.start_char, end=span.end_char, text=span.text, label="OFFICE",
                entity=office.id, data={"person": person, "person_name": kb.name(person), "office": office.id,
                                        "office_title": title, "office_name": office.name,
                                        "organisation": office.attrs.get("jurisdiction"),
                                        "organisation_name": kb.name(office.attrs.get("jurisdiction")) if office.attrs.get("jurisdiction") else None,
                                        "on": on, "kb": True, "inferred": True, "attachment": ANTECEDENT, "link": 1.0,
                                        "since": None, "held": former, "former": former}))
    return out


def _with_name(doc: Doc, first: int, end: int) -> bool:
    """Is the title written with a name of its own: right after it ("the prime minister, Dr X",
    "the prime minister X") or right before it ("X, the British prime minister", "X (the ...)")?"""
    j = end
    while j < len(doc) and (doc[j].text in (",", "(") or doc[j].lower_.rstrip(".") in HONORIFICS or doc[j].text == "."):
        j += 1
    if j < len(doc) and j - end <= 4 and doc[j].ent_type_ == "PERSON":
        return True
    k = first - 1
    while k >= 0 and doc[k].lower_ in ("the", "former", "ex", "then"):
        k -= 1
    return k >= 1 and doc[k].text in (",", "(") and doc[k - 1].ent_type_ == "PERSON"


def _in_office(kb, person: str, office: str, on: str, former: bool) -> bool:
    """Does the KB have the person in the office on `on` (for a former title: leaving it by then)?"""
    for fact in kb.facts(subject=person, property="holds_office", value=office):
        if former:
            end = timecmp.bounds(fact.end.value) if fact.end is not None else None
            if end is not None and timecmp.bounds(on) is not None and end[0] <= timecmp.bounds(on)[1]:
                return True
        elif timecmp.active_on(fact.start, fact.end, on, fact.point_in_time):
            return True
    return False


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
