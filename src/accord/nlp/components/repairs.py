"""`accord_repairs`: mends parses the small model gets wrong in a way every claim reader would
inherit (nlp/extract/repairs.py has the shapes). Runs after the model's parser; the text, the
tokens and the sentence boundaries are unchanged, only heads and labels move (and the tag and
lemma of a capitalised count noun: "the 27 Member States")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.extract.repairs import repair


@Language.factory("accord_repairs", requires=["token.dep"], assigns=["token.dep", "token.tag", "token.lemma"])
def make_repairs(nlp: Language, name: str) -> "RepairsComponent":
    return RepairsComponent()


class RepairsComponent:
    def __call__(self, doc: Doc) -> Doc:
        repair(doc)
        return doc
