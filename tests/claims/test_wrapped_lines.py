"""A line break inside a sentence (text wrapped at a fixed width: plain-text wire copy, e-mail,
text taken from a PDF) starts no sentence when it cannot end one: the line before has no final
stop, and the next line opens in lower case or the line ends with a comma or a word no headline
ends with (issue 12, rep13). Cut there, the sentence's halves made no claim. A line with no final
stop before a capital (a headline, a byline) still ends its sentence. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.claims._pipeline import outcome


def _starts(text: str) -> tuple[list[str], list[str]]:
    from spacy.lang.en import English

    from accord.nlp.extract.paragraphs import paragraph_starts, wrap_starts

    doc = English()(text)
    return [doc[i].text for i in paragraph_starts(doc)], [doc[i].text for i in wrap_starts(doc)]


@pytest.mark.parametrize("text, paragraphs, wraps", [
    ("Sweden became the 30th member of\nNATO in March 2024.", [], ["NATO"]),
    ("Leaders met in Brussels, and\nSweden joined.", [], ["Sweden"]),
    ("Leaders met in Brussels on\nWednesday.", [], ["Wednesday"]),
    ("Leaders met in Brussels,\nBelgium, on Wednesday.", [], ["Belgium"]),
    ("Leaders of the alliance met\nin Brussels.", [], ["in"]),
    # a headline, a byline, a dateline's own line, a list item, a paragraph: sentence starts
    ("Alliance grows again\nFinland joined NATO.", ["Finland"], []),
    ("By Jane Doe\nFinland joined NATO.", ["Finland"], []),
    ("What Allies Believe In\nFinland joined NATO.", ["Finland"], []),
    ("Finland joined NATO.\nSweden followed.", ["Sweden"], []),
    ("Members include:\nbelgium and others.", ["belgium"], []),
    ("Leaders met in Brussels and\n\nSweden joined.", ["Sweden"], []),  # a blank line is a paragraph
    ("Leaders agreed on two points and\n• Sweden joined.", ["•"], []),
    ("Updated June 14, 2021\n16 Posts", ["16"], []),
])
def test_a_wrap_is_no_paragraph(text, paragraphs, wraps):
    assert _starts(text) == (paragraphs, wraps)


@pytest.mark.parametrize("published, text, expected", [
    ("2024-03-20", "Sweden became the 32nd member of\nNATO in March 2024, officials said in Brussels.", "supported"),
    ("2024-03-20", "Sweden became the 30th member of\nNATO in March 2024, officials said in Brussels.", "flagged"),
    ("2023-04-10", "Officials in Helsinki said on Monday that Finland had joined NATO on\n4 April 2023.", "supported"),
    ("2023-04-10", "Officials in Helsinki said on Monday that Finland had joined NATO on\n4 April 2021.", "flagged"),
    ("2024-03-20", "Leaders met in Brussels on Wednesday, and\nSweden became the 32nd member of NATO in March 2024.",
     "supported"),
    ("2024-03-20", "Leaders met in Brussels on Wednesday, and\nSweden became the 30th member of NATO in March 2024.",
     "flagged"),
    # wrapped before a capital with no word to tell: left as two sentences, nothing said
    ("2024-10-05", "Officials said that Mark Rutte took office as NATO Secretary\nGeneral on 1 October 2022.", "none"),
])
def test_a_wrapped_sentence_is_read_whole(checker, published, text, expected):
    assert outcome(checker, text, published) == expected
