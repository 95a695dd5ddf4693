"""What the quotation rules read from one sentence, for the quotation tests."""

from __future__ import annotations

from accord.nlp.extract.quotes import quotations


def found(nlp, text: str) -> list[tuple]:
    """Each quotation of `text` as (kind, content, speaker phrase or None)."""
    doc = nlp(text)
    return [(q.kind, text[q.content[0]:q.content[1]], text[q.speaker[0]:q.speaker[1]] if q.speaker else None)
            for q in quotations(doc)]
