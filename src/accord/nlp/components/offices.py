"""`accord_offices`: who holds which office on the article's date (see nlp/extract/offices.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp import extensions  # noqa: F401  (registers the Doc extensions set here)
from accord.nlp.components.entities import kb_or_default
from accord.nlp.extract.dates.normalise import day_month_ambiguous
from accord.nlp.extract.offices import offices


@Language.factory("accord_offices", requires=["doc._.mentions", "doc._.titles"],
                  assigns=["doc._.offices", "doc._.people"])
def make_offices(nlp: Language, name: str) -> "OfficesComponent":
    return OfficesComponent()


class OfficesComponent:
    """Sets doc._.offices and adds each person's office to doc._.people."""

    def __init__(self):
        self.kb = None

    def initialize(self, get_examples=None, nlp=None, kb=None):
        self.kb = kb_or_default(kb)

    def __call__(self, doc: Doc) -> Doc:
        # a numeric date whose day and month could be swapped ("7/3/2024") dates no title (fa25)
        times = [t for t in doc._.times or [] if not day_month_ambiguous(doc.text[t.start:t.end])]
        found = offices(doc, self.kb, doc._.titles or [], doc._.mentions or [], doc._.document_date, times)
        doc._.offices = found
        people = doc._.people or {}
        for office in found:
            entry = people.get(office.data["person"])
            if entry is not None and not entry.get("office"):
                entry.update(office=office.data["office_title"], office_id=office.data["office"],
                             organisation=office.data["organisation"])
        return doc
