"""Docs built by hand (no model): words, parts of speech and NER labels given per token."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_NLP = spacy.blank("en")


def blank():
    return _NLP


def make_doc(spec: str) -> Doc:
    """Tokens as "word/POS/IOB-LABEL" separated by spaces ("/" parts optional):
    "NATO/PROPN/B-ORG says/VERB" -> a Doc whose ents are read from the IOB tags. A token
    written "word_" has no space after it."""
    words, spaces, pos, ents = [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        word = parts[0]
        space = not word.endswith("_")
        word = word.rstrip("_") if len(word) > 1 else word
        words.append(word)
        spaces.append(space)
        pos.append(parts[1] if len(parts) > 1 and parts[1] else ("PUNCT" if not word.isalnum() else "NOUN"))
        ents.append(parts[2] if len(parts) > 2 else "O")
    return Doc(_NLP.vocab, words=words, spaces=spaces, pos=pos, ents=ents)
