"""Paths: files, directories with globs, standard input, and every way a file can fail."""

from __future__ import annotations

import io
import os
import sys
import tempfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import AccordError, Errors, InputError
from accord.ingest import KNOWN_FORMATS, read_inputs
from accord.ingest.formats import format_for
from accord.ingest.sources import expand_paths, read_source
from accord.model import RawArticle


def _write(path, text="An article about talks.\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def _errors(items):
    return [i for i in items if isinstance(i, InputError)]


def test_format_by_extension_then_override_then_default():
    assert format_for("a/b.HTM") == "html"
    assert format_for("feed.atom") == "rss"
    assert format_for("notes.md") == "txt"
    assert format_for("page.html", "txt") == "txt"
    assert set(KNOWN_FORMATS.values()) == {"txt", "html", "json", "jsonl", "rss"}


def test_unknown_format_is_a_usage_error():
    with pytest.raises(AccordError, match="unknown input format 'pdf'"):
        list(read_inputs(["x.txt"], fmt="pdf"))


def test_directory_is_walked_recursively_in_order(tmp_path):
    b = _write(tmp_path / "b.txt")
    a = _write(tmp_path / "sub" / "a.html", "<p>Hello there, allies.</p>")
    _write(tmp_path / "notes.md")
    _write(tmp_path / ".hidden.txt")
    _write(tmp_path / ".git" / "c.txt")
    assert list(expand_paths([str(tmp_path)])) == [b, a]


def test_include_globs_choose_files(tmp_path):
    _write(tmp_path / "b.txt")
    md = _write(tmp_path / "notes.md")
    assert list(expand_paths([str(tmp_path)], include=["*.md"])) == [md]


def test_named_file_with_unknown_extension_is_read_as_text(tmp_path):
    path = _write(tmp_path / "article", "Plain words about a summit.")
    [raw] = read_inputs([path])
    assert raw.format == "txt" and raw.text == "Plain words about a summit."


def test_missing_path_is_e005(tmp_path):
    [err] = read_inputs([str(tmp_path / "nope.txt")])
    assert isinstance(err, InputError) and err.reason == Errors.E005.format(reason="no such file or directory")


def test_broken_symlink_in_directory_is_e016_and_batch_goes_on(tmp_path):
    good = _write(tmp_path / "good.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    items = list(read_inputs([str(tmp_path)]))
    [err] = _errors(items)
    assert err.reason == Errors.E016 and err.source.endswith("link.txt")
    assert [i.source for i in items if not isinstance(i, InputError)] == [good]


def test_named_broken_symlink_is_e016(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    [err] = read_inputs([str(tmp_path / "link.txt")])
    assert err.reason == Errors.E016


def test_unreadable_file_is_e005(tmp_path, monkeypatch):
    path = _write(tmp_path / "secret.txt")
    real_open = open

    def refuse(file, *args, **kwargs):
        if str(file) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    [err] = read_inputs([path])
    assert err.reason == Errors.E005.format(reason="permission denied") and err.source == path


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_by_mode_is_e005(tmp_path):
    path = _write(tmp_path / "secret.txt")
    os.chmod(path, 0)
    [err] = read_inputs([path])
    assert err.reason.startswith("file cannot be read")


def test_file_over_the_limit_is_e004(tmp_path):
    path = _write(tmp_path / "big.txt", "x" * 101)
    [err] = read_inputs([path], max_bytes=100)
    assert err.reason == Errors.E004.format(limit=100, size=101)
    [raw] = read_inputs([path], max_bytes=101)
    assert raw.text == "x" * 101


def test_stdin_is_read_as_text_unless_told(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"date 2023-04-11 Body text.")))
    [raw] = read_inputs(["-"])
    assert raw.source == "<stdin>" and raw.format == "txt"


def test_stdin_as_jsonl_and_over_the_limit(monkeypatch):
    data = b'{"text": "One."}\n{"text": "Two."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [r.text for r in read_inputs(["-"], fmt="jsonl")] == ["One.", "Two."]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [err] = read_source_errors("-", 10)
    assert err.source == "<stdin>" and "larger than the limit of 10 bytes" in err.reason


def read_source_errors(path, limit):
    try:
        read_source(path, limit)
    except InputError as err:
        return [err]
    return []


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK")
    (tmp_path / "latin.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    good = _write(tmp_path / "z.txt")
    items = list(read_inputs([str(tmp_path)]))
    reasons = {os.path.basename(e.source): e.reason for e in _errors(items)}
    assert reasons == {"empty.txt": Errors.E001, "binary.txt": Errors.E002, "latin.txt": Errors.E003}
    assert items[-1].source == good


def test_folder_that_cannot_be_listed_is_e005(tmp_path, monkeypatch):
    _write(tmp_path / "locked" / "a.txt")
    real_scandir = os.scandir

    def refuse(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    [err] = read_inputs([str(tmp_path)])
    assert err.source.endswith("locked") and err.reason == Errors.E005.format(reason="permission denied")


def test_latin1_feed_with_its_declaration_is_decoded_once(tmp_path):
    feed = ('<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>Zürich Desk</title>'
            "<item><title>Grüße aus Zürich</title><description>Die Außenminister trafen sich in Zürich "
            "und sprachen über größere Übungen.</description></item></channel></rss>")
    path = tmp_path / "feed.xml"
    path.write_bytes(feed.encode("latin-1"))
    [item] = read_inputs([str(path)])
    assert item.title == "Grüße aus Zürich" and item.meta["publisher"] == "Zürich Desk"
    assert "größere Übungen" in item.text


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=300), extension=st.sampled_from(sorted(KNOWN_FORMATS)))
def test_any_file_gives_articles_or_input_errors(data, extension):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, f"input.{extension}")
        with open(path, "wb") as handle:
            handle.write(data)
        for item in read_inputs([folder]):
            assert isinstance(item, (RawArticle, InputError))
