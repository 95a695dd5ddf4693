"""bench/realtext.py resolves a passage by its place in a corpus file, refuses one that moved,
applies one-word edits exactly once, and splits sources as the other benches do. On a corpus
folder written here (no ../shared needed)."""

from __future__ import annotations

import json

import pytest

from bench.realtext import RowError, apply_edit, digest, find, load, resolve, split_of

TEXT = "Lead line.\nThe Freedonian premier Ann Smith met Bob Jones in Capital City on Monday. Smith said so.\n"


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "polnear" / "train" / "text"
    folder.mkdir(parents=True)
    (folder / "pub_2016-03-04_slug.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def row(**extra):
    start = TEXT.index("The Freedonian")
    end = TEXT.index(" Smith said")
    base = {"id": "r1", "source": "polnear/train/text/pub_2016-03-04_slug.txt", "start": start, "end": end,
            "sha1": digest(TEXT[start:end]), "truth": True, "edits": []}
    return {**base, **extra}


def test_a_passage_resolves_with_its_date_from_the_file_name(data):
    got = resolve(row(), data)
    assert got["text"].startswith("The Freedonian premier") and got["text"].endswith("on Monday.")
    assert got["date"] == "2016-03-04" and got["split"] == "tune" and got["twins"] == []


def test_a_date_in_the_row_wins_over_the_file_name(data):
    assert resolve(row(date="2016-03-01"), data)["date"] == "2016-03-01"


def test_a_passage_that_moved_is_refused_by_its_digest(data):
    moved = row(start=row()["start"] + 1)
    with pytest.raises(RowError, match="r1: .*sha1"):
        resolve(moved, data)


def test_a_missing_file_is_named(data):
    with pytest.raises(RowError, match="no such file"):
        resolve(row(source="polnear/train/text/nope.txt"), data)


def test_an_edit_replaces_its_word_once():
    assert apply_edit("A met B in C.", {"from": "C", "to": "D"}, "x") == "A met B in D."


def test_an_ambiguous_edit_needs_nth_and_nth_counts_from_zero():
    with pytest.raises(RowError, match="occurs 2 times"):
        apply_edit("Smith met Smith.", {"from": "Smith", "to": "Jones"}, "x")
    assert apply_edit("Smith met Smith.", {"from": "Smith", "to": "Jones", "nth": 1}, "x") == "Smith met Jones."
    assert apply_edit("Smith met Smith.", {"from": "Smith", "to": "Jones", "nth": 0}, "x") == "Jones met Smith."


def test_an_edit_that_misses_is_an_error_naming_the_row():
    with pytest.raises(RowError, match="r9: .*not in the passage"):
        apply_edit("A met B.", {"from": "Z", "to": "Y"}, "r9")


def test_twins_carry_their_type(data):
    got = resolve(row(edits=[{"type": "wrong_place", "from": "Capital City", "to": "Other Town"}]), data)
    assert got["twins"] == [("wrong_place", got["text"].replace("Capital City", "Other Town"))]


def test_polnear_dev_is_check_and_train_is_tune():
    assert split_of("polnear/train/text/a.txt") == "tune"
    assert split_of("polnear/dev/text/a.txt") == "check"


def test_find_gives_rows_that_resolve(data):
    found = find("premier", "polnear/train", data)
    assert len(found) == 1
    skeleton = found[0]
    got = resolve({"id": "f", "truth": True, **{k: skeleton[k] for k in ("source", "start", "end", "sha1")}}, data)
    assert got["text"] == skeleton["text"]


def test_a_line_that_is_not_json_names_the_file_and_line(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "a"}) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(RowError, match=r"set.jsonl:2: not JSON"):
        load([path])
