"""`accord quotes` over a temporary SQLite store built by hand (no model)."""

from __future__ import annotations

import hashlib
import json

import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.model import Annotation, Document
from accord.store import open_store

TEXT = ('"We will build the bridge," Mayor Jane Doe said. Tom Lind said NATO would help.\n\n'
        '"The port will grow," he said. Lind wants a bigger port.')


def quote(text: str, entity: str | None, name: str, office: str | None, kind: str) -> Annotation:
    start = TEXT.index(text)
    return Annotation("quote", start, start + len(text), text, kind, entity,
                      {"cue": None, "speaker": None, "speaker_text": name, "speaker_office": office})


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "quotes.db"
    doc = Document(hashlib.sha256(TEXT.encode()).hexdigest(), TEXT, "bridge.txt", "txt",
                   title="Bridge news", published="2023-04-11")
    nato = TEXT.index("NATO")
    annotations = [
        quote("We will build the bridge", "person:jane-doe", "Jane Doe", "Mayor", "direct"),
        quote("NATO would help", None, "Tom Lind", None, "reported"),
        quote("The port will grow", None, "Tom Lind", None, "direct"),
        quote("a bigger port", None, "Tom Lind", None, "belief"),
        Annotation("mention", nato, nato + 4, "NATO", "ORG", "org:NATO"),
    ]
    with open_store(path) as store:
        store.add(doc, annotations)
    return str(path)


def run(*args):
    return CliRunner().invoke(main, ["quotes", *args], catch_exceptions=False)


def test_lists_every_quotation_with_speaker_office_article_and_date(db):
    result = run("--db", db)
    assert result.exit_code == 0, result.output
    assert 'Jane Doe, Mayor (2023-04-11, Bridge news), direct:\n  "We will build the bridge"' in result.output
    assert "Tom Lind (2023-04-11, Bridge news), reported:\n  NATO would help" in result.output
    assert "Tom Lind (2023-04-11, Bridge news), belief:\n  a bigger port" in result.output


def test_speaker_by_name_family_name_or_id(db):
    for speaker in ("Tom Lind", "lind", "LIND"):
        data = json.loads(run("--db", db, "--speaker", speaker, "--format", "json").output)
        assert [q["text"] for q in data["quotes"]] == ["NATO would help", "The port will grow", "a bigger port"]
    data = json.loads(run("--db", db, "--speaker", "person:jane-doe", "--format", "json").output)
    assert data["total"] == 1 and data["quotes"][0]["speaker_office"] == "Mayor"


def test_about_an_entity_and_kind(db):
    data = json.loads(run("--db", db, "--about", "org:NATO", "--format", "json").output)
    assert [q["text"] for q in data["quotes"]] == ["NATO would help"]
    data = json.loads(run("--db", db, "--kind", "direct", "--format", "json").output)
    assert data["total"] == 2 and {q["kind"] for q in data["quotes"]} == {"direct"}
    data = json.loads(run("--db", db, "--kind", "reported", "--format", "json").output)
    assert [q["text"] for q in data["quotes"]] == ["NATO would help"]
    data = json.loads(run("--db", db, "--kind", "belief", "--format", "json").output)
    assert [q["text"] for q in data["quotes"]] == ["a bigger port"]


def test_reported_speech_stored_as_indirect_before_issue_16_is_reported(tmp_path):
    path = tmp_path / "old.db"
    doc = Document(hashlib.sha256(TEXT.encode()).hexdigest(), TEXT, "bridge.txt", "txt", title="Bridge news")
    with open_store(path) as store:
        store.add(doc, [quote("NATO would help", None, "Tom Lind", None, "indirect")])
    data = json.loads(run("--db", str(path), "--kind", "reported", "--format", "json").output)
    assert [(q["text"], q["kind"]) for q in data["quotes"]] == [("NATO would help", "reported")]


def test_about_nothing_known_exits_1(db):
    result = CliRunner().invoke(main, ["quotes", "--db", db, "--about", "Atlantis Nowhere"])
    assert result.exit_code == 1 and "error:" in result.output


def test_the_api_gives_a_quote_stored_as_indirect_the_kind_reported(tmp_path):
    from accord.query.quotes import quote_dict

    path = tmp_path / "old.db"
    doc = Document(hashlib.sha256(TEXT.encode()).hexdigest(), TEXT, "bridge.txt", "txt", title="Bridge news")
    with open_store(path) as store:
        store.add(doc, [quote("NATO would help", None, "Tom Lind", None, "indirect")])
        [stored] = [a for a in store.annotations(doc.id) if a.layer == "quote"]
        assert quote_dict(lambda e: e, doc.id, stored)["kind"] == "reported"


def test_kind_question(tmp_path):
    path = tmp_path / "q.db"
    doc = Document(hashlib.sha256(TEXT.encode()).hexdigest(), TEXT, "bridge.txt", "txt", title="Bridge news")
    with open_store(path) as store:
        store.add(doc, [quote("NATO would help", None, "Tom Lind", None, "question"),
                        quote("The port will grow", None, "Tom Lind", None, "reported")])
    data = json.loads(run("--db", str(path), "--kind", "question", "--format", "json").output)
    assert [(q["text"], q["kind"]) for q in data["quotes"]] == [("NATO would help", "question")]
    assert "Tom Lind (undated, Bridge news), question:\n  NATO would help" in run("--db", str(path)).output
