"""`accord_statements`: the statements of a document (see nlp/extract/claims.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp import extensions  # noqa: F401  (registers doc._.statements)
from accord.nlp.extract.claims import statements


@Language.factory(
    "accord_statements",
    requires=["doc.sents", "token.dep"],
    assigns=["doc._.statements"],
)
def make_statements(nlp: Language, name: str) -> "StatementsComponent":
    return StatementsComponent()


class StatementsComponent:
    """Sets doc._.statements. The KB (for resolving summits) is given in `initialize`; the
    statements' references carry no document id until the caller sets it."""

    def __init__(self):
        self.kb = None

    def initialize(self, get_examples=None, nlp=None, kb=None):
        if kb is None:
            from accord.kb import load

            kb = load()
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = statements(doc, self.kb)
        return doc
