"""Property tests end to end: any file through ingest into SQLite, any text through the NLP layer.

What tests/ingest covers (readers, cleaning, decoding on arbitrary input) is not repeated here;
these add the stages after it: a stored document reads back exactly, re-ingesting changes nothing,
every failure is one of the documented errors, and every offset the annotator stores points inside
the text at the text it claims.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from accord.errors import Errors, InputError
from accord.ingest import KNOWN_FORMATS, MAX_BYTES, prepare, read_inputs
from accord.model import RawArticle
from accord.pipeline import ingest
from accord.store import SQLiteStore, open_store

# Bits of news text, so that generated inputs reach the entity, quote, date and claim rules.
PIECES = ["NATO", "New Zealand", "Jacinda Ardern", "Jens Stoltenberg", " said ", " told ", "\u201c", "\u201d", '"',
          "since 2012", " on June 28-30", "Prime Minister ", "Secretary General ", ". ", "\n\n", " ", "NAITO",
          "Solvenia", " is a partner of ", " has been a member of ", " joined ", " in 2023", "'s ", "\u2014", "\u00e9",
          "\u200b", "\t", "Mr. ", "invited to attend the summit in Madrid", "date: 2023-04-11\n", "Photo: X/Y\n",
          "e\u0301", "\U0001F600", "\r\n", "\x00", "not ", "last week", "(AP)"]
NEWSY = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=40).map("".join)
# Mostly UTF-8 with some lines in windows-1252, as scraped news often is.
MIXED_BYTES = st.lists(st.tuples(NEWSY, st.booleans()), min_size=1, max_size=6).map(
    lambda lines: b"\n".join(s.encode("cp1252", "replace") if legacy else s.encode("utf-8") for s, legacy in lines))
FILE_BYTES = st.binary(max_size=400) | NEWSY.map(lambda s: s.encode("utf-8")) | \
    NEWSY.map(lambda s: s.encode("utf-16")) | NEWSY.map(lambda s: s.encode("latin-1", "replace")) | MIXED_BYTES
# 1 MB, 5 MB (the default limit) and one byte more: news pieces repeated to the size, cut at a byte.
BIG_SIZES = st.sampled_from([1_000_000, MAX_BYTES, MAX_BYTES + 1])
BIG_BYTES = st.tuples(BIG_SIZES, NEWSY | MIXED_BYTES.map(lambda b: b.decode("utf-8", "replace"))).map(
    lambda pair: ((pair[1] or "x") * (pair[0] // max(1, len(pair[1])) + 1)).encode("utf-8")[:pair[0]])


def _documented(reason: str) -> bool:
    """Is `reason` one of the catalogue's input messages (E001-E099), placeholders filled?"""
    for name in dir(Errors):
        if re.fullmatch(r"E0\d\d", name):
            pattern = re.escape(getattr(Errors, name))
            pattern = re.sub(r"\\\{[^}]*\\\}", ".*", pattern)
            if re.fullmatch(pattern, reason, re.DOTALL):
                return True
    return False


def test_documented_recognises_the_catalogue_and_nothing_else():
    assert _documented(Errors.E004.format(limit=5, size=9)) and _documented(Errors.E001)
    assert not _documented("Traceback (most recent call last)")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=FILE_BYTES, extension=st.sampled_from(sorted(KNOWN_FORMATS)))
def test_any_file_is_stored_whole_or_refused_with_a_documented_error(data, extension):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input.{extension}"
        path.write_bytes(data)
        with SQLiteStore(Path(folder) / "p.db") as store:
            report = ingest([str(path)], store)
            assert all(_documented(err.reason) for err in report.failed), [e.reason for e in report.failed]
            raws = [r for r in read_inputs([str(path)]) if not isinstance(r, InputError)]
            prepared = {d.id: d for d in (_prepared(r) for r in raws) if d is not None}
            for brief in report.ingested:
                stored = store.get(brief.id)
                assert stored.text.strip() and stored.to_dict() == prepared[brief.id].to_dict()
                assert brief.id == hashlib.sha256(stored.text.encode("utf-8")).hexdigest()
                assert (brief.source, brief.title, brief.published) == (stored.source, stored.title, stored.published)
            again = ingest([str(path)], store)
            assert again.ingested == [] and store.count() == len(report.ingested) + len(report.present)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=BIG_BYTES, extension=st.sampled_from(["txt", "html", "jsonl"]))
def test_a_big_file_is_stored_whole_or_refused_as_too_large(data, extension):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"big.{extension}"
        path.write_bytes(data)
        with SQLiteStore(Path(folder) / "p.db") as store:
            report = ingest([str(path)], store)
            assert all(_documented(err.reason) for err in report.failed), [e.reason for e in report.failed]
            too_large = [e for e in report.failed if e.reason.startswith("file is larger")]
            assert bool(too_large) == (len(data) > MAX_BYTES)
            for brief in report.ingested:
                assert store.get(brief.id).text.strip()


def _prepared(raw):
    try:
        return prepare(raw)
    except InputError:
        return None


@pytest.fixture(scope="module")
def annotator():
    pytest.importorskip("spacy")
    annotate = pytest.importorskip("accord.nlp.annotate")
    return annotate.Annotator()


@pytest.mark.model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=NEWSY)
def test_every_offset_the_annotator_stores_points_inside_the_text(annotator, text):
    try:
        doc = prepare(RawArticle(text, "<hypothesis>", "txt", published="2023-04-11"))
    except InputError:
        assume(False)
    annotations = annotator.annotate(doc)
    statements = annotator.statements(doc, annotations)
    for a in annotations:
        assert 0 <= a.start <= a.end <= len(doc.text) and doc.text[a.start:a.end] == a.text, a
    for st_ in statements:
        for ref in st_.references:
            assert ref.doc_id == doc.id and 0 <= ref.start <= ref.end <= len(doc.text), ref
            assert doc.text[ref.sentence_start:ref.sentence_start + len(ref.sentence)] == ref.sentence, ref
    store = open_store(None)
    assert store.add(doc, annotations, statements)
    assert [a.to_dict() for a in store.annotations(doc.id)] == [a.to_dict() for a in sorted(annotations, key=lambda a: a.start)]


# A text over spaCy's 1,000,000 characters: news pieces between long runs of one letter (cheap to
# annotate), so the parts and their joins are exercised with the real pipeline.
LONG_TEXT = st.lists(NEWSY, min_size=1, max_size=8).map(
    lambda pieces: ("\n\n" + "z" * 150_000 + "\n\n").join(pieces) + "\n\n" + "z" * 1_000_001)


@pytest.mark.model
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.data_too_large])
@given(text=LONG_TEXT)
def test_every_offset_in_a_text_over_spacys_limit_points_inside_it(annotator, text):
    doc = prepare(RawArticle(text, "<hypothesis>", "txt", published="2023-04-11"))
    assert len(doc.text) > annotator.nlp.max_length
    annotations = annotator.annotate(doc)
    statements = annotator.statements(doc, annotations)
    for a in annotations:
        assert 0 <= a.start <= a.end <= len(doc.text) and doc.text[a.start:a.end] == a.text, a
    for st_ in statements:
        for ref in st_.references:
            assert doc.text[ref.sentence_start:ref.sentence_start + len(ref.sentence)] == ref.sentence, ref
    store = open_store(None)
    assert store.add(doc, annotations, statements)
    assert [a.to_dict() for a in store.annotations(doc.id)] == [a.to_dict() for a in sorted(annotations, key=lambda a: a.start)]
