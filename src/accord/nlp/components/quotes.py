"""`accord_quotes`: the document's quotations and their speakers (nlp/extract/quotes.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp import extensions  # noqa: F401  (registers doc._.quotes)
from accord.nlp.extract.quotes import quotations, quote_annotations


@Language.factory("accord_quotes", requires=["doc.sents", "doc.ents", "token.dep"], assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str) -> "QuotesComponent":
    return QuotesComponent()


class QuotesComponent:
    """Sets doc._.quotes to `Annotation(layer="quote")`s. Works on a bare parsed Doc and uses
    doc._.people and doc._.offices when the NLP core has set them."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = quote_annotations(doc, quotations(doc))
        return doc
