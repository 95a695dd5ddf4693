"""bench/parse_loss.py's comparisons on texts written for the test: a sentence read in the whole
article and alone, lines that open with a list marker, and the plain splitter's sentences."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def reader(accord_annotator):
    from bench.parse_loss import Reader

    return Reader(accord_annotator)


def test_a_claim_the_article_gives_context_for_is_counted_as_read_in_the_whole_only(reader):
    from bench.parse_loss import measure

    text = "NATO leaders met in Madrid on Tuesday.\n\nThe alliance has 30 members."
    result = measure([("t", text, "2022-06-28")], reader)
    assert result["sentences"] == 2
    assert result["b_only_sentences"] == 0
    # alone, "the alliance" names no organisation: its count is the article's context
    assert result["a_only_sentences"] == 1
    assert "member_count" in result["a_only_examples"][0][2]


def test_a_sentence_read_the_same_alone_is_no_difference(reader):
    from bench.parse_loss import measure

    result = measure([("t", "Sweden became the 32nd member of NATO in March 2024.", "2024-03-20")], reader)
    assert (result["sentences"], result["with_claims_a"], result["with_claims_b"]) == (1, 1, 1)
    assert result["b_only_sentences"] == result["a_only_sentences"] == 0


def test_list_items_are_read_as_without_their_marker(reader):
    from bench.parse_loss import measure_markers

    text = "Leaders met in Brussels.\n• Sweden became the 32nd member of NATO in March 2024.\n- NATO has 32 members."
    result = measure_markers([("t", text, "2024-03-20")], reader)
    assert result == {"lines": 2, "differ": []}


def test_the_plain_splitter_cuts_at_an_abbreviation(reader):
    from bench.parse_loss import measure_segments

    text = "U.S. President Joe Biden met Jens Stoltenberg on Monday. They spoke of Ukraine."
    result = measure_segments([("t", text, "2024-06-17")], reader)
    assert result["sentences"] == 3  # "U.S." | "President Joe Biden met ..." | "They spoke ..."
    assert ("t", "U.S.") in result["examples"]
