"""The bad-input catalogue: every size, encoding and shape of input in ONE `accord ingest` batch
with the real annotator. Nothing raises a traceback; each input is stored whole (its annotations
inside its text) or refused with a documented error naming it; warnings name the file (and the
lines); the batch goes on past every failure.

Long inputs are mostly long runs of one letter between real sentences, so a megabyte annotates in
seconds while still passing spaCy's 1,000,000-character limit (bench/long_document.py times real
prose).
"""

from __future__ import annotations

import codecs
import json

import pytest
from click.testing import CliRunner

from accord.errors import Errors
from accord.ingest import MAX_BYTES
from accord.store import open_store

pytestmark = pytest.mark.model

SENTENCE = "NATO Secretary General Jens Stoltenberg welcomed Finland as a member on 4 April 2023."
CP1252 = "NATO\u2019s chief called the summit \u201chistoric\u201d.\n".encode("cp1252")


def long_text(size: int, sentence: str = SENTENCE) -> bytes:
    """Exactly `size` bytes of plain text: a header, then sentences between runs of one letter."""
    head = f"title: Long\ndate 2024-01-15\n\n{sentence}\n\n".encode()
    body = (("x" * 9_000 + "\n\n" + sentence + "\n\n") * (size // 9_000 + 1)).encode()
    return (head + body)[:size]


# name -> (file name, bytes, expected: "ok" | "warning" | an error message)
CATALOGUE = {
    "empty": ("empty.txt", b"", Errors.E001),
    "binary": ("binary.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", Errors.E002),
    "undecodable": ("undecodable.txt", bytes(range(0x80, 0x100)) * 4, Errors.E003),
    "one byte over the limit": ("over.txt", long_text(MAX_BYTES + 1), Errors.E004.format(limit=MAX_BYTES, size=MAX_BYTES + 1)),
    "1 MB": ("one_mb.txt", long_text(1_000_000), "ok"),
    "5 MB, at the limit": ("five_mb.txt", long_text(MAX_BYTES), "ok"),
    "one line without whitespace over spaCy's limit": ("blob.txt", b"title: Blob\n\n" + b"y" * 1_200_000, "ok"),
    "UTF-16 with a byte-order mark, 1 MB": ("utf16.txt", codecs.BOM_UTF16_LE + long_text(500_000).decode().encode("utf-16-le"), "ok"),
    "mixed UTF-8 and windows-1252": ("mixed.txt", f"title: Mixed\n\n{SENTENCE} \u201cYes.\u201d\n".encode() + CP1252 * 3,
                                     "warning"),
    "mixed encodings, 1 MB": ("mixed_mb.txt", long_text(1_000_000, SENTENCE + " \u201cYes.\u201d") + b"\n" + CP1252, "warning"),
    "invalid header date": ("baddate.txt", f"title: Bad date\ndate 2024-13-45\n\n{SENTENCE}\n".encode(), "warning"),
    "JSON Lines, a 1 MB record then a broken line": (
        "records.jsonl", json.dumps({"text": long_text(1_000_000, "Sweden joined NATO on 7 March 2024.").decode(), "title": "Big"}).encode() + b"\n{broken\n",
        Errors.E006.format(reason="Expecting property name enclosed in double quotes (column 2)")),
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory, accord_annotator):
    folder = tmp_path_factory.mktemp("catalogue")
    for name, data, _ in CATALOGUE.values():
        (folder / name).write_bytes(data)
    db = folder.parent / "catalogue.db"
    mp = pytest.MonkeyPatch()
    mp.setattr("accord.cli.ingest._annotator", lambda: accord_annotator)
    try:
        from accord.cli import main

        result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--workers", "1", "--format", "json"])
    finally:
        mp.undo()
    return folder, db, result


def test_the_batch_ends_without_a_traceback_with_exit_1_for_its_failures(batch):
    _, _, result = batch
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output and result.exit_code == 1
    for line in result.stderr.splitlines():
        assert line.startswith(("error: ", "warning: ")), line


@pytest.mark.parametrize("case", sorted(CATALOGUE))
def test_each_input_is_stored_whole_or_refused_with_its_error(batch, case):
    folder, db, result = batch
    name, _, expected = CATALOGUE[case]
    path = str(folder / name)
    report = json.loads(result.stdout)
    failed = {(f["source"], f["line"]): f["reason"] for f in report["failed"]}
    warned = [w for w in report["warnings"] if w["source"] == path]
    stored = [d["id"] for d in report["ingested"] if d["source"] == path]
    if expected in ("ok", "warning"):
        assert stored and not any(src == path for src, _ in failed)
        assert bool(warned) == (expected == "warning")
        with open_store(db) as store:
            for doc_id in stored:
                doc = store.get(doc_id)
                annotations = store.annotations(doc_id)
                assert annotations and all(doc.text[a.start:a.end] == a.text for a in annotations)
    else:
        line = 2 if name.endswith(".jsonl") else None
        assert failed[(path, line)] == expected
        assert f"error: {path}{':' + str(line) if line else ''}: {expected}" in result.stderr
        if name.endswith(".jsonl"):
            assert len(stored) == 1  # the good record before the broken line is stored


def test_a_long_article_is_annotated_to_its_end(batch):
    folder, db, result = batch
    path = str(folder / "five_mb.txt")
    [doc_id] = [d["id"] for d in json.loads(result.stdout)["ingested"] if d["source"] == path]
    with open_store(db) as store:
        text = store.get(doc_id).text
        people = [a for a in store.annotations(doc_id, layer="mention") if a.entity == "person:jens-stoltenberg"]
    assert len(people) == text.count("Jens Stoltenberg") and max(a.end for a in people) > len(text) - 10_000
