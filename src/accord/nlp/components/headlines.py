"""`accord_headlines`: title-case headlines re-parsed from a true-cased copy (nlp/extract/headlines.py).

Runs after the model's own components and before the gazetteer: the copy is parsed by every
component before this one, and its tags, morphology, lemmas, dependencies and entities replace
the line's. The tokens and the text are the article's own.
"""

from __future__ import annotations

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from accord.nlp.components.entities import kb_or_default
from accord.nlp.extract.entities import TYPE_LABELS
from accord.nlp.extract.headlines import case_evidence, headline_lines, kept, truecased

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
IOB_I, IOB_O, IOB_B = 1, 2, 3  # spaCy's codes in ENT_IOB arrays
MAX_NAME_TOKENS = 8


@Language.factory("accord_headlines", requires=["token.dep", "doc.ents"], assigns=["token.dep", "doc.ents"])
def make_headlines(nlp: Language, name: str) -> "HeadlinesComponent":
    return HeadlinesComponent(nlp, name)


class HeadlinesComponent:
    """Re-parses the title-case headline lines of a Doc; the KB's names are read in `initialize`."""

    def __init__(self, nlp: Language, name: str):
        self.nlp, self.name = nlp, name
        self._names: frozenset[tuple[str, ...]] = frozenset()
        self._longest = 1
        self._lexicon: frozenset[str] | None = None
        self._pending: tuple | None = None  # (kb, nlp) whose names are read at the first headline

    def initialize(self, get_examples=None, nlp=None, kb=None):
        """Keep the KB and the pipeline; the names and the lexicon are read from them at the first
        headline line (most articles have none: 0.03 s of every check saved)."""
        self._pending = (kb_or_default(kb), nlp or self.nlp)

    def _read(self) -> None:
        from accord.nlp.tokens_cache import tokenised

        if self._pending is None:
            return
        kb, nlp = self._pending
        types = {e.id: e.type for e in kb.entities()}
        texts = {text for text, entity, kind in kb.surface_forms()
                 if types.get(entity, "") in TYPE_LABELS and kind != "context"}
        tokens = tokenised(nlp, texts)
        self._names = frozenset(lowers for _orths, lowers in tokens.values() if 0 < len(lowers) <= MAX_NAME_TOKENS)
        self._longest = max((len(n) for n in self._names), default=1)
        self._lexicon = english_words(nlp)
        self._pending = None

    @property
    def names(self) -> frozenset[tuple[str, ...]]:
        """The KB's names (their lower-case tokens, at most MAX_NAME_TOKENS) a headline keeps capitalised."""
        self._read()
        return self._names

    @property
    def longest(self) -> int:
        self._read()
        return self._longest

    @property
    def lexicon(self) -> frozenset[str] | None:
        """The model's English words (`english_words`), None when it has none."""
        self._read()
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        lines = headline_lines(doc)
        if not lines:
            return doc
        upper, lower = case_evidence(doc, lines)
        array = doc.to_array(ATTRS)
        changed = False
        for start, end in lines:
            line = doc[start:end]
            words = truecased(line, kept(line, self.names, self.longest, upper, lower, self.lexicon))
            if words == [t.text for t in line]:
                continue
            copy = self._parse(Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in line]))
            array[start:end] = copy.to_array(ATTRS)
            if end < len(doc) and array[end, 6] == IOB_I:  # an entity that ran on past the line
                array[end, 6] = IOB_B
            changed = True
        if changed:
            doc.from_array(ATTRS, array)
        return doc

    def _parse(self, copy: Doc) -> Doc:
        """The copy through every component before this one."""
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            copy = proc(copy)
        return copy


def english_words(nlp: Language) -> frozenset[str] | None:
    """The base forms the model's rule lemmatizer knows (its `lemma_index` table: WordNet's nouns,
    verbs, adjectives and adverbs), or None when it has none."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError):
        return None
    return frozenset(word for key in table.keys() for word in table[key])
