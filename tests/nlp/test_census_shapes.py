"""bench/census.py buckets a name the claim readers missed by where it sits in the parse: the
clause (main, relative, adverbial, complement, participle, conjunct, ...; passive, inverted,
in a quotation) and its role there (subject, object, a preposition's object, or inside a noun
phrase). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bench.census import shape


def _bucket(nlp, text: str, name: str, quotes=()) -> str:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    return shape(tok, quotes)[0]


@pytest.mark.parametrize("text, name, expected", [
    ("Portugal hosted the meeting in Lisbon.", "Portugal", "main/subject"),
    ("The meeting was hosted by Portugal in May.", "Portugal", "main+passive/prep-by"),
    ("Estonia, which joined the alliance in 2004, borders Russia.", "alliance", "relative/object"),
    ("The talks began after Norway signed the accord.", "Norway", "adverbial/subject"),
    ("Officials said that Denmark signed the accord.", "Denmark", "complement/subject"),
    ("Having signed the accord, Iceland left the talks.", "accord", "participle/object"),
    ("Latvia applied in May and joined Canada in the talks.", "Canada", "conjunct<main/object"),
    ("Belgium's envoy signed the accord.", "Belgium", "main/np-poss"),
    ("The envoy of Belgium signed the accord.", "Belgium", "main/np-of"),
])
def test_a_name_is_bucketed_by_its_clause_and_role(spacy_model, text, name, expected):
    assert _bucket(spacy_model, text, name) == expected


def test_a_name_inside_a_quotation_is_marked(spacy_model):
    text = 'He said: "Norway signed the accord."'
    start = text.index('"')
    assert _bucket(spacy_model, text, "Norway", [(start, len(text))]).endswith("+quote/subject")
