"""Every Doc/Span extension accord sets, registered in one place at import time.

Components import this module; nothing else calls `set_extension`.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "document_date": None,  # ISO date string the article is anchored on, or None
    "document_text": None,  # the whole article's text when the Doc is one part of it, or None
    "mentions": None,  # list of Annotation(layer="mention")
    "anomalies": None,  # list of Annotation(layer="anomaly")
    "people": None,  # dict: person entity id -> {"name": ..., "office": ..., "mentions": [...]}
    "offices": None,  # list of Annotation(layer="office")
    "times": None,  # list of Annotation(layer="time")
    "quotes": None,  # list of Annotation(layer="quote")
    "statements": None,  # list of Statement
    # NLP core internals shared between its components (not stored):
    "links": None,  # dict (start_char, end_char) -> {"entity", "confidence", "how"} for doc.ents
    "titles": None,  # list of accord.nlp.extract.titles.Title (titled names, token offsets)
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
