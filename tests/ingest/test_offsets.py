"""Offsets in the cleaned text mapped back to the raw text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.ingest.offsets import align
from accord.ingest.prepare import clean_text


def _check(raw: str) -> None:
    cleaned, _, _ = clean_text(raw)
    mapping = align(raw, cleaned)
    assert len(mapping.starts) == len(mapping.ends) == len(cleaned)
    assert mapping.starts == sorted(mapping.starts)
    for i, ch in enumerate(cleaned):
        piece = raw[mapping.starts[i]:mapping.ends[i]]
        if ch == " ":
            assert piece.isspace()
        elif ch != "\n":
            assert ch in unicodedata.normalize("NFC", piece), (i, ch, piece)


def test_header_caption_and_spaces_map_back():
    raw = " date 2023-04-11 Allies  met.\r\n\r\nJANE ROE/Example Images A caption.\r\n\r\nCafe\u0301 talks\tended."
    cleaned, _, _ = clean_text(raw)
    assert cleaned == "Allies met.\n\nCafé talks ended."
    mapping = align(raw, cleaned)
    start = cleaned.index("Café")
    assert mapping.to_raw(start, start + 4) == (raw.index("Cafe"), raw.index("Cafe") + 5)
    assert raw[slice(*mapping.to_raw(0, 6))] == "Allies"
    _check(raw)


def test_empty_span_is_a_point():
    mapping = align("  Word.", "Word.")
    assert mapping.to_raw(0, 0) == (2, 2)
    assert mapping.to_raw(5, 5) == (7, 7)


@pytest.mark.shared
def test_seed_offsets_map_back(seeds):
    for path in seeds.values():
        _check(path.read_text(encoding="utf-8"))


PIECES = st.lists(st.sampled_from([
    "word", "Nato", " ", "  ", "\t", "\n", "\n\n\n", "\r\n", "\r", "\u00a0", "\u200b", "e\u0301", "“", "’",
    "ROBERT KITCHIN/Stuff ", "Photo: ", "date 2023-04-11 ", "Title: T\n", ".", "\x07",
]), max_size=40).map("".join)


@given(PIECES)
def test_every_cleaned_character_comes_from_its_raw_span(raw):
    _check(raw)


@given(st.text(max_size=200))
def test_mapping_is_complete_and_monotonic_for_any_text(raw):
    cleaned, _, _ = clean_text(raw)
    mapping = align(raw, cleaned)
    assert len(mapping.starts) == len(cleaned)
    assert mapping.starts == sorted(mapping.starts)
    assert all(0 <= s <= e <= len(raw) for s, e in zip(mapping.starts, mapping.ends))
