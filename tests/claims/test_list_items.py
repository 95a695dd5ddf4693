"""A list marker opening a line ("• Sweden became ...") is a sentence of its own, so the item is
parsed as it is parsed without the marker (issue 12, rep13: bench/parse_loss.py). Glued to the
item the model tagged "•" a verb and hung the item's subject on it, and the claim was lost.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome, read


def _keys(annotator, text: str, published: str) -> list[tuple]:
    return sorted((s.subject, s.property, s.value, s.polarity) for s in read(annotator, text, published))


def test_list_item_starts_after_a_marker_that_opens_a_line():
    from spacy.lang.en import English

    from accord.nlp.extract.paragraphs import list_item_starts

    nlp = English()
    doc = nlp("• Sweden joined.\n▪ Finland joined.\n- Croatia joined.\n* Albania joined.\n"
              "It fell by -5 percent.\n-5 percent\n*Note this.\nAllies met • twice.")
    assert [doc[i].text for i in list_item_starts(doc)] == ["Sweden", "Finland", "Croatia", "Albania"]


def test_a_marker_glued_to_its_word_is_split_off(accord_annotator):
    nlp = accord_annotator.nlp
    assert [t.text for t in nlp.make_doc("•Sweden joined NATO.")][:2] == ["•", "Sweden"]
    assert [t.text for t in nlp.make_doc("-NATO leaders met.")][:2] == ["-", "NATO"]  # (the dash rule stays)
    assert [t.text for t in nlp.make_doc("a•b and Sweden")][0] == "a•b"  # only a token's first character


@pytest.mark.parametrize("published, text, expected", [
    # the marker took the subject: nothing was read, the false twin not flagged
    ("2024-03-20", "• Sweden became the 32nd member of NATO in March 2024.", "supported"),
    ("2024-03-20", "• Sweden became the 30th member of NATO in March 2024.", "flagged"),
    ("2024-03-20", "Leaders met in Brussels.\n\n• Sweden became the 30th member of NATO in March 2024.\n"
                   "• The alliance will meet again in July.", "flagged"),
    ("2024-03-20", "‣ NATO has 32 members.", "supported"),
    ("2024-03-20", "‣ NATO has 30 members.", "flagged"),
    # glued: "•Finland" was one token, no name
    ("2023-04-10", "•Finland joined NATO on 4 April 2023.", "supported"),
    ("2023-04-10", "•Finland joined NATO on 4 April 2021.", "flagged"),
])
def test_a_list_item_is_read_as_a_sentence(checker, published, text, expected):
    assert outcome(checker, text, published) == expected


@pytest.mark.parametrize("marker", ["• ", "•", "▪ ", "► ", "- ", "* ", "— "])
@pytest.mark.parametrize("published, text", [
    ("2024-03-20", "Sweden became the 30th member of NATO in March 2024."),
    ("2023-04-10", "Croatia and Albania joined NATO in 2009."),
    ("2024-10-05", "Mark Rutte took office as NATO Secretary General on 1 October 2024."),
    ("2024-03-20", "Ukraine did not join NATO in 2023."),
])
def test_an_item_reads_as_the_same_sentence_without_its_marker(accord_annotator, marker, published, text):
    expected = _keys(accord_annotator, text, published)
    assert expected  # (each sentence makes a claim)
    assert _keys(accord_annotator, marker + text, published) == expected
