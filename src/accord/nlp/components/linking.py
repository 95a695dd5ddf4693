"""`accord_linker` and `accord_anomalies`: mentions linked to the KB, likely misspellings."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp import extensions  # noqa: F401  (registers the Doc extensions set here)
from accord.nlp.components.entities import kb_or_default
from accord.nlp.extract.anomalies import FormIndex, Settings, link_misspelt, misspellings
from accord.nlp.extract.linking import link_mentions


@Language.factory("accord_linker", requires=["doc.ents"], assigns=["doc._.mentions"])
def make_linker(nlp: Language, name: str) -> "LinkerComponent":
    return LinkerComponent()


class LinkerComponent:
    """Sets doc._.mentions: every named entity with its KB link (or none) and a confidence."""

    def __init__(self):
        self.kb = None

    def initialize(self, get_examples=None, nlp=None, kb=None):
        self.kb = kb_or_default(kb)

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = link_mentions(doc, self.kb, doc._.links or {})
        return doc


@Language.factory(
    "accord_anomalies",
    default_config={"min_length": 6, "min_length_caps": 4, "min_score": 80.0, "long_name": 9},
    requires=["doc._.mentions", "token.tag"],
    assigns=["doc._.anomalies", "doc._.mentions"],
)
def make_anomalies(nlp: Language, name: str, min_length: int, min_length_caps: int, min_score: float,
                   long_name: int) -> "AnomaliesComponent":
    return AnomaliesComponent(Settings(min_length, min_length_caps, min_score, long_name))


class AnomaliesComponent:
    """Sets doc._.anomalies (likely misspellings of KB names) and links the misspelt mentions."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.kb = None
        self.index: FormIndex | None = None

    def initialize(self, get_examples=None, nlp=None, kb=None):
        self.kb = kb_or_default(kb)
        self.index = FormIndex.from_kb(self.kb)

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.mentions or []
        doc._.anomalies = misspellings(doc, self.index, mentions, self.kb, self.settings)
        link_misspelt(mentions, doc._.anomalies)
        return doc
