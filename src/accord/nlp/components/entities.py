"""`accord_paragraphs` and `accord_gazetteer`: thin factories over nlp/extract (see docs/nlp.md)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.errors import AccordError, Errors
from accord.nlp import extensions  # noqa: F401  (registers the Doc extensions set here)
from accord.nlp.extract.entities import Gazetteer, gazetteer_matches, merge_entities
from accord.nlp.extract.paragraphs import dateline_ends, list_item_starts, paragraph_starts, wrap_starts


def kb_or_default(kb):
    """The KB given to `initialize`, or the bundled one."""
    if kb is None:
        from accord.kb import load

        kb = load()
    return kb


@Language.factory("accord_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> "ParagraphsComponent":
    return ParagraphsComponent()


class ParagraphsComponent:
    """Marks the first token of each paragraph as a sentence start (runs before the parser), and
    the token after it as none: after a line with no final stop (a headline, a byline, a photo
    credit) the parser cut the paragraph's first word off as a sentence of its own ("Finland" |
    "and Sweden formally applied ..."), losing the claim's subject. A line break inside a
    sentence (text wrapped at a fixed width: `paragraphs.wrap_starts`) starts none."""

    def __call__(self, doc: Doc) -> Doc:
        for i in paragraph_starts(doc):
            doc[i].is_sent_start = True
            following = doc[i + 1] if i + 1 < len(doc) else None
            if following is not None and not following.is_space and "\n" not in doc[i].whitespace_:
                following.is_sent_start = False
        for i in wrap_starts(doc):  # "... the 30th member of\nNATO in March 2024": one sentence
            doc[i].is_sent_start = False
            if doc[i - 1].is_space:
                doc[i - 1].is_sent_start = False
        # "OSLO, Norway —" | "NATO ministers began ...", "•" | "Sweden became ...": the lead or the
        # list item parsed alone
        for i in dateline_ends(doc) + list_item_starts(doc):
            doc[i].is_sent_start = True
            if i + 1 < len(doc) and not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = False  # (else the parser cut the lead's first word off: "NATO" | ...)
        return doc


@Language.factory("accord_gazetteer", requires=["doc.ents"], assigns=["doc.ents", "doc._.links"])
def make_gazetteer(nlp: Language, name: str) -> "GazetteerComponent":
    return GazetteerComponent(nlp, name)


class GazetteerComponent:
    """Merges the KB's names into doc.ents; the matchers are built from the KB in `initialize`."""

    def __init__(self, nlp: Language, name: str):
        self.nlp, self.name = nlp, name
        self.gazetteer: Gazetteer | None = None

    def initialize(self, get_examples=None, nlp=None, kb=None):
        self.gazetteer = Gazetteer.from_kb(nlp or self.nlp, kb_or_default(kb))

    def __call__(self, doc: Doc) -> Doc:
        if self.gazetteer is None:
            raise AccordError(Errors.E204.format(name=self.name))
        spans, links = merge_entities(doc, gazetteer_matches(doc, self.gazetteer))
        doc.ents = spans
        doc._.links = links
        return doc
