"""Readers: one test per format on our own fixtures, bad records, and arbitrary input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.errors import Errors, InputError
from accord.ingest import read_inputs
from accord.ingest.readers import reader_for
from accord.model import RawArticle

DATA = Path(__file__).parent / "data"


def _read(name: str, fmt: str | None = None) -> list:
    return list(read_inputs([str(DATA / name)], fmt=fmt))


def test_text_reader_yields_the_file():
    [raw] = reader_for("txt")("date 2023-04-11 Body.", "a.txt")
    assert raw == RawArticle(text="date 2023-04-11 Body.", source="a.txt", format="txt")


def test_html_main_text_title_date_url():
    [raw] = _read("article.html")
    assert raw.format == "html" and raw.meta["extractor"] == "trafilatura"
    assert raw.title == "Harbour city hosts alliance talks"
    assert raw.url == "https://courier.example/world/harbour-talks"
    assert (raw.published, raw.published_how) == ("2024-03-05", "metadata")
    assert "“We share the same waters and the same worries,” the host minister" in raw.text
    assert "\n\nThe talks will end on Tuesday" in raw.text
    for boilerplate in ("Sport", "All rights reserved", "tracking"):
        assert boilerplate not in raw.text


def test_malformed_html_is_still_read():
    [raw] = _read("malformed.html")
    assert raw.title == "Treaty text nearly agreed"
    assert raw.text.startswith("Negotiators said late on Thursday")
    assert "“cautiously hopeful” after a week" in raw.text
    assert raw.text.endswith("sign it next month, officials said")


def test_html_without_extractable_text_is_e008():
    [err] = _read("hopeless.html")
    assert isinstance(err, InputError) and err.reason == Errors.E008


def test_html_fragment_falls_back_to_blocks():
    [raw] = reader_for("html")("<div><p>Short.</p><script>x()</script><p>Two</p></div>", "f.html")
    assert "Short." in raw.text and "x()" not in raw.text


def test_jsonl_bad_lines_fail_alone_with_their_numbers():
    items = _read("articles.jsonl")
    errors = {i.line: i.reason for i in items if isinstance(i, InputError)}
    assert set(errors) == {2, 4, 5}
    assert errors[2].startswith("JSON line is not valid JSON: Unterminated string")
    assert errors[4] == Errors.E015 and errors[5] == Errors.E007
    good = [i for i in items if isinstance(i, RawArticle)]
    assert [r.line for r in good] == [1, 3, 7]
    first, body, content = good
    assert (first.title, first.url, first.published) == ("Summit dates announced", "https://lines.example/1", "2024-02-14")
    assert first.meta == {"publisher": "Example Lines", "fields": {"id": "a-1"}}
    assert body.text.startswith("A body field") and body.published == "2024-02-15"
    assert content.published is None and content.meta["published_raw"] == "someday"


def test_error_message_names_file_and_line():
    err = _read("articles.jsonl")[1]
    assert str(err).startswith(f"{DATA / 'articles.jsonl'}:2: JSON line is not valid JSON")


def test_json_object_list_and_mislabelled_lines():
    read = reader_for("json")
    [one] = read('{"text": "Alone.", "date": "2024-01-05"}', "a.json")
    assert (one.text, one.published, one.line) == ("Alone.", "2024-01-05", None)
    many = list(read('[{"text": "A."}, 3, {"body": "B."}]', "b.json"))
    assert [getattr(i, "text", None) for i in many] == ["A.", None, "B."]
    assert many[1].reason == Errors.E015 and many[1].line == 2
    assert [r.text for r in read('{"text": "L1."}\n{"text": "L2."}', "c.json")] == ["L1.", "L2."]


def test_broken_json_file_is_e006():
    [err] = reader_for("json")('{"text": "cut', "d.json")
    assert err.reason.startswith("JSON line is not valid JSON")


def test_jsonl_keeps_line_separators_inside_strings():
    [raw] = reader_for("jsonl")('{"text": "one\u2028two"}', "e.jsonl")
    assert raw.text == "one\u2028two"


def test_rss_items_full_text_summary_and_empty_item():
    items = _read("feed.rss")
    first, second, empty = items
    assert first.format == "rss" and first.line == 1
    assert first.title == "Coastal states agree fisheries pact"
    assert first.published == "2024-03-08"  # the feed's own day, not shifted to UTC
    assert first.meta == {"text_from": "content", "publisher": "Example Wire World"}
    assert first.text == ("Five coastal states signed a fisheries pact on Friday after three years of talks."
                          "\n\n“It protects the stocks our villages live on,” one minister said.")
    assert second.meta["text_from"] == "summary"
    assert second.text == "A veteran diplomat was named envoy for the border talks & will start next week."
    assert isinstance(empty, InputError) and empty.line == 3 and empty.reason == Errors.E017


def test_atom_entry_published_date_and_content():
    [entry] = _read("feed.atom")
    assert entry.published == "2024-05-01" and entry.url == "https://atom.example/defence-budget"
    assert entry.text.endswith("The vote is due next week.")


def test_not_a_feed_is_e009():
    [err] = reader_for("rss")("This is plain text, not XML.", "x.rss")
    assert err.reason.startswith("feed could not be parsed")


def test_feed_text_that_looks_like_a_url_is_never_fetched():
    [err] = reader_for("rss")("https://example.invalid/feed.xml", "x.rss")
    assert err.reason.startswith("feed could not be parsed")


def test_a_feed_read_with_the_text_format_stays_text():
    [raw] = _read("feed.rss", fmt="txt")
    assert raw.format == "txt" and raw.text.startswith("<?xml")


ARBITRARY = st.text(max_size=300) | st.text(alphabet="<>/=\"' pdivbrhtmlbody&;{}[]:,\n", max_size=300)


@pytest.mark.parametrize("fmt", ["txt", "html", "json", "jsonl", "rss"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ARBITRARY)
def test_readers_yield_articles_or_input_errors_for_any_text(fmt, text):
    for item in reader_for(fmt)(text, "any"):
        assert isinstance(item, (RawArticle, InputError))
        if isinstance(item, RawArticle):
            assert item.text.strip() and item.source == "any" and item.format == fmt
