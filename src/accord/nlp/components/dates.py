"""`accord_dates`: the document's time expressions, normalised to its date (nlp/extract/dates.py).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.model import Annotation
from accord.nlp import extensions  # noqa: F401  (registers doc._.times and doc._.document_date)
from accord.nlp.extract.dates import TimeExpression, time_expressions


@Language.factory("accord_dates", assigns=["doc._.times"])
def make_dates(nlp: Language, name: str) -> "DatesComponent":
    return DatesComponent()


def as_annotation(expression: TimeExpression) -> Annotation:
    """A TimeExpression as the store keeps it: layer "time", label = TIMEX3 type."""
    return Annotation(layer="time", start=expression.start, end=expression.end,
                      text=expression.text, label=expression.type, data=expression.to_data())


class DatesComponent:
    """Sets doc._.times from doc.text, anchored on doc._.document_date (None: years unknown).
    Needs no other component: the expressions come from the text alone."""

    def __call__(self, doc: Doc) -> Doc:
        found = time_expressions(doc.text, doc._.document_date)
        doc._.times = [as_annotation(t) for t in found]
        return doc
