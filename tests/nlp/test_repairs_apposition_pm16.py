"""The parse repair of a name in apposition read as an adverbial (nlp/extract/repairs.py,
issue 12, pm16): "NATO's newest member, Sweden, joined last month" parsed with "Sweden" an
`npadvmod` of "member". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import verdicts


def _label(annotator, text: str, word: str) -> tuple[str, str]:
    tok = next(t for t in annotator.nlp(text) if t.text == word)
    return tok.dep_, tok.head.text


@pytest.mark.parametrize("text", [
    "NATO's newest member, Sweden, joined last month.",
    "NATO's newest member, Finland, joined last month.",
])
def test_a_name_set_off_by_commas_after_a_noun_is_its_apposition(accord_annotator, text):
    state = text.split(", ")[1]
    assert _label(accord_annotator, text, state) == ("appos", "member")


@pytest.mark.parametrize("text, expected", [
    ("NATO's newest member, Finland, joined last month.", "supported"),
    ("NATO's newest member, Sweden, joined last month.", "contradicted_by_kb"),  # Sweden joined in March 2024
])
def test_the_state_in_apposition_is_read(accord_annotator, text, expected):
    assert verdicts(accord_annotator, text, "2023-05-01", "joined") == [expected]


@pytest.mark.parametrize("text, word, label", [
    # no comma after the name: not set off, left as parsed
    ("Officials from the alliance, Sweden and Finland met on Monday.", "Sweden", None),
    # the name opens the clause after a comma: the main clause's subject, not an apposition
    ("After the vote on Monday, Sweden joined the alliance.", "Sweden", "nsubj"),
])
def test_a_name_not_set_off_after_a_noun_is_left_alone(accord_annotator, text, word, label):
    dep, _ = _label(accord_annotator, text, word)
    assert dep != "appos" if label is None else dep == label
