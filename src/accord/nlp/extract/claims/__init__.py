"""Statements (claims) read off the dependency parse, one module per claim family.

Each module of this package other than `grammar` is a family: it has `ORDER` (families run in
that order over every sentence; summits first, because invitations refer to them) and
`extract(ctx, sent) -> list[Statement]`, and may have `CHECKS`, {property: rule}, the KB checks
of the properties it makes (see `accord.reconcile.kbcheck`), and `WORDS`, {property: words or
function}, how a finding names its claims (see `accord.reconcile.verify.describe`). A family is added by adding its
module: the package finds it.

A pure function over a parsed `Doc` whose mentions are linked (`doc._.mentions`), with time
expressions (`doc._.times`) and quotations (`doc._.quotes`). Each statement carries its polarity,
modality, time qualifiers, who asserts it (a quoted speaker or the article) and its reference.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc, Span

from accord.model import Reference, Statement
from accord.nlp.extract.claims import _colon_lists as colon_lists
from accord.nlp.extract.claims import _gapping as gapping
from accord.nlp.extract.claims.grammar import Context

NOT_FAMILIES = {"grammar"}


@lru_cache(maxsize=1)
def families() -> tuple:
    """The family modules of this package, in their ORDER."""
    found = [importlib.import_module(f"{__name__}.{m.name}") for m in pkgutil.iter_modules(__path__)
             if m.name not in NOT_FAMILIES and not m.name.startswith("_")]
    return tuple(sorted(found, key=lambda m: (m.ORDER, m.__name__)))


def kb_checks() -> dict:
    """{property: rule} from every family's CHECKS."""
    return {prop: rule for family in families() for prop, rule in getattr(family, "CHECKS", {}).items()}


def property_words() -> dict:
    """{property: words or describe(name, statement) -> str} from every family's WORDS: how a
    finding names the claim ("member count", or a function that words the whole claim)."""
    return {prop: words for family in families() for prop, words in getattr(family, "WORDS", {}).items()}


def statements(doc: Doc, kb=None, doc_id: str = "") -> list[Statement]:
    """Every statement in `doc`, merged: the same claim twice is one statement with two references."""
    ctx = Context(doc, kb, doc_id)
    found: list[Statement] = []
    # every family reads every sentence: made once, each keeping its tokens (spaCy makes a new
    # Token object at every step of a walk over a Span, and doc.sents new Spans at every pass)
    sents = [Sentence(doc, s.start, s.end) for s in doc.sents]
    for family in families():
        for sent in sents:
            found += family.extract(ctx, sent)
    # "Ukraine applied on 28 February, and Moldova on 3 March": the remnant's claims, made again
    found += gapping.gapped(ctx, sents, found)
    # "Sweden joined NATO, and Finland in 2023": the first clause has no date of its own
    found = gapping.loosened(ctx, sents, found)
    # "Both are NATO members: Albania since 2009 and North Macedonia since 2020": one claim an item
    found += colon_lists.listed(ctx, sents)
    return merge([st for st in found if not words_reported(doc, st)])


# Verbs that report a form of words rather than a claim: 'referred to "the summit in Warsaw"',
# 'spoke of "President Sunak"', 'called it "the Madrid summit"'
WORDING_VERBS = frozenset("refer speak talk mention call dub describe term label cite".split())
DOUBLE_QUOTES = ('"', "\u201c", "\u201d")


def words_reported(doc: Doc, st: Statement) -> bool:
    """Is every reference of the statement inside a short quotation with no verb of its own that a
    verb of wording introduces ('The minister referred to the "NATO summit in Warsaw next month"',
    'she spoke of "President Sunak"')? The quotation is a form of words someone used, often the
    slip the article goes on to correct, not the writer's claim."""
    refs = st.references
    return bool(refs) and all(_in_reported_words(doc, r.start, r.end) for r in refs)


def _in_reported_words(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    opening = next((t for t in reversed(doc[sent.start:span.start]) if t.text in DOUBLE_QUOTES), None)
    closing = next((t for t in doc[span.end:sent.end] if t.text in DOUBLE_QUOTES), None)
    if opening is None or closing is None:
        return False
    inside = doc[opening.i + 1:closing.i]
    if any(t.text in DOUBLE_QUOTES for t in doc[opening.i + 1:span.start]) or \
            any(t.pos_ in ("VERB", "AUX") for t in inside) or len(inside) > 12:
        return False  # a quotation with a verb is a sentence someone said: read as the article quotes it
    before = [t for t in doc[max(sent.start, opening.i - 4):opening.i] if not t.is_punct]
    return any(t.lemma_.lower() in WORDING_VERBS and t.pos_ == "VERB" for t in before)


class Sentence(Span):
    """A sentence Span that makes its Token objects once and walks them again from a list:
    the same tokens, the same answers, for the 40-odd walks the families make over it."""

    def __iter__(self):
        tokens = self.__dict__.get("_tokens")
        if tokens is None:
            doc = self.doc
            tokens = self.__dict__["_tokens"] = [doc[i] for i in range(self.start, self.end)]
        return iter(tokens)


def statement_key(st: Statement) -> tuple:
    tq = lambda t: (t.value, t.precision, t.part) if t else None  # noqa: E731
    return (st.subject, st.property, st.value, st.polarity, st.modality, tq(st.start), tq(st.end),
            tq(st.point_in_time), st.asserted_by)


def merge(found: Iterable[Statement]) -> list[Statement]:
    """One statement per claim: the same claim read again is one more reference, except where it
    is read twice in one sentence (by two families, or from two words of it: "NATO »members«
    Sweden and Japan", "NATO members »Sweden and Japan«"). A sentence makes a claim once, so it
    keeps one reference there, the one read most surely (the first of equals): one error, one
    flag."""
    merged: dict[tuple, Statement] = {}
    for st in found:
        key = statement_key(st)
        if key not in merged:
            merged[key] = st
            continue
        refs = merged[key].references
        for ref in st.references:
            same = next((i for i, x in enumerate(refs) if _same_sentence(x, ref)), None)
            if same is None:
                refs.append(ref)
            elif _sureness(ref) > _sureness(refs[same]):
                refs[same] = ref
    return list(merged.values())


def _same_sentence(a: Reference, b: Reference) -> bool:
    return a.doc_id == b.doc_id and a.sentence_start == b.sentence_start and a.sentence == b.sentence


def _sureness(ref: Reference) -> float:
    weakest = ref.weakest
    return 1.0 if weakest is None else weakest[1]
