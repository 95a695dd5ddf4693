"""A subject the parser hung inside the participle clause that opens the sentence ("Ending years
of neutrality after the war, Chile and Peru did not apply ..." with no subject on "apply"):
`grammar.stranded_subject` finds it again, so the claim (negated or not) is made. Sentences
written for these tests; the boundaries are tested on hand-made parses, the model on two shapes."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from accord.nlp.extract.claims import statements
from accord.nlp.extract.claims.grammar import stranded_subject

from .test_claims import parse, triples

MAY = ("last May", {"value": "2022-05", "precision": "month"})


def _doc(rows):
    """A parsed Doc from (word, tag, pos, dep, head index) rows."""
    words, tags, pos, deps, heads = zip(*rows)
    return Doc(Vocab(), words=list(words), tags=list(tags), pos=list(pos), deps=list(deps), heads=list(heads))


def _rows(first_tag="VBG", between=("formally", "RB", "ADV", "advmod"), comma=True, start=(), last="Peru",
          first_head=0):
    """ "[start] Ending ties with Bolivia , Chile and Peru formally did not apply ." parsed with
    Chile a conjunct of `first_head` (0: "Ending"; 3: "Bolivia") and no subject on "apply"."""
    k = len(start)
    rows = [(w, t, p, d, 0) for w, t, p, d in start]
    body = [("Ending", first_tag, "VERB", "csubj", "apply"), ("ties", "NNS", "NOUN", "dobj", 0),
            ("with", "IN", "ADP", "prep", 1), ("Bolivia", "NNP", "PROPN", "pobj", 2)]
    if comma:
        body.append((",", ",", "PUNCT", "punct", 0))
    c = len(body)
    body += [("Chile", "NNP", "PROPN", "conj", first_head), ("and", "CC", "CCONJ", "cc", c),
             (last, "NNP" if last[0].isupper() else "NNS", "PROPN" if last[0].isupper() else "NOUN", "conj", c),
             (*between, "apply"), ("did", "VBD", "AUX", "aux", "apply"), ("not", "RB", "PART", "neg", "apply"),
             ("apply", "VB", "VERB", "ROOT", "apply"), (".", ".", "PUNCT", "punct", "apply")]
    verb = next(i for i, r in enumerate(body) if r[0] == "apply")
    rows += [(w, t, p, d, k + (verb if h == "apply" else h)) for w, t, p, d, h in body]
    rows = [(w, t, p, d, k + verb if i < k else h) for i, (w, t, p, d, h) in enumerate(rows)]
    return rows, k + verb


def _subject(**kw):
    rows, verb = _rows(**kw)
    return [t.text for t in stranded_subject(_doc(rows)[verb])]


def test_the_names_hung_on_the_opening_participle_are_the_subject():
    assert _subject() == ["Chile", "Peru"]


def test_names_hung_on_a_noun_of_the_clause_are_taken_after_its_last_comma_only():
    assert _subject(first_head=3) == ["Chile", "Peru"]  # not Bolivia, before the comma


def test_no_comma_no_subject():
    assert _subject(comma=False) == []


def test_a_clause_that_does_not_open_the_sentence_gives_none():
    assert _subject(start=[("Then", "RB", "ADV", "advmod")]) == []


def test_only_a_gerund_opens_such_a_clause():
    assert _subject(first_tag="VBN") == []


def test_a_word_other_than_an_adverb_or_auxiliary_before_the_verb_gives_none():
    assert _subject(between=("today", "NN", "NOUN", "npadvmod")) == []


def test_the_last_name_must_be_a_proper_noun():
    assert _subject(last="allies") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # "Sweden and Finland" parsed as conjuncts of "Giving"
    "Giving up decades of military neutrality after the start of Moscow's invasion of Ukraine, "
    "Sweden and Finland formally did not apply to join NATO last May.",
    # "Finland and Sweden" parsed as conjuncts of "Ukraine"
    "Ending decades of military non-alignment after the launch of Russia's invasion of Ukraine, "
    "Finland and Sweden formally did not apply to join NATO last May.",
])
def test_a_negated_application_with_a_stranded_subject_is_made(spacy_model, text):
    found = [s for s in statements(parse(spacy_model, text, times=[MAY])) if s.property == "applied_to"]
    assert triples(found) == [("state:FIN", "applied_to", "org:NATO", "negated"),
                              ("state:SWE", "applied_to", "org:NATO", "negated")]
    assert {s.point_in_time.value for s in found} == {"2022-05"}


@pytest.mark.model
def test_the_affirmed_application_with_a_stranded_subject_is_made(spacy_model):
    text = ("Ending decades of military non-alignment after the launch of Russia's invasion of Ukraine, "
            "Finland and Sweden formally applied to join NATO last May.")
    found = [s for s in statements(parse(spacy_model, text, times=[MAY])) if s.property == "applied_to"]
    assert triples(found) == [("state:FIN", "applied_to", "org:NATO", "affirmed"),
                              ("state:SWE", "applied_to", "org:NATO", "affirmed")]
