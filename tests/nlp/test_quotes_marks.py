"""Quotation marks to quoted passages (accord.nlp.extract.quotes.marks): plain strings, no model."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.nlp.extract.quotes.marks import paragraphs, quoted_spans


def inner(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in quoted_spans(text)]


def test_straight_and_curly_marks():
    text = 'He said "we will win" and then “we will stay”.'
    assert inner(text) == ["we will win", "we will stay"]


def test_a_paragraph_opening_with_a_closing_mark_opens_a_quotation():
    text = "The mayor spoke.\n\n”If you look at the bridge, it is finished.”"
    assert inner(text) == ["If you look at the bridge, it is finished."]


def test_an_opening_mark_used_to_close():
    text = "“It is unusual,“ said the mayor. “It really is.”"
    assert inner(text) == ["It is unusual,", "It really is."]


def test_two_apostrophes_as_a_double_mark():
    text = "''We will win,'' Mr. Doe said. ''Nobody doubts it.''"
    assert inner(text) == ["We will win,", "Nobody doubts it."]


def test_multi_paragraph_quotation_is_one_span():
    text = 'Doe said:\n\n"The first part runs on.\n\n"The second part closes it."\n\nAfter.'
    spans = quoted_spans(text)
    assert len(spans) == 1
    assert spans[0].paragraphs == 2 and spans[0].closed
    assert text[spans[0].inner_start:spans[0].inner_end] == "The first part runs on.\n\n\"The second part closes it."


def test_an_unclosed_mark_inside_a_sentence_does_not_swallow_the_next_paragraph():
    text = 'Forbes tracks "family fortunes as well.\n\n"We count them," Doe said.'
    spans = quoted_spans(text)
    assert [q.paragraphs for q in spans] == [1, 1]
    assert inner(text)[1] == "We count them,"


def test_an_unclosed_quotation_ends_with_its_paragraph_when_no_mark_follows():
    text = '"This runs to the end of the paragraph.\n\nThe reporter adds context.'
    (span,) = quoted_spans(text)
    assert not span.closed and text[span.inner_start:span.inner_end] == "This runs to the end of the paragraph."


def test_quotes_inside_quotes_are_nested_not_split():
    text = "\"He told me 'never again' and left,\" Doe said."
    (span,) = quoted_spans(text)
    assert text[span.inner_start:span.inner_end] == "He told me 'never again' and left,"
    assert [text[s:e] for s, e in span.nested] == ["'never again'"]


def test_apostrophes_are_not_quotation_marks():
    assert inner("Doe's plan isn't the mayor's, and the Joneses' house stays.") == []


def test_single_marks_quote_a_headline():
    assert inner("Reid: 'Never underestimate Trump.'") == ["Never underestimate Trump."]


def test_paragraphs_skip_blank_lines():
    assert paragraphs("a\n\n  \nb c\n") == [(0, 1), (6, 9)]


TEXT = st.lists(st.sampled_from(["word", " ", "\n", "\n\n", '"', "“", "”", "'", "‘", "’", ",", ".", "''", "x"]),
                max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_spans_are_ordered_disjoint_and_inside_the_text(text):
    spans = quoted_spans(text)
    for q in spans:
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


def test_marks_with_nothing_between_them_are_no_quotation():
    # found by hypothesis (tests/reliability/test_properties.py): an empty quotation made the
    # annotator index an empty span
    assert quoted_spans("““ said NATO") == []
    assert quoted_spans("He said “ ” and left.") == []
    assert [q.inner_start for q in quoted_spans("“ ” then “Yes”")] == [10]
