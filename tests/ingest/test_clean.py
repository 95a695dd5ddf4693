"""Cleaning steps: each on its own, and properties that must hold for any text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.ingest.clean import (
    MAX_CAPTION,
    is_caption,
    normalize_unicode,
    normalize_whitespace,
    remove_captions,
    split_captions,
    split_invisible,
)

ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
# Text built from the pieces the steps care about, so properties meet the interesting cases.
PIECES = st.lists(st.sampled_from([
    "word", "Nato", " ", "  ", "\t", "\n", "\n\n\n", "\r\n", "\u00a0", "\u200b", "\ufeff", "e\u0301",
    "“", "”", "’", "ROBERT KITCHIN/Stuff ", "Photo: ", "Photo / Jo Bloggs", ".", "\x07",
]), max_size=40).map("".join)


def test_nfc_composes_and_keeps_curly_quotes():
    text = "Cafe\u0301 “quoted” it’s — …"
    assert normalize_unicode(text) == "Café “quoted” it’s — …"
    assert unicodedata.is_normalized("NFC", normalize_unicode(text))


def test_invisible_characters_are_removed_and_reported():
    text, removed = split_invisible("\ufeffNa\u200bto\x07 said\r\nmore\u2028end")
    assert text == "Nato said\nmore\nend"
    assert removed == "\ufeff\u200b\x07"


def test_plain_text_has_nothing_invisible():
    assert split_invisible("Plain text.\n\nTwo paragraphs.") == ("Plain text.\n\nTwo paragraphs.", "")


def test_whitespace_is_collapsed_and_paragraphs_kept():
    text = "  One\t two\u00a0 three  \n\n\n\n  Second   paragraph \nsame paragraph\n   \n"
    assert normalize_whitespace(text) == "One two three\n\nSecond paragraph\nsame paragraph"


def test_seed_style_credit_line_is_a_caption():
    assert is_caption("ROBERT KITCHIN/Stuff Prime Minister X has been invited to a summit.")
    assert is_caption("JANE DOE / Example Images Leaders pose for a photo.")


def test_labelled_and_trailing_credits_are_captions():
    assert is_caption("Photo: Leaders at the summit on Tuesday.")
    assert is_caption("The minister arrives in Brussels. Photo / Jo Bloggs")
    assert is_caption("Delegates wait outside the hall. (Photo: Example Wire)")


def test_ordinary_paragraphs_are_not_captions():
    for line in (
        "NATO and its partners met in Brussels.",
        "Image-conscious leaders avoided the cameras.",
        "US/EU relations were discussed at length.",
        "Photographers waited outside for hours.",
        "The Prime Minister said: “We will attend.”",
        "NEW ZEALAND has been invited to the summit.",
    ):
        assert not is_caption(line), line


def test_overlong_line_is_never_a_caption():
    assert not is_caption("ROBERT KITCHIN/Stuff " + "word " * 80)


def test_caption_lines_go_whole_and_are_reported():
    text = "First paragraph.\n\nROBERT KITCHIN/Stuff A caption here.\n\nLast paragraph."
    cleaned, removed = split_captions(text)
    assert cleaned == "First paragraph.\n\nLast paragraph."
    assert removed == ["ROBERT KITCHIN/Stuff A caption here."]
    assert remove_captions(text) == cleaned


@given(ANY_TEXT | PIECES)
def test_steps_never_crash_and_are_idempotent(text):
    for step in (normalize_unicode, normalize_whitespace, remove_captions):
        once = step(text)
        assert isinstance(once, str)
        assert step(once) == once, step.__name__


@given(ANY_TEXT | PIECES)
def test_whitespace_result_has_no_runs_or_edges(text):
    out = normalize_whitespace(text)
    assert out == out.strip()
    assert "  " not in out and "\n\n\n" not in out and " \n" not in out and "\n " not in out


LINE_BREAKS = ("\r\n", "\r", "\x85", "\u2028", "\u2029")


@settings(max_examples=200)
@given(PIECES | ANY_TEXT)
def test_invisible_split_loses_nothing_but_what_it_reports(text):
    """Putting the removed characters back, in order, gives the text with its line breaks as
    "\n": nothing else was dropped, changed or moved."""
    kept, removed = split_invisible(text)
    expected = text
    for br in LINE_BREAKS:  # "\r\n" first: it is one break
        expected = expected.replace(br, "\n")
    rebuilt, taken = [], 0
    for ch in expected:
        if taken < len(removed) and ch == removed[taken]:
            taken += 1
        else:
            rebuilt.append(ch)
    assert "".join(rebuilt) == kept and taken == len(removed)
    assert not any(ch in kept for ch in "\ufeff\u200b\x07")


@pytest.mark.parametrize("brk", LINE_BREAKS)
def test_every_kind_of_line_break_is_one_newline(brk):
    assert split_invisible(f"one{brk}two") == ("one\ntwo", "")
    assert split_invisible(f"one{brk}{brk}two") == ("one\n\ntwo", "")


def test_a_lone_carriage_return_is_a_line_break_not_an_invisible_character():
    assert normalize_unicode("Nato said\rmore") == "Nato said\nmore"
    assert split_invisible("\r\r\n") == ("\n\n", "")


@pytest.mark.parametrize("extra,expected", [(0, True), (1, False)])
def test_a_caption_of_exactly_the_limit_is_a_caption(extra, expected):
    line = "Photo: " + "x" * (MAX_CAPTION - len("Photo: ") + extra)
    assert len(line) == MAX_CAPTION + extra
    assert is_caption(line) is expected


def test_the_limit_counts_the_line_with_its_spaces_folded():
    line = "Photo:   " + "x" * (MAX_CAPTION - len("Photo: "))  # 302 characters, 300 once folded
    assert is_caption(line) and is_caption("  " + line + "\t")


def test_an_empty_or_blank_line_is_not_a_caption():
    assert not is_caption("") and not is_caption(" \t ")


def test_a_caption_with_doubled_spaces_goes_on_the_first_pass():
    # found by hypothesis: "Photo:  A" only matched once another removal had folded its spaces
    text = "First paragraph.\n\nPhoto: Reuters\n\nLeaders at the summit. Photo:  Mark Smith"
    assert remove_captions(text) == "First paragraph."
    assert remove_captions(remove_captions(text)) == "First paragraph."
