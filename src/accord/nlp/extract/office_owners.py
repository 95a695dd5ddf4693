"""An organisation's official named by its possessive alone: "NATO's Rutte said ...", "the
alliance's Stoltenberg" (a headline's and a wire story's short form of "NATO Secretary General
Mark Rutte").

The name carries no title, so the office is the one of that organisation the KB says the
person holds or will hold: read only when the person has exactly one office of it, and only
when a term of it is in force on the day the article speaks of, or every term of it begins more
than half a year later (someone still far from the post). A term already over is not read:
"NATO's Stoltenberg" after 2024 is a loose reference to a former official, not a claim; and the
months between a choice and the start ("NATO's Rutte" after his selection) are left alone.
Organisations only: "Britain's Starmer" may mean the opposition leader.

`surname_holder` serves the titled names: "Finnish President Niinisto" (a surname written without
its accents, which the linker did not find) is the office's holder of that surname, not an
unknown person who never held the office.
"""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from spacy.tokens import Doc

from accord.model import Annotation
from accord.reconcile import timecmp

HELD = 0.8  # the office is the KB's, not written: as sure as a title whose state the KB gave
FAR_AHEAD = timedelta(days=183)


def owned_names(doc: Doc, kb, mentions: list[Annotation], titled: set[tuple[int, int]],
                on: str | None) -> list[Annotation]:
    """Office annotations (offices.py's shape) for "ORG's PERSON" without a title."""
    if kb is None or on is None or timecmp.bounds(on) is None:
        return []
    by_char = {(m.start, m.end): m for m in mentions}
    out = []
    for m in mentions:
        if m.label != "PERSON" or not m.entity or not m.entity.startswith("person:"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or (span.start, span.end) in titled or span.start < 2:
            continue
        if doc[span.start - 1].lower_ not in ("'s", "’s"):
            continue
        owner = _owner(doc, span.start - 1, by_char)
        office = _office(kb, m.entity, owner.entity, on) if owner is not None else None
        if office is not None:
            out.append(office_annotation(kb, doc, owner, m, office, on, HELD))
    return out


def _owner(doc: Doc, apostrophe: int, by_char: dict) -> Annotation | None:
    """The organisation mention ending right before the "'s"."""
    end = doc[apostrophe - 1].idx + len(doc[apostrophe - 1])
    found = next((m for (s, e), m in by_char.items() if e == end), None)
    return found if found is not None and (found.entity or "").startswith("org:") else None


def _office(kb, person: str, org: str, on: str):
    """The person's one office of `org`, when its terms say the claim can be read (see above)."""
    offices = {f.value for f in kb.facts(subject=person, property="holds_office")
               if kb.entity(f.value).attrs.get("jurisdiction") == org}
    if len(offices) != 1:
        return None
    office = offices.pop()
    terms = kb.facts(subject=person, property="holds_office", value=office)
    if any(timecmp.active_on(f.start, f.end, on, f.point_in_time) for f in terms):
        return kb.entity(office)
    last_day = timecmp.bounds(on)[1]
    starts = [timecmp.bounds(f.start)[0] if f.start and timecmp.bounds(f.start) else None for f in terms]
    if starts and all(s is not None and s - last_day > FAR_AHEAD for s in starts):
        return kb.entity(office)
    return None


def office_annotation(kb, doc: Doc, owner: Annotation, person: Annotation, office, on: str,
                      attachment: float) -> Annotation:
    """An office annotation in offices.py's shape, spanning the owner's and the person's mentions."""
    start, end = min(owner.start, person.start), max(owner.end, person.end)
    return Annotation(layer="office", start=start, end=end, text=doc.text[start:end], label="OFFICE", entity=office.id,
                      data={"person": person.entity, "person_name": person.data.get("canonical") or person.text,
                            "office": office.id, "office_title": None, "office_name": office.name,
                            "organisation": owner.entity, "organisation_name": kb.name(owner.entity), "on": on,
                            "kb": True, "inferred": attachment < 1.0, "attachment": attachment,
                            "link": float(person.data.get("confidence") or 1.0), "since": None, "held": False})


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def surname_holder(kb, office: str | None, name: str) -> str | None:
    """The one holder of `office` whose family name is `name` (a single word, accents aside)."""
    if kb is None or not office or len(name.split()) != 1:
        return None
    holders = {f.subject for f in kb.facts(property="holds_office", value=office)}
    found = [h for h in holders if _fold(kb.entity(h).name.split()[-1]) == _fold(name)]
    return found[0] if len(found) == 1 else None
