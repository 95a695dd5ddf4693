"""`accord_people`: titled names and consistent people (see nlp/extract/people.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp import extensions  # noqa: F401  (registers the Doc extensions set here)
from accord.nlp.components.entities import kb_or_default
from accord.nlp.extract.people import resolve_people
from accord.nlp.extract.titles import titled_names


@Language.factory("accord_people", requires=["doc.ents", "token.tag", "token.dep"],
                  assigns=["doc.ents", "doc._.people", "doc._.titles", "doc._.links"])
def make_people(nlp: Language, name: str) -> "PeopleComponent":
    return PeopleComponent()


class PeopleComponent:
    """Relabels titled names and family names as people and gives each person one id."""

    def __init__(self):
        self.kb = None

    def initialize(self, get_examples=None, nlp=None, kb=None):
        self.kb = kb_or_default(kb)

    def __call__(self, doc: Doc) -> Doc:
        spans, links, people = resolve_people(doc, self.kb, titled_names(doc))
        doc.ents = spans
        doc._.links = {**(doc._.links or {}), **links}
        doc._.people = people
        doc._.titles = titled_names(doc)  # again: names NER missed are people now
        return doc
