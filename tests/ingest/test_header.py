"""Header lines before a plain-text body."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from accord.ingest.header import remove_header, split_header


def test_date_then_body_on_the_same_line():
    header = split_header("date 2023-04-11 The minister said so.\n\nNext paragraph.")
    assert header.fields == {"date": "2023-04-11"}
    assert header.text == "date 2023-04-11"
    assert header.body == "The minister said so.\n\nNext paragraph."


def test_colon_headers_any_case_then_blank_line():
    header = split_header("Title: Talks end\nDATE: 11 April 2023\nSource: Example Wire\n"
                          "url https://x.example/a\n\nBody.")
    assert header.fields == {"title": "Talks end", "date": "11 April 2023",
                             "source": "Example Wire", "url": "https://x.example/a"}
    assert header.body == "Body."


def test_published_key_and_timestamp():
    header = split_header("published 2023-04-11T08:00:00+12:00\nBody.")
    assert header.fields == {"published": "2023-04-11T08:00:00+12:00"}
    assert header.body == "Body."


def test_no_header_leaves_text_unchanged():
    text = "Dates matter: the summit is in July.\ndate: 2023-01-01"
    header = split_header(text)
    assert header.fields == {} and header.text == "" and header.body == text


def test_word_date_without_colon_or_iso_value_is_body():
    text = "date night for the ministers ended early."
    assert remove_header(text) == text


def test_header_only():
    header = split_header("date 2023-04-11")
    assert header.fields == {"date": "2023-04-11"} and header.body == ""


HEADERISH = st.lists(st.sampled_from([
    "date 2023-04-11", "DATE: 11 April 2023", "Title: Talks end", "url https://x.example/a", "published ",
    "2023-04-11T08:00:00Z", " ", "\t", "\n", "\n\n", "Body.", "source:", "date night", ":",
]), max_size=12).map("".join)


@given(st.text(max_size=200) | HEADERISH)
def test_header_plus_body_is_the_text(text):
    """The header as written and the body together are the text: the same characters in the same
    order, only the whitespace around the header's lines trimmed."""
    header = split_header(text)
    if not header.text:
        assert header.body == text and header.fields == {}
    else:
        assert "".join((header.text + header.body).split()) == "".join(text.split())
        assert text.startswith(header.text.split("\n")[0])
        assert header.body == header.body.strip()
        assert all(value in header.text for value in header.fields.values())
