"""Golden test: every quotation of the two seed articles with its speaker.

tests/golden/seeds_quotes.json holds the reviewed expected output (offsets, the first 40
characters of each quotation, speakers); the articles are read from ../shared at test time and
cleaned as ingest stores them. With the full pipeline every field is compared; with the bare
spaCy model (no NLP core) the same quotations, kinds and speaker names must come out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "seeds_quotes.json"
FIELDS = ("start", "end", "head", "kind", "speaker", "speaker_text", "speaker_entity", "speaker_office")
BARE_FIELDS = ("start", "end", "head", "kind", "speaker", "speaker_text")


def cleaned(path: Path):
    from accord.ingest import prepare, read_inputs

    (raw,) = list(read_inputs([str(path)]))
    return prepare(raw)


def rows(document, doc) -> list[dict]:
    """What the golden file records for each quote annotation of a Doc."""
    out = []
    for q in doc._.quotes:
        s = q.data["speaker"]
        out.append({"start": q.start, "end": q.end, "head": q.text[:40], "kind": q.label,
                    "speaker": document.text[s[0]:s[1]] if s else None,
                    "speaker_text": q.data["speaker_text"], "speaker_entity": q.entity,
                    "speaker_office": q.data["speaker_office"]})
    return out


def compare(found: list[dict], expected: list[dict], fields: tuple[str, ...]) -> None:
    """Field by field, so a failure names the quotation and the field that changed."""
    got = [{k: r[k] for k in fields} for r in found]
    want = [{k: r[k] for k in fields} for r in expected]
    missing = [w for w in want if w not in got]
    extra = [g for g in got if g not in want]
    assert not missing and not extra, f"missing: {missing}\nunexpected: {extra}"


@pytest.fixture(scope="module")
def golden() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.shared
@pytest.mark.model
@pytest.mark.parametrize("seed", ["000", "004"])
def test_full_pipeline_matches_golden(seeds, golden, seed):
    from accord.nlp.pipeline import load_pipeline

    nlp = _pipeline(load_pipeline)
    document = cleaned(seeds[seed])
    doc = nlp.make_doc(document.text)
    doc._.document_date = document.published
    compare(rows(document, nlp(doc)), golden[seed], FIELDS)


@pytest.mark.shared
@pytest.mark.model
@pytest.mark.parametrize("seed", ["000", "004"])
def test_bare_model_finds_the_same_quotations_and_speakers(seeds, golden, seed, spacy_model):
    from accord.nlp.extract.quotes import quotations, quote_annotations

    document = cleaned(seeds[seed])
    doc = spacy_model(document.text)
    doc._.quotes = quote_annotations(doc, quotations(doc))
    compare(rows(document, doc), golden[seed], BARE_FIELDS)


@pytest.mark.shared
@pytest.mark.model
def test_seed_004_has_two_multi_paragraph_quotations_and_pronoun_speakers(seeds, golden):
    document = cleaned(seeds["004"])
    multi = [q for q in golden["004"] if "\n" in document.text[q["start"]:q["end"]]]
    assert [q["speaker_entity"] for q in multi] == ["person:robert-patman", "person:nanaia-mahuta"]
    pronouns = {q["speaker"]: q["speaker_entity"] for q in golden["004"] if q["speaker"] in ("He", "She")}
    assert pronouns == {"He": "person:robert-patman", "She": "person:nanaia-mahuta"}


_NLP = {}


def _pipeline(load):
    if "nlp" not in _NLP:
        _NLP["nlp"] = load()
    return _NLP["nlp"]
