"""Dates: parsing written forms, datelines, and the order metadata > header > text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.ingest.dates import parse_date
from accord.ingest.published import choose_published, date_from_text


@pytest.mark.parametrize("value, expected", [
    ("2023-04-11", "2023-04-11"),
    ("2023-04-11T23:30:00-05:00", "2023-04-11"),  # the day as written, not shifted to UTC
    ("2023/04/11", "2023-04-11"),
    ("Tue, 11 Apr 2023 01:00:00 +1200", "2023-04-11"),
    ("11 April 2023", "2023-04-11"),
    ("Tuesday, 11th of April, 2023", "2023-04-11"),
    ("April 11, 2023 5:00 pm", "2023-04-11"),
    ("Sept. 3, 2022", "2022-09-03"),
    ("04/11/2023", None),  # day and month could be swapped
    ("2023-02-30", None),
    ("1066-10-14", None),
    ("April 2023", None),  # not a full date
    ("someday", None),
    ("", None),
    (None, None),
    (20230411, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@given(st.text(max_size=80))
def test_parse_date_returns_iso_or_none(value):
    found = parse_date(value)
    assert found is None or (len(found) == 10 and found[4] == "-" and found[7] == "-")


@pytest.mark.parametrize("text, expected", [
    ("Published: Tuesday, 11 April 2023, 5:00 pm NZST\n\nBody.", "2023-04-11"),
    ("Headline here\n\n11 April 2023\n\nBody.", "2023-04-11"),
    ("By Jane Roe | 11 April 2023\n\nBody.", "2023-04-11"),
    ("WELLINGTON, April 11, 2023 (Example Wire) - The minister said.", "2023-04-11"),
    ("VILNIUS, Lithuania, 11 July 2023 — Leaders met.", "2023-07-11"),
])
def test_datelines(text, expected):
    assert date_from_text(text) == expected


@pytest.mark.parametrize("text", [
    "The summit on July 11, 2023 was the largest yet.",
    "Leaders met on July 11, 2023 - a historic day.",
    "One\n\nTwo\n\nThree\n\n11 April 2023",  # too far down to be a dateline
    "Russia invaded Ukraine on 24 February (local time).",
])
def test_dates_in_sentences_are_not_publication_dates(text):
    assert date_from_text(text) is None


def test_metadata_wins_over_header_and_text():
    assert choose_published("2024-01-02", "metadata", "2023-04-11", "11 May 2022\n\nx") == ("2024-01-02", "metadata")


def test_header_wins_over_text():
    assert choose_published(None, "unknown", "2023-04-11", "11 May 2022\n\nx") == ("2023-04-11", "header")


def test_text_when_nothing_else():
    assert choose_published(None, "unknown", "not a date", "11 May 2022\n\nx") == ("2022-05-11", "text")


def test_unknown_is_an_answer():
    assert choose_published("garbage", "metadata", None, "No date anywhere.") == (None, "unknown")
