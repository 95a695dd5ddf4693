"""Footnote markers flattened into a line ("in April 2023.4 Sweden followed ..."): dropped by
cleaning where they cannot be part of a number, kept everywhere else (clean.FOOTNOTE_MARKS).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.ingest.clean import footnote_marks, remove_footnote_marks, split_footnote_marks
from accord.ingest.offsets import align
from accord.ingest.prepare import clean_text


@pytest.mark.parametrize("text, cleaned, removed", [
    ("Finland joined in April 2023.4 Sweden followed.", "Finland joined in April 2023. Sweden followed.", ["2023.4"]),
    ("Finland joined on 4 April 2023.14", "Finland joined on 4 April 2023.", ["2023.14"]),
    ("Finland joined in 2023.123 Sweden followed.", "Finland joined in 2023. Sweden followed.", ["2023.123"]),
    ("Finland joined in 2023,4 a year after it applied.", "Finland joined in 2023, a year after it applied.",
     ["2023,4"]),
    ("Finland joined in 2023,12 a year after it applied.", "Finland joined in 2023, a year after it applied.",
     ["2023,12"]),
    ("Finland joined in April 2023⁴ and Sweden later.", "Finland joined in April 2023 and Sweden later.", ["2023⁴"]),
    ("Finland joined in April 2023.⁴ Sweden followed.", "Finland joined in April 2023. Sweden followed.", ["2023.⁴"]),
    ("NATO has 32 allies.12 Sweden joined last.", "NATO has 32 allies. Sweden joined last.", ["allies.12"]),
    ("The summit met in The Hague (2025).3 Allies agreed.", "The summit met in The Hague (2025). Allies agreed.",
     ["(2025).3"]),
    ('He called it "historic."7 The vote was held.', 'He called it "historic." The vote was held.',
     ['"historic."7']),
])
def test_a_marker_after_a_year_or_a_sentence_s_end_is_dropped(text, cleaned, removed):
    assert split_footnote_marks(text) == (cleaned, removed)
    assert remove_footnote_marks(cleaned) == cleaned  # idempotent


def test_a_marker_ending_the_line_is_dropped():
    assert remove_footnote_marks("Finland joined in 2023.4\nSweden followed.") == "Finland joined in 2023.\nSweden followed."
    assert remove_footnote_marks("NATO has 32 allies.12") == "NATO has 32 allies."


@pytest.mark.parametrize("text", [
    "Tourists queue outside No.10 Downing Street.",  # an abbreviation before a number
    "Allies invoked Art.5 The next day they met.",
    "See fig.3 The map shows the border.",
    "GDP grew 2.4 Percent was the forecast.",         # a decimal, not a year
    "The fund paid $2023.4 Then it closed.",          # a price
    "The total was 1,2023.4 That is all.",            # part of a longer number
    "In 2023,400 troops arrived.",                     # a group of thousands (three digits)
    "In 2023, 4 allies met the target.",               # a count after the comma's space
    "In 2023.4 allies met the target.",                # lower case next: no new sentence
    "An area of 10 km² was flooded in 2023.",          # a unit's superscript
    "The summit of 2023.45a was a typo.",               # run into letters
    "Version 12.4 Then came the update.",              # not a year
    "In 1499.4 Then nothing.",                         # not a year of news
])
def test_digits_that_may_belong_to_a_number_are_kept(text):
    assert footnote_marks(text) == []
    assert split_footnote_marks(text) == (text, [])


def test_cleaning_drops_the_marker_records_it_and_maps_back():
    raw = "date 2025-07-15\n\nFinland joined NATO in April 2023.4 Sweden followed in March 2024.13\n"
    cleaned, _, removed = clean_text(raw)
    assert cleaned == "Finland joined NATO in April 2023. Sweden followed in March 2024."
    assert [(r.step, r.text) for r in removed if r.step == "footnote"] == [("footnote", "2023.4"),
                                                                          ("footnote", "2024.13")]
    mapping = align(raw, cleaned)
    start = cleaned.index("Sweden")
    assert raw[slice(*mapping.to_raw(start, start + 6))] == "Sweden"
    end = cleaned.index("2024.") + 5
    assert raw[slice(*mapping.to_raw(0, end))].endswith("2024.")
