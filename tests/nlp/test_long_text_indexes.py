"""The lookups that replaced per-call scans of a whole Doc (issue 14: long texts were
super-linear) give the answers the scans gave: entities read from the tokens' IOB tags against
`doc.ents`; `Context.times_in` by bisection, and `Context.timed` made once, against a scan of
every time expression."""

from __future__ import annotations

import random

import pytest

from accord.model import Annotation
from accord.nlp.extract.claims.grammar import Context, clause_tokens
from accord.nlp.extract.titles import _jurisdiction_after, entity_around, entity_starting
from tests.nlp.helpers import make_doc

TEXT = """Wellington, 3 March 2024. New Zealand's Prime Minister Christopher Luxon met NATO Secretary General Jens Stoltenberg in Brussels on Monday, two days after the foreign ministers of Finland and Sweden spoke at the University of Otago.

Luxon said New Zealand would send a frigate to the Indo-Pacific in June 2024 and again in 2025. "We have been partners of the alliance since 2012," he said on 4 March.

The President of Latvia, Edgars Rinkevics, told reporters in Riga that Latvia joined NATO on 29 March 2004, twenty years ago. Rinkevics said the summit in Vilnius last July changed little.

Sweden became the 32nd member on 7 March 2024, after Hungary ratified its accession in February. Japan and Australia attended the Washington summit from 9 to 11 July 2024."""


def _old_starting(doc, i):
    ent = next((e for e in doc.ents if e.start == i), None)
    return (ent.start, ent.end, ent.label_) if ent is not None else None


def _old_around(doc, i):
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    return (ent.start, ent.end, ent.label_) if ent is not None else None


def _old_jurisdiction_after(doc, i, stop):
    for ent in doc.ents:
        if i <= ent.start < stop and ent.label_ in ("ORG", "GPE") and doc[ent.start - 1].lower_ in ("at", "of", "for", "the"):
            return ent.start, ent.end
    return None


def _old_times_in(ctx, tokens):
    return [a for span, a in ctx.times if span is not None and any(t.i in tokens for t in span)]


def _check_entities(doc):
    assert doc.ents  # the comparison means nothing on a Doc without entities
    for i in range(-1, len(doc) + 1):
        assert entity_starting(doc, i) == _old_starting(doc, i), i
        assert entity_around(doc, i) == _old_around(doc, i), i
    for i in range(len(doc)):
        for stop in (i + 1, i + 5, i + 40, len(doc)):
            assert _jurisdiction_after(doc, i, stop) == _old_jurisdiction_after(doc, i, stop), (i, stop)


def test_entities_from_iob_tags_equal_the_scan_of_doc_ents_on_a_hand_built_doc():
    doc = make_doc("NATO/PROPN/B-ORG chief/NOUN Jens/PROPN/B-PERSON Stoltenberg/PROPN/I-PERSON met/VERB "
                   "the/DET President/PROPN of/ADP Latvia/PROPN/B-GPE at/ADP the/DET University/PROPN/B-ORG "
                   "of/ADP/I-ORG Otago/PROPN/I-ORG New/PROPN/B-GPE Zealand/PROPN/I-GPE Finland/PROPN/B-GPE "
                   "./PUNCT")
    _check_entities(doc)


@pytest.mark.model
def test_entities_and_times_equal_the_old_scans_on_a_parsed_text(accord_annotator):
    doc = accord_annotator.nlp(TEXT)
    _check_entities(doc)
    ctx = Context(doc)
    assert len(ctx.times) >= 8  # the text's dates were found: the comparison below is not vacuous
    token_sets = [{t.i for t in sent} for sent in doc.sents]
    token_sets += [clause_tokens(t) for t in doc if t.pos_ in ("VERB", "AUX")]
    token_sets += [{t.i for t in tok.subtree} for tok in doc]
    token_sets += [{i} for i in range(len(doc))] + [set()]
    rng = random.Random(14)
    token_sets += [set(rng.sample(range(len(doc)), k)) for k in (2, 3, 10, 50) for _ in range(20)]
    hits = 0
    for tokens in token_sets:
        found = ctx.times_in(tokens)
        assert found == _old_times_in(ctx, tokens), sorted(tokens)
        hits += bool(found)
    assert hits > 50
    assert ctx.timed == {t.i for span, _ in ctx.times if span is not None for t in span}


def _context_with_times(doc, spans: list[tuple[int, int]]) -> Context:
    """A Context over `doc` whose time expressions cover these token ranges, in this order."""
    doc._.mentions, doc._.quotes = [], []
    doc._.times = [Annotation("time", doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), doc[s:e].text)
                   for s, e in spans]
    return Context(doc)


def test_times_in_keeps_the_order_of_the_time_expressions_and_their_bounds():
    doc = make_doc(" ".join(f"w{i}" for i in range(30)))
    # A long expression (tokens 0-9) listed after a short one inside it and one further on.
    ctx = _context_with_times(doc, [(20, 22), (3, 4), (0, 10), (10, 11)])
    long_, short, after = ctx.times[2][1], ctx.times[1][1], ctx.times[3][1]
    assert ctx.times_in({9}) == [long_]  # the long expression's last token: found from far after its start
    assert ctx.times_in({10}) == [after]  # one past its end: not the long one
    assert ctx.times_in({3, 9}) == [short, long_]  # in the expressions' order, not by position
    assert ctx.times_in({19}) == []
    assert ctx.times_in({21, 22}) == [ctx.times[0][1]]
    assert ctx.times_in({22}) == []  # one past the end of 20-22
    for tokens in ({9}, {10}, {3, 9}, {19}, {21, 22}, {22}, set(range(30))):
        assert ctx.times_in(tokens) == _old_times_in(ctx, tokens)
    assert ctx.timed == set(range(11)) | {20, 21}  # every token of a time expression, once
