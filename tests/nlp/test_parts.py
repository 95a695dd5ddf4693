"""Long documents in parts: where the cuts fall, and that annotating in parts gives what annotating
whole gives (the model tests lower the part size so an ordinary text is split)."""

from __future__ import annotations

import pytest

from accord.model import Annotation, Document, Reference, Statement
from accord.nlp.parts import part_starts, parts, shift_annotations, shift_statements


def _check_parts(text: str, limit: int) -> list[tuple[int, str]]:
    pieces = parts(text, limit)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= limit for _, p in pieces)
    assert [o for o, _ in pieces] == part_starts(text, limit)
    return pieces


def test_a_text_at_the_limit_is_one_part_and_one_more_character_makes_two():
    text = "word " * 20
    assert part_starts(text, len(text)) == [0]
    assert len(part_starts(text + "x", len(text))) == 2


def test_cuts_fall_after_a_blank_line_before_any_other_break():
    text = "One. Two. Three.\n\nFour five six. Seven eight.\nNine ten."
    limit = text.index("Nine") + 2  # a line break, sentence ends and spaces are all nearer the limit
    assert part_starts(text, limit)[1] == text.index("Four")


def test_without_a_blank_line_a_line_break_is_chosen():
    text = "One two three.\nFour five. Six seven eight nine ten."
    assert part_starts(text, len(text) - 3)[1] == text.index("Four")


def test_in_one_long_paragraph_a_sentence_end_outside_quotation_marks_is_chosen():
    text = 'He spoke. She said "We agree. We will act." They left soon after that day'
    starts = part_starts(text, len(text) - 4)
    assert starts[1] == text.index("They")
    inside = text.index("We will")
    assert inside not in part_starts(text, inside + 6)[1:]  # the sentence end inside the quote is avoided
    assert part_starts(text, inside + 6)[1] == text.index("She")


def test_without_a_sentence_end_the_cut_falls_at_whitespace_and_without_whitespace_at_the_limit():
    text = "alpha beta gamma delta"
    assert part_starts(text, 13) == [0, text.index("gamma")]
    blob = "x" * 25
    assert part_starts(blob, 10) == [0, 10, 20]


def test_a_break_exactly_at_the_limit_is_used():
    text = "abcd\n\nefgh"
    assert part_starts(text, 6) == [0, 6]
    assert part_starts(text, 5) == [0, 5]  # a break across the limit is still used: "efgh" is not cut


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 50])
def test_any_text_is_covered_exactly_by_parts_no_longer_than_the_limit(limit):
    text = 'A "b. c" d.\n\n\n  e f\ng.h!  "i"  ' * 5 + "z" * 60
    _check_parts(text, limit)


def test_shifting_moves_spans_quote_offsets_and_references():
    quote = Annotation("quote", 2, 5, "abc", data={"cue": [6, 8], "speaker": None, "sentence": [0, 9]})
    mention = Annotation("mention", 1, 3, "bc", data={"confidence": 1.0})
    shift_annotations([quote, mention], 100)
    assert (quote.start, quote.end, quote.data["cue"], quote.data["speaker"], quote.data["sentence"]) == \
        (102, 105, [106, 108], None, [100, 109])
    assert (mention.start, mention.end) == (101, 103)
    st = Statement("s", "p", "v", references=[Reference("d", 4, 6, "x", sentence_start=3)])
    shift_statements([st], 10)
    assert (st.references[0].start, st.references[0].end, st.references[0].sentence_start) == (14, 16, 13)


# -- with the model: parts joined == the text whole -------------------------------------------------

PARAGRAPHS = [
    "NATO Secretary General Jens Stoltenberg welcomed Finland as the 31st member of the alliance on "
    "4 April 2023. \u201cThis is a historic week,\u201d Stoltenberg told reporters in Brussels.",
    "New Zealand Foreign Minister Nanaia Mahuta met Japanese officials in Tokyo on 11 April 2023. "
    "Mahuta said New Zealand has been a partner of NATO since 2012.",
    "Sweden joined NATO on 7 March 2024, the Swedish government said in a statement on Thursday.",
    "Australian Prime Minister Anthony Albanese attended the NATO summit in Vilnius in July 2023. "
    "\u201cWe stand with Ukraine,\u201d Albanese said.",
    "NATO deputy spokesperson Piers Cazalet told Newshub Nation that NATO and New Zealand must stick "
    "together. Cazalet said members of NAITO agree.",
]
TEXT = "Partners meet in Brussels\n\n" + "\n\n".join(PARAGRAPHS * 2)


def _key(a: Annotation) -> tuple:
    return (a.start, a.end, a.layer, a.label, a.entity, repr(sorted(a.data.items())))


def _statement_keys(statements: list[Statement]) -> list[str]:
    return sorted(repr(st.to_dict()) for st in statements)


@pytest.mark.model
def test_a_document_annotated_in_parts_gives_the_same_annotations_as_whole(accord_annotator):
    annotator = accord_annotator
    document = Document(id="parts", text=TEXT, source="t", format="txt", published="2024-03-08")
    saved = annotator.max_chars
    try:
        annotator.max_chars = len(TEXT)
        whole = annotator.annotate(document)
        whole_statements = annotator.statements(document, whole)
        annotator.max_chars = 700
        pieces = parts(TEXT, 700)
        assert len(pieces) >= 3 and all(TEXT[o - 2:o] == "\n\n" for o, _ in pieces[1:])
        split = annotator.annotate(document)
        split_statements = annotator.statements(document, split)
    finally:
        annotator.max_chars = saved
    assert [_key(a) for a in split] == [_key(a) for a in whole]
    assert {a.layer for a in whole} >= {"sentence", "mention", "office", "time", "quote"}
    assert all(TEXT[a.start:a.end] == a.text for a in split)
    assert _statement_keys(split_statements) == _statement_keys(whole_statements)
    assert len(whole_statements) > 5


@pytest.mark.model
def test_a_text_over_spacy_max_length_is_annotated_not_refused(accord_annotator):
    annotator = accord_annotator
    nlp_limit = annotator.nlp.max_length
    # one paragraph with no whitespace: the pipeline's cheapest text, cut at the limit itself
    text = PARAGRAPHS[0] + "\n\n" + "x" * (nlp_limit + 10) + "\n\n" + PARAGRAPHS[1]
    document = Document(id="long", text=text, source="t", format="txt", published="2023-04-11")
    found = annotator.annotate(document)
    assert all(text[a.start:a.end] == a.text for a in found)
    people = {a.entity for a in found if a.layer == "mention" and a.label == "PERSON"}
    assert {"person:jens-stoltenberg", "person:nanaia-mahuta"} <= people
    assert max(a.end for a in found) > nlp_limit
