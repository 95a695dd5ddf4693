"""Small pieces every query shares: entity names, statements and documents as plain dicts,
date filters.

Everything returned is JSON-ready (dicts, lists, strings, numbers), because the same data is
printed by the CLI, returned by the API and rendered by the web pages.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from accord.errors import AccordError, Errors
from accord.model import Document, Statement, TimeQualifier

# Words for the closed vocabulary of properties (DESIGN.md, data model); unknown ones are spelt out.
PROPERTY_WORDS = {
    "member_of": "member of",
    "partner_of": "partner of",
    "candidate_for": "candidate for membership of",
    "cooperates_with": "in dialogue and cooperation with",
    "participant_in": "participant in",
    "holds_office": "holds the office of",
    "invited_to": "invited to",
    "attended": "attended",
    "joined": "joined",
    "applied_to": "applied to join",
    "left": "left",
    "contributed_to": "contributed to",
    "located_in": "located in",
    "took_place_on": "took place on",
    "invaded": "invaded",
    "said": "said",
    "established": "established",
    "applies_to": "applies to",
    "not_applicable_to": "does not apply to",
}

# References a page shows per statement (the earliest articles), beside its `references_total`:
# the article and entity pages and the timeline.
REFERENCES = 10

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Names:
    """Entity id -> display name: the KB's name, else the text of a stored mention, else the id.

    Cached per instance; make one per request or command.
    """

    def __init__(self, store, kb=None):
        self.store, self.kb, self._cache = store, kb, {}

    def __call__(self, entity_id: str | None) -> str:
        if not entity_id:
            return ""
        if entity_id not in self._cache:
            self._cache[entity_id] = self._lookup(entity_id)
        return self._cache[entity_id]

    def _lookup(self, entity_id: str) -> str:
        if self.kb is not None and self.kb.has(entity_id):
            return self.kb.name(entity_id)
        for _, mention in self.store.mentions_of(entity_id, layer="mention", limit=1):
            return mention.text
        if ":" in entity_id:  # a minted id such as person:piers-cazalet
            return entity_id.split(":", 1)[1].replace("-", " ").title()
        return entity_id

    def type_of(self, entity_id: str) -> str:
        if self.kb is not None and self.kb.has(entity_id):
            return self.kb.entity(entity_id).type
        prefix = entity_id.split(":", 1)[0] if ":" in entity_id else ""
        return {"org": "organisation"}.get(prefix, prefix or "unknown")


_ENTITY_ID = re.compile(r"^[a-z]+:[^\s]+$")


def is_entity_id(value: str) -> bool:
    """Statement values are entity ids ("org:NATO") or literals ("$10m", "2023-07-11")."""
    return bool(_ENTITY_ID.match(value or ""))


TITLE_CHARS = 120  # a title made from the first line is cut here


def display_title(doc) -> str:
    """The document's title; without one, its first line of text (cut at TITLE_CHARS), which
    reads like a headline in most articles; the source only for an empty text."""
    if doc.title and doc.title.strip():
        return doc.title.strip()
    text = getattr(doc, "text", None) or ""  # a DocumentBrief (pipeline.py) carries no text
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if len(line) > TITLE_CHARS:
        line = line[:TITLE_CHARS - 1].rstrip() + "\u2026"
    return line or doc.source


def document_brief(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "title": display_title(doc), "source": doc.source, "url": doc.url,
            "published": doc.published, "format": doc.format}


def time_dict(t: TimeQualifier | None) -> dict[str, str] | None:
    return {"value": t.value, "precision": t.precision} if t is not None else None


def statement_words(st: Statement, names: Names) -> str:
    """The statement in one line: "New Zealand not partner of NATO since 2021"."""
    words = PROPERTY_WORDS.get(st.property, st.property.replace("_", " "))
    value = names(st.value) if is_entity_id(st.value) else st.value
    text = f"{names(st.subject)} {'not ' if st.polarity == 'negated' else ''}{words} {value}"
    if st.start is not None:
        text += f" since {st.start.value}"
    if st.end is not None:
        text += f" until {st.end.value}"
    if st.point_in_time is not None:
        text += f" in {st.point_in_time.value}"
    if st.modality != "fact":
        text += f" ({st.modality})"
    return text


def statement_dict(st: Statement, names: Names) -> dict[str, Any]:
    """A stored statement with names beside the ids and the one-line wording."""
    data = st.to_dict()
    data["subject_name"] = names(st.subject)
    data["value_name"] = names(st.value) if is_entity_id(st.value) else st.value
    data["words"] = statement_words(st, names)
    data["asserted_by_name"] = "the article" if st.asserted_by in (None, "article") else names(st.asserted_by)
    return data


def check_date(value: str | None, what: str = "date") -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD filter, or None; AccordError (E104) otherwise."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise AccordError(Errors.E601.format(value=value))
    try:
        date(int(value[:4]), int(value[5:7] or 1), int(value[8:10] or 1))
    except ValueError:  # 2023-13, 2023-02-30
        raise AccordError(Errors.E601.format(value=value)) from None
    return value


def lower(value: str) -> str:
    """First day a date can mean ("2012" -> "2012-01-01")."""
    parts = value.split("-")
    return "-".join([parts[0], parts[1] if len(parts) > 1 else "01", parts[2] if len(parts) > 2 else "01"])


def upper(value: str) -> str:
    """Last day (loosely: 31 for any month, enough for comparing ISO strings) a date can mean."""
    parts = value.split("-")
    return "-".join([parts[0], parts[1] if len(parts) > 1 else "12", parts[2] if len(parts) > 2 else "31"])


def overlaps(date: str, start: str | None, end: str | None) -> bool:
    """Can `date` (at its precision) fall between `start` and `end` (each optional, inclusive)?"""
    if start is not None and upper(date) < lower(start):
        return False
    if end is not None and lower(date) > upper(end):
        return False
    return True
