"""prepare(): cleaning with removals recorded, header, publication date, title, id."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.errors import Errors, InputError
from accord.ingest import prepare
from accord.ingest.docid import document_id
from accord.ingest.prepare import clean_text, headline
from accord.model import RawArticle, Removal


def _raw(text: str, **kwargs) -> RawArticle:
    return RawArticle(text=text, source=kwargs.pop("source", "a.txt"), format=kwargs.pop("format", "txt"), **kwargs)


def test_document_id_is_sha256_of_the_cleaned_text():
    doc = prepare(_raw("  Allies met.\r\n\r\n\r\nThey talked.  "))
    assert doc.text == "Allies met.\n\nThey talked."
    assert doc.id == hashlib.sha256(doc.text.encode()).hexdigest() == document_id(doc.text)


def test_same_article_in_two_formats_has_one_id():
    as_text = prepare(_raw("Allies met.\n\nThey talked."))
    as_json = prepare(_raw("Allies met.\n\n\n They talked.", format="jsonl", source="b.jsonl", line=4))
    assert as_text.id == as_json.id
    assert as_json.meta == {"line": 4}


def test_header_is_read_then_removed_and_recorded():
    doc = prepare(_raw("Title: Talks end\nsource: Example Wire\ndate: 11 April 2023\n\nBody text here."))
    assert doc.text == "Body text here."
    assert (doc.title, doc.published, doc.published_how) == ("Talks end", "2023-04-11", "header")
    assert doc.meta == {"publisher": "Example Wire"}
    assert doc.removed == [Removal("header", "Title: Talks end\nsource: Example Wire\ndate: 11 April 2023")]


def test_unreadable_header_date_is_kept_for_people():
    doc = prepare(_raw("date: next Tuesday\n\nBody."))
    assert doc.published is None and doc.published_how == "unknown"
    assert doc.meta["published_raw"] == "next Tuesday"


def test_metadata_date_beats_header():
    doc = prepare(_raw("date 2023-04-11 Body.", published="2024-01-01", published_how="metadata"))
    assert (doc.published, doc.published_how) == ("2024-01-01", "metadata")


def test_dateline_in_text_is_used_last():
    doc = prepare(_raw("WELLINGTON, April 11, 2023 (Example Wire) - Ministers met."))
    assert (doc.published, doc.published_how) == ("2023-04-11", "text")
    assert doc.text.startswith("WELLINGTON")  # a dateline is part of the article


def test_captions_and_invisible_characters_are_recorded():
    doc = prepare(_raw("One\u200b.\n\nJANE ROE/Example Images Leaders pose.\n\nTwo."))
    assert doc.text == "One.\n\nTwo."
    assert doc.removed == [Removal("invisible", "\u200b"), Removal("caption", "JANE ROE/Example Images Leaders pose.")]


def test_no_text_left_is_e011_with_the_line():
    with pytest.raises(InputError) as caught:
        prepare(_raw("date 2023-04-11\n\nPhoto: a caption only", source="x.jsonl", line=7))
    assert (caught.value.reason, caught.value.line) == (Errors.E011, 7)


def test_reader_title_wins_and_headline_is_the_fallback():
    assert prepare(_raw("Talks end early\n\nBody.", title=" Given  title ")).title == "Given title"
    assert prepare(_raw("Talks end early\n\nBody.")).title == "Talks end early"


@pytest.mark.parametrize("text, expected", [
    ("Talks end early\n\nBody.", "Talks end early"),
    ("A full sentence opens the article.\n\nBody.", None),
    ("Two lines\nin one paragraph\n\nBody.", None),
    ("Only one paragraph", None),
    ("2023\n\nBody.", None),
])
def test_headline(text, expected):
    assert headline(text) == expected


TEXTS = st.text(max_size=300) | st.lists(st.sampled_from([
    "date 2023-04-11 ", "Title: T\n", "word", " ", "\n", "\n\n", "ROBERT KITCHIN/Stuff cap", "Photo: x",
    "\u200b", "e\u0301", "“", ".",
]), max_size=30).map("".join)


@given(TEXTS)
def test_prepare_gives_a_document_or_e011(text):
    try:
        doc = prepare(_raw(text))
    except InputError as err:
        assert err.reason == Errors.E011
        return
    assert doc.text and doc.id == document_id(doc.text)
    assert doc.published_how in ("header", "text", "unknown")


@given(TEXTS)
def test_cleaning_a_cleaned_text_without_header_changes_nothing(text):
    cleaned, fields, _ = clean_text(text)
    again, fields_again, removed_again = clean_text(cleaned)
    if not fields_again:  # a second header line can surface once the first is gone
        assert again == cleaned
        assert [r.step for r in removed_again] == []


def test_a_readable_published_header_beats_an_unreadable_date_header():
    doc = prepare(_raw("date: soon\npublished: 2023-04-12\n\nBody."))
    assert (doc.published, doc.published_how) == ("2023-04-12", "header")


# -- an invalid header date is a warning naming the file and the line ------------------------------

def test_an_invalid_header_date_is_a_warning_with_the_file_and_line():
    from accord.errors import Errors, InputWarning

    warnings: list = []
    raw = RawArticle("\ntitle: Talks\ndate 2024-13-45\n\nNATO ministers met in Brussels.", "a.txt", "txt")
    doc = prepare(raw, warnings.append)
    assert doc.published is None and doc.meta["published_raw"] == "2024-13-45"
    assert warnings == [InputWarning("a.txt", Errors.W002.format(value="2024-13-45",
                                                                 fallback="no publication date found"), 3)]


def test_a_valid_header_date_gives_no_warning_and_a_json_lines_record_names_its_line():
    warnings: list = []
    prepare(RawArticle("date 2024-02-29\n\nNATO ministers met.", "a.txt", "txt"), warnings.append)
    assert warnings == []
    prepare(RawArticle("date 2023-02-29\n\nNATO ministers met.", "b.jsonl", "jsonl", line=7), warnings.append)
    assert [(w.source, w.line) for w in warnings] == [("b.jsonl", 7)]
