"""Paragraph breaks as sentence boundaries.

News text marks paragraphs with blank lines and headlines end without a full stop, so the
parser alone runs a headline into the first sentence. `paragraph_starts(doc)` gives the tokens
that open a paragraph; the `accord_paragraphs` component (placed before the parser) marks them
as sentence starts, which the parser then respects.
"""

from __future__ import annotations

from spacy.tokens import Doc


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the first non-space token after each line break."""
    starts = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and ("\n" in prev.text or "\n" in prev.whitespace_):
            starts.append(tok.i)
    return starts
